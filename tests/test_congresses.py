"""Numbered congresses: Roman and Arabic ordinals, terms, the national congress, context (own sentences)."""

from __future__ import annotations

import pytest

from loaders.congresses import extract_congresses, parse_ordinal
from loaders.text import build_document


def congresses_of(text: str, title: str = "Tin hoạt động") -> list[tuple[str, int, str | None]]:
    doc = build_document("t.txt", f"{title}\n\n{text}")
    return [(c.organization, c.ordinal, c.term) for c in extract_congresses(doc)[0]]


@pytest.mark.parametrize(
    ("written", "number"), [("XIII", 13), ("XXXI", 31), ("IV", 4), ("14", 14), ("tư", 4)]
)
def test_ordinals(written: str, number: int) -> None:
    assert parse_ordinal(written) == number


def test_named_local_congress_with_roman_ordinal_and_term() -> None:
    text = "Sáng 10/9, Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, nhiệm kỳ 2025 - 2030 khai mạc."
    assert congresses_of(text) == [("Đảng bộ tỉnh Thái Bình", 20, "2025-2030")]


def test_arabic_ordinal_and_term_in_brackets() -> None:
    text = "Đại hội Đảng bộ Tổng công ty Cảng hàng không lần thứ 5 (nhiệm kỳ 2020-2025) thành công tốt đẹp."
    assert congresses_of(text) == [("Đảng bộ Tổng công ty Cảng hàng không", 5, "2020-2025")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cả nước hướng tới Đại hội XIV của Đảng.",
        "Tỉnh ủy học tập Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
        "Đoàn đại biểu tỉnh dự Đại hội Đảng toàn quốc lần thứ 14.",
        "Đây là dấu mốc trước Đại hội Đảng lần thứ XIV.",
        "Huyện đã bầu đại biểu dự Đại hội lần thứ 14 của Đảng.",
        "Văn kiện Đại hội XIV được góp ý rộng rãi.",
    ],
)
def test_the_national_congress_under_its_names(sentence: str) -> None:
    assert congresses_of(sentence) == [("Đảng Cộng sản Việt Nam", 14, None)]


def test_congress_without_organisation_takes_the_sentence_subject() -> None:
    text = "Ngày 4/6, Đảng bộ Cục Hải quan tỉnh Lạng Sơn đã tổ chức Đại hội lần thứ VI, nhiệm kỳ 2020-2025."
    assert congresses_of(text) == [("Đảng bộ Cục Hải quan tỉnh Lạng Sơn", 6, "2020-2025")]


def test_subjects_with_and_numbers_and_a_short_name_defined_in_brackets() -> None:
    text = (
        "Sáng 2/10, Đảng bộ Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam (Vietcombank) khai mạc "
        "Đại hội đại biểu lần thứ VI, nhiệm kỳ 2025 - 2030. Đại hội đại biểu Đảng bộ Vietcombank lần thứ VI "
        "bầu 30 đồng chí vào Ban Chấp hành. Ngày 5/9, Đảng bộ Sư đoàn 9 tổ chức Đại hội lần thứ XXIII."
    )
    assert congresses_of(text) == [
        ("Đảng bộ Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam", 6, "2025-2030"),
        ("Đảng bộ Sư đoàn 9", 23, None),
    ]


def test_an_unnamed_subject_leaves_the_congress_to_the_article() -> None:
    text = (
        "Đại hội đại biểu Đảng bộ Cục Thống kê lần thứ IV khai mạc. Nhiệm kỳ qua, Đảng bộ đã lãnh đạo "
        "thực hiện thắng lợi Nghị quyết Đại hội lần thứ III."
    )
    assert congresses_of(text) == [("Đảng bộ Cục Thống kê", 4, None), ("Đảng bộ Cục Thống kê", 3, None)]


def test_congress_named_only_by_context_takes_the_article_organisation() -> None:
    text = (
        "Đại hội đại biểu Đảng bộ Sở Y tế lần thứ IV, nhiệm kỳ 2025 - 2030 diễn ra hai ngày. "
        "Đại hội đánh giá việc thực hiện Nghị quyết Đại hội lần thứ III, nhiệm kỳ 2020 - 2025."
    )
    assert congresses_of(text) == [("Đảng bộ Sở Y tế", 4, "2025-2030"), ("Đảng bộ Sở Y tế", 3, "2020-2025")]


def test_term_in_brackets_without_the_word() -> None:
    text = "Đại hội Đảng bộ Cục Thuế tỉnh Hà Tĩnh lần thứ IX (2025 - 2030) bầu 15 đồng chí vào Ban Chấp hành."
    assert congresses_of(text) == [("Đảng bộ Cục Thuế tỉnh Hà Tĩnh", 9, "2025-2030")]


