"""Shared fixtures: one real Neo4j 5.26 server for the whole test session.

Unless NEO4J_URI is set in the environment, the first test that asks for one of these fixtures
starts a private Neo4j (graph/server.py) on two free ports with a temporary data directory and
the shared jar cache, and the session stops it and deletes the directory at the end, also when
tests fail. Several sessions can run side by side. Tests that need no Neo4j start nothing.

Fixtures:
- ``neo4j_server`` (session): a ``Neo4jServer`` with ``uri``, ``user``, ``password``, ``database``.
  While it is up, NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE (and the
  PARTYGRAPH_* paths and ports) are set in os.environ and get_settings()'s cache is cleared, so
  ``get_settings()``, ``graph.driver.open_driver()`` and ``partygraph ...`` run in a subprocess
  all reach this server.
- ``neo4j_settings`` (session): the ``Settings`` pointing at it.
- ``neo4j_driver`` (session): a connected ``neo4j.Driver`` (pass ``database_=neo4j_server.database``
  or use ``execute_query``, whose default database is the server's default).
- ``clean_db`` (function): deletes every node and relationship, then yields ``neo4j_driver``;
  constraints and indexes stay.
- ``spare_neo4j`` (module): a second private server (``LocalNeo4j``) for tests that stop and
  start Neo4j under a running API or loader; the session's server is never stopped.

Tests using them are marked ``neo4j`` automatically (``pytest -m "not neo4j"`` skips them).

External server: with NEO4J_URI set, the tests use that server and start nothing. ``clean_db``
deletes everything in it, so this also needs PARTYGRAPH_TESTS_MAY_WIPE=1 as a guard against
pointing the suite at a database that matters.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from neo4j import Driver

from graph.driver import open_driver
from graph.server import LocalNeo4j, ServerError, free_port, port_in_use
from partygraph.settings import Settings, get_settings

NEO4J_FIXTURES = {"neo4j_server", "neo4j_settings", "neo4j_driver", "clean_db", "spare_neo4j"}
WIPE_GUARD = "PARTYGRAPH_TESTS_MAY_WIPE"
TEST_HEAP = "512m"
TEST_PAGECACHE = "64m"
START_ATTEMPTS = 3


@dataclass(frozen=True)
class Neo4jServer:
    """How to reach the session's server."""

    uri: str
    user: str
    password: str
    database: str
    home: Path | None  # the private server's directory; None for an external server


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if NEO4J_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.neo4j)


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jServer]:
    if os.environ.get("NEO4J_URI"):
        yield _external_server()
        return
    with pytest.MonkeyPatch.context() as environment:
        server, local = _start_private_server()
        try:
            settings = local.settings
            environment.setenv("NEO4J_URI", server.uri)
            environment.setenv("NEO4J_USER", server.user)
            environment.setenv("NEO4J_PASSWORD", server.password)
            environment.setenv("NEO4J_DATABASE", server.database)
            environment.setenv("PARTYGRAPH_DATA_DIR", str(settings.data_dir))
            environment.setenv("PARTYGRAPH_CACHE_DIR", str(settings.cache_dir))
            environment.setenv("PARTYGRAPH_BOLT_PORT", str(settings.bolt_port))
            environment.setenv("PARTYGRAPH_HTTP_PORT", str(settings.http_port))
            get_settings.cache_clear()
            yield server
        finally:
            local.stop()
            shutil.rmtree(settings.data_dir, ignore_errors=True)
            get_settings.cache_clear()
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def neo4j_settings(neo4j_server: Neo4jServer) -> Settings:
    return get_settings()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings: Settings) -> Iterator[Driver]:
    driver = open_driver(neo4j_settings)
    try:
        yield driver
    finally:
        driver.close()


@pytest.fixture
def clean_db(neo4j_driver: Driver, neo4j_server: Neo4jServer) -> Iterator[Driver]:
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_server.database)
    yield neo4j_driver


@pytest.fixture(scope="module")
def spare_neo4j() -> Iterator[LocalNeo4j]:
    _, local = _start_private_server()
    try:
        yield local
    finally:
        local.stop()
        shutil.rmtree(local.settings.data_dir, ignore_errors=True)


def _external_server() -> Neo4jServer:
    if os.environ.get(WIPE_GUARD) != "1":
        pytest.fail(
            f"NEO4J_URI is set: the tests would delete everything in {os.environ['NEO4J_URI']}; "
            f"set {WIPE_GUARD}=1 if that server is disposable, or unset NEO4J_URI",
            pytrace=False,
        )
    get_settings.cache_clear()
    settings = get_settings()
    return Neo4jServer(
        uri=settings.bolt_uri,
        user=settings.neo4j_user,
        password=settings.neo4j_password.get_secret_value(),
        database=settings.neo4j_database,
        home=None,
    )


def _start_private_server() -> tuple[Neo4jServer, LocalNeo4j]:
    """Start Neo4j on fresh ports in a fresh directory; retry when another session grabs a port first."""
    password = f"test-{secrets.token_hex(8)}"
    last_error: ServerError | None = None
    for _ in range(START_ATTEMPTS):
        data_dir = Path(tempfile.mkdtemp(prefix="partygraph-neo4j-"))
        settings = Settings(
            neo4j_uri=None,
            neo4j_password=password,
            data_dir=data_dir,
            bolt_port=free_port(),
            http_port=free_port(),
            neo4j_heap=TEST_HEAP,
            neo4j_pagecache=TEST_PAGECACHE,
        )
        local = LocalNeo4j(settings)
        try:
            local.start(die_with_parent=True)
        except ServerError as error:
            local.stop()
            shutil.rmtree(data_dir, ignore_errors=True)
            if not (port_in_use(settings.bolt_port) or port_in_use(settings.http_port)):
                pytest.fail(f"could not start the test Neo4j: {error}", pytrace=False)
            last_error = error
            continue
        server = Neo4jServer(
            uri=local.uri,
            user=settings.neo4j_user,
            password=password,
            database=settings.neo4j_database,
            home=local.home,
        )
        return server, local
    pytest.fail(f"could not start the test Neo4j: {last_error}", pytrace=False)
