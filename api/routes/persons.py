"""Persons: the list, one person, the timeline of their posts, the connection between two."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request

from api.deps import Graph, get_graph
from api.errors import NOT_FOUND, READ_ERRORS
from api.linked_data import LINKED_DATA_RESPONSES, linked_data_response
from api.models import Connection, Page, Person, PersonSummary, TimelineEntry
from api.routes.common import Limit, Offset, one, page, rows_of_existing

router = APIRouter(prefix="/persons", tags=["persons"], responses=READ_ERRORS)

PersonKey = Path(
    ...,
    description="The person's name or key (case and tone marks as you like)",
    examples=["Nguyễn Đắc Thành"],
)


def _person(graph: Graph, key: str) -> Person:
    return one(Person, graph.first("person", person=key), "person", key)


@router.get("", response_model=Page[PersonSummary], summary="Persons, by name or matching a search")
def list_persons(
    q: str | None = Query(
        None, max_length=300, description="Words of the name, diacritics optional", examples=["nguyen"]
    ),
    limit: int | None = Limit,
    offset: int = Offset,
    graph: Graph = Depends(get_graph),
) -> Page[PersonSummary]:
    return page(PersonSummary, graph.run("persons", q=q, limit=limit, offset=offset))


@router.get(
    "/{key}", response_model=Person, responses={**NOT_FOUND, **LINKED_DATA_RESPONSES}, summary="One person"
)
def get_person(request: Request, key: str = PersonKey, graph: Graph = Depends(get_graph)) -> Person:
    person = _person(graph, key)
    return linked_data_response(request, "person", person.key) or person


@router.get(
    "/{key}/timeline",
    response_model=list[TimelineEntry],
    responses=NOT_FOUND,
    summary="Every post a person held",
)
def person_timeline(key: str = PersonKey, graph: Graph = Depends(get_graph)) -> list[TimelineEntry]:
    """In order of time, each with first and last seen and every attestation (article and sentence)."""
    rows = graph.rows("person_timeline", person=key)
    return [
        TimelineEntry(**row) for row in rows_of_existing(graph, rows, "person", key, "person", person=key)
    ]


@router.get(
    "/{key}/connection",
    response_model=Connection,
    responses=NOT_FOUND,
    summary="Shortest connection to another person through shared bodies or congresses",
)
def person_connection(
    key: str = PersonKey,
    to: str = Query(
        ...,
        min_length=1,
        max_length=300,
        description="The other person's name or key",
        examples=["Lê Thu Hằng"],
    ),
    graph: Graph = Depends(get_graph),
) -> Connection:
    """At most 4 steps; `found` is false when no chain that short exists."""
    row = graph.first("connection", **{"from": key, "to": to})
    if row is None:
        _person(graph, key), _person(graph, to)  # 404 when either is unknown
        return Connection(found=False, steps=None, nodes=[])
    return Connection(found=True, steps=row["steps"], nodes=row["nodes"])
