"""Publication date lines and event dates without a year (sentences written for these tests)."""

from __future__ import annotations

import pytest

from loaders.dates import EventDate, date_line, event_dates, page_date_marker, resolve_event


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("14/03/2022 | 2045", "2022-03-14"),
        ("7:45' 9/3/2023", "2023-03-09"),
        ("18/11/2021", "2021-11-18"),
        ("02/09/2024 08:15", "2024-09-02"),
        ("Thứ Năm, 17/08/2023", "2023-08-17"),
        ("Thứ bảy, ngày 04/11/2023 - 16:40", "2023-11-04"),
        ("Cập nhật: 10:05 ngày 21/7/2022", "2022-07-21"),
        ("Chủ Nhật, 05/01/2025 (GMT+7)", "2025-01-05"),
        ("ngày 3 tháng 4 năm 2024", "2024-04-03"),
        ("2023-06-30 07:00", "2023-06-30"),
        ("15/08/2024 09:12 (GMT+07:00)", "2024-08-15"),
        ("Lượt xem: 1.204 | 11.9.2021", "2021-09-11"),
        ("Thứ Ba, 5 Tháng 3, 2024", "2024-03-05"),
        ("Ngày 09 Tháng 10 Năm 2020", "2020-10-09"),
        ("Ngày xuất bản: 15/06/2020", "2020-06-15"),
        ("Tác giả: Minh An - 15/06/2020", "2020-06-15"),
        ("Ngày đăng: 03/11/2021 - Người đăng: quantri - Lượt xem: 517", "2021-11-03"),
    ],
)
def test_date_lines_in_many_shapes(line: str, expected: str) -> None:
    assert date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Ngày 12/5/2022, Đảng ủy Khối tổ chức hội nghị sơ kết.",  # a sentence that opens with a date
        "Tỉnh ủy Bắc Giang triển khai nhiệm vụ năm 2023",
        "Số 12 - 2022",
        "31/2/2022",  # no such day
    ],
)
def test_lines_that_are_not_date_lines(line: str) -> None:
    assert date_line(line) is None


def test_page_date_marker() -> None:
    assert page_date_marker(" date 2024-03 Sáng 5/3, Huyện ủy họp.") == ("2024-03", "Sáng 5/3, Huyện ủy họp.")
    assert page_date_marker("Sáng 5/3, Huyện ủy họp.") is None


def _one(sentence: str) -> EventDate:
    found = event_dates(sentence)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "day", "month", "year"),
    [
        ("Ngày 24/5, tại Đà Nẵng, Ban Thường vụ Thành ủy họp phiên thường kỳ.", 24, 5, None),
        ("Sáng 16/12, Đảng ủy Khối tổ chức hội nghị cán bộ.", 16, 12, None),
        ("Chiều 3-8, Huyện ủy Gia Lâm công bố quyết định.", 3, 8, None),
        ("Trong hai ngày 12,13/6/2025, Đảng bộ phường tổ chức đại hội.", 12, 6, 2025),
        ("Trong hai ngày 8 và 9/10, Đảng bộ Công ty tiến hành đại hội.", 8, 10, None),
        ("Ngày 15 tháng 3 năm 2021 Chi bộ tổ chức đại hội điểm.", 15, 3, 2021),
        ("Hội nghị diễn ra ngày 6-1-2021 tại trụ sở Tỉnh ủy.", 6, 1, 2021),
    ],
)
def test_event_dates(sentence: str, day: int, month: int, year: int | None) -> None:
    found = _one(sentence)
    assert (found.day, found.month, found.year) == (day, month, year)


def test_document_dates_are_not_event_dates() -> None:
    sentence = (
        "Thực hiện Kế hoạch số 12-KH/TU, ngày 4/3/2020 của Tỉnh ủy, sáng 9/4, Huyện ủy tổ chức hội nghị."
    )
    excluded = sentence.index("ngày 4/3")
    found = event_dates(sentence, lambda start: start == excluded)
    assert [(e.day, e.month) for e in found] == [(9, 4)]


def test_year_from_publication_date() -> None:
    assert resolve_event(EventDate(0, 20, 10, None), "2022-10-21", "") == "2022-10-20"
    assert resolve_event(EventDate(0, 5, 8, None), "2024-08", "") == "2024-08-05"


def test_a_december_event_in_a_january_article_is_last_year() -> None:
    assert resolve_event(EventDate(0, 28, 12, None), "2023-01-03", "") == "2022-12-28"


def test_year_from_the_sentence_when_it_states_one() -> None:
    sentence = "Ngày 24/5, Đảng ủy sơ kết công tác Quý I/2022."
    assert resolve_event(EventDate(0, 24, 5, None), None, sentence) == "2022-05-24"


def test_a_term_does_not_settle_the_year() -> None:
    sentence = "Ngày 11/6, Quân ủy Trung ương cho ý kiến về đại hội nhiệm kỳ 2020-2025."
    assert resolve_event(EventDate(0, 11, 6, None), None, sentence) is None


def test_a_written_year_wins() -> None:
    assert resolve_event(EventDate(0, 1, 2, 2019), "2024-05-01", "") == "2019-02-01"


def test_a_section_name_in_capitals_before_the_date_line() -> None:
    assert date_line("QUÂN ĐOÀN 34 - Thứ Sáu, 03/10/2025") == "2025-10-03"
    assert date_line("TIN TỨC | 14:20 21/03/2024") == "2024-03-21"
    assert date_line("Hội nghị điểm - 03/10/2025") is None  # a mixed-case phrase is text


def test_a_reposted_article_s_source_line_dates_it() -> None:
    assert date_line("(Nguồn: baohatinh.vn - 5/9/2025)") == "2025-09-05"
