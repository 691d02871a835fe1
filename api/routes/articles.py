"""Articles: the list, one article with the facts read from it, and ingesting a new text (POST)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query

from api.deps import Graph, get_graph
from api.errors import NOT_FOUND, READ_ERRORS
from api.models import Article, ArticleSummary, Page
from api.routes.common import Limit, Offset, one, page

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get("", response_model=Page[ArticleSummary], responses=READ_ERRORS, summary="Articles, newest first")
def list_articles(
    published_from: str | None = Query(
        None, max_length=10, description="Published on or after (YYYY[-MM[-DD]])", examples=["2020"]
    ),
    published_to: str | None = Query(
        None, max_length=10, description="Published on or before (YYYY[-MM[-DD]])", examples=["2021-12"]
    ),
    limit: int = Limit,
    offset: int = Offset,
    graph: Graph = Depends(get_graph),
) -> Page[ArticleSummary]:
    rows = graph.rows(
        "articles", published_from=published_from, published_to=published_to, limit=limit, offset=offset
    )
    return page(ArticleSummary, rows, limit, offset)


@router.get(
    "/{article_id}",
    response_model=Article,
    responses={**READ_ERRORS, **NOT_FOUND},
    summary="One article and the facts read from it",
)
def get_article(
    article_id: str = Path(..., max_length=100, description="The article's id (sha256 of its text)"),
    graph: Graph = Depends(get_graph),
) -> Article:
    return one(Article, graph.first("article", article=article_id), "article", article_id)
