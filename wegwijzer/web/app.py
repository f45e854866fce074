"""The aiohttp application: create_app() wires pages, API and middlewares; serve() runs it."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import AsyncIterator
from typing import cast

from aiohttp import web

from wegwijzer.assistant import Assistant
from wegwijzer.events import EventSink
from wegwijzer.knowledge import KnowledgeError
from wegwijzer.reload import LiveAssistant, watching
from wegwijzer.settings import Settings
from wegwijzer.stats import SchemaError, open_store
from wegwijzer.web import api, pages
from wegwijzer.web.beheer import setup_beheer
from wegwijzer.web.errors import error_middleware
from wegwijzer.web.keys import ASSISTANT, LIMITER, SETTINGS, STATS, TEMPLATES
from wegwijzer.web.openapi import openapi
from wegwijzer.web.ratelimit import RateLimiter
from wegwijzer.web.security import add_headers, cors_middleware


def create_app(settings: Settings, assistant: Assistant, stats: EventSink | None = None) -> web.Application:
    """The web app: chat page, widget, JSON API. Nothing is read from the environment here."""
    app = web.Application(
        # Bounds every body; the API itself takes at most api.MAX_BODY (4 kB), but a
        # Telegram webhook update or a staff upload may be larger.
        client_max_size=256 * 1024,
        middlewares=[error_middleware, cors_middleware, api.rate_limit_middleware])
    app[SETTINGS] = settings
    app[ASSISTANT] = assistant
    if stats is not None:
        app[STATS] = stats
    app[LIMITER] = RateLimiter(settings.rate_limit)
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


def serve(settings: Settings) -> None:
    """Run the web server until Ctrl-C or SIGTERM."""
    try:
        # issue 6: a LiveAssistant follows edits in knowledge/ (watcher below)
        live = LiveAssistant(settings.knowledge_dir, settings.match)
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

    # access_log=None: no request lines (and so no client addresses) in any log.
    web.run_app(app, host=settings.host, port=settings.port, access_log=None, print=started)
