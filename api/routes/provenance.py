"""Provenance: the articles and sentences behind a holding, a citation, or any named node."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query

from api.deps import Graph, get_graph
from api.errors import NOT_FOUND, READ_ERRORS, NotFound
from api.models import Provenance, Source

router = APIRouter(prefix="/provenance", tags=["provenance"], responses={**READ_ERRORS, **NOT_FOUND})


def _provenance(fact: dict, rows: list[dict], what: str) -> Provenance:
    if not rows:
        raise NotFound(f"no {what} like that in the graph")
    return Provenance(fact=fact, sources=[Source(**row) for row in rows])


@router.get("/holding", response_model=Provenance, summary="Where a holding (a person in a post) comes from")
def holding_provenance(
    person: str = Query(..., min_length=1, max_length=300, examples=["Nguyễn Đắc Thành"]),
    post: str = Query(
        ...,
        min_length=1,
        max_length=600,
        description="'body|title'",
        examples=["Đảng ủy Bộ Ngoại giao|Phó Bí thư Thường trực"],
    ),
    graph: Graph = Depends(get_graph),
) -> Provenance:
    rows = graph.rows("provenance_holding", person=person, post=post)
    fact = {"occupancy": rows[0]["occupancy"]} if rows else {}
    return _provenance(fact, rows, "holding")


@router.get("/citation", response_model=Provenance, summary="Where a congress-directive link comes from")
def citation_provenance(
    congress: str = Query(..., min_length=1, max_length=300, examples=["Đảng Cộng sản Việt Nam|13"]),
    directive: str = Query(..., min_length=1, max_length=300, examples=["35-CT/TW"]),
    graph: Graph = Depends(get_graph),
) -> Provenance:
    rows = graph.rows("provenance_citation", congress=congress, directive=directive)
    fact = {"congress": rows[0]["congress"], "directive": rows[0]["directive"]} if rows else {}
    return _provenance(fact, rows, "citation")


@router.get(
    "/node", response_model=Provenance, summary="The articles that name a person, body, congress or directive"
)
def node_provenance(
    kind: Literal["person", "organization", "congress", "directive"] = Query(..., examples=["person"]),
    key: str = Query(
        ..., min_length=1, max_length=300, description="The node's key", examples=["nguyễn đắc thành"]
    ),
    graph: Graph = Depends(get_graph),
) -> Provenance:
    rows = graph.rows("provenance_node", kind=kind, key=key)
    return _provenance({"kind": kind, "key": key}, rows, kind)
