"""The parameter types of the canned queries: each turns text (CLI, query string) into what Cypher expects.

A query's header names a type per parameter (`type: date`); the registry looks it up in
PARAM_TYPES. Names and keys are normalised with the graph's own identity rules (loaders/keys.py),
so a caller may write a name in any case or tone-mark placement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from loaders.keys import ascii_fold, congress_key, directive_code_key, name_key

# Longest string any parameter accepts: names and keys are short; a longer value is an error, not a search.
MAX_TEXT_LENGTH = 300
# Roman numerals as congresses are numbered ("lần thứ XIII").
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# Characters with a meaning in Lucene's query syntax, escaped so a search is always plain words.
LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
# The accent-free name the full-text index (graph/schema.py) holds beside the name as written.
NAME_SEARCH_FIELD = "name_ascii"
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _text(value: Any) -> str:
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise ValueError("expected text")
    text = str(value).strip()
    if not text:
        raise ValueError("must not be empty")
    if len(text) > MAX_TEXT_LENGTH:
        raise ValueError(f"longer than {MAX_TEXT_LENGTH} characters")
    return text


def _integer(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("expected an integer")
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if not re.fullmatch(r"[+-]?\d{1,12}", text):
        raise ValueError("expected an integer")
    return int(text)


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"true", "1", "yes", "on"}:
        return True
    if text in {"false", "0", "no", "off"}:
        return False
    raise ValueError("expected true or false")


def _name(value: Any) -> str:
    key = name_key(_text(value))
    if not key:
        raise ValueError("must name something")
    return key


def _search(value: Any) -> dict[str, str]:
    """Search words as a Lucene query on the accent-free names, and as a directive-code prefix."""
    text = _text(value)
    words = re.findall(r"\w+", ascii_fold(text))
    if not words:
        raise ValueError("must contain a letter or digit")
    escaped = [LUCENE_SPECIAL.sub(r"\\\1", word) for word in words]
    # Every word must match; the last one may be unfinished (search as you type). A prefix alone
    # scores every match alike, so the whole word is asked for too: exact and shorter names rank first.
    last = f"({NAME_SEARCH_FIELD}:{escaped[-1]} OR {NAME_SEARCH_FIELD}:{escaped[-1]}*)"
    terms = [f"{NAME_SEARCH_FIELD}:{word}" for word in escaped[:-1]] + [last]
    return {
        "text": text,
        "folded": " ".join(words),
        "lucene": " AND ".join(terms),
        "code_prefix": _code_prefix(text, words),
    }


def _code_prefix(text: str, words: list[str]) -> str:
    """The start of a directive key typed as written ("35-CT/TW") or as words ("35 ct tw")."""
    if re.search(r"[-/]", text):
        return directive_code_key(text)
    number_and_type = "-".join(words[:2])
    issuer = "".join(words[2:])
    return directive_code_key(f"{number_and_type}/{issuer}" if issuer else number_and_type)


def partial_date_range(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date written as YYYY, YYYY-MM or YYYY-MM-DD stands for."""
    m = PARTIAL_DATE.match(text)
    if not m:
        raise ValueError("expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    first = dt.date(year, int(month), 1)
    if day is None:
        following = dt.date(year + (first.month == 12), first.month % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    day_date = dt.date(year, int(month), int(day))
    return day_date, day_date


def _date(value: Any) -> dict[str, Any]:
    text = _text(value)
    try:
        start, end = partial_date_range(text)
    except ValueError as exc:
        raise ValueError(str(exc).replace("day is out of range for month", "no such day")) from None
    return {"text": text, "start": start, "end": end}


def _roman_or_int(text: str) -> int:
    text = text.strip().upper()
    if text.isdigit():
        return int(text)
    if not text or any(ch not in ROMAN_VALUES for ch in text):
        raise ValueError("expected a congress number (13 or XIII)")
    total = 0
    for ch, following in zip(text, [*text[1:], None], strict=True):
        value = ROMAN_VALUES[ch]
        total += -value if following and ROMAN_VALUES[following] > value else value
    return total


def _congress(value: Any) -> dict[str, Any]:
    """A congress as `organization|number` (the graph key) or `organization number`."""
    text = _text(value)
    if "|" in text:
        organization, _, ordinal_text = text.rpartition("|")
    else:
        organization, _, ordinal_text = text.rpartition(" ")
    if not organization.strip():
        raise ValueError("expected a congress as 'organization|number', e.g. 'Đảng bộ Bộ Công Thương|3'")
    ordinal = _roman_or_int(ordinal_text)
    return {"key": congress_key(organization, ordinal), "ordinal": ordinal}


def _directive(value: Any) -> dict[str, Any]:
    """A directive as its code (`35-CT/TW`) or its graph key (`35-CT/TW|2019`)."""
    text = _text(value)
    code_text, _, year_text = text.partition("|")
    code = directive_code_key(code_text)
    if not code:
        raise ValueError("expected a directive code such as 35-CT/TW")
    year = None
    if year_text and year_text.strip() != "?":
        if not re.fullmatch(r"\d{4}", year_text.strip()):
            raise ValueError("the part after '|' must be a year")
        year = int(year_text)
    key = f"{code}|{year_text.strip()}" if year_text else None
    # A bare code names every directive whose key starts with it (one per year of issue).
    return {"code": code, "year": year, "key": key, "prefix": f"{code}|"}


def _post(value: Any) -> str:
    """A post as its graph key: the body's key, '|', the title's key (each normalised as a name)."""
    text = _text(value)
    organization, bar, title = text.rpartition("|")
    if not bar or not name_key(organization) or not name_key(title):
        raise ValueError("expected a post as 'organization|title', e.g. 'Đảng ủy Bộ Ngoại giao|Bí thư'")
    return f"{name_key(organization)}|{name_key(title)}"


@dataclass(frozen=True)
class ParamType:
    """One parameter type: how to read a value, and how to show it in the catalogue."""

    name: str
    parse: Callable[[Any], Any]
    json_type: str
    description: str


PARAM_TYPES: dict[str, ParamType] = {
    t.name: t
    for t in [
        ParamType("str", _text, "string", "text"),
        ParamType("int", _integer, "integer", "an integer"),
        ParamType("bool", _boolean, "boolean", "true or false"),
        ParamType("name", _name, "string", "a name or key; case and tone-mark placement do not matter"),
        ParamType("search", _search, "string", "words to search for; diacritics and case optional"),
        ParamType("post", _post, "string", "a post as 'organization|title' (its key)"),
        ParamType("date", _date, "string", "YYYY, YYYY-MM or YYYY-MM-DD (a partial date is a range)"),
        ParamType("congress", _congress, "string", "a congress as 'organization|number' (number or Roman)"),
        ParamType("directive", _directive, "string", "a directive code (35-CT/TW) or key (35-CT/TW|2019)"),
    ]
}
