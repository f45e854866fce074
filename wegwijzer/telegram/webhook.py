"""Webhook mode: the aiohttp web server receives Telegram's updates, so one process serves both.

Telegram POSTs each update to TELEGRAM_WEBHOOK_URL with the header
X-Telegram-Bot-Api-Secret-Token; a request without the right secret gets 403. The bot
(PTB Application, without its Updater) is started and stopped with the aiohttp app.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application

from wegwijzer.assistant import Assistant
from wegwijzer.events import EventSink
from wegwijzer.settings import Settings
from wegwijzer.telegram import texts
from wegwijzer.telegram.app import ALLOWED_UPDATES, build_application, register_commands

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
NOT_AN_UPDATE = "Dit is geen Telegram-update."
TELEGRAM_APPLICATION = web.AppKey("wegwijzer_telegram_application", Application)


class BotStartError(RuntimeError):
    """The bot cannot start (for example: Telegram rejects the token)."""


def add_webhook(app: web.Application, application: Application, path: str, secret_token: str,
                webhook_url: str | None = None) -> None:
    """Serve the bot's updates on POST `path` of `app`, and run the bot while `app` runs.

    With `webhook_url`, the webhook is registered with Telegram (setWebhook) at start-up.
    """
    if not secret_token:
        raise ValueError("een webhook heeft een geheim (secret_token) nodig")
    app[TELEGRAM_APPLICATION] = application
    app.router.add_post(path, _receiver(application, secret_token))
    app.cleanup_ctx.append(_lifetime(application, secret_token, webhook_url))


def attach_bot(app: web.Application, settings: Settings, assistant: Assistant,
               stats: EventSink | None = None) -> None:
    """Serve the bot by webhook on `app` when TELEGRAM_WEBHOOK_URL is set; otherwise do nothing.

    Without TELEGRAM_WEBHOOK_SECRET a random secret is made at each start (and registered
    with Telegram); set one when more than one process serves the same bot.
    """
    url = settings.telegram_webhook_url
    if not url:
        return
    path = urlsplit(url).path
    if path in ("", "/"):
        raise ValueError("TELEGRAM_WEBHOOK_URL heeft een pad nodig, bijvoorbeeld "
                         "https://wegwijzer.example.nl/telegram")
    secret = settings.telegram_webhook_secret or secrets.token_urlsafe(32)
    add_webhook(app, build_application(settings, assistant, stats), path, secret, url)


def _receiver(application: Application, secret_token: str
              ) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    expected = secret_token.encode()

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return web.Response(status=403)
        update = await _update_of(request, application)
        if update is None:
            return web.Response(status=400, text=NOT_AN_UPDATE)
        await application.update_queue.put(update)
        return web.Response()

    return receive


async def _update_of(request: web.Request, application: Application) -> Update | None:
    """The body as a Telegram update, or None when it is not one."""
    try:
        # Bytes, not request.json(): that decodes by the charset the sender names (any name).
        data = json.loads(await request.read())
    except (ValueError, RecursionError, web.RequestPayloadError):  # bad JSON or UTF-8, absurd nesting
        return None
    if not isinstance(data, dict):
        return None
    try:
        return Update.de_json(data, application.bot)
    except Exception:  # noqa: BLE001 - de_json is no validator: a malformed field raises anything
        return None


def _lifetime(application: Application, secret_token: str, webhook_url: str | None
              ) -> Callable[[web.Application], AsyncIterator[None]]:
    async def lifetime(_: web.Application) -> AsyncIterator[None]:
        try:
            await application.initialize()  # getMe: a rejected token stops the start-up here
        except InvalidToken:
            await application.bot.shutdown()  # close its HTTP connections
            # PTB's own message contains the token; this one does not.
            raise BotStartError(texts.TOKEN_REJECTED) from None
        try:
            await register_commands(application)
            if webhook_url:
                await _set_webhook(application, webhook_url, secret_token)
            await application.start()
            yield
            await application.stop()
        finally:
            await application.shutdown()

    return lifetime


async def _set_webhook(application: Application, url: str, secret_token: str) -> None:
    try:
        await application.bot.set_webhook(url, secret_token=secret_token,
                                          allowed_updates=ALLOWED_UPDATES)
    except InvalidToken:
        raise
    except TelegramError as exc:  # Telegram keeps delivering to an earlier, identical webhook
        log.warning("webhook niet aangemeld bij Telegram: %s", type(exc).__name__)
