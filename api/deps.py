"""Dependencies every route module shares: the settings, the Neo4j driver and the query runner.

The app (api/app.py) puts one settings object, one driver and one registry on `app.state`;
routes get them through these functions (`Depends(get_driver)`), so a new router (RDF export,
web explorer) reads the same graph the same way without touching the others.
"""

from __future__ import annotations

from typing import Any

import neo4j
from fastapi import Depends, Request

from partygraph.settings import Settings
from queries.registry import QueryRegistry, QueryResult


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


def get_driver(request: Request) -> neo4j.Driver:
    """The app's Neo4j driver (one per app, shared by all requests), with the graph schema in place.

    Ensuring the schema here means a search or an ingest never runs on a database without its
    index and constraints, also when Neo4j was down as the app started (api/schema.py).
    """
    request.app.state.schema.ensure()
    return request.app.state.driver


def get_registry(request: Request) -> QueryRegistry:
    """The canned queries the app serves."""
    return request.app.state.registry


class Graph:
    """Runs canned queries by name for one request; the only way routes read Neo4j."""

    def __init__(self, registry: QueryRegistry, driver: neo4j.Driver):
        self.registry = registry
        self.driver = driver

    def run(self, name: str, **params: Any) -> QueryResult:
        """All rows of query NAME (up to the row cap); None-valued parameters take their defaults."""
        given = {k: v for k, v in params.items() if v is not None}
        return self.registry.run(self.driver, name, given)

    def rows(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """The rows of query NAME."""
        return self.run(name, **params).rows

    def first(self, name: str, **params: Any) -> dict[str, Any] | None:
        """The first row of query NAME, or None when it returns nothing."""
        rows = self.rows(name, **params)
        return rows[0] if rows else None


def get_graph(
    registry: QueryRegistry = Depends(get_registry), driver: neo4j.Driver = Depends(get_driver)
) -> Graph:
    """The query runner for a request."""
    return Graph(registry, driver)
