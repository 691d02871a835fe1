"""The year a party document was issued, when the text gives no date: inferred from the congress it serves.

Document numbers restart with each term of the issuing body, so a code alone names several
documents (35-CT/TW of 2019 and of 2024). The graph keys a directive by code and year; when the
text omits the date, the year is read from context, in this order:

1. a national congress the document concerns or is cited for: the run-up documents to congress N
   are issued about two years before it is held (36-CT/TW 2014 for XII, 35-CT/TW 2019 for XIII);
2. a congress with a term "A-B": it is held in year A; the central (TW) documents it carries out
   are from the year before, its own organisation's plans from that year;
3. the article's publication year (a document is cited on or after its issue);

and the directive is marked year_inferred. With none of these the reference stays unresolved
(year None, key "code|?") rather than being merged into a document it may not be.
"""

from __future__ import annotations

import re

# National congresses of the Communist Party of Vietnam: ordinal -> year held.
NATIONAL_CONGRESS_YEARS: dict[int, int] = {
    1: 1935, 2: 1951, 3: 1960, 4: 1976, 5: 1982, 6: 1986, 7: 1991, 8: 1996, 9: 2001, 10: 2006, 11: 2011,
    12: 2016, 13: 2021, 14: 2026,
}
# Years between a national congress and the central documents that prepare it.
NATIONAL_RUN_UP_YEARS = 2
# Years between a local congress (held in the first year of its term) and the central
# documents it carries out.
LOCAL_CENTRAL_RUN_UP_YEARS = 1
# Issuer codes of the central party bodies (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương).
CENTRAL_ISSUER_CODES = frozenset({"TW"})

_TERM = re.compile(r"(\d{4})\s*[-–—]\s*(\d{4})")


def term_start(term: str | None) -> int | None:
    """The first year of a term written "2020-2025" (any dash), or None."""
    m = _TERM.search(str(term or ""))
    return int(m[1]) if m else None


def inferred_year(
    issuer_code: str | None,
    congresses: list[tuple[bool, int | None, str | None]],
    published_year: int | None,
) -> int | None:
    """The issue year of an undated document from the congresses it is linked to, else the article's year.

    CONGRESSES are (is_national, ordinal, term) of the congresses a citation links it to, in the
    order the article gives them.
    """
    central = (issuer_code or "").upper() in CENTRAL_ISSUER_CODES
    for is_national, ordinal, _term in congresses:
        if is_national and ordinal in NATIONAL_CONGRESS_YEARS:
            return NATIONAL_CONGRESS_YEARS[ordinal] - NATIONAL_RUN_UP_YEARS
    for is_national, _ordinal, term in congresses:
        start = term_start(term)
        if not is_national and start is not None:
            return start - LOCAL_CENTRAL_RUN_UP_YEARS if central else start
    return published_year
