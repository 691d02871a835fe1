"""GET /health: is Neo4j answering, which version, how many nodes."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from api.deps import Graph, get_graph
from api.errors import ErrorBody
from api.models import Health

router = APIRouter(tags=["health"])


@router.get(
    "/health",
    response_model=Health,
    summary="Neo4j's version and the graph's node count",
    responses={503: {"model": ErrorBody, "description": "Neo4j is unreachable"}},
)
def health(graph: Graph = Depends(get_graph)) -> Health:
    row = graph.first("health") or {}
    return Health(
        status="ok",
        neo4j_version=str(row.get("version", "")),
        neo4j_edition=str(row.get("edition", "")),
        nodes=int(row.get("nodes", 0)),
    )
