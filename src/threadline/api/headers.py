"""Security headers on every response: what the browser may load, frame and send on.

The web UI runs no inline script and loads only its own (vendored) assets, so the
Content-Security-Policy allows scripts, styles, images and connections from this
origin only, forbids framing (``frame-ancestors 'none'``), plugins and ``<base>``.
Responses other than static assets are never stored by caches (``no-store``): pages
show restricted documents, and the account page shows a newly created token once.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response

#: The policy of every page; ``{scripts}`` is extra script sources (hashes) for one page.
CSP = (
    "default-src 'self'; script-src 'self'{scripts}; style-src 'self'; img-src 'self' data:;"
    " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
    " frame-ancestors 'none'"
)

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def policy(*inline_scripts: str) -> str:
    """The Content-Security-Policy, allowing exactly these inline scripts (by hash)."""
    hashes = "".join(
        f" 'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
        for s in inline_scripts
    )
    return CSP.format(scripts=hashes)


def policy_for_html(html: str) -> str:
    """The policy for a page we do not template ourselves (Swagger UI's): its inline
    scripts are allowed by hash, nothing else inline."""
    return policy(*_INLINE_SCRIPT.findall(html))


def install(app: FastAPI) -> None:
    """Add the headers to every response of ``app`` (a route may set its own CSP)."""

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        response.headers.setdefault("Content-Security-Policy", policy())
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response
