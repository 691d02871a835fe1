"""Posts (a title in a body): the list, one post, and its holders in order of time or on a date."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request

from api.deps import Graph, get_graph
from api.errors import NOT_FOUND, READ_ERRORS
from api.linked_data import LINKED_DATA_RESPONSES, linked_data_response
from api.models import Page, Post, PostHolder
from api.routes.common import Limit, Offset, OnDate, one, page, rows_of_existing

router = APIRouter(prefix="/posts", tags=["posts"], responses=READ_ERRORS)

PostKey = Path(
    ...,
    description="The post's key: the body, '|', the title (names or keys)",
    examples=["Đảng ủy Bộ Ngoại giao|Phó Bí thư Thường trực"],
)


@router.get("", response_model=Page[Post], summary="Posts, optionally of one body")
def list_posts(
    organization: str | None = Query(
        None, max_length=300, description="Only this body's posts", examples=["Đảng ủy Bộ Ngoại giao"]
    ),
    limit: int | None = Limit,
    offset: int = Offset,
    graph: Graph = Depends(get_graph),
) -> Page[Post]:
    return page(Post, graph.run("posts", organization=organization, limit=limit, offset=offset))


@router.get(
    "/{key:path}/holders",
    response_model=list[PostHolder],
    responses=NOT_FOUND,
    summary="The holders of a post in order of time, or on a date",
)
def post_holders(
    key: str = PostKey,
    on: str | None = OnDate,
    graph: Graph = Depends(get_graph),
) -> list[PostHolder]:
    """Each holding runs from its first to its last attestation; a partial date is a range."""
    rows = graph.rows("post_holders", post=key, date=on)
    return [PostHolder(**row) for row in rows_of_existing(graph, rows, "post", key, "post", post=key)]


@router.get(
    "/{key:path}", response_model=Post, responses={**NOT_FOUND, **LINKED_DATA_RESPONSES}, summary="One post"
)
def get_post(request: Request, key: str = PostKey, graph: Graph = Depends(get_graph)) -> Post:
    post = one(Post, graph.first("post", post=key), "post", key)
    return linked_data_response(request, "post", post.key) or post
