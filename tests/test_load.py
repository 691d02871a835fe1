"""`partygraph load` on the real Neo4j: idempotent, crash-safe, clear about bad input and a down server."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.dump import canonical_dump
from graph.load import load_paths
from graph.schema import ensure_schema
from graph.server import free_port

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "examples" / "articles"
DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
PARTYGRAPH = [str(Path(sys.executable).parent / "partygraph")]


def partygraph(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*PARTYGRAPH, *args], capture_output=True, text=True, timeout=timeout,
                          env=env or os.environ.copy(), cwd=REPO)


@pytest.fixture
def graph(clean_db, neo4j_server):
    ensure_schema(clean_db, neo4j_server.database)
    return clean_db


def _wipe(driver) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n")


def test_loading_the_same_files_twice_changes_nothing_with_one_or_two_workers(graph):
    first = load_paths(graph, [SAMPLES])
    assert first.read == first.written == len(list(SAMPLES.glob("*.txt"))) and not first.skipped
    clean = canonical_dump(graph)
    again = load_paths(graph, [SAMPLES], workers=2)
    assert again.written == 0 and again.unchanged == first.read
    assert again.counters["nodes_created"] == again.counters["relationships_created"] == 0
    assert canonical_dump(graph) == clean

    _wipe(graph)
    parallel = load_paths(graph, [SAMPLES], workers=2, batch_size=3)
    assert parallel.written == first.read
    assert canonical_dump(graph) == clean


def _articles(driver) -> int:
    records, _, _ = driver.execute_query("MATCH (a:Article) RETURN count(a) AS n")
    return records[0]["n"]


def test_kill_9_at_random_moments_then_reload_equals_a_clean_load(graph):
    total = load_paths(graph, [SAMPLES]).written
    clean = canonical_dump(graph)
    rng = random.Random(9)
    partial_states = []
    for _ in range(3):
        _wipe(graph)
        loader = subprocess.Popen([*PARTYGRAPH, "load", "--batch-size", "1", str(SAMPLES)], cwd=REPO,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Kill once writing has begun, at a random moment within it (the extractor's start-up is slow).
        deadline = time.monotonic() + 120
        while _articles(graph) == 0 and loader.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.6))
        loader.send_signal(signal.SIGKILL)
        loader.wait(timeout=30)
        partial_states.append(_articles(graph))
        rerun = partygraph("load", str(SAMPLES))
        assert rerun.returncode == 0, rerun.stderr
        assert canonical_dump(graph) == clean
    assert any(0 < n < total for n in partial_states), f"no kill left a partial load: {partial_states}"


def test_a_server_that_is_down_gives_a_clear_message_and_a_non_zero_exit(tmp_path):
    env = os.environ.copy()
    env["NEO4J_URI"] = f"bolt://127.0.0.1:{free_port()}"
    result = partygraph("load", str(SAMPLES), env=env, timeout=120)
    assert result.returncode != 0
    assert "cannot reach Neo4j" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_bad_files_are_skipped_with_their_reason_and_the_rest_is_loaded(graph, tmp_path):
    shutil.copy(SAMPLES / "ngoai-giao-hoi-nghi-quy-ii.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    result = partygraph("load", str(tmp_path), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    for name in ("empty.txt", "binary.txt", "missing.txt"):
        assert name in result.stderr
    assert "1 loaded" in " ".join(result.stdout.split())
    records, _, _ = graph.execute_query("MATCH (a:Article) RETURN a.source AS source")
    assert [r["source"] for r in records] == [str((tmp_path / "good.txt").resolve())]


def test_a_document_code_issued_in_two_terms_stays_two_directives(graph):
    load_paths(graph, [SAMPLES / "chi-thi-45-thay-the-chi-thi-35.txt"])
    records, _, _ = graph.execute_query(
        "MATCH (d:Directive) WHERE d.key STARTS WITH '35-CT/TW|' "
        "RETURN d.key AS key, d.date AS date ORDER BY key")
    assert [(r["key"], r["date"]) for r in records] == [("35-CT/TW|2019", "2019-05-30"),
                                                        ("35-CT/TW|2024", "2024-06-14")]


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="../shared/corpus/dev is not beside the repository")
def test_dev_corpus_holders_of_a_post_come_out_in_time_order(graph):
    summary = load_paths(graph, [DEV_CORPUS])
    assert not summary.skipped
    records, _, _ = graph.execute_query(
        """
        MATCH (p:Person)-[:HOLDS]->(o:Occupancy)-[:IN_POST]->(:Post {key: $post})
        RETURN p.name AS name, o.start.year AS year ORDER BY o.start
        """,
        post="đảng ủy bộ ngoại giao|phó bí thư thường trực",
    )
    assert [(r["name"], r["year"]) for r in records] == [("Nguyễn Quang Trung", 2020),
                                                         ("Nguyễn Đắc Thành", 2021)]


SUMMARY = re.compile(
    r"(?P<read>\d+) articles read: (?P<loaded>\d+) loaded \((?P<written>\d+) written, (?P<replaced>\d+) of "
    r"them replacing an earlier version, (?P<unchanged>\d+) unchanged\), (?P<skipped>\d+) skipped"
    r"(?:, (?P<missing>\d+) not found)?; (?P<facts>\d+) facts\. "
    r"Neo4j: (?P<nodes_created>\d+) nodes and (?P<relationships_created>\d+) relationships created, "
    r"(?P<nodes_merged>\d+) nodes and (?P<relationships_merged>\d+) relationships merged \(already there\), "
    r"(?P<nodes_deleted>\d+) nodes and (?P<relationships_deleted>\d+) relationships deleted"
)


def load_summary(*paths: str) -> tuple[int, dict[str, int]]:
    """Run `partygraph load PATHS` and parse its closing summary (rich may wrap it: whitespace is joined)."""
    result = partygraph("load", *paths, env={**os.environ, "COLUMNS": "500"})
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    match = SUMMARY.search(" ".join(result.stdout.split()))
    assert match, result.stdout
    return result.returncode, {name: int(value or 0) for name, value in match.groupdict().items()}


def test_the_closing_summary_counts_created_and_merged_and_adds_up(graph, tmp_path):
    articles = len(list(SAMPLES.glob("*.txt")))
    code, first = load_summary(str(SAMPLES))
    assert code == 0
    assert first["read"] == first["loaded"] == first["written"] == articles
    assert first["skipped"] == first["missing"] == first["unchanged"] == 0
    # On an empty graph what was created (less what recomputing removed again) is the whole graph.
    assert first["nodes_created"] - first["nodes_deleted"] == _count(graph, "MATCH (n) RETURN count(n)")
    assert first["relationships_created"] - first["relationships_deleted"] == \
        _count(graph, "MATCH ()-[r]->() RETURN count(r)")
    # Each node MERGE is an article, a node it mentions or a holding it attests; those that created
    # nothing found the node already there (the bodies the sample articles share).
    merges = _count(graph, "MATCH (a:Article) RETURN count(a)") + \
        _count(graph, "MATCH (:Article)-[m:MENTIONS]->() RETURN count(m)") + \
        _count(graph, "MATCH ()-[r:ATTESTED_IN]->() RETURN count(r)")
    assert first["nodes_created"] + first["nodes_merged"] == merges
    assert first["nodes_merged"] > 0 and first["relationships_merged"] > 0

    code, second = load_summary(str(SAMPLES), str(tmp_path / "missing.txt"))
    assert code == 1  # the missing path
    assert second["read"] == second["loaded"] == second["unchanged"] == articles
    assert second["written"] == second["skipped"] == 0 and second["missing"] == 1
    assert second["facts"] == first["facts"]
    for counter in ("nodes_created", "relationships_created", "nodes_merged", "relationships_merged",
                    "nodes_deleted", "relationships_deleted"):
        assert second[counter] == 0, counter


def _count(driver, query: str) -> int:
    records, _, _ = driver.execute_query(query)
    return records[0][0]
