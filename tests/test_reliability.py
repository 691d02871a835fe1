"""The API and the loader under faults: Neo4j stopped and started under them, parallel loaders, hostile text.

Outages stop and start a real Neo4j (the ``spare_neo4j`` server, so the session's server stays
up for the other tests). All traffic is on 127.0.0.1; every loop is bounded in count and time.
The figures of each run (requests, the 503 window, the time to recover) are printed and saved
under artifacts/reliability/ for the report.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from api_process import serve_api

from graph.driver import open_driver
from graph.dump import canonical_dump
from graph.load import load_paths
from graph.schema import ensure_schema
from graph.server import LocalNeo4j

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "examples" / "articles"
ARTIFACTS = REPO / "artifacts" / "reliability"
PARTYGRAPH = str(Path(sys.executable).parent / "partygraph")

# Endpoints the load run cycles through: a graph-wide count, a resource, a search, a canned query.
LOAD_PATHS = [
    "/health",
    "/persons/" + quote("Nguyễn Đắc Thành"),
    "/search?q=nguyen",
    "/queries/top_directives",
]
CLIENTS = 4
REQUEST_TIMEOUT_S = 30.0
RUN_LIMIT_S = 180.0
DOWN_FOR_S = 4.0
SERVER_START_TIMEOUT_S = 60.0


def save_figures(name: str, figures: dict) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"{name}.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    print(f"{name}: {json.dumps(figures, ensure_ascii=False)}")


def environment_for(server: LocalNeo4j) -> dict[str, str]:
    """The environment of a command that talks to SERVER (and to nothing else)."""
    env = dict(os.environ)
    env.update({
        "NEO4J_URI": server.uri,
        "NEO4J_USER": server.settings.neo4j_user,
        "NEO4J_PASSWORD": server.settings.neo4j_password.get_secret_value(),
        "NEO4J_DATABASE": server.settings.neo4j_database,
    })
    return env


def wipe(driver) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n")


def variant_corpus(folder: Path, copies: int) -> Path:
    """COPIES versions of each sample article (one extra line apiece): many distinct articles, known facts."""
    folder.mkdir(parents=True, exist_ok=True)
    for copy in range(copies):
        for sample in sorted(SAMPLES.glob("*.txt")):
            text = sample.read_text(encoding="utf-8")
            variant = f"{text}\nBản tin số {copy + 1}.\n"
            (folder / f"{copy:02d}-{sample.name}").write_text(variant, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def spare(spare_neo4j: LocalNeo4j):
    """The spare server with its schema, and a driver to it (reconnects by itself after a restart)."""
    driver = open_driver(spare_neo4j.settings)
    ensure_schema(driver, spare_neo4j.settings.neo4j_database)
    try:
        yield spare_neo4j, driver
    finally:
        driver.close()


def restart(server: LocalNeo4j) -> float:
    """Start SERVER again on its ports and data; the seconds until Bolt answered."""
    started = time.monotonic()
    server.start(SERVER_START_TIMEOUT_S, die_with_parent=True)
    return time.monotonic() - started


# ---- Neo4j goes away under the API --------------------------------------------------------------


@dataclass
class Answer:
    sent: float
    done: float
    status: int  # 0: no HTTP answer at all
    json_detail: bool


class LoadRun:
    """CLIENTS threads sending GETs round the LOAD_PATHS until stopped (or RUN_LIMIT_S passes)."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.answers: list[Answer] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._client, args=(n,), daemon=True)
                         for n in range(CLIENTS)]
        self.origin = time.monotonic()

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(REQUEST_TIMEOUT_S + 5)

    def _client(self, number: int) -> None:
        deadline = self.origin + RUN_LIMIT_S
        with httpx.Client(base_url=self.base_url, timeout=REQUEST_TIMEOUT_S) as client:
            turn = number
            while not self._stop.is_set() and time.monotonic() < deadline:
                path = LOAD_PATHS[turn % len(LOAD_PATHS)]
                turn += 1
                sent = time.monotonic()
                try:
                    response = client.get(path)
                    status = response.status_code
                    detail = _has_json_detail(response)
                except httpx.HTTPError:
                    status, detail = 0, False
                done = time.monotonic()
                with self._lock:
                    self.answers.append(Answer(sent - self.origin, done - self.origin, status, detail))
                time.sleep(0.02)

    def since(self, moment: float) -> list[Answer]:
        with self._lock:
            return [a for a in self.answers if a.sent >= moment]

    def wait_for(self, predicate, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and not predicate():
            time.sleep(0.1)


def _has_json_detail(response: httpx.Response) -> bool:
    if not response.headers.get("content-type", "").startswith("application/json"):
        return False
    try:
        return isinstance(response.json().get("detail"), str)
    except (ValueError, AttributeError):
        return False


@pytest.fixture(scope="module")
def api_on_spare(spare, tmp_path_factory):
    """uvicorn serving the API on the spare server's graph of the sample articles."""
    server, driver = spare
    wipe(driver)
    summary = load_paths(driver, [SAMPLES], database=server.settings.neo4j_database)
    assert summary.written == summary.read > 0
    log = tmp_path_factory.mktemp("uvicorn") / "uvicorn.log"
    with serve_api(environment_for(server), log) as (url, process):
        yield url.rstrip("/"), process, log


def test_neo4j_stopped_and_started_under_load_gives_503_then_recovers_without_a_restart(spare, api_on_spare):
    server, _ = spare
    base_url, api_process, log = api_on_spare
    run = LoadRun(base_url)
    run.start()
    try:
        run.wait_for(lambda: len(run.answers) >= 40, 30)
        stop_begun = time.monotonic() - run.origin
        server.stop()
        down_at = time.monotonic() - run.origin
        run.wait_for(lambda: len(run.since(down_at)) >= 10, 30)
        time.sleep(DOWN_FOR_S)
        restart_begun = time.monotonic() - run.origin
        start_seconds = restart(server)
        up_at = time.monotonic() - run.origin
        # Recovered: every client's answers after the restart come back 200 for a while.
        run.wait_for(lambda: sum(a.status == 200 for a in run.since(up_at)) >= 40, 60)
    finally:
        run.stop()

    answers = sorted(run.answers, key=lambda a: a.sent)
    statuses = Counter(a.status for a in answers)
    assert api_process.poll() is None, "the API process died"
    timeline = dict(stop=stop_begun, down=down_at, restart=restart_begun, up=up_at)
    # 503: Neo4j unreachable; 504: a query the server, just restarted and cold, ran past the
    # timeout. Both are the API's own JSON answers; a 500 or no answer at all is a failure.
    assert all(a.status in (200, 503, 504) for a in answers), (statuses, timeline)
    assert all(a.json_detail for a in answers if a.status != 200), (statuses, timeline)
    while_down = [a for a in answers if a.sent >= down_at and a.done <= restart_begun]
    assert while_down and all(a.status == 503 and a.json_detail for a in while_down), Counter(
        (a.status, a.json_detail) for a in while_down)
    unavailable = [a for a in answers if a.status == 503]
    first_200_after = min(a.done for a in answers if a.status == 200 and a.sent >= up_at)
    last = answers[-20:]
    assert all(a.status == 200 for a in last), Counter(a.status for a in last)
    assert "Traceback" not in log.read_text(errors="replace")
    save_figures("api_outage", {
        "requests": len(answers),
        "statuses": dict(sorted(statuses.items())),
        "clients": CLIENTS,
        "neo4j_stop_seconds": round(down_at - stop_begun, 2),
        "neo4j_down_seconds": round(up_at - down_at, 2),
        "neo4j_start_seconds": round(start_seconds, 2),
        "timeline_seconds": {name: round(moment, 2) for name, moment in timeline.items()},
        "first_503_at": round(unavailable[0].sent, 2),
        "last_503_at": round(unavailable[-1].done, 2),
        "window_503_seconds": round(unavailable[-1].done - unavailable[0].sent, 2),
        "recovered_seconds_after_neo4j_up": round(first_200_after - up_at, 2),
    })


# ---- Neo4j goes away under `partygraph load` ------------------------------------------------------


def _articles(driver) -> int:
    return driver.execute_query("MATCH (a:Article) RETURN count(a) AS n").records[0]["n"]


def test_neo4j_stopped_during_load_fails_clearly_and_a_rerun_equals_a_clean_load(spare, tmp_path):
    server, driver = spare
    corpus = variant_corpus(tmp_path / "corpus", copies=6)
    wipe(driver)
    clean_summary = load_paths(driver, [corpus], database=server.settings.neo4j_database)
    assert clean_summary.written == clean_summary.read
    clean = canonical_dump(driver)
    wipe(driver)

    env = environment_for(server)
    loader = subprocess.Popen([PARTYGRAPH, "load", "--batch-size", "1", str(corpus)], cwd=REPO, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while _articles(driver) == 0 and loader.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert loader.poll() is None, "the load ended before Neo4j could be stopped under it"
        stopped_at = time.monotonic()
        server.stop()
        out, err = loader.communicate(timeout=180)
        failed_after = time.monotonic() - stopped_at
    finally:
        if loader.poll() is None:
            loader.send_signal(signal.SIGKILL)
            loader.wait()
        if server.running_pid() is None:
            restart(server)

    assert loader.returncode != 0
    assert "Traceback" not in out + err
    assert "Neo4j" in err and "run the same load again" in err, err
    # Only partygraph's own lines: no driver log lines ("Transaction failed and will be retried").
    assert not [line for line in err.splitlines() if "retried" in line or "Couldn't connect" in line], err
    assert any(line.startswith("error: cannot reach Neo4j at ") and line.endswith(")")
               for line in err.splitlines()), err
    partial = _articles(driver)
    assert partial < clean_summary.read

    rerun = subprocess.run([PARTYGRAPH, "load", str(corpus)], cwd=REPO, env=env, capture_output=True,
                           text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert canonical_dump(driver) == clean
    save_figures("load_outage", {
        "articles": clean_summary.read,
        "articles_written_before_the_stop": partial,
        "loader_exit_status": loader.returncode,
        "loader_failed_seconds_after_stop": round(failed_after, 2),
        "message": next(line for line in err.splitlines() if line.startswith("error:")),
    })


# ---- several loaders at once ------------------------------------------------------------------------


def test_parallel_loaders_over_overlapping_articles_give_the_graph_of_one_sequential_load(
        clean_db, neo4j_server, tmp_path):
    ensure_schema(clean_db, neo4j_server.database)
    corpus = variant_corpus(tmp_path / "corpus", copies=4)
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    load_paths(clean_db, [corpus])
    sequential = canonical_dump(clean_db)
    wipe(clean_db)

    third = len(files) // 3
    shares = [files[: 2 * third], files[third:], [str(corpus)]]  # every article in two loads or more
    loaders = [subprocess.Popen([PARTYGRAPH, "load", "--batch-size", "3", *share], cwd=REPO,
                                env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for share in shares]
    results = [(loader.wait(timeout=600), *loader.communicate()) for loader in loaders]
    for status, out, err in results:
        assert status == 0, err
        assert "Traceback" not in out + err
    assert canonical_dump(clean_db) == sequential
    duplicates = clean_db.execute_query(
        "MATCH (n) WITH labels(n)[0] AS label, coalesce(n.key, n.id) AS key, count(*) AS copies "
        "WHERE copies > 1 RETURN label, key, copies").records
    assert not duplicates


# ---- hostile text inside articles ---------------------------------------------------------------------

HOSTILE = [
    "' OR 1=1 //",
    "`n`}) MATCH (n) DETACH DELETE n //",
    '"}]\\ {{x}} $param',
    "\u202e\u0007ngược\u200b",
    "Đ" * 3000,
]


def test_hostile_text_inside_an_article_is_stored_literally_and_changes_nothing_else(
        clean_db, neo4j_server, tmp_path):
    ensure_schema(clean_db, neo4j_server.database)
    load_paths(clean_db, [SAMPLES])
    before = canonical_dump(clean_db)
    sample = (SAMPLES / "ngoai-giao-hoi-nghi-quy-ii.txt").read_text(encoding="utf-8")
    headline = f"Hội nghị {HOSTILE[0]} {HOSTILE[1]} {HOSTILE[2]}"
    body = "\n".join(f"Ý kiến bạn đọc: {text}" for text in HOSTILE)
    (tmp_path / "hostile.txt").write_text(f"{headline}\n\n{sample}\n{body}\n", encoding="utf-8")

    summary = load_paths(clean_db, [tmp_path / "hostile.txt"])
    assert summary.written == 1, [s.reason for s in summary.skipped]

    records = clean_db.execute_query("MATCH (a:Article {source: $source}) RETURN a.title AS title",
                                     source=str((tmp_path / "hostile.txt").resolve())).records
    assert [r["title"] for r in records] == [headline]
    after = canonical_dump(clean_db)
    # Everything the samples wrote is still there, with the same properties: the new article
    # added its own node and edges and touched nothing but the holdings its facts attest.
    before_nodes = {node for node in before["nodes"] if "Occupancy" not in node[0]}
    assert before_nodes <= set(after["nodes"])
    labels_before = Counter(node[0] for node in before["nodes"])
    labels_after = Counter(node[0] for node in after["nodes"])
    assert labels_after - labels_before == Counter({("Article",): 1})
