"""Persons in a sentence: names after the genre's cues (đồng chí, ông/bà, ranks) and names titles point to.

A Vietnamese name is 2-4 capitalised syllables led by a family name; after a
strong cue ("đồng chí", a military rank) names of other traditions (up to five
syllables, no family name from the list) are taken too. Credits (bylines,
"Ảnh: ...", agency tags) are cut from the sentence before anything is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.names import FAMILY_NAMES
from loaders.organizations import head_length, named_after, starts_title, uncued_name_end
from loaders.places import CITIES, PROVINCES
from loaders.tokens import PhraseIndex, Token, words_match

# Words before a name that mark it as a person (lower case). "các đồng chí" opens a list.
HONORIFICS = ("đồng chí", "đ / c", "ông", "bà", "anh", "chị")
MILITARY_RANKS = (
    "đại tướng",
    "thượng tướng",
    "trung tướng",
    "thiếu tướng",
    "chuẩn đô đốc",
    "phó đô đốc",
    "đô đốc",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
    "đại úy",
    "thượng úy",
    "trung úy",
    "thiếu úy",
)
# Academic and professional prefixes written before a name ("PGS.TS", "GS", "BS").
_ACADEMIC = re.compile(r"^(GS|PGS|TS|ThS|BS|CKII|CKI|KS|NGƯT|NGND|TTƯT|TTND|LS|Ts|Bs|Ths)(\.\w+)*$")
_CUES = PhraseIndex([c.split() for c in HONORIFICS + MILITARY_RANKS])
_PLACE_WORDS = sorted((p.split() for p in CITIES + PROVINCES), key=len, reverse=True)


@dataclass(frozen=True)
class NameSpan:
    """A person's name at tokens START..END (exclusive), and whether a cue word stood before it."""

    start: int
    end: int
    cued: bool


def cue_length(tokens: list[Token], i: int) -> int:
    """How many tokens of a person cue (honorific or rank) start at token I."""
    cue = _CUES.match(tokens, i)
    return len(cue) if cue else 0


def _place_at(tokens: list[Token], i: int) -> int:
    """Length of a province or city name starting at token I (case as written), 0 when none."""
    for words in _PLACE_WORDS:
        if all(i + k < len(tokens) and tokens[i + k].text == w for k, w in enumerate(words)):
            return len(words)
    return 0


def _name_word(t: Token) -> bool:
    """A word that can be part of a name: capitalised, not an all-capitals acronym (one letter is fine)."""
    return (
        t.is_word and t.is_capitalised and (len(t.text) == 1 or not t.text.isupper()) and not t.text.isdigit()
    )


def _body_starts(tokens: list[Token], k: int) -> bool:
    """A body head at token K that goes on into a body name (a lone head may end a name: "Trần Minh Khoa")."""
    n = head_length(tokens, k)
    return bool(n) and k + n < len(tokens) and _name_word(tokens[k + n])


def name_run(tokens: list[Token], i: int, cued: bool) -> int:
    """End of the name starting at token I, or I when no name starts there.

    Without a cue a name starts with a family name and has 2-4 words; with a cue, 2-5 capitalised words.
    A run that starts with a place name ("Hà Nội", "Lâm Đồng") is a place, not a person.
    """
    if i >= len(tokens) or not _name_word(tokens[i]):
        return i
    if starts_title(tokens, i) or _place_at(tokens, i):
        return i
    # A family name that is also a body head ("Đoàn") leads a name only after a cue or in three words or more.
    head_first = head_length(tokens, i) > 0
    if head_first and tokens[i].text not in FAMILY_NAMES:
        return i
    if i > 0 and _place_at(tokens, i - 1) >= 2:  # "Lâm Đồng Trần..." starts inside a place
        return i
    k = i
    while (
        k < len(tokens)
        and _name_word(tokens[k])
        and (k == i or not (starts_title(tokens, k) or (not cued and _body_starts(tokens, k))))
    ):
        k += 1
    if k > i + 1 and len(tokens[k - 1].text) == 1:  # a cut-off last syllable ("Nông Đức M"): no name
        return i
    size = k - i
    if named_after(tokens, i, size):
        return i
    if cued:
        return k if 2 <= size <= 5 else i
    return uncued_name_end(tokens, i)


def find_names(tokens: list[Token]) -> list[NameSpan]:
    """Every name in the sentence: after a cue, or led by a family name."""
    names: list[NameSpan] = []
    items = _list_item_starts(tokens)
    i = 0
    while i < len(tokens):
        if i in items:
            end = name_run(tokens, i, cued=True)
            if end > i and (
                end == len(tokens)
                or not tokens[end].is_word
                or tokens[end].lower == "và"
                or not tokens[end].is_capitalised  # "... và B được bầu làm Phó Bí thư"
            ):
                names.append(NameSpan(i, end, True))
                i = end
                continue
        c = cue_length(tokens, i)
        if c:
            j = i + c
            while j < len(tokens) and (_ACADEMIC.match(tokens[j].text) or tokens[j].text == "."):
                j += 1
            end = name_run(tokens, j, cued=True)
            if end > j and (i == 0 or tokens[i - 1].lower != "các"):
                names.append(NameSpan(j, end, True))
                i = end
                continue
            i += c
            continue
        if _ACADEMIC.match(tokens[i].text) and len(tokens[i].text) > 1:
            j = i + 1
            while j < len(tokens) and (_ACADEMIC.match(tokens[j].text) or tokens[j].text == "."):
                j += 1
            end = name_run(tokens, j, cued=True)
            if end > j:
                names.append(NameSpan(j, end, True))
                i = end
                continue
        end = name_run(tokens, i, cued=False)
        if end > i:
            names.append(NameSpan(i, end, False))
            i = end
            continue
        i += 1
    return names


def _list_item_starts(tokens: list[Token]) -> set[int]:
    """Where the items of a list of persons start: after "các đồng chí ...:", at each ",", ";" or "và"."""
    starts: set[int] = set()
    opened = False
    for k, t in enumerate(tokens):
        if words_match(tokens, k, ["các", "đồng", "chí"]):
            opened = True
            # "các đồng chí A và B ...": a list with no colon, opened by a name led by a family name;
            # the names joined after it are items too ("Võ Ngọc Thành và Ksor Phước H'Bia").
            if name_run(tokens, k + 3, cued=False) > k + 3:
                starts.add(k + 3)
        elif opened and t.text == ":":
            starts.add(k + 1)
        elif opened and starts and t.text in (",", ";") or (opened and starts and t.lower == "và"):
            starts.add(k + 1)
        elif t.text == "." and k + 1 < len(tokens):
            opened = False
    return starts
