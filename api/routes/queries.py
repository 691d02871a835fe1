"""The canned-query catalogue and running any canned query by name with query-string parameters."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Request

from api.deps import Graph, get_graph, get_registry
from api.errors import NOT_FOUND, READ_ERRORS, BadParameter
from api.models import QueryAnswer, QueryDescription
from queries.registry import QueryRegistry

router = APIRouter(prefix="/queries", tags=["queries"])


@router.get("", response_model=list[QueryDescription], summary="Every canned query with its parameters")
def catalogue(registry: QueryRegistry = Depends(get_registry)) -> list[QueryDescription]:
    return [QueryDescription(**q) for q in registry.catalogue()]


@router.get(
    "/{name}",
    response_model=QueryAnswer,
    responses={**READ_ERRORS, **NOT_FOUND},
    summary="Run a canned query; its parameters go in the query string",
    openapi_extra={
        "parameters": [
            {
                "name": "params",
                "in": "query",
                "required": False,
                "style": "form",
                "explode": True,
                "schema": {"type": "object", "additionalProperties": {"type": "string"}},
                "description": "The parameters GET /queries lists for it, e.g. person=Nguyễn Đắc Thành",
                "example": {"person": "Nguyễn Đắc Thành"},
            }
        ]
    },
)
def run_query(
    request: Request,
    name: str = Path(..., max_length=100, examples=["person_timeline"]),
    graph: Graph = Depends(get_graph),
) -> QueryAnswer:
    """The rows, at most the row cap; `truncated` is true when more were left unread."""
    params = request.query_params
    repeated = sorted({key for key in params if len(params.getlist(key)) > 1})
    if repeated:
        raise BadParameter(f"parameter {repeated[0]!r} is given more than once")
    result = graph.registry.run(graph.driver, name, dict(params))
    return QueryAnswer(**vars(result))
