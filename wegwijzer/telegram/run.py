"""`wegwijzer bot`: run the bot by long polling until SIGINT or SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sqlite3
import sys

from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application

from wegwijzer.assistant import Assistant
from wegwijzer.events import EventSink
from wegwijzer.knowledge.base import KnowledgeError
from wegwijzer.reload import LiveAssistant, live_assistant, watch
from wegwijzer.settings import Settings
from wegwijzer.stats import SchemaError, open_store
from wegwijzer.telegram import texts
from wegwijzer.telegram.app import ALLOWED_UPDATES, build_application, protect_logs

EXIT_MISSING_TOKEN = 2
EXIT_TOKEN_REJECTED = 3
EXIT_FAILED = 1


def run_bot(settings: Settings) -> int:
    """Run the Telegram bot; the exit code: 0 after a normal stop, non-zero when it cannot start."""
    if not settings.telegram_token:
        print(texts.MISSING_TOKEN, file=sys.stderr)
        return EXIT_MISSING_TOKEN
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    protect_logs()
    try:
        assistant = live_assistant(settings)  # issue 6: live reload; issue 12: the language model
    except KnowledgeError as exc:
        print(f"De kennisbank heeft fouten; los deze eerst op:\n{exc}", file=sys.stderr)
        return EXIT_FAILED
    # Statistics (issue 5): the event store in WEGWIJZER_DATA_DIR, closed (flushed) at exit.
    try:
        stats = open_store(settings)
    except (SchemaError, OSError, sqlite3.Error) as exc:
        print(f"De statistieken kunnen niet worden geopend: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        return _run(settings, assistant, stats)  # type: ignore[arg-type]  # same interface
    finally:
        stats.close()


def _run(settings: Settings, assistant: Assistant, stats: EventSink) -> int:
    """Build the application and poll until a stop signal."""
    application = build_application(settings, assistant, stats)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)  # run_polling runs on the current loop and closes it
    try:
        code = _initialize(loop, application, settings)
        if code:
            return code
        if isinstance(assistant, LiveAssistant):
            _watch_while_running(loop, application, assistant)
        application.run_polling(allowed_updates=ALLOWED_UPDATES,
                                stop_signals=(signal.SIGINT, signal.SIGTERM))
        return 0
    finally:
        if not loop.is_closed():
            loop.close()
        asyncio.set_event_loop(None)


def _watch_while_running(loop: asyncio.AbstractEventLoop, application: Application,
                         live: LiveAssistant) -> None:
    """Reload the knowledge base on edits while the bot polls; stop watching at shutdown."""
    stop = asyncio.Event()
    task = loop.create_task(watch(live, stop))
    previous = application.post_shutdown

    async def stop_watching(app: Application) -> None:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError, asyncio.TimeoutError):
            await asyncio.wait_for(task, timeout=5)
        if previous:
            await previous(app)

    application.post_shutdown = stop_watching


def _initialize(loop: asyncio.AbstractEventLoop, application: Application, settings: Settings) -> int:
    """Check the token and the connection (getMe) before polling; 0 when all is well.

    Done here rather than inside run_polling, because PTB logs a rejected token with a
    traceback whose message contains the token itself.
    """
    try:
        loop.run_until_complete(application.initialize())
        return 0
    except InvalidToken:
        print(texts.TOKEN_REJECTED, file=sys.stderr)
        code = EXIT_TOKEN_REJECTED
    except NetworkError:
        url = settings.telegram_api_base_url or "https://api.telegram.org"
        print(texts.UNREACHABLE.format(url=url), file=sys.stderr)
        code = EXIT_FAILED
    loop.run_until_complete(application.bot.shutdown())  # close its HTTP connections
    return code
