"""Content negotiation for the resource endpoints: RDF when the Accept header asks for it.

A resource route calls `linked_data_response(request, kind, key)` once it knows the resource
exists; when the client prefers an RDF media type (text/turtle, application/ld+json,
application/n-triples, application/rdf+xml) over JSON, that returns the resource's RDF
description and the route returns it as is; otherwise it returns None and the route answers
JSON as usual. Equal preference (`*/*`, a browser's Accept) keeps JSON, the API's default.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request, Response

from api.errors import NotFound
from api.rdf_export import FORMATS, GraphReader, RdfFormat, describe, serialise

JSON_MEDIA_TYPE = "application/json"
# application/json is what every route answers by default; these are the alternatives.
RDF_BY_MEDIA_TYPE: dict[str, RdfFormat] = {fmt.media_type: fmt for fmt in FORMATS.values()}

# For a route's `responses=`: the alternative bodies /docs shows next to the JSON one.
LINKED_DATA_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {
            media_type: {"schema": fmt.openapi_schema} for media_type, fmt in RDF_BY_MEDIA_TYPE.items()
        },
        "description": "JSON by default; RDF (Turtle, JSON-LD, N-Triples, RDF/XML) when Accept asks",
    }
}


def _media_ranges(accept: str) -> list[tuple[str, float, int]]:
    """The Accept header's media ranges: (range, q, position), malformed q values read as 0."""
    ranges = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media_range = fields[0].lower()
        if not media_range:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((media_range, q, position))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float, int]]) -> tuple[float, int]:
    """How much the client wants MEDIA_TYPE: the q of the most specific range that matches it."""
    kind = media_type.split("/")[0]
    best: tuple[int, float, int] | None = None  # (specificity, q, position)
    for media_range, q, position in ranges:
        if media_range == media_type:
            specificity = 2
        elif media_range == f"{kind}/*":
            specificity = 1
        elif media_range == "*/*":
            specificity = 0
        else:
            continue
        if best is None or specificity > best[0]:
            best = (specificity, q, position)
    return (best[1], -best[2]) if best else (0.0, 0)


def preferred_rdf_format(accept: str | None) -> RdfFormat | None:
    """The RDF format ACCEPT prefers over JSON, or None when JSON is as good (or nothing is asked)."""
    if not accept:
        return None
    ranges = _media_ranges(accept)
    json_q, _ = _quality(JSON_MEDIA_TYPE, ranges)
    best: tuple[float, int, RdfFormat] | None = None
    for media_type, fmt in RDF_BY_MEDIA_TYPE.items():
        q, order = _quality(media_type, ranges)
        if q > 0 and (best is None or (q, order) > best[:2]):
            best = (q, order, fmt)
    if best is None or best[0] <= json_q:
        return None
    return best[2]


def linked_data_response(request: Request, kind: str, key: str) -> Response | None:
    """The KIND resource KEY as RDF when the request's Accept header prefers RDF, else None.

    Raises NotFound when the graph has no such resource (the route has usually checked already).
    """
    fmt = preferred_rdf_format(request.headers.get("accept"))
    if fmt is None:
        return None
    state = request.app.state
    settings = state.settings
    reader = GraphReader(state.driver, settings.neo4j_database, settings.query_timeout_s)
    graph = describe(reader, kind, key, settings.base_iri)
    if graph is None:
        raise NotFound(f"no {kind} with key {key!r}")
    body = serialise(graph, fmt, settings.base_iri)
    return Response(content=body.encode("utf-8"), media_type=fmt.media_type, headers={"Vary": "Accept"})
