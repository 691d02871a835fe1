"""The local Neo4j server, the driver opener and `partygraph db`, against real servers."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from neo4j import Driver, RoutingControl
from pydantic import SecretStr

from graph.driver import Neo4jUnavailable, open_driver
from graph.server import LocalNeo4j, ServerError, find_java, free_port, port_in_use, server_version
from partygraph.settings import Settings

PARTYGRAPH = str(Path(sys.executable).with_name("partygraph"))


def run_cli(*arguments: str, env: dict[str, str] | None = None, timeout: float = 120,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PARTYGRAPH, *arguments], capture_output=True, text=True, env=env or dict(os.environ),
        timeout=timeout, cwd=cwd,
    )


def processes_with_home(home: Path) -> list[int]:
    """Pids of every process whose command line names this server home (any Neo4j JVM started for it)."""
    argument = f"--home-dir={home}".encode()
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if argument in cmdline.read_bytes().split(b"\0"):
                found.append(int(cmdline.parent.name))
        except OSError:  # the process ended while we looked
            continue
    return found


def path_with_only(tmp_path: Path, *programs: str) -> str:
    """A PATH holding only the named programs (as symlinks to the real ones)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for program in programs:
        real = shutil.which(program)
        assert real, f"{program} must be installed for this test"
        (bin_dir / program).symlink_to(real)
    return str(bin_dir)


def test_server_is_neo4j_community_5_26(neo4j_settings: Settings) -> None:
    version, edition = server_version(neo4j_settings)
    assert version.startswith("5.26."), version
    assert edition == "community"


def test_write_then_read_round_trip(clean_db: Driver) -> None:
    clean_db.execute_query(
        "CREATE (p:Person {key: $key, name: $name})-[:HOLDS]->(:Occupancy {key: $occupancy})",
        key="nguyen van an", name="Nguyễn Văn An", occupancy="nguyen van an|bi thu",
    )
    records, _, _ = clean_db.execute_query(
        "MATCH (p:Person {key: $key})-[:HOLDS]->(o:Occupancy) RETURN p.name AS name, o.key AS occupancy",
        key="nguyen van an",
    )
    assert [(r["name"], r["occupancy"]) for r in records] == [("Nguyễn Văn An", "nguyen van an|bi thu")]


def test_clean_db_starts_empty(clean_db: Driver) -> None:
    records, _, _ = clean_db.execute_query("MATCH (n) RETURN count(n) AS nodes")
    assert records[0]["nodes"] == 0


