"""GET /export: the whole graph as RDF (Turtle, N-Triples, JSON-LD or RDF/XML), streamed in chunks."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from enum import Enum

import neo4j
from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from api.deps import get_driver, get_settings
from api.errors import READ_ERRORS
from api.rdf_export import DEFAULT_CHUNK_SIZE, EXPORT_ORDER, FORMATS, GraphReader, export_graph
from partygraph.settings import Settings

log = logging.getLogger("partygraph.api")

router = APIRouter(tags=["export"])

ExportFormat = Enum("ExportFormat", {name: name for name in FORMATS}, type=str)


def _stream(pieces: Iterator[str]) -> Iterator[bytes]:
    """PIECES as UTF-8; a failure after the headers went out can only cut the body short, so log it."""
    try:
        for piece in pieces:
            yield piece.encode("utf-8")
    except Exception:
        log.exception("the RDF export stopped part-way; the client got a truncated document")
        raise


@router.get(
    "/export",
    summary="The whole graph as RDF",
    description=(
        "Every person, body, post, holding (org:Membership with its time:Interval and PROV-O "
        "provenance), congress, directive (eli:LegalResource) and article, as one RDF document. "
        "The body is streamed a page of nodes at a time, so the server never holds the graph in "
        "memory. JSON-LD is one document whose @graph array is streamed; a node described in two "
        "pages appears as two node objects with the same @id (processors merge them). If Neo4j "
        "goes away part-way the body ends early (the status was already 200)."
    ),
    responses={
        200: {
            "content": {fmt.media_type: {"schema": fmt.openapi_schema} for fmt in FORMATS.values()},
            "description": "The graph in the format asked for",
        },
        **READ_ERRORS,
    },
    response_class=StreamingResponse,
)
def export(
    format: ExportFormat = Query(
        ExportFormat("turtle"),  # noqa: B008
        description="turtle, nt, jsonld or xml",
        examples=["turtle"],
    ),
    settings: Settings = Depends(get_settings),
    driver: neo4j.Driver = Depends(get_driver),
) -> StreamingResponse:
    fmt = FORMATS[format.value]
    reader = GraphReader(driver, settings.neo4j_database, settings.query_timeout_s)
    # Read once before answering, so an unreachable Neo4j is a 503, not a 200 with an empty body.
    reader.rows(EXPORT_ORDER[0], limit=1)
    pieces = export_graph(reader, fmt, settings.base_iri, DEFAULT_CHUNK_SIZE)
    return StreamingResponse(
        _stream(pieces),
        media_type=fmt.media_type,
        headers={"Content-Disposition": f'inline; filename="partygraph{fmt.suffix}"'},
    )
