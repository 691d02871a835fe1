"""Words and punctuation of a sentence with their offsets: the unit every people rule walks over."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# An abbreviation with inner dots ("T.Ư", "PGS.TS") is one word; a dot at a word's end is punctuation.
# A syllable of a Central Highlands name with an apostrophe after its first letter ("H'Yim", "K'Lơi",
# "Điểu K'Ré") is one word too.
_TOKEN = re.compile(r"\w+(?:\.\w+)+|(?<!\w)[^\W\d_]['’][^\W\d_]\w*|\w+|[^\w\s]")
SEPARATORS = {",", ";", ":", "-", "–", "—", "(", ")", ".", "!", "?", '"', "“", "”", "/", "…", "'"}
DASHES = {"-", "–", "—"}


@dataclass(frozen=True)
class Token:
    """One word or punctuation mark and where it starts and ends in the sentence."""

    text: str
    start: int
    end: int
    noun: bool = True  # underthesea tags the word it belongs to as a noun (True when untagged)
    inner: bool = False  # not the first syllable of its underthesea word ("tra" in "Kiểm tra")
    lower: str = ""  # the word in lower case (filled by tokenize)

    @property
    def is_word(self) -> bool:
        """True for a word (letters or digits), False for punctuation."""
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        """True for a word written with a capital first letter."""
        return self.text[0].isupper()


def tokenize(text: str, tag: bool = False) -> list[Token]:
    """Split TEXT into words and punctuation, keeping offsets; TAG marks the words underthesea calls nouns."""
    non_noun, inner = _tagged_offsets(text) if tag else (frozenset(), frozenset())
    return [
        Token(
            m.group(0), m.start(), m.end(), m.start() not in non_noun, m.start() in inner, m.group(0).lower()
        )
        for m in _TOKEN.finditer(text)
    ]


@lru_cache(maxsize=4096)
def _tagged_offsets(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """Start offsets of syllables underthesea puts in a non-noun word, and of syllables inside a word."""
    from underthesea import pos_tag

    non_noun: set[int] = set()
    inner: set[int] = set()
    pos = 0
    for word, tag in pos_tag(text):
        for k, syllable in enumerate(word.split()):
            at = text.find(syllable, pos)
            if at < 0:
                continue
            pos = at + len(syllable)
            if not tag.startswith("N"):
                non_noun.add(at)
            if k:
                inner.add(at)
    return frozenset(non_noun), frozenset(inner)


def words_match(tokens: list[Token], i: int, phrase_words: list[str]) -> bool:
    """True where the words PHRASE_WORDS (lower case) start at token I, compared case-insensitively."""
    if i + len(phrase_words) > len(tokens):
        return False
    return all(tokens[i + k].lower == w for k, w in enumerate(phrase_words))


class PhraseIndex:
    """Phrases (lower-case word lists) indexed by their first word, for the longest match at a token."""

    def __init__(self, phrases: list[list[str]]) -> None:
        self.by_first: dict[str, list[list[str]]] = {}
        for words in sorted(phrases, key=len, reverse=True):
            self.by_first.setdefault(words[0], []).append(words)

    def match(self, tokens: list[Token], i: int) -> list[str] | None:
        """The longest phrase starting at token I, None when none does."""
        if i >= len(tokens):
            return None
        for words in self.by_first.get(tokens[i].lower, ()):
            if words_match(tokens, i, words):
                return words
        return None
