"""Web page text to Document: input checks, furniture, credits, normalisation, headline, sentence dates."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from loaders.errors import ArticleRejected
from loaders.text import (
    build_document,
    decode_article,
    is_byline,
    read_article,
    split_sentences,
    strip_credits,
)

PAGE = """Trang chủ > Tin tức > Xây dựng Đảng
Chính trị - Xã hội
Đảng ủy Khối Doanh nghiệp tỉnh Quảng Nam tổng kết công tác năm 2023
Thứ Sáu, 29/12/2023 | 1032
Xem với cỡ chữ

Sáng 28/12, Đảng ủy Khối Doanh nghiệp tỉnh Quảng Nam tổ chức hội nghị tổng kết \
công tác xây dựng Đảng năm 2023.

Đồng chí Trần Văn Bình, Bí thư Đảng ủy Khối phát biểu tại hội nghị. Ảnh: Thanh Hà

Hội nghị thống nhất các nhiệm vụ trọng tâm năm 2024. \
Đồng chí Lê Thị Mai, Phó Bí thư Đảng ủy Khối trình bày báo cáo.

Quang Vinh - Thanh Hà

Tin liên quan
• Đại hội Đảng bộ Công ty Cấp nước Quảng Nam lần thứ V thành công (3 ngày trước)

