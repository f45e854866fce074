"""Building the PTB Application: token, Bot API address, retries, handlers, menu commands."""

from __future__ import annotations

import logging
import os

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, Defaults

from wegwijzer.assistant import Assistant
from wegwijzer.events import EventSink
from wegwijzer.settings import Settings
from wegwijzer.telegram import texts
from wegwijzer.telegram.handlers import ASSISTANT_KEY, CHAT_LIMIT_KEY, STATS_KEY, add_handlers
from wegwijzer.telegram.ratelimit import ChatRateLimit
from wegwijzer.telegram.retry import RetryingLimiter

log = logging.getLogger(__name__)

# The updates the bot asks Telegram for; anything else is never fetched.
ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY]


def api_urls(base_url: str) -> tuple[str, str]:
    """PTB's base_url and base_file_url from TELEGRAM_API_BASE_URL.

    TELEGRAM_API_BASE_URL is the Bot API address up to and including "/bot", as PTB wants
    it: "http://127.0.0.1:8081/bot" (PTB appends the token). The server root alone,
    "http://127.0.0.1:8081", is accepted too: "/bot" is then added.
    """
    base = base_url.strip().rstrip("/")
    if "{token}" in base:  # PTB's own template form: leave it as it is
        return base, base.replace("/bot{token}", "/file/bot{token}")
    if not base.endswith("/bot"):
        base += "/bot"
    return base, base[: -len("/bot")] + "/file/bot"


def protect_logs() -> None:
    """Keep tokens and message text out of the logs.

    httpx logs every request URL at INFO, and a Bot API URL contains the token; PTB logs
    request parameters (message text) at DEBUG.
    """
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    ptb = logging.getLogger("telegram")
    if ptb.level < logging.INFO:  # also when unset: a DEBUG root logger set later must not leak
        ptb.setLevel(logging.INFO)


def build_application(settings: Settings, assistant: Assistant,
                      stats: EventSink | None = None) -> Application:
    """The bot, ready to run by polling (run_polling) or by webhook (see telegram.webhook)."""
    if not settings.telegram_token:
        raise ValueError(texts.MISSING_TOKEN)
    # Opt in to PTB's timedelta time periods: otherwise every flood-control error (429)
    # raises a deprecation warning inside PTB (v22.2+).
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    protect_logs()
    builder = (ApplicationBuilder()
               .token(settings.telegram_token)
               .rate_limiter(RetryingLimiter())
               .defaults(Defaults(link_preview_options=LinkPreviewOptions(is_disabled=True)))
               .post_init(register_commands))
    if settings.telegram_api_base_url:
        base_url, base_file_url = api_urls(settings.telegram_api_base_url)
        builder = builder.base_url(base_url).base_file_url(base_file_url)
    application = builder.build()
    application.bot_data[ASSISTANT_KEY] = assistant
    application.bot_data[STATS_KEY] = stats
    application.bot_data[CHAT_LIMIT_KEY] = ChatRateLimit(settings.rate_limit)
    add_handlers(application)
    return application


async def register_commands(application: Application) -> None:
    """Put the commands in Telegram's menu (setMyCommands); a failure does not stop the bot."""
    commands = [BotCommand(name, description) for name, description in texts.COMMANDS]
    try:
        await application.bot.set_my_commands(commands)
    except TelegramError as exc:
        log.warning("menu met opdrachten niet ingesteld: %s", type(exc).__name__)
