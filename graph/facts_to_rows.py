"""One article's facts dict turned into the rows the graph writer UNWINDs: keys, date ranges, links.

Identity comes from loaders.keys (the spec's naming rules); organisation kinds and the PART_OF /
EXECUTIVE_OF links come from graph.organizations; directive years from graph.directive_years.
Every row carries the article id, so rows of several articles can be written in one batch, and
every node row carries the evidence sentences that name it (the MENTIONS relationship).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from graph.dates import date_range, normalised_date, year_of
from graph.directive_years import inferred_year
from graph.organizations import (
    NATIONAL_PARTY,
    leading_committees_of,
    led_organisation_of,
    organization_kind,
    parent_name,
    parent_of,
)
from loaders import keys
from loaders.directive_links import RELATIONS as DIRECTIVE_LINK_RELATIONS
from loaders.keys import congress_key, congress_org_key, directive_code_key, directive_identity

# The spec's normalisation, cached: an article names the same bodies many times, and a load
# names the same bodies in thousands of articles.
canonical_text = lru_cache(maxsize=131072)(keys.canonical_text)
name_key = lru_cache(maxsize=131072)(keys.name_key)
ascii_fold = lru_cache(maxsize=131072)(keys.ascii_fold)

NATIONAL_PARTY_NAME = "Đảng Cộng sản Việt Nam"  # the Communist Party of Vietnam
PARTY_ORGANISATION_HEAD = "Đảng bộ"  # a party organisation: the body that holds a congress
PARTY_COMMITTEE_HEAD = "Đảng ủy"  # its executive committee
CONGRESS_NAME = "Đại hội {organization} lần thứ {ordinal}"  # how a congress is named when the text did not


@dataclass
class ArticleRows:
    """Everything one article writes, as lists of parameter rows (one list per write statement)."""

    article: dict[str, Any]
    organizations: list[dict[str, Any]] = field(default_factory=list)
    part_of: list[dict[str, Any]] = field(default_factory=list)
    executive_of: list[dict[str, Any]] = field(default_factory=list)
    persons: list[dict[str, Any]] = field(default_factory=list)
    posts: list[dict[str, Any]] = field(default_factory=list)
    attestations: list[dict[str, Any]] = field(default_factory=list)
    congresses: list[dict[str, Any]] = field(default_factory=list)
    directives: list[dict[str, Any]] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)
    directive_links: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.article["id"]

    @property
    def source(self) -> str:
        return self.article["source"]

    def fact_count(self) -> int:
        """How many facts the article states: nodes it names and relationships it attests."""
        return (
            len(self.organizations) + len(self.persons) + len(self.posts) + len(self.attestations)
            + len(self.congresses) + len(self.directives) + len(self.citations) + len(self.directive_links)
        )


def article_id(text: str) -> str:
    """An article's identity: sha256 of its text in the spec's normalisation (NFC, tone marks, spaces)."""
    return hashlib.sha256(keys.canonical_text(text).encode("utf-8")).hexdigest()


def _clean(value: Any) -> str:
    """A name or label in the spec's normalisation (cached), "" for nothing."""
    return canonical_text(str(value)) if value not in (None, "") else ""


def _sentence(value: Any) -> str | None:
    """An evidence sentence in the spec's normalisation (not cached: sentences rarely repeat)."""
    return keys.canonical_text(str(value)) if value not in (None, "") else None


def _items(facts: dict, name: str) -> list[dict]:
    value = facts.get(name) or []
    return [item for item in value if isinstance(item, dict)]


