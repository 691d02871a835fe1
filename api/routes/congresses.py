"""Congresses: the list, one congress with its body, term, directives and officials, its citations."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request

from api.deps import Graph, get_graph
from api.errors import NOT_FOUND, READ_ERRORS
from api.linked_data import LINKED_DATA_RESPONSES, linked_data_response
from api.models import CitationLink, Congress, CongressSummary, Page
from api.routes.common import Limit, Offset, one, page, rows_of_existing

router = APIRouter(prefix="/congresses", tags=["congresses"], responses=READ_ERRORS)

CongressKey = Path(
    ...,
    description="'organization|number': the party organisation and the congress number (digits or Roman)",
    examples=["Đảng bộ Bộ Công Thương|III"],
)


@router.get(
    "", response_model=Page[CongressSummary], summary="Congresses, by search or by party organisation"
)
def list_congresses(
    q: str | None = Query(
        None, max_length=300, description="Words of the congress's name", examples=["cong thuong"]
    ),
    organization: str | None = Query(
        None,
        max_length=300,
        description="Only this party organisation's congresses",
        examples=["Đảng bộ Bộ Công Thương"],
    ),
    limit: int | None = Limit,
    offset: int = Offset,
    graph: Graph = Depends(get_graph),
) -> Page[CongressSummary]:
    return page(
        CongressSummary, graph.run("congresses", q=q, organization=organization, limit=limit, offset=offset)
    )


@router.get(
    "/{key}/directives",
    response_model=list[CitationLink],
    responses=NOT_FOUND,
    summary="The directives a congress cites or that concern it, with the sentences",
)
def congress_directives(key: str = CongressKey, graph: Graph = Depends(get_graph)) -> list[CitationLink]:
    rows = graph.rows("congress_directives", congress=key)
    rows = rows_of_existing(graph, rows, "congress", key, "congress", congress=key, officials=0)
    return [CitationLink(**row) for row in rows]


@router.get(
    "/{key}",
    response_model=Congress,
    responses={**NOT_FOUND, **LINKED_DATA_RESPONSES},
    summary="One congress: body, term, directives, officials attested",
)
def get_congress(request: Request, key: str = CongressKey, graph: Graph = Depends(get_graph)) -> Congress:
    congress = one(Congress, graph.first("congress", congress=key), "congress", key)
    return linked_data_response(request, "congress", congress.key) or congress
