"""One article in, one facts dict out (../shared/spec/facts-format.md): every rule family, merged.

Text -> Document (loaders.text) -> directives, congresses, citations, directive links (this
package) and persons, posts, organizations (loaders.people) -> one dict, each
fact with the sentence it came from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from loaders.citations import extract_citations
from loaders.congresses import NATIONAL_PARTY, extract_congresses
from loaders.directive_links import extract_directive_links
from loaders.directives import extract_directives
from loaders.document import Document
from loaders.errors import ArticleRejected
from loaders.keys import name_key
from loaders.text import build_document, read_article


def _people(doc: Document) -> dict[str, list[dict]]:
    """Persons, posts and their bodies from the people rules (another module; empty until it exists)."""
    try:
        from loaders.people import extract_people
    except ImportError:
        return {"persons": [], "posts": [], "organizations": []}
    return extract_people(doc)


def _merge_organizations(*groups: list[str]) -> list[dict[str, str]]:
    """Organization names once each (by name key), in the order first named."""
    seen: set[str] = set()
    out: list[dict[str, str]] = []
    for group in groups:
        for name in group:
            key = name_key(name)
            if name and key not in seen:
                seen.add(key)
                out.append({"name": name})
    return out


def extract_document(doc: Document) -> dict[str, Any]:
    """The facts of one Document in the spec's shape."""
    people = _people(doc)
    directives, mentions = extract_directives(doc)
    congresses, congress_mentions = extract_congresses(doc)
    citations = extract_citations(doc, congresses, congress_mentions, mentions)
    links = extract_directive_links(doc, directives, mentions)
    issuers = [part.strip() for d in directives if d.issuer for part in d.issuer.split(",")]
    congress_orgs = [c.organization for c in congresses]
    people_orgs = [o["name"] if isinstance(o, dict) else str(o) for o in people.get("organizations", [])]
    return {
        "source": doc.source,
        "article": {"title": doc.title, "published": doc.published},
        "persons": people.get("persons", []),
        "posts": people.get("posts", []),
        "organizations": _merge_organizations(people_orgs, congress_orgs, issuers),
        "congresses": [c.as_fact() for c in congresses],
        "directives": [d.as_fact() for d in directives],
        "citations": [c.as_fact() for c in citations],
        # Not in the spec (extra fields are allowed; the scorer ignores them): document-to-document links.
        "directive_links": [link.as_fact() for link in links],
    }


def extract_text(text: str, source: str) -> dict[str, Any]:
    """The facts of an article given as text, "source" naming it (ArticleRejected if it is not one)."""
    from partygraph.settings import get_settings

    limit = get_settings().max_article_bytes
    if len(text) > limit or len(text.encode("utf-8")) > limit:
        raise ArticleRejected(f"text too large (more than {limit:,} bytes)")
    return extract_document(build_document(source, text))


def extract_file(path: str, max_bytes: int) -> dict[str, Any]:
    """The facts of the article file PATH, "source" being PATH as given (ArticleRejected if not one)."""
    return extract_document(build_document(path, read_article(Path(path), max_bytes)))


__all__ = ["extract_document", "extract_file", "extract_text", "NATIONAL_PARTY"]
