"""``create_app(settings)``: the JSON API under ``/api`` and the web UI, in one FastAPI app.

This is the only module that imports both edges; they share :mod:`threadline.access` and
:mod:`threadline.services` and never import each other.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

import threadline
from threadline.access import Forbidden, NotSignedIn, TooManyAttempts, current_account
from threadline.api import headers as security_headers
from threadline.api import routes
from threadline.errors import (
    IngestError,
    NotFoundError,
    ScreenError,
    StoreError,
    ThreadlineError,
    UsageError,
)
from threadline.settings import Settings
from threadline.settings import load as load_settings
from threadline.store import auth as auth_store
from threadline.store import open_store
from threadline.web import pages
from threadline.web.templating import render

STATIC = Path(__file__).resolve().parent / "web" / "static"


def status_for(exc: ThreadlineError) -> int:
    """The HTTP status of a threadline error."""
    if isinstance(exc, NotSignedIn):
        return 401
    if isinstance(exc, TooManyAttempts):
        return 429
    if isinstance(exc, Forbidden):
        return 403
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, UsageError | ScreenError | IngestError):
        return 400  # the request asked for something impossible; the message says what
    if isinstance(exc, StoreError):
        return 503
    return 500


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(("/api", "/openapi.json", "/docs"))


async def _handle_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ThreadlineError)
    status = status_for(exc)
    if _is_api(request):
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        body = {"error": exc.code, "detail": exc.message}
        return JSONResponse(body, status_code=status, headers=headers)
    if status == 401:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
    return render(request, "error.html", {"status": status, "error": exc}, status_code=status)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The threadline web application over the database named in ``settings.db``."""
    settings = settings or load_settings()
    app = FastAPI(
        title="threadline",
        version=threadline.__version__,
        description="Sourced, searchable network of reporting on transnational organized crime."
        " Authenticate with `Authorization: Bearer TOKEN` (create one with"
        " `threadline tokens create USER`).",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    store = open_store(settings.db)
    app.state.settings = settings
    app.state.store = store
    app.state.secret = auth_store.secret_key(store, settings.secret_key)
    app.add_exception_handler(ThreadlineError, _handle_error)
    security_headers.install(app)

    @app.get("/api/health", tags=["health"])
    def health() -> dict[str, Any]:
        """Liveness check; needs no authentication."""
        return {"status": "ok", "version": threadline.__version__}

    @app.get("/openapi.json", include_in_schema=False, dependencies=[Depends(current_account)])
    def openapi() -> dict[str, Any]:
        return app.openapi()

    @app.get("/docs", include_in_schema=False, dependencies=[Depends(current_account)])
    def docs() -> HTMLResponse:
        page = get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="threadline API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )
        page.headers["Content-Security-Policy"] = security_headers.policy_for_html(
            bytes(page.body).decode()
        )
        return page

    for router in routes.api_routers():
        app.include_router(router, prefix="/api")
    for router in pages.routers():
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
