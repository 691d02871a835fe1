"""The web explorer: the single page at / and its static files (HTML, CSS, JS, vendored libraries)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).parent / "static"
INDEX_HTML = STATIC_DIR / "index.html"
# The page is routed client-side (#/person/...), so only / and the assets need serving.
STATIC_PREFIX = "/static"


def index() -> FileResponse:
    """The explorer's single HTML page."""
    # no-cache: the page is tiny and must pick up a new asset list after an upgrade.
    return FileResponse(
        INDEX_HTML, media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-cache"}
    )


def install_explorer(app: FastAPI) -> None:
    """Serve the explorer on `app`: GET / and the assets under /static."""
    app.add_api_route("/", index, methods=["GET"], include_in_schema=False)
    app.mount(STATIC_PREFIX, StaticFiles(directory=STATIC_DIR), name="explorer-static")
