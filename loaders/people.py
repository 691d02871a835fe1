"""The people half of the loaders: persons, their posts and the bodies those posts belong to."""

from __future__ import annotations

from loaders.document import Document


def extract_people(doc: Document) -> dict:
    """Persons, posts and organizations read from DOC, each fact once, in the facts-format shapes."""
    return {"persons": [], "posts": [], "organizations": []}
