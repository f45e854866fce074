"""GET /metrics and the middleware that counts every request (the metrics: web/metrics.py)."""

from __future__ import annotations

import asyncio
import hmac
import time

from aiohttp import hdrs, web
from aiohttp.typedefs import Handler
from prometheus_client import CONTENT_TYPE_LATEST

from wegwijzer.web.keys import ASSISTANT, METRICS, PROXIES, SETTINGS, STATS
from wegwijzer.web.proxy import ip_of

UNKNOWN_ROUTE = "onbekend"  # 404 and 405: never the raw path, or every scan adds a series
REFUSED = "Deze meetgegevens zijn alleen voor de eigen monitoring. Vraag de beheerder om de sleutel."


def route_of(request: web.Request) -> str:
    """The route's canonical path (/api/ask, /beheer/{name}), never the raw path."""
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else UNKNOWN_ROUTE


@web.middleware
async def metrics_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Count every request by route and status, and time it."""
    start, status = time.perf_counter(), 500
    try:
        response = await handler(request)
        status = response.status
        return response
    except web.HTTPException as exc:
        status = exc.status
        raise
    except asyncio.CancelledError:
        status = 499  # the client went away (nginx's number for it)
        raise
    finally:
        metrics = request.app[METRICS]
        metrics.observe(route_of(request), status, time.perf_counter() - start)
        metrics.follow(request.app[ASSISTANT], request.app.get(STATS))


def may_read(request: web.Request) -> bool:
    """Loopback or a trusted proxy (the real client, after the proxy middleware), or the token."""
    ip = ip_of(request.remote)
    if ip is not None and (ip.is_loopback or request.app[PROXIES].trusts(str(ip))):
        return True
    token = request.app[SETTINGS].metrics_token
    sent = request.headers.get(hdrs.AUTHORIZATION, "")
    return token is not None and hmac.compare_digest(sent.encode("utf-8", "replace"),
                                                     f"Bearer {token}".encode("utf-8", "replace"))


async def metrics_page(request: web.Request) -> web.Response:
    """GET /metrics in Prometheus text format."""
    if not may_read(request):
        return web.Response(status=403, text=REFUSED)
    metrics = request.app[METRICS]
    metrics.follow(request.app[ASSISTANT], request.app.get(STATS))  # what changed since the last request
    return web.Response(body=metrics.exposition(),
                        headers={hdrs.CONTENT_TYPE: CONTENT_TYPE_LATEST, "Cache-Control": "no-store"})