def test_organisation_after_the_term() -> None:
    text = "Đồng chí được bầu tại Đại hội lần thứ XIII, nhiệm kỳ 2020-2025 của Đảng bộ huyện Tam Đảo."
    assert congresses_of(text) == [("Đảng bộ huyện Tam Đảo", 13, "2020-2025")]


def test_organisation_after_the_ordinal() -> None:
    text = "Tỉnh chuẩn bị Đại hội đại biểu lần thứ XIX Đảng bộ tỉnh Nghệ An."
    assert congresses_of(text) == [("Đảng bộ tỉnh Nghệ An", 19, None)]


def test_short_unit_completed_from_the_article() -> None:
    text = (
        "Trường Đại học Sư phạm Huế tổ chức Đại hội đại biểu Đảng bộ Trường lần thứ XXV, "
        "nhiệm kỳ 2025 - 2030."
    )
    assert congresses_of(text) == [("Đảng bộ Trường Đại học Sư phạm Huế", 25, "2025-2030")]


def test_acronym_expanded_from_the_article() -> None:
    text = (
        "Cảnh sát biển Việt Nam (CSBVN) tổng kết năm. Nghị quyết Đại hội Đảng bộ CSBVN lần thứ V "
        "được triển khai toàn diện."
    )
    assert congresses_of(text) == [("Đảng bộ Cảnh sát biển Việt Nam", 5, None)]


def test_bare_province_takes_the_place_of_the_provincial_committee() -> None:
    text = (
        "Ban Chấp hành Tỉnh ủy Lào Cai họp cho ý kiến dự thảo văn kiện trình Đại hội đại biểu Đảng bộ tỉnh "
        "lần thứ XVII, nhiệm kỳ 2025 - 2030."
    )
    assert congresses_of(text) == [("Đảng bộ tỉnh Lào Cai", 17, "2025-2030")]


def test_acronym_defined_in_brackets_with_foreign_initials() -> None:
    text = (
        "Tổng công ty Bưu điện Việt Nam (VNPost) chuẩn bị đại hội. Đại hội đại biểu Đảng bộ VNPost "
        "lần thứ IV thông qua Nghị quyết."
    )
    assert congresses_of(text) == [("Đảng bộ Tổng công ty Bưu điện Việt Nam", 4, None)]


def test_capitals_in_a_headline_merge_with_the_body() -> None:
    title = "ĐẠI HỘI ĐẢNG BỘ CÔNG TY CAO SU ĐỒNG NAI LẦN THỨ VII NHIỆM KỲ 2020-2025"
    text = "Đại hội Đảng bộ Công ty Cao su Đồng Nai lần thứ VII đã bầu Ban Chấp hành mới."
    assert congresses_of(text, title=title) == [("Đảng bộ Công ty Cao su Đồng Nai", 7, "2020-2025")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Huyện hoàn thành đại hội đảng bộ các cấp trước tháng 6.",
        "Đồng chí Lò Văn Tư được bầu làm Bí thư Huyện ủy khóa XVIII.",
        "Hội nghị lần thứ tư Ban Chấp hành Đảng bộ tỉnh thảo luận văn kiện.",
        "Đại hội Công đoàn tỉnh lần thứ XII diễn ra sôi nổi.",
        "Đại hội điểm của Chi bộ khu phố 3 nhiệm kỳ 2025-2027 thành công.",
        "Đại hội thi đua yêu nước lần thứ V của tỉnh được tổ chức trang trọng.",
    ],
)
def test_not_a_numbered_party_congress(sentence: str) -> None:
    assert congresses_of(sentence) == []


def test_a_unit_holding_a_congress_of_its_unnamed_party_organisation() -> None:
    text = (
        "Đại hội Đảng bộ Sở Y tế tỉnh Yên Bái lần thứ VI diễn ra trang trọng.\n\n"
        "Ngày 3/8, Trung tâm Y tế huyện Văn Chấn tổ chức Đại hội Đảng bộ lần thứ IV, "
        "nhiệm kỳ 2025 - 2030.\n\n"
        "Bệnh viện Đa khoa tỉnh Yên Bái long trọng tổ chức Đại hội Đảng bộ lần thứ XI."
    )
    assert congresses_of(text) == [
        ("Đảng bộ Sở Y tế tỉnh Yên Bái", 6, None),
        ("Đảng bộ Trung tâm Y tế huyện Văn Chấn", 4, "2025-2030"),
        ("Đảng bộ Bệnh viện Đa khoa tỉnh Yên Bái", 11, None),
    ]


