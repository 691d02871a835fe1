"""Benchmark of the RDF export on the synthetic graph: time and peak memory, beside two baselines.

    .venv/bin/python bench/export_bench.py 10000 --formats nt   # generate, load, then measure
    .venv/bin/python bench/export_bench.py 2000 --extracted --in-memory-rows 3000

Steps: generate SIZE synthetic articles (bench/synthetic.py); load with the project's loader
the facts the generator planted in them (or, with --extracted, what the extractor reads in them,
extracted once and cached under PARTYGRAPH_CACHE_DIR/bench) into a private Neo4j on free ports
(stopped at the end; with NEO4J_URI set that database is used instead and, unless it already
holds SIZE articles, EMPTIED), then measure
each of these in its own process, so each one's peak resident memory (VmHWM) is its own:

- bare:            the same pages of rows the export reads, through the bare driver, no RDF;
- stream:FORMAT:   the streamed export (api/rdf_export.py) of the whole graph to a file, per format;
- memory:turtle:   the whole-graph-in-memory way: every row into one rdflib Graph, then one
                   serialise; capped at --in-memory-rows rows per kind (a full 10,000-article
                   graph in one rdflib Graph takes gigabytes), with the streamed export of the
                   same capped rows beside it (stream-capped:turtle) for a like-for-like figure.

Printed per step: seconds, rows, output bytes, peak RSS and the peak above the process's RSS
after imports (what the step itself added).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from synthetic import generate, planted_facts  # noqa: E402

from api.rdf import Iris, new_graph, rows_to_graph  # noqa: E402
from api.rdf_export import (  # noqa: E402
    EXPORT_ORDER,
    FORMATS,
    GraphReader,
    export_graph,
    serialise,
    writer_for,
)
from partygraph.settings import Settings, get_settings  # noqa: E402

CHUNK_SIZE = 500
SEED = 2020
BASE_IRI = "https://partygraph.example.org/id/"


# ---------------------------------------------------------------------------------------------
# Building the graph (parent process).


def _extract(path: str) -> tuple[str, dict | None]:
    from loaders.extract import extract_text

    try:
        return Path(path).name, extract_text(Path(path).read_text(encoding="utf-8"), source=path)
    except Exception:  # a synthetic article the extractor refuses is left out, as load would
        return Path(path).name, None


def cached_facts(settings: Settings, size: int, articles: list[Path], workers: int) -> dict[str, dict]:
    """The facts of each synthetic article, extracted once and kept in the cache directory."""
    cache = settings.cache_dir / "bench" / f"synthetic-{size}-seed{SEED}.facts.jsonl"
    if cache.exists():
        facts = {}
        for line in cache.read_text(encoding="utf-8").splitlines():
            name, article_facts = json.loads(line)
            facts[name] = article_facts
        if len(facts) == len(articles):
            print(f"facts of {size} articles from the cache {cache}", flush=True)
            return facts
    print(f"extracting {size} articles in {workers} processes (cached afterwards) ...", flush=True)
    started = time.monotonic()
    facts = {}
    # forkserver: the parent holds driver threads, and fork with threads is unsafe.
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for name, article_facts in pool.map(_extract, [str(p) for p in articles], chunksize=16):
            if article_facts is not None:
                facts[name] = article_facts
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("".join(json.dumps([n, f], ensure_ascii=False) + "\n" for n, f in facts.items()),
                     encoding="utf-8")
    print(f"extracted in {time.monotonic() - started:.0f} s", flush=True)
    return facts


def build_graph(driver, settings: Settings, size: int, work_dir: Path, workers: int, extracted: bool) -> None:
    """SIZE synthetic articles in the graph: the facts the generator planted, or (EXTRACTED) what the
    extractor reads in them; left as it is when the database already holds SIZE articles."""
    from graph.load import load_paths
    from graph.schema import ensure_schema

    records, _, _ = driver.execute_query("MATCH (a:Article) RETURN count(a) AS n",
                                         database_=settings.neo4j_database)
    if records[0]["n"] == size:
        print(f"the database already holds {size} articles: measuring it as it is", flush=True)
        return
    articles = generate(size, work_dir / f"synthetic-{size}", seed=SEED)
    if extracted:
        facts = cached_facts(settings, size, articles, workers)
        extractor = lambda source, text: facts[Path(source).name]  # noqa: E731
        articles = [p for p in articles if p.name in facts]
    else:
        extractor = planted_facts
    with driver.session(database=settings.neo4j_database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    ensure_schema(driver, settings.neo4j_database)
    started = time.monotonic()
    summary = load_paths(driver, articles, database=settings.neo4j_database, extractor=extractor,
                         batch_size=100)
    kind = "extracted" if extracted else "planted"
    seconds = time.monotonic() - started
    print(f"loaded {summary.loaded} articles ({kind} facts) in {seconds:.0f} s", flush=True)


# ---------------------------------------------------------------------------------------------
# One measured step (child process).


class CountingReader(GraphReader):
    """A GraphReader that counts the rows it hands out and stops each kind after CAP rows (None: all)."""

    def __init__(self, driver, database: str, timeout_s: float, cap: int | None):
        super().__init__(driver, database, timeout_s)
        self.cap = cap
        self.count = 0

    def pages(self, kind: str, chunk_size: int) -> Iterator[list[dict]]:
        left = self.cap
        for rows in super().pages(kind, chunk_size if left is None else min(chunk_size, left)):
            rows = rows if left is None else rows[:left]
            self.count += len(rows)
            yield rows
            if left is not None:
                left -= len(rows)
                if left <= 0:
                    return


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB since it started (Linux /proc VmHWM).

    Not ru_maxrss: Linux keeps that across exec, so a child would start with the peak of the
    parent that forked it (this script's parent holds the facts of every article).
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise SystemExit("this benchmark reads /proc/self/status (Linux)")


def run_step(step: str, out: Path, cap: int | None) -> dict:
    from graph.driver import open_driver

    settings = get_settings()
    driver = open_driver(settings)
    reader = CountingReader(driver, settings.neo4j_database, 600, cap)
    rss_before = peak_rss_kb()
    started = time.monotonic()
    kind_of_step, _, fmt_name = step.partition(":")
    if kind_of_step == "bare":
        for kind in EXPORT_ORDER:
            for _ in reader.pages(kind, CHUNK_SIZE):
                pass
    elif kind_of_step in ("stream", "stream-capped"):
        with out.open("w", encoding="utf-8") as stream:
            for piece in export_graph(reader, FORMATS[fmt_name], BASE_IRI, CHUNK_SIZE):
                stream.write(piece)
    elif kind_of_step == "memory":
        iris = Iris(BASE_IRI)
        graph = new_graph(iris)
        for kind in EXPORT_ORDER:
            for page in reader.pages(kind, CHUNK_SIZE):
                rows_to_graph(kind, page, iris, graph)
        out.write_text(serialise(graph, FORMATS[fmt_name], BASE_IRI), encoding="utf-8")
    else:
        raise SystemExit(f"unknown step {step!r}")
    seconds = time.monotonic() - started
    driver.close()
    peak = peak_rss_kb()
    return {"step": step, "seconds": seconds, "rows": reader.count,
            "bytes": out.stat().st_size if out.exists() else 0,
            "peak_rss_mb": peak / 1024, "added_rss_mb": (peak - rss_before) / 1024}


# ---------------------------------------------------------------------------------------------


def measure(step: str, work_dir: Path, cap: int | None) -> dict:
    out = work_dir / f"export-{step.replace(':', '-')}"
    command = [sys.executable, str(Path(__file__).resolve()), "--step", step, "--out", str(out)]
    if cap is not None:
        command += ["--cap", str(cap)]
    done = subprocess.run(command, capture_output=True, text=True, env=os.environ.copy(), check=False)
    if done.returncode != 0:
        raise SystemExit(f"step {step} failed:\n{done.stderr.strip()}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    out.unlink(missing_ok=True)
    return result


def report(result: dict) -> None:
    print(f"  {result['step']:<22} {result['seconds']:8.1f} s  {result['rows']:>9,} rows "
          f"{result['bytes'] / 1e6:9.1f} MB out  peak RSS {result['peak_rss_mb']:7.0f} MB "
          f"(+{result['added_rss_mb']:.0f} MB over the imports)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, nargs="?", default=10_000, help="synthetic articles")
    parser.add_argument("--extracted", action="store_true",
                        help="load what the extractor reads (slow the first time; cached) instead of the "
                             "facts the generator planted")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes, --extracted")
    parser.add_argument("--in-memory-rows", type=int, default=2_000,
                        help="rows per kind for the whole-graph-in-memory baseline")
    parser.add_argument("--formats", default="nt,turtle,jsonld,xml")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--cap", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.step:  # a measured child process
        print(json.dumps(run_step(args.step, Path(args.out), args.cap)))
        return

    from graph.driver import open_driver
    from graph.server import LocalNeo4j, free_port

    work_dir = Path(tempfile.mkdtemp(prefix="partygraph-export-bench-"))
    server = None
    settings = get_settings()
    if not settings.neo4j_uri:
        settings = Settings(neo4j_uri=None, neo4j_password=f"bench-{secrets.token_hex(6)}",
                            data_dir=work_dir / "neo4j-data", bolt_port=free_port(), http_port=free_port())
        server = LocalNeo4j(settings, report=print)
        server.start()
        os.environ.update({"NEO4J_URI": settings.local_bolt_uri, "NEO4J_USER": settings.neo4j_user,
                           "NEO4J_PASSWORD": settings.neo4j_password.get_secret_value()})
        get_settings.cache_clear()
    driver = open_driver(settings)
    try:
        build_graph(driver, settings, args.size, work_dir, args.workers, args.extracted)
        records, _, _ = driver.execute_query(
            "MATCH (n) WITH labels(n)[0] AS label, count(*) AS n RETURN label, n ORDER BY label",
            database_=settings.neo4j_database)
        print("graph: " + ", ".join(f"{r['label']} {r['n']:,}" for r in records), flush=True)
        formats = [f for f in args.formats.split(",") if f]
        for fmt in formats:
            writer_for(FORMATS[fmt], Iris(BASE_IRI))  # an unknown format fails here, before any work
        measure("bare", work_dir, None)  # warm-up: query plans compiled, page cache filled
        print(f"\n== whole graph, pages of {CHUNK_SIZE} rows ==", flush=True)
        report(measure("bare", work_dir, None))
        for fmt in formats:
            report(measure(f"stream:{fmt}", work_dir, None))
        cap = args.in_memory_rows
        print(f"\n== at most {cap:,} rows of each kind: streamed vs one in-memory rdflib Graph ==",
              flush=True)
        report(measure("stream-capped:turtle", work_dir, cap))
        report(measure("memory:turtle", work_dir, cap))
    finally:
        driver.close()
        if server is not None:
            server.stop()
        shutil.rmtree(work_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
