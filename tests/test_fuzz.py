"""Schemathesis over the whole OpenAPI schema, on the real Neo4j loaded from the dev corpus.

Every operation gets up to FUZZ_EXAMPLES generated requests (valid and invalid parameters,
bodies and headers). Each answer must not be a 5xx and must keep to what the schema says of it:
a documented status, the documented media type, a body that validates against its model.
The examples are derandomised so that a CI run is repeatable; a failure prints the request.

The operations are read off the app's schema at collection time (no Neo4j needed for that),
one test per operation; schemathesis's own pytest loader is not used (it does not run on
pytest 9), its strategies and checks are.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from pydantic import SecretStr
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.app import create_app
from graph.load import load_paths
from graph.schema import ensure_schema
from partygraph.settings import Settings

DEV_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
API_KEY = "fuzz-key-4d1e8a"
FUZZ_EXAMPLES = 100
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]

OPERATIONS = sorted(
    (method.upper(), path)
    for path, methods in create_app(Settings(neo4j_uri="bolt://127.0.0.1:9")).openapi()["paths"].items()
    for method in methods
)


@pytest.fixture(scope="module")
def api_schema(neo4j_driver, neo4j_server, neo4j_settings):
    """The schema of an app on the dev-corpus graph, wired to call the app in-process."""
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_server.database)
    ensure_schema(neo4j_driver, neo4j_server.database)
    summary = load_paths(neo4j_driver, [DEV_CORPUS], database=neo4j_server.database)
    assert summary.loaded == summary.read > 0 and not summary.skipped
    app = create_app(neo4j_settings.model_copy(update={"api_key": SecretStr(API_KEY)}))
    with TestClient(app):  # runs the lifespan: the app's driver is open while the module runs
        yield schemathesis.openapi.from_asgi("/openapi.json", app)


def test_the_schema_lists_every_route():
    assert len(OPERATIONS) >= 30
    assert ("POST", "/articles") in OPERATIONS and ("GET", "/health") in OPERATIONS


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_every_operation_answers_within_its_schema_and_never_5xx(api_schema, method, path):
    operation = api_schema[path][method]
    seen: list[int] = []

    @settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def fuzz(case):
        response = case.call_and_validate(headers={"X-API-Key": API_KEY}, checks=CHECKS)
        seen.append(response.status_code)

    fuzz()
    assert seen and max(seen) < 500
    statuses = ", ".join(f"{code}: {seen.count(code)}" for code in sorted(set(seen)))
    print(f"{method} {path}: {len(seen)} requests ({statuses})")
