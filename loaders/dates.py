"""Dates as the genre writes them: publication date lines and event dates without a year.

Formats are data (the pattern tables below), so a new site's date line is one
more row, not new code. Every date comes out as ISO text with the precision the
text gives: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

# Whole dates, as page headers and body text write them. Named groups y/m/d.
DATE_PATTERNS: list[tuple[str, str]] = [
    ("ISO day", r"(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    ("ISO month", r"(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})(?![-\d])"),
    ("day/month/year", r"(?P<d>\d{1,2})\s?[/.-]\s?(?P<m>\d{1,2})\s?[/.-]\s?(?P<y>(?:19|20)\d\d)"),
    (
        "ngày d tháng m năm y",
        r"(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d\d)",
    ),
    ("d Tháng m, y", r"(?P<d>\d{1,2})\s+[Tt]háng\s+(?P<m>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)"),
    ("y/m/d", r"(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})"),
]

# What a date line may carry besides its date: clock times ("19:5'", "17:03",
# "00:00"), week days, a view counter after a bar ("| 116"), time zones and
# the words sites put around them. Removed before deciding the line is a date line.
DATE_LINE_FURNITURE: list[str] = [
    r"\(?(?:GMT|UTC)\s?(?:[+-]\s?\d{1,2}(?::?\d{2})?)?\)?",  # time zone
    r"\b\d{1,2}\s?(?::|h)\s?\d{1,2}(?::\d{2})?'?(?:\s?(?:AM|PM|SA|CH))?",  # clock time
    r"\bThứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])\b",  # Monday..Saturday
    r"\bChủ\s+[Nn]hật\b",  # Sunday
    r"\|\s*\d+\b",  # view counter
    r"\b(?:\d[\d.,]*\s*)?lượt (?:xem|đọc)\s*:?\s*(?:\d[\d.,]*)?",  # "1.234 lượt xem", "Lượt xem: 1234"
    # "Tác giả: X - 15/06/2020", "Người đăng: admin": before the date words below, which would
    # otherwise take the "đăng" of "Người đăng" (author, poster) and leave "Người : admin".
    r"\b(?:Tác giả|Người viết|Người đăng|Biên tập viên|Biên tập)\s*:\s*[^\d|]*",
    # "(Nguồn: quangtri.dcs.vn - 22/7/2025)": a reposted article's source (credit) and its date.
    r"\bNguồn\s*:\s*[^\d|]*",
    r"\b(?:Ngày xuất bản|Xuất bản|Thời gian đăng|Thời gian|Đăng tải|Ngày phát hành|Cập nhật|Đăng ngày|"
    r"Đăng lúc|Ngày đăng|Ngày cập nhật|Đăng|Cập nhật lúc|lúc|ngày|Ngày)\b",
]
_DATE_LINE_MAX_CHARS = 80
# A site or section name in capitals before a dash or bar ("QUÂN KHU 5 - Thứ Năm, 10/07/2025").
_SECTION_BEFORE_DATE = re.compile(r"^\s*(?P<name>[^|–-]+?)\s+[-–|]\s")

# The crawler's page-date marker: " date 2025-08-14 <rest of the line>".
PAGE_DATE_MARKER = re.compile(r"^\s*date\s+(?P<iso>(?:19|20)\d\d(?:-\d{2}){0,2})\b\s*")

# Event dates in a sentence: a cue word, then day/month with an optional year.
# "Ngày 24/5", "sáng 16/12", "Chiều 5/10", "Sáng 17-3", "ngày 5-2-2021",
# "Trong hai ngày 21,22/5/2025", "Trong hai ngày 19 và 20/5", "Ngày 10 tháng 01 năm 2020".
EVENT_CUES = r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm|[Rr]ạng sáng)"
_DAY_LIST = r"(?P<d>\d{1,2})(?:\s?(?:,|và|-|–)\s?\d{1,2})*?"
EVENT_DATE_PATTERNS: list[tuple[str, str]] = [
    (
        "d tháng m năm y",
        rf"{EVENT_CUES}\s+(?:ngày\s+)?(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})"
        r"(?:\s+năm\s+(?P<y>(?:19|20)\d\d))?",
    ),
    (
        "d/m/y",
        rf"{EVENT_CUES}\s+(?:ngày\s+)?{_DAY_LIST}\s?[/-]\s?(?P<m>\d{{1,2}})"
        r"(?:\s?[/-]\s?(?P<y>(?:19|20)\d\d))?(?![\d/])",
    ),
]

_COMPILED_DATES = [
    (name, re.compile(rf"(?<![\d/.-]){pattern}(?![\d])", re.IGNORECASE)) for name, pattern in DATE_PATTERNS
]
_COMPILED_FURNITURE = [re.compile(p, re.IGNORECASE) for p in DATE_LINE_FURNITURE]
_COMPILED_EVENTS = [
    (name, re.compile(rf"(?<!\w){pattern}", re.IGNORECASE)) for name, pattern in EVENT_DATE_PATTERNS
]
_RANGE = re.compile(r"(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d")


@dataclass(frozen=True)
class EventDate:
    """An event date found in a sentence: where it starts and what it says (year may be unknown)."""

    start: int
    day: int
    month: int
    year: int | None


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """ISO text with the precision known, or None when the parts make no calendar date."""
    if year is None:
        return None
    try:
        if month is None:
            return f"{year:04d}"
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match) -> str | None:
    parts = m.groupdict()
    day = int(parts["d"]) if parts.get("d") else None
    return iso(int(parts["y"]), int(parts["m"]), day)


def find_date(text: str) -> tuple[str, re.Match] | None:
    """The first whole date (with a year) in TEXT, as ISO, and its match."""
    best: tuple[str, re.Match] | None = None
    for _name, pattern in _COMPILED_DATES:
        for m in pattern.finditer(text):
            value = _from_match(m)
            if value and (best is None or m.start() < best[1].start()):
                best = (value, m)
            if value:
                break
    return best


def date_line(line: str) -> str | None:
    """The date of LINE if the line is a publication date line ("06/07/2020 | 116"), else None."""
    if len(line) > _DATE_LINE_MAX_CHARS:
        return None
    found = find_date(line)
    if not found:
        return None
    value, m = found
    rest = line[: m.start()] + " " + line[m.end() :]
    section = _SECTION_BEFORE_DATE.match(rest)
    if section and section.group("name").isupper():
        rest = rest[section.end() :]
    for pattern in _COMPILED_FURNITURE:
        rest = pattern.sub(" ", rest)
    if re.search(r"\w", rest):
        return None
    return value


def page_date_marker(line: str) -> tuple[str, str] | None:
    """(ISO date, rest of line) when LINE opens with the crawler's " date YYYY[-MM[-DD]]" marker."""
    m = PAGE_DATE_MARKER.match(line)
    if not m:
        return None
    return m.group("iso"), line[m.end() :]


