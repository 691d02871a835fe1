"""The FastAPI application: the graph as resources, the canned queries, ingest, health.

`create_app(settings)` builds an app bound to one Neo4j (one driver, one query registry on
app.state). The driver connects lazily, so the app starts while Neo4j is down, answers 503
until it is back, and recovers without a restart. The graph schema (constraints, the name
search index) is ensured at start-up, or by the first request once Neo4j answers (api/schema.py).
Routers live one per module under api/routes/; other parts (RDF export, the web explorer) add
theirs through EXTENSIONS.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.cors import CORSMiddleware

from api.errors import HANDLERS
from api.explorer import install_explorer
from api.export import router as export_router
from api.routes import (
    articles,
    congresses,
    directives,
    health,
    organizations,
    persons,
    posts,
    provenance,
    queries,
    search,
)
from api.schema import SchemaGuard
from partygraph import __version__
from partygraph.settings import Settings, get_settings
from queries.registry import QueryRegistry, open_driver

ROUTERS = [
    health.router,
    search.router,
    persons.router,
    organizations.router,
    posts.router,
    congresses.router,
    directives.router,
    articles.router,
    provenance.router,
    queries.router,
    export_router,
]

# Functions that add routes, mounts or middleware to a new app (the RDF export, the explorer at /).
EXTENSIONS: list[Callable[[FastAPI], None]] = [install_explorer]

DESCRIPTION = """
Who held which party post when, and which party directives each congress cites, read out of
Vietnamese political news. Every answer comes from a canned Cypher query (GET /queries lists
them); names and keys may be given with or without diacritics where a parameter says so.

Errors are `{"detail": "..."}`: 404 unknown key, 422 bad parameter, 401/403 ingest without or
with a wrong `X-API-Key`, 503 while Neo4j is unreachable (retry; the service recovers by itself).
"""


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    app.state.driver = open_driver(settings)
    app.state.schema = SchemaGuard(app.state.driver, settings.neo4j_database)
    try:
        # Never fails while Neo4j is down: then the requests ensure the schema (api/deps.py).
        await run_in_threadpool(app.state.schema.ensure)
        yield
    finally:
        app.state.driver.close()


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API bound to the Neo4j and limits in SETTINGS (the process settings by default)."""
    settings = settings or get_settings()
    app = FastAPI(
        title="partygraph",
        version=__version__,
        description=DESCRIPTION,
        lifespan=_lifespan,
        exception_handlers=HANDLERS,
    )
    app.state.settings = settings
    app.state.registry = QueryRegistry.from_folder(settings)
    for router in ROUTERS:
        app.include_router(router)
    if settings.cors_origins:
        # Read-only cross-origin use only: ingest needs the key, which browsers must not carry across sites.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET"],
            allow_headers=["Accept", "Content-Type"],
        )
    for extend in EXTENSIONS:
        extend(app)
    return app
