"""Dates as the texts give them: a day, a month or only a year, and the range each stands for."""

from __future__ import annotations

import calendar
import re
from datetime import date

# The precisions a date string may have, as written in facts and stored in the graph.
DATE_FORMATS = {
    "day": re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    "month": re.compile(r"^(\d{4})-(\d{1,2})$"),
    "year": re.compile(r"^(\d{4})$"),
}


def date_range(value: str | None) -> tuple[str, str] | None:
    """The first and last day (ISO) a partial date stands for ("2021-05" -> 2021-05-01, 2021-05-31)."""
    if not value:
        return None
    text = str(value).strip()[:10]
    try:
        if m := DATE_FORMATS["day"].match(text):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day.isoformat(), day.isoformat()
        if m := DATE_FORMATS["month"].match(text):
            year, month = int(m[1]), int(m[2])
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1).isoformat(), date(year, month, last).isoformat()
        if m := DATE_FORMATS["year"].match(text):
            year = int(m[1])
            return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
    except ValueError:
        return None
    return None


def normalised_date(value: str | None) -> str | None:
    """A date string with its own precision and zero-padded parts, or None when it is not a date."""
    bounds = date_range(value)
    if bounds is None:
        return None
    start, end = bounds
    if start == end:
        return start
    if start[:7] == end[:7]:
        return start[:7]
    return start[:4]


def year_of(value: str | None) -> int | None:
    """The year a date string names, or None."""
    bounds = date_range(value)
    return int(bounds[0][:4]) if bounds else None
