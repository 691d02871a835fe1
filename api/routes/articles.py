"""Articles: the list, one article with the facts read from it, and ingesting a new text (POST)."""

from __future__ import annotations

import neo4j
from fastapi import APIRouter, Depends, Path, Query, Request, Security
from fastapi.concurrency import run_in_threadpool
from fastapi.security import APIKeyHeader

from api import ingest
from api.deps import Graph, get_driver, get_graph, get_settings
from api.errors import NOT_FOUND, READ_ERRORS, ErrorBody
from api.linked_data import LINKED_DATA_RESPONSES, linked_data_response
from api.models import ARTICLE_ID, Article, ArticleSummary, Ingested, Page
from api.routes.common import Limit, Offset, one, page
from partygraph.settings import Settings

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get("", response_model=Page[ArticleSummary], responses=READ_ERRORS, summary="Articles, newest first")
def list_articles(
    published_from: str | None = Query(
        None, max_length=10, description="Published on or after (YYYY[-MM[-DD]])", examples=["2020"]
    ),
    published_to: str | None = Query(
        None, max_length=10, description="Published on or before (YYYY[-MM[-DD]])", examples=["2021-12"]
    ),
    limit: int | None = Limit,
    offset: int = Offset,
    graph: Graph = Depends(get_graph),
) -> Page[ArticleSummary]:
    return page(
        ArticleSummary,
        graph.run(
            "articles", published_from=published_from, published_to=published_to, limit=limit, offset=offset
        ),
    )


@router.get(
    "/{article_id}",
    response_model=Article,
    responses={**READ_ERRORS, **NOT_FOUND, **LINKED_DATA_RESPONSES},
    summary="One article and the facts read from it",
)
def get_article(
    request: Request,
    article_id: str = Path(
        ..., max_length=100, description="The article's id (sha256 of its text)", examples=[ARTICLE_ID]
    ),
    graph: Graph = Depends(get_graph),
) -> Article:
    article = one(Article, graph.first("article", article=article_id), "article", article_id)
    return linked_data_response(request, "article", article.id) or article


api_key_header = APIKeyHeader(name=ingest.API_KEY_HEADER, auto_error=False, description="The ingest key")

INGEST_ERRORS = {
    status: {"model": ErrorBody, "description": description}
    for status, description in {
        401: "No API key in the X-API-Key header",
        403: "A wrong API key (or ingest is disabled: no key configured)",
        413: "The article is larger than the size cap",
        415: "Neither text/plain nor application/json",
        422: "Empty, binary, not UTF-8, bad JSON, or not an article the loader can read",
        503: "Neo4j is unreachable: nothing was stored, send again later",
    }.items()
}
INGEST_EXAMPLES = {
    "text": {
        "summary": "A text as JSON",
        "value": {
            "text": "Sáng 12/3, Đảng ủy Tổng công ty X họp ... đồng chí Trần Văn A, Bí thư Đảng ủy ...",
            "source": "https://example.org/tin-tuc/hoi-nghi-dang-uy",
        },
    }
}


@router.post(
    "",
    status_code=201,
    response_model=Ingested,
    responses=INGEST_ERRORS,
    summary="Ingest one article (needs the API key)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["text"],
                        "properties": {"text": {"type": "string"}, "source": {"type": "string"}},
                    },
                    "examples": INGEST_EXAMPLES,
                },
                "text/plain": {
                    "schema": {"type": "string"},
                    "example": "Sáng 12/3, Đảng ủy Tổng công ty X ...",
                },
            },
        }
    },
)
async def ingest_article(
    request: Request,
    source: str | None = Query(
        None, max_length=500, description="Where the text comes from (for text/plain)"
    ),
    api_key: str | None = Security(api_key_header),
    settings: Settings = Depends(get_settings),
    driver: neo4j.Driver = Depends(get_driver),
) -> Ingested:
    """Extract the article's facts and store them with the article, all or nothing.

    Posting the same text again changes nothing; a new text with a stored `source` replaces that
    article's facts.
    """
    ingest.check_api_key(api_key, settings)
    raw = await ingest.read_body(request, settings.max_article_bytes)
    body = ingest.parse_body(request.headers.get("content-type"), raw, source)
    stored = await run_in_threadpool(ingest.ingest, driver, body, settings.neo4j_database)
    return Ingested(**stored)
