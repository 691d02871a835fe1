"""The sentence as the people rules read it: canonical spelling, credits cut, abbreviations written out.

Credits are bylines, photo credits and agency tags ("Ảnh: X/TTXVN",
"(TTXVN/Vietnam+)"): the spec says they name no persons. A caption that says
who is pictured ("Ảnh: Đồng chí X, ...") keeps its sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.keys import canonical_text

# Credits: the words that open a byline or a photo credit, up to the end of the credit.
_CREDIT = re.compile(
    r"\(?\b(?:Ảnh|Ản|Tin|Nguồn|Bài|Tin và ảnh|Tin, ảnh|Bài và ảnh|Video|Clip)\s*:\s*"
    r"(?!\s*(?:[Đđ]ồng chí|[Cc]ác đồng chí|[Ôô]ng |[Bb]à ))[^.;()]*\)?"
)
_AGENCY = re.compile(
    r"\((?:[^()]*(?:TTXVN|Vietnam\+|VNA|TTXVN/Vietnam\+)[^()]*)\)|\b[A-ZĐ][\w ]{0,40}\((?:TTXVN|VNA)[^()]*\)"
)


# Abbreviations written out before a sentence is read, so titles and bodies match their full forms.
SENTENCE_ABBREVIATIONS = {
    "T.Ư": "Trung ương",
    "TƯ": "Trung ương",
    "BTV": "Ban Thường vụ",
    "BCH": "Ban Chấp hành",
    "UBKT": "Ủy ban Kiểm tra",
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
}
_ABBREVIATION = re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in SENTENCE_ABBREVIATIONS) + r")(?!\w)")


def strip_credits(text: str) -> str:
    """TEXT without bylines, photo credits and agency tags ("Ảnh: X/TTXVN", "(TTXVN/Vietnam+)")."""
    text = _AGENCY.sub(" ", text)
    text = re.sub(r"^\s*Ảnh\s*:\s*(?=[Đđ]ồng chí|[Cc]ác đồng chí|[Ôô]ng |[Bb]à )", "", text)
    return _CREDIT.sub(" ", text)


@lru_cache(maxsize=4096)
def rule_text(text: str) -> str:
    """The sentence TEXT as the rules read it: canonical spelling, credits cut, abbreviations written out."""
    text = canonical_text(strip_credits(canonical_text(text)))
    return _ABBREVIATION.sub(lambda m: SENTENCE_ABBREVIATIONS[m.group(1)], text)
