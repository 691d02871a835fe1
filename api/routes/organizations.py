"""Bodies: the list, one body with its parts and posts, and who held posts in it (on a date)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request

from api.deps import Graph, get_graph
from api.errors import NOT_FOUND, READ_ERRORS
from api.linked_data import LINKED_DATA_RESPONSES, linked_data_response
from api.models import Holding, Organization, OrganizationSummary, Page
from api.routes.common import Limit, Offset, OnDate, one, page, rows_of_existing

router = APIRouter(prefix="/organizations", tags=["organizations"], responses=READ_ERRORS)

BodyKey = Path(..., description="The body's name or key", examples=["Đảng ủy Bộ Ngoại giao"])


def _organization(graph: Graph, key: str) -> Organization:
    return one(Organization, graph.first("organization", organization=key), "organization", key)


@router.get("", response_model=Page[OrganizationSummary], summary="Bodies, by name or matching a search")
def list_organizations(
    q: str | None = Query(
        None,
        max_length=300,
        description="Words of the name, diacritics optional",
        examples=["dang uy bo ngoai giao"],
    ),
    limit: int | None = Limit,
    offset: int = Offset,
    graph: Graph = Depends(get_graph),
) -> Page[OrganizationSummary]:
    return page(OrganizationSummary, graph.run("organizations", q=q, limit=limit, offset=offset))


@router.get(
    "/{key}",
    response_model=Organization,
    responses={**NOT_FOUND, **LINKED_DATA_RESPONSES},
    summary="One body: its parts, posts, congresses",
)
def get_organization(request: Request, key: str = BodyKey, graph: Graph = Depends(get_graph)) -> Organization:
    body = _organization(graph, key)
    return linked_data_response(request, "organization", body.key) or body


@router.get(
    "/{key}/holders",
    response_model=list[Holding],
    responses=NOT_FOUND,
    summary="Who held posts in a body, past and present, or on a date",
)
def organization_holders(
    key: str = BodyKey,
    on: str | None = OnDate,
    parts: bool | None = Query(
        None, description="Include the posts of the body's parts (default: only with `on`)"
    ),
    graph: Graph = Depends(get_graph),
) -> list[Holding]:
    """Each holding runs from its first to its last attestation; a partial date is a range."""
    if on is None:
        rows = graph.rows("organization_holders", organization=key, parts=parts)
    else:
        rows = graph.rows("holders_on_date", organization=key, date=on, parts=parts)
    rows = rows_of_existing(graph, rows, "organization", key, "organization", organization=key)
    return [Holding(**row) for row in rows]
