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
    # Titles provincial portals abbreviate ("Đ/c X - UVTW Đảng, Bí thư Tỉnh ủy", "UV BTV Tỉnh ủy").
    "UVTW": "Ủy viên Trung ương",  # member of the Central Committee
    "UVTƯ": "Ủy viên Trung ương",
    "UVBTV": "Ủy viên Ban Thường vụ",  # member of the standing committee
    "UVBCH": "Ủy viên Ban Chấp hành",  # member of the executive committee
    "UV": "Ủy viên",  # member ("UV BTV", "UV UBKT")
    "TUV": "Tỉnh ủy viên",  # member of the provincial committee
    "HUV": "Huyện ủy viên",  # member of the district committee
    "ĐUV": "Đảng ủy viên",  # member of the party committee
    "PBT": "Phó Bí thư",  # deputy secretary
    "PCT": "Phó Chủ tịch",  # vice chairman
}
_ABBREVIATION = re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in SENTENCE_ABBREVIATIONS) + r")(?!\w)")
# Abbreviations that are titles only next to a title or body: "TT" (standing) after a deputy's title
# ("Phó Bí thư TT Tỉnh ủy"; elsewhere a "thị trấn" or "Trung tâm"), "CT" (chairman) before a council
# (elsewhere the code of a Chỉ thị). Pattern -> replacement.
CONTEXT_ABBREVIATIONS = [
    (
        re.compile(r"(?<!\w)((?:Phó (?:Bí thư|Chủ tịch|Trưởng ban|Chủ nhiệm))|Thứ trưởng) TT(?!\w)"),
        r"\1 Thường trực",
    ),
    (re.compile(r"(?<![\w/-])CT (?=Ủy ban nhân dân|Hội đồng nhân dân|UBND|HĐND)"), "Chủ tịch "),
]


def strip_credits(text: str) -> str:
    """TEXT without bylines, photo credits and agency tags ("Ảnh: X/TTXVN", "(TTXVN/Vietnam+)")."""
    text = _AGENCY.sub(" ", text)
    text = re.sub(r"^\s*Ảnh\s*:\s*(?=[Đđ]ồng chí|[Cc]ác đồng chí|[Ôô]ng |[Bb]à )", "", text)
    return _CREDIT.sub(" ", text)


@lru_cache(maxsize=4096)
def rule_text(text: str) -> str:
    """The sentence TEXT as the rules read it: canonical spelling, credits cut, abbreviations written out."""
    text = canonical_text(strip_credits(canonical_text(text)))
    text = _ABBREVIATION.sub(lambda m: SENTENCE_ABBREVIATIONS[m.group(1)], text)
    for pattern, replacement in CONTEXT_ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    return text
