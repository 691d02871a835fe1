"""POST /articles: who may ingest (the API key), what body is accepted, and handing one text to the loader.

The key is compared in constant time and never logged. The body is read up to the size cap and
no further; it must be UTF-8 text, sent as text/plain (source in the query string) or as JSON
{"text": ..., "source": ...}. The text then goes through the same extractor and graph writer as
`partygraph load` (graph/load.py, graph/write.py), in one write transaction: the article is
stored whole or not at all.
"""

from __future__ import annotations

import hmac
import json
import unicodedata
from dataclasses import dataclass
from typing import Any

import neo4j
from fastapi import Request
from neo4j import exceptions as neo4j_errors

from api.errors import (
    BadParameter,
    Forbidden,
    PayloadTooLarge,
    ServiceUnavailable,
    Unauthorized,
    UnsupportedMediaType,
)
from graph.facts_to_rows import article_id, facts_to_rows
from graph.load import default_extractor
from graph.write import write_articles
from loaders.errors import ArticleRejected
from partygraph.settings import Settings

API_KEY_HEADER = "X-API-Key"
PLAIN_TEXT = "text/plain"
JSON = "application/json"
# Where an article posted without a source is recorded as coming from.
API_SOURCE_PREFIX = "api:"
MAX_SOURCE_LENGTH = 500
# Control characters that never occur in a news text (tab, newline and carriage return do).
ALLOWED_CONTROL = {"\t", "\n", "\r"}


@dataclass
class ArticleBody:
    """A posted article: its text and where it says it comes from."""

    text: str
    source: str | None


def check_api_key(given: str | None, settings: Settings) -> None:
    """401 without a key, 403 with a wrong one (or when the server has none configured)."""
    if not given:
        raise Unauthorized(f"ingest needs an API key in the {API_KEY_HEADER} header")
    expected = settings.api_key.get_secret_value() if settings.api_key else ""
    # compare_digest takes as long for a near miss as for a wild guess.
    if not expected or not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise Forbidden("the API key is not valid")


async def read_body(request: Request, max_bytes: int) -> bytes:
    """The request body, refused with 413 as soon as it passes MAX_BYTES (never read whole first)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise PayloadTooLarge(f"the article is larger than {max_bytes} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise PayloadTooLarge(f"the article is larger than {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_body(content_type: str | None, raw: bytes, source: str | None) -> ArticleBody:
    """The article in RAW as CONTENT_TYPE says; 415 for another type, 422 for text that is not an article."""
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type not in (PLAIN_TEXT, JSON):
        raise UnsupportedMediaType(f"send the article as {PLAIN_TEXT} (UTF-8) or {JSON} {{'text': ...}}")
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadParameter(f"the body is not valid UTF-8 (byte {error.start})") from None
    if media_type == JSON:
        decoded, source = _from_json(decoded, source)
    text = _checked_text(decoded)
    if source is not None:
        source = source.strip()
        if not source or len(source) > MAX_SOURCE_LENGTH or _has_control(source):
            raise BadParameter(f"source must be a single line of 1 to {MAX_SOURCE_LENGTH} characters")
    return ArticleBody(text=text, source=source)


def _from_json(decoded: str, source: str | None) -> tuple[str, str | None]:
    try:
        payload: Any = json.loads(decoded)
    except json.JSONDecodeError as error:
        raise BadParameter(f"the body is not valid JSON: {error.msg} at character {error.pos}") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
        raise BadParameter('the JSON body must be an object with a "text" string')
    given_source = payload.get("source", source)
    if given_source is not None and not isinstance(given_source, str):
        raise BadParameter('"source" must be a string')
    return payload["text"], given_source


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in ALLOWED_CONTROL for ch in text)


def _checked_text(text: str) -> str:
    if not text.strip():
        raise BadParameter("the article is empty")
    if "\x00" in text or _has_control(text):
        raise BadParameter("the article contains control characters: it looks binary, not like a text")
    return text


def ingest(driver: neo4j.Driver, body: ArticleBody, database: str) -> dict[str, Any]:
    """Extract facts from BODY's text and write them as one article; what was stored, for the response."""
    identity = article_id(body.text)
    source = body.source or f"{API_SOURCE_PREFIX}{identity}"
    try:
        facts = default_extractor(source, body.text)
        rows = facts_to_rows(facts, identity, source)
    except ArticleRejected as error:
        raise BadParameter(f"not an article partygraph can read: {error.reason}") from None
    try:
        result = write_articles(driver, [rows], database)
    except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, neo4j_errors.DatabaseUnavailable):
        raise ServiceUnavailable(
            "Neo4j is unreachable; nothing was stored, send the article again later"
        ) from None
    status = (
        "replaced"
        if rows.id in result.replaced
        else "unchanged"
        if rows.id in result.unchanged
        else "written"
    )
    return {
        "article": rows.id,
        "source": source,
        "status": status,
        "facts": {
            "persons": len(rows.persons),
            "organizations": len(rows.organizations),
            "posts": len(rows.posts),
            "holdings": len(rows.attestations),
            "congresses": len(rows.congresses),
            "directives": len(rows.directives),
            "citations": len(rows.citations),
        },
    }
