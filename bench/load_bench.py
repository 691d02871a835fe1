"""Benchmark of `load` on synthetic articles, beside a raw UNWIND CREATE of as many nodes and relationships.

    .venv/bin/python bench/load_bench.py 1000 10000 --workers 2

For each size: generate the articles (bench/synthetic.py), load them into an empty database
(extraction in WORKERS processes, batched writes), count what the graph holds, empty it, and
time a bare UNWIND ... CREATE of the same number of nodes and relationships in batches on the
same server. Then the same with the facts the generator planted instead of the extractor, which
times the graph side alone (sizes above --extract-up-to run only this way: extraction is what
makes 10,000 articles take long). Prints articles/s and facts/s of load, the share of its time spent
writing, and the ratio to the raw baseline. Starts its own Neo4j on free ports in a temporary
directory (stopped at the end) unless NEO4J_URI is set, in which case THAT DATABASE IS EMPTIED.
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate, planted_facts  # noqa: E402

from graph.driver import open_driver  # noqa: E402
from graph.load import load_paths  # noqa: E402
from graph.schema import ensure_schema  # noqa: E402
from graph.server import LocalNeo4j, free_port  # noqa: E402
from partygraph.settings import Settings, get_settings  # noqa: E402

RAW_BATCH = 5_000
RAW_NODES = "UNWIND $rows AS row CREATE (:Raw {key: row.key, name: row.name})"
RAW_RELATIONSHIPS = """
UNWIND $rows AS row
MATCH (a:Raw {key: row.a}), (b:Raw {key: row.b})
CREATE (a)-[:RAW {evidence: row.evidence}]->(b)
"""


def _empty(driver) -> None:
    # Relationships first, in small transactions: a body every article mentions is a supernode that
    # one DETACH DELETE would hold in memory whole. CALL ... IN TRANSACTIONS needs an implicit transaction.
    with driver.session() as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def _raw_baseline(driver, nodes: int, relationships: int) -> float:
    """Seconds to CREATE NODES nodes and RELATIONSHIPS relationships with UNWIND batches."""
    driver.execute_query("CREATE INDEX raw_key IF NOT EXISTS FOR (n:Raw) ON (n.key)")
    driver.execute_query("CALL db.awaitIndexes(60)")
    started = time.monotonic()
    for first in range(0, nodes, RAW_BATCH):
        rows = [{"key": i, "name": f"node {i}"} for i in range(first, min(nodes, first + RAW_BATCH))]
        driver.execute_query(RAW_NODES, rows=rows)
    for first in range(0, relationships, RAW_BATCH):
        rows = [{"a": i % nodes, "b": (i * 7 + 1) % nodes, "evidence": f"sentence {i}"}
                for i in range(first, min(relationships, first + RAW_BATCH))]
        driver.execute_query(RAW_RELATIONSHIPS, rows=rows)
    seconds = time.monotonic() - started
    driver.execute_query("DROP INDEX raw_key IF EXISTS")
    return seconds


def _counts(driver) -> tuple[int, int]:
    records, _, _ = driver.execute_query(
        "RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships")
    return records[0]["nodes"], records[0]["relationships"]


def bench(driver, articles: Path, workers: int, batch_size: int, planted: bool) -> None:
    """Load ARTICLES into an empty graph (real extractor, or PLANTED facts), then time the raw baseline."""
    _empty(driver)
    ensure_schema(driver)
    extractor = planted_facts if planted else None
    summary = load_paths(driver, [articles], workers=workers, batch_size=batch_size, extractor=extractor)
    nodes, relationships = _counts(driver)
    load_s, write_s, n = summary.seconds, summary.write_seconds, summary.read
    print(f"{n} articles ({len(summary.skipped)} skipped), {summary.facts} facts -> "
          f"{nodes} nodes, {relationships} relationships")
    facts = summary.facts
    print(f"  load        {load_s:8.1f} s  {n / load_s:8.1f} articles/s  {facts / load_s:8.1f} facts/s"
          f"  (writing {100 * write_s / load_s:.0f}% of it)")
    print(f"  writes only {write_s:8.1f} s  {n / write_s:8.1f} articles/s  {facts / write_s:8.1f} facts/s",
          flush=True)
    _empty(driver)
    raw_s = _raw_baseline(driver, nodes, relationships)
    _empty(driver)
    print(f"  raw UNWIND CREATE of the same {nodes} nodes and {relationships} relationships: {raw_s:.1f} s")
    print(f"  ratio load / raw = {load_s / raw_s:.1f}x; writes / raw = {write_s / raw_s:.1f}x", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--extract-up-to", type=int, default=1000,
                        help="sizes above this run with the planted facts only (extraction is the slow part)")
    args = parser.parse_args()

    work_dir = Path(tempfile.mkdtemp(prefix="partygraph-bench-"))
    server = None
    settings = get_settings()
    if not settings.neo4j_uri:
        settings = Settings(neo4j_uri=None, neo4j_password=f"bench-{secrets.token_hex(6)}",
                            data_dir=work_dir / "neo4j-data", bolt_port=free_port(), http_port=free_port())
        server = LocalNeo4j(settings, report=print)
        server.start()
    driver = open_driver(settings)
    try:
        for size in args.sizes:
            articles = work_dir / f"synthetic-{size}"
            generate(size, articles)
            if size <= args.extract_up_to:
                print(f"\n== load: {size} synthetic articles, real extractor in {args.workers} processes, "
                      f"batches of {args.batch_size} ==", flush=True)
                bench(driver, articles, args.workers, args.batch_size, planted=False)
            print(f"\n== load: {size} synthetic articles, planted facts (no extraction), "
                  f"batches of {args.batch_size} ==", flush=True)
            bench(driver, articles, 1, args.batch_size, planted=True)
    finally:
        driver.close()
        if server is not None:
            server.stop()
        shutil.rmtree(work_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
