"""The aiohttp application: create_app() wires pages, API and middlewares; serve() runs it."""

from __future__ import annotations

import asyncio
import secrets
import sys
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, NoReturn, cast

from aiohttp import web
from aiohttp.typedefs import Handler

from wegwijzer.assistant import Assistant
from wegwijzer.events import EventSink
from wegwijzer.knowledge.base import KnowledgeError, load_knowledge
from wegwijzer.reload import live_assistant, watching
from wegwijzer.settings import Settings
from wegwijzer.staff import StaffStore, open_staff
from wegwijzer.staff.link import needs_link, write_login_link
from wegwijzer.stats import DatabaseError, SchemaError, open_store
from wegwijzer.web import api, pages
from wegwijzer.web.beheer import setup_beheer
from wegwijzer.web.bodies import refuse_encoded_bodies
from wegwijzer.web.errors import MESSAGES, error_middleware, error_response, is_api
from wegwijzer.web.keys import (ASSISTANT, EXECUTOR, FEEDBACK_KEY, LIMITER, METRICS, PROXIES, SETTINGS, STAFF,
                                STATS, TEMPLATES)
from wegwijzer.web.logs import setup_logging
from wegwijzer.web.metrics import Metrics
from wegwijzer.web.metrics_http import metrics_middleware, metrics_page
from wegwijzer.web.openapi import openapi
from wegwijzer.web.proxy import TrustedProxies, proxy_middleware
from wegwijzer.web.ratelimit import RateLimiter
from wegwijzer.web.security import add_headers, cors_middleware
from wegwijzer.web.workers import Supervisor, shared_settings


def create_app(settings: Settings, assistant: Assistant, stats: EventSink | None = None,
               staff: StaffStore | None = None, feedback_key: bytes | None = None) -> web.Application:
    """The web app: chat page, widget, JSON API, staff area. Nothing is read from the environment here.

    `feedback_key` signs the feedback tokens; serve() passes the key all workers and machines
    share. Without one, a random key for this app (feedback then counts only where it was asked).
    """
    proxies = TrustedProxies(settings.trusted_proxies)
    app = web.Application(
        # Bounds every body; the API itself takes at most api.MAX_BODY (8 kB), but a
        # Telegram webhook update or a staff upload may be larger.
        client_max_size=settings.max_body_size,
        # handler_args win over the runner's own arguments, so run_app, AppRunner and the
        # test server all apply the same limits.
        handler_args=handler_args(settings),
        # The proxy middleware comes first: every later one (the same-site check, the rate
        # limit, the metrics' access check, the staff cookie) must see the real client.
        middlewares=[proxy_middleware(proxies), metrics_middleware, error_middleware,
                     body_deadline_middleware, cors_middleware, refuse_encoded_bodies,
                     api.rate_limit_middleware])
    app[PROXIES] = proxies
    app[METRICS] = Metrics(settings.metrics_dir)
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
    app.router.add_get("/metrics", metrics_page)
    # Other channels plug in here: the staff area (/beheer/) and a Telegram webhook.
    app[STAFF] = setup_beheer(app, settings, stats, staff).staff  # staff area under /beheer/
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


def serve(settings: Settings, workers: int = 1) -> None:
    """Run the web server until Ctrl-C or SIGTERM: in this process, or in `workers` processes."""
    setup_logging(settings)
    url = f"http://{settings.host}:{settings.port}/"
    if workers <= 1:
        _offer_login_link(settings, url)
        serve_one(settings, announce=f"Wegwijzer draait op {url} (stoppen: Ctrl-C)")
        return
    try:
        load_knowledge(settings.knowledge_dir)  # refuse before starting any worker
    except KnowledgeError as exc:
        _refuse(exc)
    settings = shared_settings(settings)
    _offer_login_link(settings, url)
    announce = f"Wegwijzer draait op {url} met {workers} werkers (stoppen: Ctrl-C)"
    sys.exit(Supervisor(settings, workers).run(announce))


def _refuse(exc: KnowledgeError) -> NoReturn:
    print("De kennisbank heeft fouten; los deze eerst op:", file=sys.stderr)
    for problem in exc.problems:
        print(f"  {problem}", file=sys.stderr)
    sys.exit(1)


def _offer_login_link(settings: Settings, url: str) -> None:
    """No staff account and no admin password yet: a one-time link, in a file (never in the log)."""
    if settings.admin_password:
        return
    staff = open_staff(settings)
    try:
        if needs_link(staff):
            path = write_login_link(staff, settings.data_dir, url)
            print(f"Beheer: er is nog geen account. Een eenmalige inloglink (15 minuten geldig) "
                  f"staat in {path}", flush=True)
    except (DatabaseError, OSError) as exc:
        print(f"Beheer: geen inloglink gemaakt ({exc})", file=sys.stderr)
    finally:
        staff.close()


def _shared_key(staff: StaffStore) -> bytes | None:
    """The key every worker and machine signs feedback tokens with (None: this process's own)."""
    try:
        return staff.secret()
    except DatabaseError as exc:
        print(f"Feedback telt alleen in dit proces: {exc}", file=sys.stderr)
        return None


def serve_one(settings: Settings, *, reuse_port: bool = False, announce: str | None = None,
              ready: Callable[[], None] | None = None) -> None:
    """One server process: the live assistant, the statistics, the app, until SIGTERM."""
    try:
        live = live_assistant(settings)  # follows edits in knowledge/ (watcher below)
    except KnowledgeError as exc:
        _refuse(exc)
    try:  # a database that cannot be reached is no reason to stop: counts wait (StatsStore)
        stats = open_store(settings)
    except SchemaError as exc:
        print(f"De statistieken kunnen niet worden geopend: {exc}", file=sys.stderr)
        sys.exit(1)
    staff = open_staff(settings)
    app = create_app(settings, cast(Assistant, live), stats, staff, feedback_key=_shared_key(staff))
    app.cleanup_ctx.append(watching(live))

    async def close_stats(_: web.Application) -> AsyncIterator[None]:
        yield
        stats.close()

    app.cleanup_ctx.append(close_stats)

    def started(*_: object) -> None:
        if announce:
            print(announce, flush=True)
        if ready is not None:
            ready()

    # The model thread holds the GIL in stretches of Python between numpy calls; a shorter
    # switch interval (default 5 ms) gives the event loop its turn sooner (/healthz p99).
    sys.setswitchinterval(0.001)
    # access_log=None: no request lines (and so no client addresses) in any log.
    # The connection limits travel with the app (create_app's handler_args).
    web.run_app(app, host=settings.host, port=settings.port, access_log=None, print=started,
                reuse_port=reuse_port or None)
