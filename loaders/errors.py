"""The one error the loaders raise for input they refuse to read as an article."""

from __future__ import annotations


class ArticleRejected(ValueError):
    """Input that is not an article we can read (empty, binary, HTML, too large, not Vietnamese)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
