"""The graph's schema: uniqueness constraints on every node key, indexes for the canned queries, name search.

Created with IF NOT EXISTS, so ensure_schema can run at every start-up. Full-text search indexes
both the name as written and its accent-free form (name_ascii, from loaders.keys.ascii_fold),
so "nguyen dac thanh" finds "Nguyễn Đắc Thành"; the default analyzer (standard, no stop words)
is kept because English stop-word lists drop Vietnamese syllables such as "an".
"""

from __future__ import annotations

from neo4j import Driver

from loaders.keys import ascii_fold

# Label -> the property that identifies a node (README: graph model).
NODE_KEYS: dict[str, str] = {
    "Article": "id",
    "Person": "key",
    "Organization": "key",
    "Post": "key",
    "Occupancy": "key",
    "Congress": "key",
    "Directive": "key",
}

NAME_SEARCH_INDEX = "name_search"
NAME_SEARCH_LABELS = ("Person", "Organization", "Congress")

# Range indexes: (name, Cypher pattern, properties). Who held a post when and what happened in a
# period are range queries on the date bounds; directives are looked up by code and year; a
# re-load finds an article by its source path.
RANGE_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("article_source", "(n:Article)", ("source",)),
    ("article_published_start", "(n:Article)", ("published_start",)),
    ("occupancy_start", "(n:Occupancy)", ("start",)),
    ("occupancy_end", "(n:Occupancy)", ("end",)),
    ("directive_code_year", "(n:Directive)", ("code", "year")),
    ("directive_year", "(n:Directive)", ("year",)),
    ("congress_ordinal", "(n:Congress)", ("ordinal",)),
    ("organization_kind", "(n:Organization)", ("kind",)),
    ("attested_in_start", "()-[n:ATTESTED_IN]-()", ("start",)),
    ("cites_article", "()-[n:CITES]-()", ("article",)),
)


def schema_statements() -> list[str]:
    """The DDL statements, in order (labels and names are fixed here, never taken from input)."""
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE"
        for label, prop in NODE_KEYS.items()
    ]
    for name, pattern, props in RANGE_INDEXES:
        on = ", ".join(f"n.{p}" for p in props)
        statements.append(f"CREATE INDEX {name} IF NOT EXISTS FOR {pattern} ON ({on})")
    labels = "|".join(NAME_SEARCH_LABELS)
    statements.append(
        f"CREATE FULLTEXT INDEX {NAME_SEARCH_INDEX} IF NOT EXISTS "
        f"FOR (n:{labels}) ON EACH [n.name, n.name_ascii]"
    )
    return statements


def ensure_schema(driver: Driver, database: str | None = None) -> None:
    """Create the constraints and indexes that are missing and wait until they are online."""
    with driver.session(database=database) as session:
        for statement in schema_statements():
            session.run(statement).consume()
        session.run("CALL db.awaitIndexes(300)").consume()


def name_search_query(text: str) -> str:
    """A Lucene query for the name index that matches TEXT with or without its diacritics.

    Each word must occur (AND) in the accent-free form; Lucene's special characters are escaped
    so user text never becomes query syntax.
    """
    words = [_escape_lucene(word) for word in ascii_fold(text).split()]
    words = [w for w in words if w]
    return " AND ".join(f"name_ascii:{w}" for w in words)


_LUCENE_SPECIAL = set('+-&|!(){}[]^"~*?:\\/')


def _escape_lucene(word: str) -> str:
    return "".join(f"\\{ch}" if ch in _LUCENE_SPECIAL else ch for ch in word)