def event_dates(sentence: str, is_document_date: Callable[[int], bool] | None = None) -> list[EventDate]:
    """Event dates the sentence states, in order; dates of documents ("Chỉ thị số 35, ngày ...") left out."""
    found: dict[int, EventDate] = {}
    for _name, pattern in _COMPILED_EVENTS:
        for m in pattern.finditer(sentence):
            start = m.start()
            if any(abs(start - s) < 3 for s in found):
                continue
            if is_document_date is not None and is_document_date(start):
                continue
            year = int(m.group("y")) if m.group("y") else None
            day, month = int(m.group("d")), int(m.group("m"))
            if not 1 <= month <= 12 or not 1 <= day <= 31:
                continue
            found[start] = EventDate(start, day, month, year)
    return [found[k] for k in sorted(found)]


def lone_years(text: str) -> set[int]:
    """Years TEXT states on their own ("Quý II/2021"), not as one end of a term ("2020 - 2025")."""
    without_ranges = _RANGE.sub(" ", text)
    return {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", without_ranges)}


def resolve_event(event: EventDate, published: str | None, sentence: str) -> str | None:
    """ISO date of EVENT: its own year, else the publication year (a later month means the year before),
    else the one year the sentence states; None when the context does not settle the year."""
    if event.year is not None:
        return iso(event.year, event.month, event.day)
    if published:
        parts = [int(p) for p in published.split("-")]
        year = parts[0]
        pub_month = parts[1] if len(parts) > 1 else None
        pub_day = parts[2] if len(parts) > 2 else 31
        if pub_month is not None and (event.month, event.day) > (pub_month, pub_day):
            # Articles report what has happened: a day after publication is last year's
            # ("16/12" in a January article).
            year -= 1
        return iso(year, event.month, event.day)
    years = lone_years(sentence)
    if len(years) == 1:
        return iso(years.pop(), event.month, event.day)
    return None
