"""GET /search: persons, bodies, directives and congresses by name, diacritics optional."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query

from api.deps import Graph, get_graph
from api.errors import READ_ERRORS
from api.models import Page, SearchHit
from api.routes.common import Limit, Offset, page

router = APIRouter(tags=["search"], responses=READ_ERRORS)


@router.get("/search", response_model=Page[SearchHit], summary="Search by name, diacritics optional")
def search(
    q: str = Query(
        ..., min_length=1, max_length=300, description="Words of the name", examples=["nguyen dac thanh"]
    ),
    kind: Literal["any", "person", "organization", "directive", "congress"] = Query("any"),
    limit: int | None = Limit,
    offset: int = Offset,
    graph: Graph = Depends(get_graph),
) -> Page[SearchHit]:
    """Best matches first; the last word may be unfinished (search as you type)."""
    return page(SearchHit, graph.run("search", q=q, kind=kind, limit=limit, offset=offset))
