"""Load benchmark of the API on the synthetic graph, beside the same queries through the bare Neo4j driver.

    .venv/bin/python bench/api_bench.py 10000                  # build (or reuse) the graph, then measure
    .venv/bin/python bench/api_bench.py 2000 --extracted --requests 300 --concurrency 8

Steps: build the synthetic graph of SIZE articles (bench/synthetic.py) with the project's loader
in a private Neo4j on free ports (with NEO4J_URI set that database is used and, unless it already
holds SIZE articles, EMPTIED). By default the loader writes the facts the generator planted in each
article (extraction of 10,000 articles takes longer than a shared machine allows); with
--extracted it writes what the extractor reads (bench/export_bench.py's build_graph, facts cached).
Then start `uvicorn api.app:create_app` on a free loopback port, draw sample parameters from the
graph, and for each endpoint send REQUESTS requests from CONCURRENCY asyncio clients (httpx), after
a warm-up, stopping early after --max-seconds. In the same run, the canned queries each request
runs, with the same parameters as the registry binds them, go through the bare async driver with
the same concurrency. Printed per endpoint: requests, non-2xx answers, requests/s, p50 and p99 in
ms, for the API and the bare driver, and the ratios (API over driver).

Every request goes to 127.0.0.1 only; every loop is bounded in count and in time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx
import neo4j

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from export_bench import build_graph  # noqa: E402
from synthetic import generate, planted_facts  # noqa: E402

from partygraph.settings import Settings, get_settings  # noqa: E402
from queries.registry import QueryRegistry  # noqa: E402

SEED = 2020
SAMPLES = 200
SERVER_START_S = 60.0


@dataclass
class Endpoint:
    """One API endpoint: its URL for a sample, and the canned queries (with raw parameters) it runs.

    The queries are those the route runs when the key exists (api/routes/): the bare driver runs
    the same ones, so the ratio is the cost of the service around them.
    """

    name: str
    url: Callable[[dict], str]
    queries: Callable[[dict], list[tuple[str, dict]]]
    samples: str


@dataclass
class Timings:
    seconds: list[float] = field(default_factory=list)
    errors: int = 0
    wall: float = 0.0
    failures: Counter = field(default_factory=Counter)

    def line(self) -> str:
        if not self.seconds:
            return f"{'-':>6} {'-':>8} {'-':>8} {'-':>8}"
        ms = sorted(s * 1000 for s in self.seconds)
        return (
            f"{len(ms) / self.wall:8.1f} {statistics.median(ms):8.1f} {percentile(ms, 99):8.1f} "
            f"{self.errors:>6}"
        )


def percentile(sorted_values: list[float], pct: float) -> float:
    """The PCT-th percentile by the nearest-rank method."""
    rank = max(1, min(len(sorted_values), round(pct / 100 * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


def path_part(text: str) -> str:
    return quote(text, safe="")


ENDPOINTS = [
    Endpoint(
        "search",
        lambda s: f"/search?q={quote(s['q'])}&limit=20",
        lambda s: [("search", {"q": s["q"], "limit": 20})],
        "search",
    ),
    Endpoint(
        "person timeline",
        lambda s: f"/persons/{path_part(s['person'])}/timeline",
        lambda s: [("person_timeline", {"person": s["person"]})],
        "persons",
    ),
    Endpoint(
        "holders on a date",
        lambda s: f"/organizations/{path_part(s['organization'])}/holders?on={s['date']}",
        lambda s: [("holders_on_date", {"organization": s["organization"], "date": s["date"]})],
        "bodies",
    ),
    Endpoint(
        "congress",
        lambda s: f"/congresses/{path_part(s['congress'])}",
        lambda s: [("congress", {"congress": s["congress"]})],
        "congresses",
    ),
    Endpoint(
        "directive citations",
        lambda s: f"/directives/{quote(s['directive'], safe='/')}/citations",
        lambda s: [
            ("directive", {"directive": s["directive"]}),
            ("directive_citations", {"directive": s["directive"]}),
        ],
        "directives",
    ),
    Endpoint(
        "top directives",
        lambda s: f"/directives/top?from_year={s['year']}&to_year={s['year'] + 2}",
        lambda s: [("top_directives", {"from_year": s["year"], "to_year": s["year"] + 2})],
        "years",
    ),
    Endpoint(
        "connection",
        lambda s: f"/persons/{path_part(s['person'])}/connection?to={quote(s['other'])}",
        lambda s: [("connection", {"from": s["person"], "to": s["other"]})],
        "pairs",
    ),
]


def build_planted_graph(driver: neo4j.Driver, settings: Settings, size: int, work_dir: Path) -> None:
    """SIZE synthetic articles written with the facts planted in them (no extraction), unless there."""
    from graph.load import load_paths
    from graph.schema import ensure_schema

    records, _, _ = driver.execute_query(
        "MATCH (a:Article) RETURN count(a) AS n", database_=settings.neo4j_database
    )
    if records[0]["n"] == size:
        print(f"the database already holds {size} articles: measuring it as it is", flush=True)
        return
    articles = generate(size, work_dir / f"synthetic-{size}", seed=SEED)
    with driver.session(database=settings.neo4j_database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    ensure_schema(driver, settings.neo4j_database)
    started = time.monotonic()
    summary = load_paths(
        driver, articles, database=settings.neo4j_database, extractor=planted_facts, batch_size=100
    )
    print(
        f"loaded {summary.loaded} articles (planted facts) in {time.monotonic() - started:.0f} s", flush=True
    )


def draw_samples(driver: neo4j.Driver, database: str, rng: random.Random) -> dict[str, list[dict]]:
    """Parameters that name things the graph holds, so every request does real work."""

    def column(cypher: str) -> list:
        records, _, _ = driver.execute_query(cypher, database_=database)
        return [r[0] for r in records]

    persons = column(
        "MATCH (p:Person) WHERE EXISTS { (p)-[:HOLDS]->() } "
        f"RETURN p.name ORDER BY p.key LIMIT {SAMPLES * 10}"
    )
    names = column(f"MATCH (p:Person) RETURN p.name_ascii ORDER BY p.key LIMIT {SAMPLES * 10}")
    bodies = driver.execute_query(
        "MATCH (o:Organization)<-[:OF]-(:Post)<-[:IN_POST]-(occ:Occupancy) WHERE occ.start IS NOT NULL "
        f"RETURN o.name AS organization, toString(occ.start) AS date ORDER BY o.key LIMIT {SAMPLES * 10}",
        database_=database,
    ).records
    congresses = column(f"MATCH (c:Congress) RETURN c.key ORDER BY c.key LIMIT {SAMPLES * 10}")
    directives = column(
        "MATCH (d:Directive) WHERE EXISTS { ()-[:CITES]->(d) } "
        f"RETURN d.key ORDER BY d.key LIMIT {SAMPLES * 10}"
    )
    years = column("MATCH (d:Directive) WHERE d.year IS NOT NULL RETURN DISTINCT d.year ORDER BY d.year")

    def pick(values: list) -> list:
        if not values:
            raise SystemExit("the graph lacks something the benchmark needs; was it loaded?")
        return [rng.choice(values) for _ in range(SAMPLES)]

    def search_words(name_ascii: str) -> str:
        words = name_ascii.split()
        return " ".join([*words[:-1], words[-1][:2]])  # the last word unfinished, as typed

    return {
        "search": [{"q": search_words(n)} for n in pick(names)],
        "persons": [{"person": p} for p in pick(persons)],
        "bodies": [{"organization": r["organization"], "date": r["date"]} for r in pick(bodies)],
        "congresses": [{"congress": c} for c in pick(congresses)],
        "directives": [{"directive": d} for d in pick(directives)],
        "years": [{"year": y} for y in pick(years)],
        "pairs": [{"person": a, "other": b} for a, b in zip(pick(persons), pick(persons), strict=True)],
    }


async def run_bounded(
    work: Callable[[int], Awaitable[str | None]], total: int, concurrency: int, max_seconds: float
) -> Timings:
    """Await WORK(i) for i < TOTAL from CONCURRENCY tasks, stopping at MAX_SECONDS; time each call.

    WORK returns None on success, else what went wrong (counted per kind).
    """
    timings = Timings()
    counter = iter(range(total))
    started = time.monotonic()
    deadline = started + max_seconds

    async def client() -> None:
        for i in counter:
            if time.monotonic() > deadline:
                return
            t0 = time.perf_counter()
            failure = await work(i)
            timings.seconds.append(time.perf_counter() - t0)
            if failure:
                timings.errors += 1
                timings.failures[failure] += 1

    await asyncio.gather(*(client() for _ in range(concurrency)))
    timings.wall = time.monotonic() - started
    return timings


async def bench_api(base_url: str, endpoint: Endpoint, samples: list[dict], args) -> Timings:
    limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
    async with httpx.AsyncClient(base_url=base_url, timeout=30, limits=limits) as client:

        async def request(i: int) -> str | None:
            answer = await client.get(endpoint.url(samples[i % len(samples)]))
            return None if answer.status_code < 300 else f"{answer.status_code} {answer.text[:120]}"

        await run_bounded(request, args.warmup, args.concurrency, args.max_seconds)
        return await run_bounded(request, args.requests, args.concurrency, args.max_seconds)


async def bench_driver(
    settings: Settings, registry: QueryRegistry, endpoint: Endpoint, samples: list[dict], args
):
    # Parameters bound once, as the registry would for each request: the driver side does no parsing.
    bound = [
        [(registry.get(name).cypher, registry.bind(name, raw)[1]) for name, raw in endpoint.queries(sample)]
        for sample in samples
    ]
    driver = neo4j.AsyncGraphDatabase.driver(
        settings.bolt_uri,
        auth=(settings.neo4j_user, settings.neo4j_password.get_secret_value()),
        max_connection_pool_size=args.concurrency,
        notifications_min_severity="OFF",
    )

    async def read(tx, cypher: str, params: dict) -> list:
        result = await tx.run(cypher, params)
        return [record async for record in result]

    async def request(i: int) -> str | None:
        async with driver.session(
            database=settings.neo4j_database, default_access_mode=neo4j.READ_ACCESS
        ) as s:
            for cypher, params in bound[i % len(bound)]:
                await s.execute_read(read, cypher, params)
        return None

    try:
        await run_bounded(request, args.warmup, args.concurrency, args.max_seconds)
        return await run_bounded(request, args.requests, args.concurrency, args.max_seconds)
    finally:
        await driver.close()


def start_api(settings: Settings, work_dir: Path) -> tuple[subprocess.Popen, str]:
    from graph.server import free_port

    port = free_port()
    env = {
        **os.environ,
        "NEO4J_URI": settings.bolt_uri,
        "NEO4J_USER": settings.neo4j_user,
        "NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),
        "NEO4J_DATABASE": settings.neo4j_database,
    }
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "api.app:create_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    log = (work_dir / "uvicorn.log").open("wb")
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=BENCH_DIR.parent)
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base_url}/health", timeout=5).status_code == 200:
                return process, base_url
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            break
        time.sleep(0.5)
    process.terminate()
    raise SystemExit(f"the API did not start; see {work_dir / 'uvicorn.log'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, nargs="?", default=10_000, help="synthetic articles")
    parser.add_argument("--requests", type=int, default=400, help="measured requests per endpoint")
    parser.add_argument("--warmup", type=int, default=40, help="unmeasured requests per endpoint first")
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent clients")
    parser.add_argument("--max-seconds", type=float, default=60.0, help="stop an endpoint's run after this")
    parser.add_argument("--extracted", action="store_true", help="load extracted facts, not the planted ones")
    parser.add_argument(
        "--workers", type=int, default=2, help="extraction processes (--extracted, first run)"
    )
    args = parser.parse_args()

    from graph.driver import open_driver
    from graph.server import LocalNeo4j, free_port

    work_dir = Path(tempfile.mkdtemp(prefix="partygraph-api-bench-"))
    server = None
    api = None
    settings = get_settings()
    if not settings.neo4j_uri:
        settings = Settings(
            neo4j_uri=None,
            neo4j_password=f"bench-{secrets.token_hex(6)}",
            data_dir=work_dir / "neo4j-data",
            bolt_port=free_port(),
            http_port=free_port(),
        )
        server = LocalNeo4j(settings, report=print)
        server.start()
        settings = settings.model_copy(update={"neo4j_uri": settings.local_bolt_uri})
    driver = open_driver(settings)
    try:
        if args.extracted:
            build_graph(driver, settings, args.size, work_dir, args.workers)
        else:
            build_planted_graph(driver, settings, args.size, work_dir)
        records, _, _ = driver.execute_query(
            "MATCH (n) WITH labels(n)[0] AS label, count(*) AS n RETURN label, n ORDER BY label",
            database_=settings.neo4j_database,
        )
        print("graph: " + ", ".join(f"{r['label']} {r['n']:,}" for r in records), flush=True)
        samples = draw_samples(driver, settings.neo4j_database, random.Random(SEED))
        registry = QueryRegistry.from_folder(settings)
        api, base_url = start_api(settings, work_dir)
        print(
            f"\n{args.requests} requests per endpoint ({args.warmup} warm-up), {args.concurrency} concurrent "
            f"clients, at most {args.max_seconds:g} s each; API at {base_url}\n",
            flush=True,
        )
        header = f"{'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}"
        print(f"{'endpoint':<20} {'n':>5} | API {header} | bare driver {header} | API/driver p50  req/s")
        for endpoint in ENDPOINTS:
            sample_list = samples[endpoint.samples]
            through_api = asyncio.run(bench_api(base_url, endpoint, sample_list, args))
            bare = asyncio.run(bench_driver(settings, registry, endpoint, sample_list, args))
            ratio_p50 = statistics.median(through_api.seconds) / statistics.median(bare.seconds)
            ratio_rps = (len(through_api.seconds) / through_api.wall) / (len(bare.seconds) / bare.wall)
            print(
                f"{endpoint.name:<20} {len(through_api.seconds):>5} | API {through_api.line()} | "
                f"bare driver {bare.line()} | {ratio_p50:14.2f} {ratio_rps:6.2f}",
                flush=True,
            )
            for failure, count in (through_api.failures + bare.failures).most_common(3):
                print(f"    {count} x {failure}", flush=True)
    finally:
        if api is not None:
            api.terminate()
            api.wait(timeout=30)
        driver.close()
        if server is not None:
            server.stop()
        shutil.rmtree(work_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