def _ordinal(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class _Builder:
    """Accumulates the rows of one article, one row per node key, merging evidence."""

    def __init__(self, article: dict[str, Any]):
        self.rows = ArticleRows(article=article)
        self._by_key: dict[tuple[str, str], dict[str, Any]] = {}

    def _node(self, table: str, key: str, row: dict[str, Any], evidence: str | None) -> dict[str, Any]:
        existing = self._by_key.get((table, key))
        if existing is None:
            existing = {"article": self.rows.id, "key": key, **row, "evidence": []}
            self._by_key[(table, key)] = existing
            getattr(self.rows, table).append(existing)
        else:
            for name, value in row.items():
                if existing.get(name) in (None, "") and value not in (None, ""):
                    existing[name] = value
        if evidence and evidence not in existing["evidence"]:
            existing["evidence"].append(evidence)
        return existing

    def directive(self, key: str, row: dict[str, Any], evidence: str | None) -> str:
        """Add a directive (or only EVIDENCE for one already added); return its key."""
        self._node("directives", key, row, evidence)
        return key

    def organization(self, name: str, evidence: str | None = None) -> str:
        """Add a body (and the bodies its name shows it is part of); return its key."""
        name = _clean(name)
        key = name_key(name)
        if not key:
            return ""
        self._node(
            "organizations", key,
            {"name": name, "name_ascii": ascii_fold(name), "kind": organization_kind(name)}, evidence,
        )
        parent = parent_of(name)
        if parent:
            parent_key = self.organization(parent_name(name, parent), evidence)
            self._link("part_of", {"child": key, "parent": parent_key})
        led = led_organisation_of(name)
        if led:
            self._link("executive_of", {"committee": key, "organisation": led})
        for committee in leading_committees_of(name):
            self._link("executive_of", {"committee": committee, "organisation": key})
        return key

    def _link(self, table: str, row: dict[str, str]) -> None:
        rows = getattr(self.rows, table)
        if row not in rows:
            rows.append(row)

    def person(self, name: str, evidence: str | None = None) -> str:
        name = _clean(name)
        key = name_key(name)
        if key:
            self._node("persons", key, {"name": name, "name_ascii": ascii_fold(name)}, evidence)
        return key

    def post(self, title: str, organization: str, evidence: str | None) -> str:
        org_key = self.organization(organization, evidence)
        title = _clean(title)
        if not org_key or not name_key(title):
            return ""
        key = f"{org_key}|{name_key(title)}"
        self._node("posts", key, {"title": title, "organization": _clean(organization), "org_key": org_key},
                   evidence)
        return key

    def congress(self, organization: str, ordinal: Any, term: Any, name: Any, evidence: str | None) -> str:
        ordinal = _ordinal(ordinal)
        if ordinal is None or not name_key(organization):
            return ""
        org_name = congress_organization_name(organization)
        org_key = self.organization(org_name, evidence)
        key = congress_key(organization, ordinal)
        congress_name = _clean(name) or CONGRESS_NAME.format(organization=org_name, ordinal=ordinal)
        self._node(
            "congresses", key,
            {"organization": org_name, "org_key": org_key, "ordinal": ordinal, "term": _clean(term) or None,
             "name": congress_name, "name_ascii": ascii_fold(congress_name)},
            evidence,
        )
        return key


def congress_organization_name(organization: str) -> str:
    """The party organisation that holds a congress: "Đảng ủy X" and "Đảng bộ X" both hold X's congress."""
    if congress_org_key(organization) == NATIONAL_PARTY:
        return NATIONAL_PARTY_NAME
    name = _clean(organization)
    if name_key(name).startswith(name_key(PARTY_COMMITTEE_HEAD) + " "):
        return PARTY_ORGANISATION_HEAD + name[len(PARTY_COMMITTEE_HEAD):]
    return name


def _congress_context(facts: dict, code_key: str) -> list[tuple[bool, int | None, str | None]]:
    """(is_national, ordinal, term) of the congresses the article's citations link a directive code to."""
    terms = {
        congress_key(c.get("organization"), _ordinal(c.get("ordinal"))): c.get("term")
        for c in _items(facts, "congresses")
    }
    linked = []
    # Concerning comes before citing: a document "about" a congress was written for it.
    for relation in ("concerns", "cites"):
        for citation in _items(facts, "citations"):
            congress = citation.get("congress") or {}
            if citation.get("relation") != relation:
                continue
            if directive_code_key(citation.get("directive")) != code_key:
                continue
            if not isinstance(congress, dict):
                continue
            ordinal = _ordinal(congress.get("ordinal"))
            key = congress_key(congress.get("organization"), ordinal)
            national = congress_org_key(congress.get("organization")) == NATIONAL_PARTY
            linked.append((national, ordinal, congress.get("term") or terms.get(key)))
    return linked


def _directive_row(
    facts: dict, directive: dict, published_year: int | None
) -> tuple[str, str, dict[str, Any]] | None:
    """(graph identity, code key, properties) of one directive mention, its year settled or inferred."""
    code = _clean(directive.get("key"))
    code_key = directive_code_key(code)
    if not code_key:
        return None
    date = normalised_date(directive.get("date"))
    year = year_of(date)
    year_inferred = False
    if year is None:
        year = inferred_year(directive.get("issuer_code"), _congress_context(facts, code_key), published_year)
        year_inferred = year is not None
    bounds = date_range(date)
    return directive_identity(code, year), code_key, {
        "code": code, "type": _clean(directive.get("type")) or None,
        "number": _clean(directive.get("number")) or None,
        "issuer_code": _clean(directive.get("issuer_code")) or None,
        "issuer": _clean(directive.get("issuer")) or None,
        "date": date, "start": bounds[0] if bounds else None, "end": bounds[1] if bounds else None,
        "year": year, "year_inferred": year_inferred,
    }


def facts_to_rows(facts: dict, article_id: str, source: str) -> ArticleRows:
    """The rows one article writes: its node, the nodes it names, the holdings, citations and links."""
    meta = facts.get("article") or {}
    published = normalised_date(meta.get("published"))
    bounds = date_range(published)
    builder = _Builder({
        "id": article_id, "source": source, "title": _sentence(meta.get("title")),
        "published": published, "published_start": bounds[0] if bounds else None,
        "published_end": bounds[1] if bounds else None,
    })
    rows = builder.rows

    for person in _items(facts, "persons"):
        builder.person(person.get("name"), person.get("evidence"))
    for organization in _items(facts, "organizations"):
        builder.organization(organization.get("name"), organization.get("evidence"))

    seen_attestations = set()
    for post in _items(facts, "posts"):
        evidence = _sentence(post.get("evidence"))
        person_key = builder.person(post.get("person"), evidence)
        post_key = builder.post(post.get("title"), post.get("organization"), evidence)
        if not person_key or not post_key:
            continue
        occupancy = f"{person_key}|{post_key}"
        date = normalised_date(post.get("date"))
        if (occupancy, date) in seen_attestations:
            continue
        seen_attestations.add((occupancy, date))
        span = date_range(date)
        rows.attestations.append({
            "article": article_id, "occupancy": occupancy, "person": person_key, "post": post_key,
            "date": date, "start": span[0] if span else None, "end": span[1] if span else None,
            "term": _ordinal(post.get("term")), "evidence": evidence,
        })

    for congress in _items(facts, "congresses"):
        builder.congress(congress.get("organization"), congress.get("ordinal"), congress.get("term"),
                         congress.get("name"), congress.get("evidence"))

    published_year = year_of(published)
    identity_of_code: dict[str, str] = {}
    identity_of_dated: dict[tuple[str, int], str] = {}  # (code, year of its date): one of two same-code
    for directive in _items(facts, "directives"):
        found = _directive_row(facts, directive, published_year)
        if found is None:
            continue
        identity, code_key, row = found
        evidence = directive.get("evidence")
        issuer_key = builder.organization(row["issuer"], evidence) if row["issuer"] else None
        identity_of_code.setdefault(code_key, identity)
        if row["date"]:
            identity_of_dated.setdefault((code_key, row["year"]), identity)
        builder.directive(identity, {**row, "issuer_key": issuer_key}, evidence)

    seen_citations = set()
    for citation in _items(facts, "citations"):
        congress = citation.get("congress") or {}
        if not isinstance(congress, dict):
            continue
        evidence = _sentence(citation.get("evidence"))
        congress_row_key = builder.congress(congress.get("organization"), congress.get("ordinal"),
                                            congress.get("term"), congress.get("name"), evidence)
        code_key = directive_code_key(citation.get("directive"))
        if not congress_row_key or not code_key:
            continue
        if code_key not in identity_of_code:
            # A directive named only in a citation: a node of its own, its year from this citation.
            identity, _, row = _directive_row(facts, {"key": citation.get("directive")}, published_year)
            identity_of_code[code_key] = builder.directive(identity, {**row, "issuer_key": None}, None)
        directive_key = builder.directive(identity_of_code[code_key], {}, evidence)
        relation = _clean(citation.get("relation")) or "cites"
        if (congress_row_key, directive_key, relation) in seen_citations:
            continue
        seen_citations.add((congress_row_key, directive_key, relation))
        rows.citations.append({"article": article_id, "congress": congress_row_key,
                               "directive": directive_key, "relation": relation, "evidence": evidence})

    seen_links = set()
    for link in _items(facts, "directive_links"):
        relation = _clean(link.get("relation"))
        if relation not in DIRECTIVE_LINK_RELATIONS:
            continue
        evidence = _sentence(link.get("evidence"))
        ends = []
        for side in ("from", "to"):
            code_key = directive_code_key(link.get(side))
            if not code_key:
                break
            # As citations resolve a code (its first document in the article), except that a date the
            # link gives picks the document of that year when the article names two with one code.
            year = year_of(normalised_date(link.get(f"{side}_date")))
            identity = identity_of_dated.get((code_key, year)) if year is not None else None
            identity = identity or identity_of_code.get(code_key)
            if identity is None:
                # A document named only in a link: a node of its own, like one named only in a citation.
                found = _directive_row(facts, {"key": link.get(side), "date": link.get(f"{side}_date")},
                                       published_year)
                identity, _, row = found
                identity_of_code[code_key] = builder.directive(identity, {**row, "issuer_key": None}, None)
                if row["date"]:
                    identity_of_dated[(code_key, row["year"])] = identity
            ends.append(builder.directive(identity, {}, evidence))
        if len(ends) != 2 or ends[0] == ends[1] or (*ends, relation) in seen_links:
            continue
        seen_links.add((*ends, relation))
        rows.directive_links.append({"article": article_id, "from": ends[0], "to": ends[1],
                                     "relation": relation, "evidence": evidence})

    rows.article["facts_hash"] = facts_fingerprint(rows)
    return rows


def facts_fingerprint(rows: ArticleRows) -> str:
    """A hash of everything an article writes: equal fingerprints mean a re-load would change nothing."""
    content = {f.name: getattr(rows, f.name) for f in fields(rows)}
    # The source is left out: the same text under two paths is one article with the same facts.
    content["article"] = {k: v for k, v in content["article"].items() if k not in ("facts_hash", "source")}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