Ý kiến bạn đọc
Họ và tên: *
Email: *
Mã bảo vệ:
"""


@pytest.fixture(scope="module")
def page():
    return build_document("quang-nam.txt", PAGE)


def test_headline_skips_breadcrumb_and_section_label(page) -> None:
    assert page.title == "Đảng ủy Khối Doanh nghiệp tỉnh Quảng Nam tổng kết công tác năm 2023"


def test_publication_date_from_the_date_line(page) -> None:
    assert page.published == "2023-12-29"


def test_furniture_and_credits_are_not_article_text(page) -> None:
    for gone in (
        "Trang chủ",
        "Xem với cỡ chữ",
        "Ảnh: Thanh Hà",
        "Quang Vinh",
        "Họ và tên",
        "Mã bảo vệ",
        "Tin liên quan",
        "Ý kiến bạn đọc",
        "ngày trước",
        "1032",
    ):
        assert gone not in page.text, gone


def test_names_on_their_own_lines_before_body_text_are_not_bylines() -> None:
    raw = (
        "Ra mắt Ban Thường vụ Huyện ủy\n\nBan Thường vụ Huyện ủy khóa mới gồm các đồng chí:\n"
        "Nguyễn Văn Sơn\nPhạm Thị Hoa\n\n"
        "Hội nghị đã thông qua quy chế làm việc của Ban Chấp hành khóa mới.\n\n"
        "Minh Khôi\n"
    )
    doc = build_document("x.txt", raw)
    assert "Nguyễn Văn Sơn" in doc.text and "Phạm Thị Hoa" in doc.text
    assert "Minh Khôi" not in doc.text


def test_dates_in_a_related_list_are_not_the_page_date() -> None:
    raw = (
        "Huyện ủy Tam Nông triển khai nhiệm vụ\n\nSáng 3/4, Huyện ủy Tam Nông họp phiên thường kỳ.\n\n"
        "Các tin khác\nHuyện ủy sơ kết quý I\n28/03/2024\n"
    )
    doc = build_document("x.txt", raw)
    assert doc.published is None
    assert "Huyện ủy sơ kết quý I" in doc.text


def test_related_list_items_stay_as_article_text(page) -> None:
    assert "Đại hội Đảng bộ Công ty Cấp nước Quảng Nam lần thứ V thành công" in page.text


def test_sentences_carry_the_event_date_of_their_paragraph_or_the_one_before(page) -> None:
    by_text = {s.text: s for s in page.sentences}
    lead = by_text[
        "Sáng 28/12, Đảng ủy Khối Doanh nghiệp tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác "
        "xây dựng Đảng năm 2023."
    ]
    assert lead.date == "2023-12-28"
    speaker = next(s for s in page.sentences if s.text.startswith("Đồng chí Trần Văn Bình"))
    assert speaker.date == "2023-12-28"
    assert speaker.paragraph == lead.paragraph + 1


def test_a_caption_above_the_lead_takes_the_lead_event_date() -> None:
    raw = (
        "Thành ủy Vinh sơ kết quý III\n"
        "Đồng chí Phan Văn Lợi, Bí thư Thành ủy chủ trì hội nghị\n\n"
        "Chiều 2/10, Thành ủy Vinh tổ chức hội nghị sơ kết công tác quý III năm 2023.\n\n"
        "Các đại biểu đã thảo luận, thống nhất nhiệm vụ trọng tâm quý IV.\n"
    )
    doc = build_document("x.txt", raw)
    caption = next(s for s in doc.sentences if s.text.startswith("Đồng chí Phan Văn Lợi"))
    assert caption.date == "2023-10-02"
    assert doc.sentences[-1].date == "2023-10-02"


def test_crlf_nbsp_nfd_and_old_tone_marks_are_normalised() -> None:
    raw = (
        "Tin hoạt động\r\n\r\nĐồng\u00a0chí A, Uỷ viên Ban Thường vụ Tỉnh uỷ, "
        "dự hội nghị về công tác hoá giải."
    )
    doc = build_document("x.txt", unicodedata.normalize("NFD", raw))
    assert "\r" not in doc.text and "\u00a0" not in doc.text
    assert "Ủy viên Ban Thường vụ Tỉnh ủy" in doc.text and "hóa giải" in doc.text
    assert "Ð" not in build_document("y.txt", "Tin\n\nÐại hội Ðảng bộ tỉnh thành công.").text
    assert doc.text == unicodedata.normalize("NFC", doc.text)


def test_without_a_headline_the_first_sentence_is_the_title() -> None:
    doc = build_document(
        "x.txt", "Chiều 2/3, Huyện ủy Đông Anh tổ chức hội nghị. Các đại biểu thảo luận sôi nổi."
    )
    assert doc.title == "Chiều 2/3, Huyện ủy Đông Anh tổ chức hội nghị."
    assert doc.published is None


def test_page_date_marker_gives_the_publication_date_and_leaves_the_headline() -> None:
    doc = build_document("x.txt", " date 2024-07-02 Tỉnh ủy Cà Mau sơ kết 6 tháng\n\nSáng 1/7, Tỉnh ủy họp.")
    assert (doc.published, doc.title) == ("2024-07-02", "Tỉnh ủy Cà Mau sơ kết 6 tháng")
    assert doc.sentences[-1].date == "2024-07-01"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Lãnh đạo tỉnh dâng hoa tại tượng đài. (Ảnh: Minh Đức/TTXVN)",
            "Lãnh đạo tỉnh dâng hoa tại tượng đài.",
        ),
        (
            "Ảnh: Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy phát biểu",
            "Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy phát biểu",
        ),
        ("Tin: Hồng NhungẢnh: Văn Toàn", ""),
        ("Quang cảnh hội nghị. Nguồn: Cổng thông tin tỉnh", "Quang cảnh hội nghị."),
        (
            "Hội nghị đã thông qua các thông tin: kết quả năm và kế hoạch mới.",
            "Hội nghị đã thông qua các thông tin: kết quả năm và kế hoạch mới.",
        ),
    ],
)
def test_credits(line: str, kept: str) -> None:
    assert strip_credits(line) == kept


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Minh Châu", True),
        ("HOÀNG LONG - THU HIỀN", True),
        ("Ngọc Trâm (TTXVN)", True),
        ("Nhiệm vụ trọng tâm", False),
        ("Đồng chí Lê Văn Thành phát biểu", False),
        ("Toàn cảnh Hội nghị", False),
    ],
)
def test_bylines(line: str, byline: bool) -> None:
    assert is_byline(line) is byline


def test_a_place_name_ends_a_sentence() -> None:
    assert split_sentences("Đoàn công tác làm việc tại tỉnh Lào Cai. Đồng chí Hà Văn Nam phát biểu.") == [
        "Đoàn công tác làm việc tại tỉnh Lào Cai.",
        "Đồng chí Hà Văn Nam phát biểu.",
    ]


def test_sentence_split_keeps_academic_titles_and_quotes_together() -> None:
    assert split_sentences('PGS.TS. Trần Văn Nam phát biểu. Ông nói: "Phải làm tốt." Hội nghị bế mạc.') == [
        "PGS.TS. Trần Văn Nam phát biểu.",
        'Ông nói: "Phải làm tốt."',
        "Hội nghị bế mạc.",
    ]


# --- bad input --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Đại hội".encode("utf-16"), "UTF-16"),
        ("Đại hội".encode("utf-16-le"), "binary"),
        ("Đảng ủy Khối tổ chức hội nghị".encode("cp1258", errors="replace") + b"\xff\xfe", "not UTF-8"),
        (b"<!DOCTYPE html><html><body><p>Tin</p></body></html>", "HTML"),
        (
            (
                "<div><p>Đại hội Đảng bộ tỉnh</p><p>Sáng nay</p><a href='x'>Tin</a><span>khác</span>"
                "<br><br></div>"
            ).encode(),
            "HTML",
        ),
        (
            b"The provincial party committee held its congress on Monday and elected a new secretary.",
            "Vietnamese",
        ),
        (b"Dai hoi Dang bo tinh lan thu XX da thanh cong tot dep va bau Ban Chap hanh moi.", "Vietnamese"),
    ],
)
def test_rejected_input(data: bytes, reason: str) -> None:
    with pytest.raises(ArticleRejected) as rejected:
        decode_article(data)
    assert reason.lower() in rejected.value.reason.lower()


def test_file_over_the_size_limit_is_rejected_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(("Đại hội của Đảng bộ tỉnh đã thành công. " * 1000).encode())
    with pytest.raises(ArticleRejected, match="too large"):
        read_article(big, max_bytes=10_000)
    assert read_article(big, max_bytes=10_000_000).startswith("Đại hội")


def test_masthead_menu_and_short_breadcrumb_are_not_the_headline() -> None:
    doc = build_document(
        "x.txt",
        "SỞ NỘI VỤ TỈNH BẮC GIANG\n"
        "Cổng thông tin điện tử Sở Nội vụ\n"
        "Thời sự | Chính trị | Kinh tế | Xã hội\n"
        "Tin tức › Hoạt động Đảng\n"
        "Chi bộ Sở Nội vụ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm\n"
        "Sáng 3/7, Chi bộ Sở Nội vụ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024 "
        "với sự tham dự của toàn thể đảng viên.\n",
    )
    assert doc.title == "Chi bộ Sở Nội vụ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm"
    assert "Thời sự |" not in doc.text and "Tin tức ›" not in doc.text and "Cổng thông tin" not in doc.text


def test_a_site_name_the_headline_repeats_is_not_the_headline() -> None:
    doc = build_document(
        "x.txt",
        "Tổng công ty Lương thực miền Nam\n"
        "Đại hội đại biểu Đảng bộ Tổng công ty Lương thực miền Nam lần thứ VI, nhiệm kỳ 2025 - 2030\n"
        "Ngày 3/7/2025, Đảng bộ Tổng công ty Lương thực miền Nam tổ chức Đại hội đại biểu lần thứ VI "
        "với sự tham dự của 150 đại biểu.\n",
    )
    assert doc.title.startswith("Đại hội đại biểu Đảng bộ Tổng công ty Lương thực miền Nam lần thứ VI")


def test_the_site_s_masthead_line_is_kept_apart_from_the_text() -> None:
    doc = build_document(
        "x.txt",
        "Cổng thông tin điện tử Đảng bộ tỉnh Quảng Ngãi\n"
        "Khai mạc Đại hội đại biểu Đảng bộ các cơ quan Đảng tỉnh lần thứ I\n"
        "Sáng 20/6/2025, Đảng bộ các cơ quan Đảng tỉnh khai mạc Đại hội đại biểu lần thứ I, nhiệm kỳ "
        "2025 - 2030 với 200 đại biểu.\n",
    )
    assert doc.site == "Cổng thông tin điện tử Đảng bộ tỉnh Quảng Ngãi"
    assert "Cổng thông tin" not in doc.text
