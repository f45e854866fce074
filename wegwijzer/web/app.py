"""The aiohttp application: create_app() wires pages, API and middlewares; serve() runs it."""

from __future__ import annotations

import asyncio
import logging
import secrets
import sqlite3
import sys
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast

from aiohttp import web
from aiohttp.typedefs import Handler

from wegwijzer.assistant import Assistant
from wegwijzer.events import EventSink
from wegwijzer.knowledge import KnowledgeError
from wegwijzer.reload import live_assistant, watching
from wegwijzer.settings import Settings
from wegwijzer.stats import SchemaError, open_store
from wegwijzer.web import api, pages
from wegwijzer.web.beheer import setup_beheer
from wegwijzer.web.bodies import refuse_encoded_bodies
from wegwijzer.web.errors import MESSAGES, error_middleware, error_response, is_api
from wegwijzer.web.keys import ASSISTANT, EXECUTOR, FEEDBACK_KEY, LIMITER, SETTINGS, STATS, TEMPLATES
from wegwijzer.web.openapi import openapi
from wegwijzer.web.ratelimit import RateLimiter
from wegwijzer.web.security import add_headers, cors_middleware


def create_app(settings: Settings, assistant: Assistant, stats: EventSink | None = None,
               feedback_key: bytes | None = None) -> web.Application:
    """The web app: chat page, widget, JSON API. Nothing is read from the environment here.

    `feedback_key` signs the feedback tokens; without one, a random key for this app (so
    feedback only counts on the process that gave the answer).
    """
    app = web.Application(
        # Bounds every body; the API itself takes at most api.MAX_BODY (8 kB), but a
        # Telegram webhook update or a staff upload may be larger.
        client_max_size=settings.max_body_size,
        # handler_args win over the runner's own arguments, so run_app, AppRunner and the
        # test server all apply the same limits.
        handler_args=handler_args(settings),
        middlewares=[error_middleware, body_deadline_middleware, cors_middleware,
                     refuse_encoded_bodies, api.rate_limit_middleware])
    app[SETTINGS] = settings
    app[ASSISTANT] = assistant
    # New questions run on this thread, never on the event loop: the language model takes
    # tens of milliseconds, and /healthz, /widget.js and repeated questions must not wait.
    # One thread per model thread: a second one only fought the loop for the GIL (bench:
    # /healthz p99 under 50 clients 50 ms with two, 15-18 ms with one, at the same throughput).
    app[EXECUTOR] = ThreadPoolExecutor(max_workers=settings.model_threads, thread_name_prefix="wegwijzer-vraag")
    app.on_cleanup.append(_stop_executor)
    if stats is not None:
        app[STATS] = stats
    app[LIMITER] = RateLimiter(settings.rate_limit)
    app[FEEDBACK_KEY] = feedback_key or secrets.token_bytes(32)
    app[TEMPLATES] = pages.templates()
    app.on_response_prepare.append(add_headers)
    pages.add_routes(app)
    api.add_routes(app)
    app.router.add_get("/api/openapi.json", openapi)
    # Other channels plug in here: the staff area (/beheer/) and a Telegram webhook.
    setup_beheer(app, settings, stats)  # issue 5: staff dashboard under /beheer/
    if settings.telegram_webhook_url:  # the bot by webhook in this same process
        from wegwijzer.telegram import attach_bot

        attach_bot(app, settings, assistant, stats)
    return app


async def _stop_executor(app: web.Application) -> None:
    app[EXECUTOR].shutdown(wait=False, cancel_futures=True)


def handler_args(settings: Settings) -> dict[str, Any]:
    """Connection limits for aiohttp's request handler (against slow and abusive clients)."""
    return {
        # Also the deadline for a first complete request line and headers: aiohttp starts
        # this timer when the connection opens, so half a request line does not hold it.
        "keepalive_timeout": settings.idle_timeout,
        "max_line_size": settings.max_line_size,
        "max_field_size": settings.max_field_size,
        "max_headers": settings.max_headers,
        # After an early answer (413, 408) aiohttp drains the rest of the body so the client
        # can read the answer; that drain gets no more time than the body itself.
        "lingering_time": min(10.0, settings.body_timeout),
        # A compressed body is refused (bodies.refuse_encoded_bodies) rather than decoded:
        # with decoding on, aiohttp answers an undecodable br or zstd body itself, in English.
        "auto_decompress": False,
    }


@web.middleware
async def body_deadline_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A body still incomplete after settings.body_timeout: 408, and the connection closes."""
    if request.content.is_eof():  # no body, or all of it already here
        return await handler(request)
    loop = asyncio.get_running_loop()
    deadline = asyncio.timeout(None)

    def expire() -> None:
        # Only a body still arriving is cut off; a handler that is simply busy is not.
        if not request.content.is_eof():
            deadline.reschedule(loop.time())

    timer = loop.call_later(request.app[SETTINGS].body_timeout, expire)
    try:
        async with deadline:
            return await handler(request)
    except TimeoutError:
        if not deadline.expired():
            raise  # not ours
        return _too_slow(request)
    finally:
        timer.cancel()


def _too_slow(request: web.Request) -> web.Response:
    response = (error_response(408, MESSAGES[408]) if is_api(request)
                else web.Response(status=408, text=MESSAGES[408]))
    response.force_close()  # the rest of the body would otherwise be read as a new request
    return response


class BadRequestLogFilter(logging.Filter):
    """aiohttp logs a malformed request (head too large, not HTTP) with the client's address
    and a traceback; keep one short line without the address, so abuse cannot flood the log
    with addresses."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite 'Error handling request from <address>' records in place."""
        if str(record.msg).startswith("Error handling request"):
            problem = type(record.exc_info[1]).__name__ if record.exc_info else "onbekend"
            record.msg, record.args = "verzoek geweigerd: %s", (problem,)
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


def serve(settings: Settings) -> None:
    """Run the web server until Ctrl-C or SIGTERM."""
    try:
        # issue 6: a LiveAssistant follows edits in knowledge/ (watcher below)
        live = live_assistant(settings)
    except KnowledgeError as exc:
        print("De kennisbank heeft fouten; los deze eerst op:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        sys.exit(1)
    # --- issue 5: the statistics store (WEGWIJZER_DATA_DIR), closed (flushed) on shutdown
    try:
        stats = open_store(settings)
    except (SchemaError, OSError, sqlite3.Error) as exc:
        print(f"De statistieken kunnen niet worden geopend: {exc}", file=sys.stderr)
        sys.exit(1)
    app = create_app(settings, cast(Assistant, live), stats)
    app.cleanup_ctx.append(watching(live))  # issue 6: live reload of the knowledge base

    async def close_stats(_: web.Application) -> AsyncIterator[None]:
        yield
        stats.close()

    app.cleanup_ctx.append(close_stats)
    # --- end issue 5
    url = f"http://{settings.host}:{settings.port}/"

    def started(*_: object) -> None:
        print(f"Wegwijzer draait op {url} (stoppen: Ctrl-C)", flush=True)

    # The model thread holds the GIL in stretches of Python between numpy calls; a shorter
    # switch interval (default 5 ms) gives the event loop its turn sooner (/healthz p99).
    sys.setswitchinterval(0.001)
    # access_log=None: no request lines (and so no client addresses) in any log.
    logging.getLogger("aiohttp.server").addFilter(BadRequestLogFilter())
    # The connection limits travel with the app (create_app's handler_args).
    web.run_app(app, host=settings.host, port=settings.port, access_log=None, print=started)