def test_a_short_city_or_military_region_is_the_one_the_article_names() -> None:
    text = (
        "Thành ủy TP.HCM chỉ đạo chuẩn bị Đại hội đại biểu Đảng bộ Thành phố Hồ Chí Minh lần thứ XII.\n\n"
        "Các quận hướng tới Đại hội đại biểu Đảng bộ Thành phố lần thứ XII.\n\n"
        "Đảng ủy Quân khu 7 chuẩn bị Đại hội đại biểu Đảng bộ Quân khu lần thứ XI."
    )
    assert congresses_of(text) == [
        ("Đảng bộ Thành phố Hồ Chí Minh", 12, None),
        ("Đảng bộ Quân khu 7", 11, None),
    ]


def test_a_unit_opening_the_clause_is_the_whole_unit_not_an_inner_head() -> None:
    text = "» Trường Đại học Kinh tế Nghệ An tổ chức Đại hội Đảng bộ lần thứ IV, nhiệm kỳ 2025 - 2030"
    assert congresses_of(text) == [("Đảng bộ Trường Đại học Kinh tế Nghệ An", 4, "2025-2030")]


def test_a_bare_province_is_a_listed_province_not_a_name_after_tinh() -> None:
    text = (
        "Chủ tịch HĐND tỉnh Ksor Phước Hà khai mạc kỳ họp, năm tăng tốc thực hiện Nghị quyết Đại hội "
        "đại biểu Đảng bộ tỉnh lần thứ XVI. Bản quyền thuộc về Báo Gia Lai."
    )
    assert congresses_of(text) == [("Đảng bộ tỉnh Gia Lai", 16, None)]


def test_a_pilot_congress_is_the_named_organisation_s_congress() -> None:
    text = "Đại hội điểm Đảng bộ Cục Hải quan lần thứ II, nhiệm kỳ 2025 - 2030 rút nhiều kinh nghiệm."
    assert congresses_of(text) == [("Đảng bộ Cục Hải quan", 2, "2025-2030")]


def test_an_acronym_in_brackets_after_a_unit_stands_for_the_unit_with_its_head() -> None:
    text = (
        "Tổng công ty Hàng hải Việt Nam (HHVN) tổng kết năm. Nghị quyết Đại hội Đảng bộ HHVN lần thứ III "
        "được triển khai toàn diện."
    )
    assert congresses_of(text) == [("Đảng bộ Tổng công ty Hàng hải Việt Nam", 3, None)]


def test_a_company_form_abbreviation_is_kept_as_written() -> None:
    text = (
        "Thủ tướng Chính phủ dự lễ. Đại hội Đảng bộ Công ty CP Cảng Hải Phòng lần thứ VI, "
        "nhiệm kỳ 2025 - 2030 thành công."
    )
    assert congresses_of(text) == [("Đảng bộ Công ty CP Cảng Hải Phòng", 6, "2025-2030")]


def test_a_unit_ending_in_its_bare_level_takes_the_article_s_place() -> None:
    text = (
        "Tỉnh ủy Kon Tum chỉ đạo công tác đại hội. Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh "
        "lần thứ VIII, nhiệm kỳ 2025 - 2030 khai mạc. "
        "Đảng bộ Khối đã hoàn thành Nghị quyết Đại hội lần thứ VII."
    )
    assert congresses_of(text) == [
        ("Đảng bộ Khối các cơ quan tỉnh Kon Tum", 8, "2025-2030"),
        ("Đảng bộ Khối các cơ quan tỉnh Kon Tum", 7, None),
    ]


def test_the_party_agencies_organisation_is_one_organisation() -> None:
    text = (
        "Sáng 20/6, Đảng bộ các cơ quan Đảng tỉnh Thanh Hóa khai mạc Đại hội đại biểu Đảng bộ các cơ quan "
        "Đảng tỉnh Thanh Hóa lần thứ I, nhiệm kỳ 2025 - 2030. Đại hội đảng bộ các cơ quan, đơn vị trực thuộc "
        "đã hoàn thành."
    )
    assert congresses_of(text) == [("Đảng bộ các cơ quan Đảng tỉnh Thanh Hóa", 1, "2025-2030")]


def test_a_bare_province_named_only_in_the_masthead_takes_it() -> None:
    doc = build_document(
        "t.txt",
        "Cổng thông tin điện tử Đảng bộ tỉnh Quảng Ngãi\n"
        "Khai mạc Đại hội đại biểu Đảng bộ các cơ quan Đảng tỉnh lần thứ I, nhiệm kỳ 2025 - 2030\n"
        "Sáng 20/6/2025, Đảng bộ các cơ quan Đảng tỉnh khai mạc Đại hội đại biểu lần thứ I.\n",
    )
    assert [(c.organization, c.ordinal) for c in extract_congresses(doc)[0]] == [
        ("Đảng bộ các cơ quan Đảng tỉnh Quảng Ngãi", 1)
    ]
