"""The API's errors: one base class carrying its HTTP status, one handler map, `{"detail": ...}` bodies.

Every error the API answers has the body `{"detail": "<one line>"}`; no traceback ever reaches
a client. The registry's own errors (queries/registry.py) map onto these by class.
"""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from queries import registry

log = logging.getLogger("partygraph.api")

# Seconds a client should wait before asking again while Neo4j is away.
RETRY_AFTER_S = 5


class ErrorBody(BaseModel):
    """The body of every error response."""

    detail: str

    model_config = {"json_schema_extra": {"examples": [{"detail": "no person with key 'nguyễn văn x'"}]}}


class ApiError(Exception):
    """An error the API answers with its own status and a one-line detail."""

    status = 500

    def __init__(self, detail: str, status: int | None = None):
        super().__init__(detail)
        self.detail = detail
        if status is not None:
            self.status = status


class NotFound(ApiError):
    status = 404


class Ambiguous(ApiError):
    status = 409


class BadParameter(ApiError):
    status = 422


class Unauthorized(ApiError):
    status = 401


class Forbidden(ApiError):
    status = 403


class PayloadTooLarge(ApiError):
    status = 413


class UnsupportedMediaType(ApiError):
    status = 415


class ServiceUnavailable(ApiError):
    status = 503


class QueryTimedOut(ApiError):
    status = 504


# The registry's errors as API statuses.
REGISTRY_STATUS: dict[type[registry.QueryError], int] = {
    registry.UnknownQuery: 404,
    registry.InvalidParameter: 422,
    registry.GraphUnavailable: 503,
    registry.QueryTimeout: 504,
    registry.QueryFailed: 500,
}


def _body(status: int, detail: str) -> JSONResponse:
    headers = {"Retry-After": str(RETRY_AFTER_S)} if status == 503 else None
    return JSONResponse(status_code=status, content={"detail": detail}, headers=headers)


async def api_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return _body(exc.status, exc.detail)


async def registry_error_handler(request: Request, exc: Exception) -> JSONResponse:
    status = next((code for cls, code in REGISTRY_STATUS.items() if isinstance(exc, cls)), 500)
    if status == 500:
        log.error("query failed on %s: %s", request.url.path, exc)
    return _body(status, str(exc))


async def validation_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's own parameter checks, as one line like every other error."""
    assert isinstance(exc, RequestValidationError)
    problems = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body"))
        problems.append(f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg", "invalid"))
    return _body(422, "; ".join(problems) or "invalid request")


async def http_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return JSONResponse(
        status_code=exc.status_code,
        content={"detail": str(exc.detail)},
        headers=getattr(exc, "headers", None),
    )


async def unexpected_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """Anything unforeseen: logged here with its traceback, answered as one line without it."""
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return _body(500, "internal error; the server log has the details")


HANDLERS = {
    ApiError: api_error_handler,
    registry.QueryError: registry_error_handler,
    RequestValidationError: validation_error_handler,
    StarletteHTTPException: http_error_handler,
    Exception: unexpected_error_handler,
}

# The error statuses every read endpoint may answer, for the OpenAPI schema.
READ_ERRORS = {
    422: {"model": ErrorBody, "description": "A parameter is missing or does not parse"},
    503: {"model": ErrorBody, "description": "Neo4j is unreachable; retry after a few seconds"},
    504: {"model": ErrorBody, "description": "The query ran past the transaction timeout"},
}
NOT_FOUND = {404: {"model": ErrorBody, "description": "Nothing has that key"}}
