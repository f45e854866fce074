"""`wegwijzer bot`: run the bot by long polling until SIGINT or SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

from telegram.error import InvalidToken, NetworkError

from wegwijzer.assistant import build_assistant
from wegwijzer.events import EventSink
from wegwijzer.knowledge import KnowledgeError
from wegwijzer.settings import Settings
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
        assistant = build_assistant(settings)
    except KnowledgeError as exc:
        print(f"De kennisbank heeft fouten; los deze eerst op:\n{exc}", file=sys.stderr)
        return EXIT_FAILED
    # Statistics (issue 5): open the event store here and pass it as `stats`.
    stats: EventSink | None = None
    application = build_application(settings, assistant, stats)
    # A fresh loop: run_polling uses the current one and closes it when done.
    asyncio.set_event_loop(asyncio.new_event_loop())
    try:
        application.run_polling(allowed_updates=ALLOWED_UPDATES,
                                stop_signals=(signal.SIGINT, signal.SIGTERM))
    except InvalidToken:
        print(texts.TOKEN_REJECTED, file=sys.stderr)
        return EXIT_TOKEN_REJECTED
    except NetworkError:
        url = settings.telegram_api_base_url or "https://api.telegram.org"
        print(texts.UNREACHABLE.format(url=url), file=sys.stderr)
        return EXIT_FAILED
    finally:
        asyncio.set_event_loop(None)
    return 0
