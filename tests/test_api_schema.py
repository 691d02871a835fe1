"""The API on a fresh database: it creates the graph schema itself, also when Neo4j was down as it started.

These tests drop every constraint and index, so they live in their own module: the module fixture
of tests/test_api.py (the loaded dev corpus) is never emptied under it. The schema is restored at
the end for the modules that follow.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from test_api import API_KEY, SAMPLE_ARTICLE, BoltRelay

from api.app import create_app
from graph.schema import NAME_SEARCH_INDEX, NODE_KEYS, ensure_schema


def constraints(driver) -> set[str]:
    return {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name").records}


def indexes(driver) -> set[str]:
    return {r["name"] for r in driver.execute_query("SHOW INDEXES YIELD name RETURN name").records}


def drop_schema(driver) -> None:
    """Drop every constraint, then every index but the built-in token lookups, as on a new database."""
    for name in constraints(driver):
        driver.execute_query("DROP CONSTRAINT $name", name=name)
    records = driver.execute_query(
        "SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' RETURN name"
    ).records
    for record in records:
        driver.execute_query("DROP INDEX $name", name=record["name"])
    assert not constraints(driver) and NAME_SEARCH_INDEX not in indexes(driver)


@pytest.fixture
def bare_db(clean_db, neo4j_server):
    """An empty database without constraints or indexes; the schema is back afterwards."""
    drop_schema(clean_db)
    yield clean_db
    ensure_schema(clean_db, neo4j_server.database)


def assert_schema_in_place(driver) -> None:
    assert {f"{label.lower()}_{prop}" for label, prop in NODE_KEYS.items()} <= constraints(driver)
    assert NAME_SEARCH_INDEX in indexes(driver)


def test_an_api_on_a_fresh_database_searches_and_ingests(bare_db, neo4j_settings):
    settings = neo4j_settings.model_copy(update={"api_key": SecretStr(API_KEY)})
    with TestClient(create_app(settings)) as api:
        # An empty graph has no matches, not a missing index.
        empty = api.get("/search", params={"q": "nguyen"})
        assert empty.status_code == 200, empty.text
        assert empty.json()["items"] == []
        assert_schema_in_place(bare_db)
        posted = api.post(
            "/articles",
            content=SAMPLE_ARTICLE.encode(),
            headers={"X-API-Key": API_KEY, "Content-Type": "text/plain; charset=utf-8"},
        )
        assert posted.status_code == 201, posted.text
        assert posted.json()["status"] == "written"
        found = api.get("/search", params={"q": "tran quoc khanh", "kind": "person"}).json()["items"]
        assert [hit["name"] for hit in found] == ["Trần Quốc Khánh"]


def test_the_schema_is_ensured_by_the_first_request_when_neo4j_was_down_at_start(bare_db, neo4j_settings):
    bolt_port = int(neo4j_settings.bolt_uri.rsplit(":", 1)[1])
    relay = BoltRelay(bolt_port)  # not started yet: nothing listens on its port
    settings = neo4j_settings.model_copy(update={"neo4j_uri": f"bolt://127.0.0.1:{relay.port}"})
    try:
        with TestClient(create_app(settings)) as api:
            assert api.get("/search", params={"q": "nguyen"}).status_code == 503
            assert NAME_SEARCH_INDEX not in indexes(bare_db)
            relay.start()
            answer = api.get("/search", params={"q": "nguyen"})
            assert answer.status_code == 200, answer.text
            assert answer.json()["items"] == []
            assert_schema_in_place(bare_db)
    finally:
        relay.cut()