def test_restart_keeps_data_and_needs_no_download(tmp_path: Path, neo4j_settings: Settings,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # Without mvn on PATH, a start can only succeed from the jar cache the session server filled.
    monkeypatch.setenv("PATH", path_with_only(tmp_path, "java"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    settings = Settings(
        neo4j_uri=None, neo4j_password="restart-test-pw", data_dir=tmp_path / "data",
        cache_dir=neo4j_settings.cache_dir, bolt_port=free_port(), http_port=free_port(),
        neo4j_heap="512m", neo4j_pagecache="32m",
    )
    server = LocalNeo4j(settings)
    try:
        assert server.start(die_with_parent=True) is True
        assert server.start() is False  # already running: nothing new started
        with open_driver(settings) as driver:
            driver.execute_query("CREATE (:Congress {key: $key, ordinal: 8})", key="dang bo x|8")
        assert server.stop() is True
        assert not port_in_use(settings.bolt_port)
        assert server.status().running is False
        assert server.stop() is False  # idempotent

        assert server.start(die_with_parent=True) is True
        status = server.status()
        assert status.running and status.version and status.version.startswith("5.26.")
        assert status.data_dir == settings.data_dir / "neo4j"
        with open_driver(settings) as driver:
            records, _, _ = driver.execute_query("MATCH (c:Congress) RETURN c.key AS key, c.ordinal AS n")
        assert [(r["key"], r["n"]) for r in records] == [("dang bo x|8", 8)]

        # The data directory keeps the password it was first started with.
        other = LocalNeo4j(settings.model_copy(update={"neo4j_password": SecretStr("another-password")}))
        with pytest.raises(ServerError, match="refused the password"):
            other.start()
    finally:
        server.stop()


def test_db_start_status_stop_through_the_cli_on_a_local_server(tmp_path: Path,
                                                               neo4j_settings: Settings) -> None:
    # The session's NEO4J_URI would send the CLI to the external path: drop it, and run a second
    # local server of our own from the jar cache the session server filled. With mvn not on PATH
    # the start can only succeed if it downloads nothing.
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "JAVA_HOME")}
    data_dir = tmp_path / "data"
    env.update(
        PATH=path_with_only(tmp_path, "java"),
        NEO4J_PASSWORD="cli-lifecycle-pw",
        PARTYGRAPH_DATA_DIR=str(data_dir),
        PARTYGRAPH_CACHE_DIR=str(neo4j_settings.cache_dir),
        PARTYGRAPH_BOLT_PORT=str(free_port()),
        PARTYGRAPH_HTTP_PORT=str(free_port()),
        PARTYGRAPH_NEO4J_HEAP="512m",
        PARTYGRAPH_NEO4J_PAGECACHE="32m",
        COLUMNS="500",  # rich would wrap the long temporary path at 80 columns
    )
    home = data_dir / "neo4j"
    bolt = f"bolt://127.0.0.1:{env['PARTYGRAPH_BOLT_PORT']}"
    cli = dict(env=env, cwd=tmp_path)  # cwd: no .env of the repository's is read
    try:
        started = run_cli("db", "start", timeout=240, **cli)
        assert started.returncode == 0, started.stdout + started.stderr
        assert "Neo4j started" in started.stdout and bolt in started.stdout
        assert "Fetching" not in started.stdout + started.stderr
        assert processes_with_home(home)

        again = run_cli("db", "start", **cli)
        assert again.returncode == 0 and "already running" in again.stdout, again.stdout + again.stderr

        status = run_cli("db", "status", **cli)
        assert status.returncode == 0, status.stdout + status.stderr
        lines = {line.split(None, 1)[0]: line.split(None, 1)[1].strip() for line in status.stdout.splitlines()
                 if line.strip()}
        assert lines["server"] == f"{bolt} (local, partygraph db)"
        assert lines["state"] == "running"
        assert re.fullmatch(r"Neo4j 5\.26\.\d+ community", lines["version"]), lines["version"]
        assert lines["data"] == str(home)

        stopped = run_cli("db", "stop", **cli)
        assert stopped.returncode == 0 and "Neo4j stopped" in stopped.stdout, stopped.stdout + stopped.stderr
        assert processes_with_home(home) == []
        assert not port_in_use(int(env["PARTYGRAPH_BOLT_PORT"]))

        after = run_cli("db", "status", **cli)
        assert after.returncode == 1
        assert "not running" in after.stdout and str(home) in after.stdout
        assert run_cli("db", "stop", **cli).stdout.strip() == "Neo4j was not running."
    finally:
        # db start does not tie the server to this process: never leave it behind on a failure.
        for pid in processes_with_home(home):
            os.kill(pid, signal.SIGKILL)


def test_db_status_cli_reports_version_and_server(neo4j_server) -> None:
    result = run_cli("db", "status")
    assert result.returncode == 0, result.stderr
    assert neo4j_server.uri in result.stdout
    assert "5.26." in result.stdout and "running" in result.stdout


def test_db_start_with_neo4j_uri_starts_nothing(neo4j_server) -> None:
    result = run_cli("db", "start")
    assert result.returncode == 0, result.stderr
    assert "NEO4J_URI is set" in result.stdout


def test_wrong_password_is_a_clear_error(neo4j_settings: Settings) -> None:
    wrong = neo4j_settings.model_copy(update={"neo4j_password": SecretStr("not-the-password")})
    with pytest.raises(Neo4jUnavailable, match="refused the credentials"):
        open_driver(wrong)


def test_nothing_listening_is_a_clear_error_without_traceback() -> None:
    port = free_port()
    uri = f"bolt://127.0.0.1:{port}"
    with pytest.raises(Neo4jUnavailable, match=f"cannot reach Neo4j at {uri}"):
        open_driver(Settings(neo4j_uri=uri))
    result = run_cli("db", "status", env={**os.environ, "NEO4J_URI": uri})
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert f"cannot reach Neo4j at {uri}" in output
    assert "Traceback" not in output


def test_neo4j_scheme_routes_writes_and_reads_on_the_local_community_server(
    clean_db: Driver, neo4j_settings: Settings
) -> None:
    # A standalone Community server answers routing requests with itself, so neo4j:// (what a
    # cluster or Aura needs) also works against the local server.
    uri = f"neo4j://127.0.0.1:{neo4j_settings.bolt_port}"
    with open_driver(neo4j_settings.model_copy(update={"neo4j_uri": uri})) as driver:
        driver.execute_query(
            "CREATE (:Directive {key: $key, code: $code})", key="35-CT/TW|2019", code="35-CT/TW",
            database_=neo4j_settings.neo4j_database, routing_=RoutingControl.WRITE,
        )
        records, _, _ = driver.execute_query(
            "MATCH (d:Directive {key: $key}) RETURN d.code AS code", key="35-CT/TW|2019",
            database_=neo4j_settings.neo4j_database, routing_=RoutingControl.READ,
        )
    assert [r["code"] for r in records] == ["35-CT/TW"]


@pytest.mark.parametrize("uri", ["neo4j+s://example.invalid:7687", "bolt+s://example.invalid:7687",
                                 "neo4j+ssc://example.invalid", "bolt+ssc://example.invalid"])
def test_tls_schemes_build_a_driver(uri: str) -> None:
    # Aura's URIs are neo4j+s://: the driver must be built from them (nothing is dialled here).
    driver = open_driver(Settings(neo4j_uri=uri), verify=False)
    driver.close()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [(("load", str(Path(__file__).resolve().parents[1] / "examples" / "articles")), "cannot reach Neo4j at"),
     (("query", "holders_on_date", "-p", "organization=Đảng ủy Bộ Ngoại giao", "-p", "date=2021"),
      "Neo4j is unreachable")],
)
def test_unreachable_neo4j_scheme_prints_only_our_one_line_error(arguments: tuple[str, ...],
                                                                  message: str) -> None:
    # With neo4j:// the driver itself logs "Unable to retrieve routing information" when nobody
    # answers; the command's own message is the only thing the user should see.
    uri = f"neo4j://127.0.0.1:{free_port()}"
    result = run_cli(*arguments, env={**os.environ, "NEO4J_URI": uri, "COLUMNS": "500"})
    assert result.returncode != 0
    assert message in result.stderr and uri in result.stderr, result.stderr
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert "routing information" not in output, output
    first_line = next(line for line in result.stderr.splitlines() if line.strip())
    assert first_line.startswith("error:"), result.stderr


@pytest.mark.parametrize("uri", ["http://127.0.0.1:7474", "127.0.0.1:7687", "ftp://127.0.0.1:7687"])
def test_non_bolt_uri_is_a_clear_error(uri: str) -> None:
    with pytest.raises(Neo4jUnavailable, match="invalid Neo4j URI .*bolt://"):
        open_driver(Settings(neo4j_uri=uri))


def test_missing_maven_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", path_with_only(tmp_path, "java"))
    server = LocalNeo4j(Settings(neo4j_uri=None, data_dir=tmp_path / "data", cache_dir=tmp_path / "cache"))
    with pytest.raises(ServerError, match="Maven.*apt-get install -y maven"):
        server.ensure_jars()


def test_missing_java_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", path_with_only(tmp_path, "mvn"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(ServerError, match="Java.*openjdk-17-jre-headless"):
        find_java()
    server = LocalNeo4j(Settings(neo4j_uri=None, data_dir=tmp_path / "data", bolt_port=free_port(),
                                 http_port=free_port()))
    with pytest.raises(ServerError, match="openjdk-17-jre-headless"):
        server.start()
    assert server.running_pid() is None
