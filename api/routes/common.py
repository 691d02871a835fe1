"""What the resource routers share: pagination parameters and turning rows into pages."""

from __future__ import annotations

from typing import Any, TypeVar

from fastapi import Query
from pydantic import BaseModel

from api.deps import Graph
from api.errors import NotFound
from api.models import Page
from queries.registry import QueryResult

M = TypeVar("M", bound=BaseModel)

Limit = Query(
    None,
    ge=1,
    description="How many items at most (default 50; never more than the row cap, 500 unless configured)",
)
Offset = Query(0, ge=0, le=1_000_000, description="How many items to skip")
OnDate = Query(
    None,
    max_length=10,
    description="Only holdings whose attested span covers this date (YYYY[-MM[-DD]])",
    examples=["2021-05-24"],
)


def page(model: type[M], result: QueryResult) -> Page[M]:
    """A page of MODEL items from a list query's RESULT; a full page means there may be a next one."""
    limit, offset = result.parameters["limit"], result.parameters["offset"]
    return Page[model](
        items=[model(**row) for row in result.rows],
        limit=limit,
        offset=offset,
        next_offset=offset + limit if len(result.rows) >= limit else None,
    )


def one(model: type[M], row: dict[str, Any] | None, what: str, key: str) -> M:
    """ROW as MODEL, or a 404 naming WHAT and KEY when there is no row."""
    if row is None:
        raise NotFound(f"no {what} with key {key!r}")
    return model(**row)


def rows_of_existing(
    graph: Graph, rows: list[dict[str, Any]], what: str, key: str, lookup: str, **params: Any
):
    """ROWS, or a 404 when they are empty because nothing has KEY (the LOOKUP query runs only then)."""
    if not rows and graph.first(lookup, **params) is None:
        raise NotFound(f"no {what} with key {key!r}")
    return rows
