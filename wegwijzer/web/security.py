"""Security headers on every response, and CORS for /api/: allowed origins plus same-origin."""

from __future__ import annotations

import re

from aiohttp import hdrs, web
from aiohttp.typedefs import Handler

from wegwijzer.web.errors import ApiError
from wegwijzer.web.keys import SETTINGS

# Our pages load only our own script and styles; the widget builds its DOM with DOM
# APIs and styles its shadow root with a constructed stylesheet, so no 'unsafe-inline'.
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors {ancestors}")
_ORIGIN = re.compile(r"https?://[A-Za-z0-9.\-\[\]:]+")  # nothing that could break the CSP header
API_CSP = "default-src 'none'; frame-ancestors 'none'"
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Max-Age": "600",
}
REFUSED = ("Deze website mag de Wegwijzer niet gebruiken. "
           "Vraag de gemeente om het adres van de website toe te voegen.")


def _is_api(request: web.Request) -> bool:
    return request.path.startswith("/api/")


def is_same_origin(request: web.Request, origin: str) -> bool:
    """True when Origin names this server (host and port, as the browser sent them)."""
    _, _, authority = origin.partition("://")
    return bool(authority) and authority.lower() == request.host.lower()


def origin_allowed(request: web.Request, origin: str) -> bool:
    """Same-origin, or listed in WEGWIJZER_ALLOWED_ORIGINS."""
    allowed = request.app[SETTINGS].allowed_origins
    return is_same_origin(request, origin) or origin.rstrip("/") in allowed


@web.middleware
async def cors_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Refuse /api/ calls from pages on other sites, and answer CORS preflights."""
    origin = request.headers.get(hdrs.ORIGIN)
    if not _is_api(request) or origin is None:
        return await handler(request)
    if not origin_allowed(request, origin):
        raise ApiError(403, REFUSED)
    if request.method == hdrs.METH_OPTIONS and hdrs.ACCESS_CONTROL_REQUEST_METHOD in request.headers:
        return web.Response(status=204, headers=PREFLIGHT_HEADERS)
    return await handler(request)


async def add_headers(request: web.Request, response: web.StreamResponse) -> None:
    """on_response_prepare: security headers everywhere, CORS headers for allowed origins."""
    headers = response.headers
    headers["Server"] = "Wegwijzer"  # not the Python and aiohttp versions
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    if _is_api(request):
        headers.setdefault("Content-Security-Policy", API_CSP)
        origin = request.headers.get(hdrs.ORIGIN)
        headers.add(hdrs.VARY, "Origin")
        if origin is not None and origin_allowed(request, origin):
            headers[hdrs.ACCESS_CONTROL_ALLOW_ORIGIN] = origin
    elif (response.content_type or "").startswith("text/html"):
        allowed = tuple(o for o in request.app[SETTINGS].allowed_origins if _ORIGIN.fullmatch(o))
        headers.setdefault("Content-Security-Policy",
                           PAGE_CSP.format(ancestors=" ".join(("'self'",) + allowed)))
        if not allowed:
            headers.setdefault("X-Frame-Options", "SAMEORIGIN")
