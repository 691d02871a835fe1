"""Write articles' rows into Neo4j: idempotent, one managed transaction per batch of whole articles.

An article is recognised by its text id (sha256 of the normalised text) or by its source path: a
new text at a stored source is a new version of that article and replaces it. Writing an article
whose stored facts differ (new text, or the extractor changed) first removes everything that
article attested (its ATTESTED_IN, CITES, REFERS_TO and MENTIONS), writes the new facts, recomputes the
holdings and directives it touched from what remains, and deletes nodes no article names any
more; what other articles support stays. An article whose stored fingerprint matches is left
alone, so loading the same files twice changes nothing.

All statements are parameterised .cypher files under graph/cypher/. A batch runs in one
session.execute_write call, so a crash leaves each article either fully written or absent, and
transient errors (deadlocks, leader changes) are retried by the driver.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from neo4j import Driver, ManagedTransaction

from graph.facts_to_rows import ArticleRows

CYPHER_DIR = Path(__file__).parent / "cypher"
COUNTER_NAMES = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
                 "properties_set")
# Not a driver counter: MERGEs of the write statements that found the node or relationship already
# there (their MERGE/CREATE executions, which each statement returns, minus what they created).
MERGED_NAMES = ("nodes_merged", "relationships_merged")

# The write statements in the order they run: each node before the links that need it.
WRITE_ORDER = (
    ("write_articles", None),
    ("write_organizations", "organizations"),
    ("write_part_of", "part_of"),
    ("write_executive_of", "executive_of"),
    ("write_persons", "persons"),
    ("write_posts", "posts"),
    ("write_attestations", "attestations"),
    ("write_congresses", "congresses"),
    ("write_directives", "directives"),
    ("write_citations", "citations"),
    ("write_directive_links", "directive_links"),
)


@cache
def statement(name: str) -> str:
    """The Cypher text of graph/cypher/NAME.cypher."""
    return (CYPHER_DIR / f"{name}.cypher").read_text(encoding="utf-8")


@dataclass
class BatchResult:
    """What one batch did: which articles were written or already up to date, and the counters.

    counters holds the driver's COUNTER_NAMES summed over every statement, and MERGED_NAMES.
    """

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    counters: Counter = field(default_factory=Counter)


def _run(tx: ManagedTransaction, name: str, counters: Counter, **params) -> list:
    result = tx.run(statement(name), **params)
    records = list(result)
    summary = result.consume().counters
    for counter in COUNTER_NAMES:
        counters[counter] += getattr(summary, counter)
    return records


def _write_batch(tx: ManagedTransaction, batch: list[ArticleRows]) -> BatchResult:
    result = BatchResult()
    articles = sorted(({"id": rows.id, "source": rows.source} for rows in batch), key=lambda a: a["id"])
    prior = {r["id"]: r["prior"] for r in _run(tx, "prior_articles", result.counters, articles=articles)}

    changed: list[ArticleRows] = []
    to_clear: set[str] = set()
    for rows in batch:
        stored = prior.get(rows.id, [])
        fingerprint = rows.article["facts_hash"]
        if stored and all(p["id"] == rows.id and p["facts_hash"] == fingerprint for p in stored):
            result.unchanged.append(rows.id)
            continue
        changed.append(rows)
        to_clear.update(p["id"] for p in stored)
        if stored:
            result.replaced.append(rows.id)
    if not changed:
        return result

    touched_nodes: set[str] = set()
    occupancies: set[str] = set()
    directives: set[str] = set()
    congresses: set[str] = set()
    if to_clear:
        for record in _run(tx, "touched_by_articles", result.counters, ids=sorted(to_clear)):
            touched_nodes.update(record["nodes"])
            occupancies.update(record["occupancies"])
            directives.update(record["directives"])
            congresses.update(record["congresses"])
        _run(tx, "clear_articles", result.counters, ids=sorted(to_clear))
        new_ids = {rows.id for rows in changed}
        old_versions = sorted(to_clear - new_ids)
        if old_versions:
            _run(tx, "delete_articles", result.counters, ids=old_versions)

    # Each write statement returns its MERGE/CREATE executions; those that created nothing found the
    # node or relationship already there. Taken before the recomputing statements, which create
    # links of their own (ISSUED_BY); anything a statement before the writes created is what the
    # writes then fill in (an article node made early to lock its id), so it counts as created.
    written_nodes = written_relationships = 0
    for name, table in WRITE_ORDER:
        if table is None:
            params = [rows.article for rows in changed]
        else:
            params = [row for rows in changed for row in getattr(rows, table)]
        if params:
            for record in _run(tx, name, result.counters, rows=params):
                written_nodes += record["nodes"]
                written_relationships += record["relationships"]
    result.counters["nodes_merged"] = written_nodes - result.counters["nodes_created"]
    result.counters["relationships_merged"] = written_relationships - result.counters["relationships_created"]

    for rows in changed:
        occupancies.update(row["occupancy"] for row in rows.attestations)
        directives.update(row["key"] for row in rows.directives)
        congresses.update(row["key"] for row in rows.congresses)
    if occupancies:
        _run(tx, "recompute_occupancies", result.counters, keys=sorted(occupancies))
    if directives:
        _run(tx, "recompute_directives", result.counters, keys=sorted(directives))
    if congresses:
        _run(tx, "recompute_congresses", result.counters, keys=sorted(congresses))
    if touched_nodes:
        _run(tx, "delete_orphans", result.counters, ids=sorted(touched_nodes))
    result.written = [rows.id for rows in changed]
    return result


def write_articles(driver: Driver, batch: list[ArticleRows], database: str | None = None) -> BatchResult:
    """Write a batch of whole articles in one managed (retried) transaction; return what it did."""
    batch = _without_repeats(batch)
    if not batch:
        return BatchResult()
    # Notifications off: MERGE on a property no node has yet is expected on an empty graph.
    with driver.session(database=database, notifications_min_severity="OFF") as session:
        return session.execute_write(_write_batch, batch)


def _without_repeats(batch: list[ArticleRows]) -> list[ArticleRows]:
    """The batch without a second copy of a text or a second text for one source (the first one wins)."""
    seen: set[str] = set()
    kept = []
    for rows in batch:
        if rows.id in seen or rows.source in seen:
            continue
        seen.update((rows.id, rows.source))
        kept.append(rows)
    return kept
