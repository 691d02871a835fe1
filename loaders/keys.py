"""Identity rules of the facts format: the keys two mentions share when they name one thing.

These are the spec's naming rules (NFC, one tone-mark convention, folded case,
single spaces) and they are also the graph's identity rules, so graph/ imports
them from here rather than writing its own.
"""

from __future__ import annotations

import re
import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"
# Old placement puts the tone on the second vowel of "oa", "oe", "uy" in a
# closed-less syllable ("hoá", "Uỷ"); the new one on the first ("hóa", "Ủy").
_OLD_TONE_PLACEMENT = [
    re.compile(rf"^(.*?)([oO])([aAeE])([{_TONES}])$"),
    re.compile(rf"^(|.*?[^qQ])([uU])([yY])([{_TONES}])$"),
]
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def new_tone_placement(word: str) -> str:
    """One word with the tone mark moved to where the new convention puts it (Uỷ -> Ủy)."""
    decomposed = unicodedata.normalize("NFD", word)
    for pattern in _OLD_TONE_PLACEMENT:
        m = pattern.match(decomposed)
        if m:
            decomposed = m.group(1) + m.group(2) + m.group(4) + m.group(3)
            break
    return unicodedata.normalize("NFC", decomposed)


def canonical_text(text: str) -> str:
    """Text in NFC with one tone-mark convention and single spaces, case kept (for output)."""
    text = unicodedata.normalize("NFC", text)
    text = _WORD.sub(lambda m: new_tone_placement(m.group(0)), text)
    return _SPACE.sub(" ", text).strip()


def name_key(text: str | None) -> str:
    """The identity key of a name: canonical text, case folded, outer punctuation trimmed."""
    if not text:
        return ""
    return canonical_text(str(text)).strip(" \t\n,.;:").casefold()


def ascii_fold(text: str | None) -> str:
    """A name without diacritics, lower case: what a search box without accents types."""
    folded = unicodedata.normalize("NFD", name_key(text)).replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


_NATIONAL_PARTY = {"đảng cộng sản việt nam", "đảng", "toàn quốc"}


def congress_org_key(name: str | None) -> str:
    """The party organisation a congress belongs to, as a key ("Đảng ủy X" and "Đảng bộ X" agree)."""
    key = re.sub(r"^(đảng bộ|đảng ủy)\s+", "", name_key(name))
    return "đảng cộng sản việt nam" if key in _NATIONAL_PARTY else key


def congress_key(organization: str | None, ordinal: int | None) -> str:
    """The identity of one congress: its organisation and its number."""
    return f"{congress_org_key(organization)}|{ordinal if ordinal is not None else '?'}"


def directive_code_key(key: str | None) -> str:
    """A directive code compared as the scorer does: upper case, '-' after the number, no leading zeros."""
    k = unicodedata.normalize("NFC", str(key or "")).upper().replace(" ", "")
    k = re.sub(r"^(\d+)/", r"\1-", k)
    k = re.sub(r"^0+(\d)", r"\1", k)
    return k.replace("Đ", "D")


def directive_identity(key: str | None, year: int | None) -> str:
    """A directive's graph identity: its code and the year it was issued (numbers restart each term)."""
    return f"{directive_code_key(key)}|{year if year is not None else '?'}"
