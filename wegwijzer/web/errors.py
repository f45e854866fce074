"""Errors in plain Dutch: JSON {"error": "..."} under /api/, never a stack trace."""

from __future__ import annotations

import logging
from typing import Mapping

from aiohttp import web
from aiohttp.typedefs import Handler

log = logging.getLogger("wegwijzer.web")

# A default sentence per status, for errors that aiohttp raises itself (routing, body size).
MESSAGES = {
    400: "Dit verzoek klopt niet.",
    403: "Dit mag niet.",
    404: "Dit adres bestaat niet. Kijk in /api/openapi.json welke adressen er zijn.",
    405: "Deze manier van vragen werkt hier niet.",
    408: "Uw bericht kwam te langzaam binnen. Probeer het opnieuw.",
    413: "Uw bericht is te groot. Maak het korter en probeer het opnieuw.",
    415: "Stuur uw vraag als JSON (Content-Type: application/json).",
    422: "Dit verzoek mist iets of heeft een verkeerde waarde.",
    429: "U stelt veel vragen kort na elkaar. Wacht even en probeer het dan opnieuw.",
    500: "Er ging bij ons iets mis. Probeer het later nog eens.",
}
_KEEP_HEADERS = ("Allow", "Retry-After", "WWW-Authenticate")


class ApiError(Exception):
    """An error answer for the resident's program: a status and one Dutch sentence."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


def error_response(status: int, message: str, headers: Mapping[str, str] | None = None) -> web.Response:
    """The JSON error body every /api/ error uses."""
    response = web.json_response({"error": message}, status=status, headers=headers)
    response.headers["Cache-Control"] = "no-store"
    return response


def is_api(request: web.Request) -> bool:
    """True for /api and everything under /api/ (JSON errors there)."""
    return request.path == "/api" or request.path.startswith("/api/")


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Turn every failure into a short Dutch answer with the right status."""
    try:
        return await handler(request)
    except ApiError as exc:
        return error_response(exc.status, exc.message, exc.headers)
    except web.HTTPException as exc:
        if exc.status < 400 or not (is_api(request) or exc.status in (404, 405)):
            raise  # redirects, and the staff area's own errors (e.g. a login prompt)
        return _from_http_exception(request, exc)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no stack trace out
        # Only the type: an exception message could contain the resident's question.
        log.error("fout bij %s %s: %s", request.method, request.path, type(exc).__name__)
        if is_api(request):
            return error_response(500, MESSAGES[500])
        return web.Response(status=500, text=MESSAGES[500])


def _from_http_exception(request: web.Request, exc: web.HTTPException) -> web.Response:
    headers = {k: exc.headers[k] for k in _KEEP_HEADERS if k in exc.headers}
    message = MESSAGES.get(exc.status, MESSAGES[400] if exc.status < 500 else MESSAGES[500])
    if exc.status == 405 and "Allow" in headers:
        message = f"{request.method} werkt niet op dit adres. Gebruik {headers['Allow']}."
    if is_api(request):
        return error_response(exc.status, message, headers)
    if exc.status == 404:
        message = "Deze pagina bestaat niet. Ga naar / voor de Wegwijzer."
    return web.Response(status=exc.status, text=message, headers=headers)
