"""The FastAPI application: mounts the REST API (`api.py`) and the HTML pages (`pages.py`) over
one `Store`, and handles errors and request limits for both. What the routers share with the
app (limits, paths, the store of a request) is in `dependencies.py`, which they import instead
of this module.

Every error reaches the client as JSON (`{"error": {"status", "message"}}`) or, for a browser
page, as a small HTML page; never as a stack trace. Request bodies are capped before they are
read, page sizes are capped by the query models, and the ingest token is compared in constant
time.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp

from accords import __version__
from accords.store import Store
from accords.web import api, pages
from accords.web.dependencies import MAX_BODY_BYTES, STATIC, TOKEN_ENV
from accords.web.hygiene import AccessLog, HeadAsGet, SecurityHeaders

REQUEST_THREADS = 2
"""Requests served at once per process (more wait in arrival order)."""
SWAGGER_UI = Path(fastapi_offline.__file__).parent / "static"
"""Swagger UI's files as the fastapi-offline package installs them: /docs never loads a CDN."""
SWAGGER_UI_URL = "/static/swagger-ui"

log = logging.getLogger("accords.web")


class _App(FastAPI):
    """FastAPI with the hygiene layers outside everything, error pages included: Starlette
    answers an unhandled error in its outermost middleware, which ordinary middleware (added
    inside it) never sees."""

    access_log: str | None = None

    def build_middleware_stack(self) -> ASGIApp:
        inner = HeadAsGet(super().build_middleware_stack())
        outer = SecurityHeaders(inner, relaxed_paths={"/docs"})
        return AccessLog(outer, self.access_log) if self.access_log else outer


def create_app(db: str | None = None, *, token: str | None = None,
               store: Store | None = None, access_log: str | None = None) -> FastAPI:
    """The application over the database `db` (or an open `store`). `token` (default: the
    ACCORDS_API_TOKEN environment variable) guards POST /api/ingest; without one, ingest is
    refused. `access_log` names a file that gets one Combined Log Format line per request
    (appended; "-" is standard output)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Requests run in threads, and under the GIL forty threads only take turns: a few
        # threads with the rest waiting in order keep slow pages from starving under load
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = REQUEST_THREADS
        yield
        if own_store:
            app.state.store.close()

    own_store = store is None
    app = _App(
        title="Accords",
        docs_url=None,  # served by pages.api_docs from installed files, not FastAPI's CDN page
        redoc_url=None,
        version=__version__,
        description="Who agreed what with whom, when and where: agreements, events and actors "
                    "extracted from news, merged across sources, with their evidence.",
        lifespan=lifespan,
    )
    app.access_log = access_log
    app.state.store = store if store is not None else Store(db)
    app.state.token = token if token is not None else os.environ.get(TOKEN_ENV) or None

    @app.middleware("http")
    async def limit_body(request: Request,
                         call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        length = request.headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                return _error(request, 400, "invalid Content-Length header")
            if int(length) > MAX_BODY_BYTES:
                return _error(request, 413, f"request body over {MAX_BODY_BYTES:,} bytes")
        elif request.method in ("POST", "PUT", "PATCH") and \
                request.headers.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            async for chunk in request.stream():
                body += chunk
                if len(body) > MAX_BODY_BYTES:
                    return _error(request, 413, f"request body over {MAX_BODY_BYTES:,} bytes")
            request._body = body  # the stream is consumed: hand the endpoint what was read
        return await call_next(request)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = [f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg', '')}"
                    for e in exc.errors()]
        return _error(request, 422, "; ".join(problems) or "invalid request")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _error(request, 500, "internal error; the server log has the details")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def api_docs() -> HTMLResponse:
        """Swagger UI from installed files; its start-up script is a file too (no inline
        script, which the Content-Security-Policy refuses)."""
        return HTMLResponse(DOCS_PAGE)

    app.include_router(api.router)
    app.include_router(pages.router)
    # before /static, which would otherwise claim these paths
    app.mount(SWAGGER_UI_URL, StaticFiles(directory=SWAGGER_UI), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


DOCS_PAGE = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API · Accords</title>
<link rel="icon" href="{SWAGGER_UI_URL}/favicon.png">
<link rel="stylesheet" href="{SWAGGER_UI_URL}/swagger-ui.css">
</head>
<body>
<p><a href="/">Accords</a> · <a href="/openapi.json">openapi.json</a></p>
<div id="swagger-ui" data-openapi="/openapi.json"></div>
<script src="{SWAGGER_UI_URL}/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body>
</html>
"""


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api") or path.endswith(".json"):
        return False
    return "text/html" in request.headers.get("accept", "")


def _error(request: Request, status: int, message: str,
           headers: dict[str, str] | None = None) -> Response:
    if _wants_html(request):
        from html import escape

        body = (f"<!doctype html><html lang=en><meta charset=utf-8><title>{status} · Accords"
                f"</title><link rel=stylesheet href=/static/style.css><main class=error>"
                f"<h1>{status}</h1><p>{escape(message)}</p><p><a href=/>Home</a></p></main>")
        return HTMLResponse(body, status_code=status, headers=headers)
    return JSONResponse({"error": {"status": status, "message": message}},
                        status_code=status, headers=headers)

