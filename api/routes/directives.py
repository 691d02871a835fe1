"""Directives (party documents with a number): lists, the most cited, one directive, its citations, chains."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request

from api.deps import Graph, get_graph
from api.errors import NOT_FOUND, READ_ERRORS, Ambiguous, ErrorBody, NotFound
from api.linked_data import LINKED_DATA_RESPONSES, linked_data_response
from api.models import (
    Directive,
    DirectiveChain,
    DirectiveCitation,
    DirectiveMention,
    DirectiveSummary,
    Page,
    TopDirective,
)
from api.routes.common import Limit, Offset, page

router = APIRouter(prefix="/directives", tags=["directives"], responses=READ_ERRORS)

DirectiveKey = Path(
    ...,
    description="A code (35-CT/TW), or code|year (35-CT/TW|2019) when a code names several documents",
    examples=["35-CT/TW"],
)
AMBIGUOUS = {409: {"model": ErrorBody, "description": "The code names several directives; give code|year"}}


def resolve(graph: Graph, key: str) -> Directive:
    """The one directive KEY names; 404 if none, 409 if a bare code names several."""
    rows = graph.rows("directive", directive=key)
    if not rows:
        raise NotFound(f"no directive with key {key!r}")
    if len(rows) > 1:
        keys = ", ".join(row["key"] for row in rows)
        raise Ambiguous(f"{key!r} names several directives ({keys}); ask for one by its key")
    return Directive(**rows[0])


@router.get("", response_model=Page[DirectiveSummary], summary="Directives, by search or issuer")
def list_directives(
    q: str | None = Query(None, max_length=300, description="Words of the code", examples=["35-CT/TW"]),
    issuer: str | None = Query(
        None, max_length=300, description="Only this issuing body's documents", examples=["Bộ Chính trị"]
    ),
    limit: int | None = Limit,
    offset: int = Offset,
    graph: Graph = Depends(get_graph),
) -> Page[DirectiveSummary]:
    return page(DirectiveSummary, graph.run("directives", q=q, issuer=issuer, limit=limit, offset=offset))


@router.get(
    "/top", response_model=list[TopDirective], summary="The most-cited directives, by issuer and period"
)
def top_directives(
    issuer: str | None = Query(
        None, max_length=300, description="Only this issuing body's documents", examples=["Bộ Chính trị"]
    ),
    issuer_code: str | None = Query(
        None, max_length=20, description="Only this issuer code", examples=["TW"]
    ),
    from_year: int | None = Query(None, ge=1930, le=2100, description="Issued in or after", examples=[2019]),
    to_year: int | None = Query(None, ge=1930, le=2100, description="Issued in or before", examples=[2020]),
    limit: int | None = Query(None, ge=1, description="How many at most (default 20)"),
    graph: Graph = Depends(get_graph),
) -> list[TopDirective]:
    """Ranked by how many congresses cite each (or are concerned by it), then by articles."""
    rows = graph.rows(
        "top_directives",
        issuer=issuer,
        issuer_code=issuer_code,
        from_year=from_year,
        to_year=to_year,
        limit=limit,
    )
    return [TopDirective(**row) for row in rows]


@router.get(
    "/chain",
    response_model=DirectiveChain,
    responses={**NOT_FOUND, **AMBIGUOUS},
    summary="The shortest chain linking two directives through congresses and articles",
)
def directive_chain(
    source: str = Query(..., alias="from", min_length=1, max_length=300, examples=["35-CT/TW"]),
    target: str = Query(..., alias="to", min_length=1, max_length=300, examples=["1422-KH/ĐUB"]),
    graph: Graph = Depends(get_graph),
) -> DirectiveChain:
    start, end = resolve(graph, source), resolve(graph, target)
    row = graph.first("directive_chain", **{"from": start.key, "to": end.key})
    if row is None:
        return DirectiveChain(found=False, steps=None, nodes=[], links=[])
    return DirectiveChain(found=True, **row)


@router.get(
    "/{key:path}/citations",
    response_model=list[DirectiveCitation],
    responses={**NOT_FOUND, **AMBIGUOUS},
    summary="The congresses that cite a directive or that it concerns",
)
def directive_citations(
    key: str = DirectiveKey, graph: Graph = Depends(get_graph)
) -> list[DirectiveCitation]:
    directive = resolve(graph, key)
    return [DirectiveCitation(**row) for row in graph.rows("directive_citations", directive=directive.key)]


@router.get(
    "/{key:path}/articles",
    response_model=list[DirectiveMention],
    responses={**NOT_FOUND, **AMBIGUOUS},
    summary="The articles that name a directive, newest first",
)
def directive_articles(
    key: str = DirectiveKey, limit: int = Limit, offset: int = Offset, graph: Graph = Depends(get_graph)
) -> list[DirectiveMention]:
    directive = resolve(graph, key)
    rows = graph.rows("directive_articles", directive=directive.key, limit=limit, offset=offset)
    return [DirectiveMention(**row) for row in rows]


@router.get(
    "/{key:path}",
    response_model=Directive,
    responses={**NOT_FOUND, **AMBIGUOUS, **LINKED_DATA_RESPONSES},
    summary="One directive",
)
def get_directive(request: Request, key: str = DirectiveKey, graph: Graph = Depends(get_graph)) -> Directive:
    directive = resolve(graph, key)
    return linked_data_response(request, "directive", directive.key) or directive
