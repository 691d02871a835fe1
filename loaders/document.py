"""The article as the rule families see it: cleaned text, sentences, dates known from context."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Sentence:
    """One sentence of the article, with the event date its context settles (or None) and its paragraph."""

    index: int
    text: str
    date: str | None = None
    paragraph: int = 0


@dataclass
class Document:
    """One article after cleaning: what every extractor reads."""

    source: str
    text: str
    title: str | None = None
    published: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    # The site's name from its masthead line ("Cổng thông tin điện tử Đảng bộ tỉnh X"), not article text.
    site: str | None = None

    def date_for(self, sentence: Sentence) -> str | None:
        """The date a fact read from SENTENCE holds on: its event date, else publication."""
        return sentence.date or self.published
