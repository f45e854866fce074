"""Webhook mode: an aiohttp app receives updates (checked by secret) and the bot answers."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from tests.fake_bot_api import FakeBotApi

from wegwijzer.assistant import Assistant, build_assistant
from wegwijzer.settings import Settings
from wegwijzer.telegram import add_webhook, attach_bot, build_application
from wegwijzer.telegram.webhook import SECRET_HEADER, TELEGRAM_APPLICATION, BotStartError

SECRET = "geheim-123_abc"


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return build_assistant(Settings())


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


def _settings(api: FakeBotApi, **extra: Any) -> Settings:
    return Settings(telegram_token=api.token, telegram_api_base_url=api.base_url, rate_limit=0,
                    **extra)


async def _serve(app: web.Application) -> tuple[web.AppRunner, str]:
    """Run app on a free port of 127.0.0.1; the cleanup_ctx starts the bot."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    await web.SockSite(runner, sock).start()
    return runner, f"http://127.0.0.1:{sock.getsockname()[1]}"


def _update(api: FakeBotApi, text: str) -> dict[str, Any]:
    return {"update_id": 77, "message": api.message(text)}


async def test_updates_with_the_right_secret_are_answered(
        api: FakeBotApi, assistant: Assistant) -> None:
    app = web.Application()
    application = build_application(_settings(api), assistant)
    add_webhook(app, application, "/telegram", SECRET, webhook_url="https://bot.example/telegram")
    runner, url = await _serve(app)
    try:
        async with aiohttp.ClientSession() as client:
            async with client.post(f"{url}/telegram", json=_update(api, "ik heb schulden"),
                                   headers={SECRET_HEADER: SECRET}) as response:
                assert response.status == 200
            answer, feedback = await api.wait_for("sendMessage", 2)
    finally:
        await runner.cleanup()
    assert answer["text"] == assistant.ask("ik heb schulden").answer
    assert feedback["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "f:1:schuldhulp"
    [hook] = api.calls("setWebhook")
    assert hook["url"] == "https://bot.example/telegram" and hook["secret_token"] == SECRET
    assert hook["allowed_updates"] == ["message", "edited_message", "callback_query"]
    assert api.calls("setMyCommands")
    assert not application.running  # stopped and shut down with the web app


@pytest.mark.parametrize("headers", [{}, {SECRET_HEADER: "fout"}, {SECRET_HEADER: SECRET + "x"}])
async def test_a_wrong_or_missing_secret_is_refused(
        api: FakeBotApi, assistant: Assistant, headers: dict[str, str]) -> None:
    app = web.Application()
    add_webhook(app, build_application(_settings(api), assistant), "/telegram", SECRET)
    runner, url = await _serve(app)
    try:
        async with aiohttp.ClientSession() as client:
            async with client.post(f"{url}/telegram", json=_update(api, "ik heb schulden"),
                                   headers=headers) as refused:
                assert refused.status == 403
            async with client.post(f"{url}/telegram", data=b"{niet json",
                                   headers={SECRET_HEADER: SECRET}) as bad:
                assert bad.status == 400
            async with client.post(f"{url}/telegram", json=_update(api, "/help"),
                                   headers={SECRET_HEADER: SECRET}) as good:
                assert good.status == 200
            [only] = await api.wait_for("sendMessage")
    finally:
        await runner.cleanup()
    assert only["text"].startswith("Zo werkt Wegwijzer")  # the refused update got no answer
    assert api.calls("setWebhook") == []  # no URL given: nothing registered


async def test_attach_bot_serves_the_bot_when_a_webhook_url_is_set(
        api: FakeBotApi, assistant: Assistant) -> None:
    app = web.Application()
    settings = _settings(api, telegram_webhook_url="https://bot.example/tg/hook",
                         telegram_webhook_secret=SECRET)
    attach_bot(app, settings, assistant)
    assert app[TELEGRAM_APPLICATION].bot.token == api.token
    assert [r.resource.canonical for r in app.router.routes()] == ["/tg/hook"]
    runner, url = await _serve(app)
    try:
        async with aiohttp.ClientSession() as client:
            async with client.post(f"{url}/tg/hook", json=_update(api, "/start"),
                                   headers={SECRET_HEADER: SECRET}) as response:
                assert response.status == 200
            [greeting] = await api.wait_for("sendMessage")
    finally:
        await runner.cleanup()
    assert greeting["text"].startswith(assistant.welcome())
    assert api.calls("setWebhook")[0]["secret_token"] == SECRET


async def test_attach_bot_makes_a_secret_when_none_is_set(
        api: FakeBotApi, assistant: Assistant) -> None:
    app = web.Application()
    attach_bot(app, _settings(api, telegram_webhook_url="https://bot.example/telegram"), assistant)
    runner, _ = await _serve(app)
    await runner.cleanup()
    secret = api.calls("setWebhook")[0]["secret_token"]
    assert len(secret) >= 32


def test_attach_bot_does_nothing_without_a_webhook_url(assistant: Assistant) -> None:
    app = web.Application()
    attach_bot(app, Settings(telegram_token="123456:TEST"), assistant)
    assert TELEGRAM_APPLICATION not in app and list(app.router.routes()) == []


def test_a_webhook_url_needs_a_path(assistant: Assistant) -> None:
    settings = Settings(telegram_token="123456:TEST", telegram_webhook_url="https://bot.example/")
    with pytest.raises(ValueError, match="pad"):
        attach_bot(web.Application(), settings, assistant)


async def test_a_rejected_token_stops_the_start(api: FakeBotApi, assistant: Assistant) -> None:
    app = web.Application()
    settings = Settings(telegram_token="999:WRONG", telegram_api_base_url=api.base_url)
    add_webhook(app, build_application(settings, assistant), "/telegram", SECRET)
    runner = web.AppRunner(app)
    with pytest.raises(BotStartError) as error:
        await runner.setup()
    await runner.cleanup()
    assert "weigert het token" in str(error.value)
    assert "999:WRONG" not in str(error.value) and error.value.__cause__ is None


async def test_the_web_app_serves_the_bot_when_a_webhook_url_is_set(
        api: FakeBotApi, assistant: Assistant) -> None:
    from wegwijzer.web import create_app

    settings = _settings(api, telegram_webhook_url="https://wegwijzer.example/telegram",
                         telegram_webhook_secret=SECRET)
    runner, url = await _serve(create_app(settings, assistant))
    try:
        async with aiohttp.ClientSession() as client:
            async with client.post(f"{url}/telegram", json=_update(api, "ik heb schulden"),
                                   headers={SECRET_HEADER: SECRET}) as response:
                assert response.status == 200
            async with client.get(f"{url}/healthz") as health:
                assert health.status == 200
            answer, _ = await api.wait_for("sendMessage", 2)
    finally:
        await runner.cleanup()
    assert answer["text"] == assistant.ask("ik heb schulden").answer


DEEP = b'{"update_id": 1, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
# Each gave 500 before; the body is read as UTF-8 JSON whatever charset the sender names.
MALFORMED = {
    "deep": (DEEP, {}, 400),
    "bogus charset": (b'{"update_id": 2}', {"Content-Type": "application/json; charset=bogus"}, 200),
    "not gzip": (b"dit is geen gzip", {"Content-Encoding": "gzip"}, 400),
    "message is text": (b'{"update_id": 3, "message": "x"}', {}, 400),
    "date out of range": (b'{"update_id": 4, "message": {"message_id": 1, "date": 1e300, '
                          b'"chat": {"id": 1, "type": "private"}}}', {}, 400),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
async def test_a_malformed_update_is_refused_and_the_bot_keeps_answering(
        api: FakeBotApi, assistant: Assistant, name: str) -> None:
    body, headers, status = MALFORMED[name]
    app = web.Application()
    add_webhook(app, build_application(_settings(api), assistant), "/telegram", SECRET)
    runner, url = await _serve(app)
    try:
        # A fresh connection per request: aiohttp closes one whose body it could not decode.
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True)) as client:
            async with client.post(f"{url}/telegram", data=body, headers={
                    SECRET_HEADER: SECRET, "Content-Type": "application/json", **headers}) as bad:
                assert bad.status == status
            async with client.post(f"{url}/telegram", json=_update(api, "/help"),
                                   headers={SECRET_HEADER: SECRET}) as good:
                assert good.status == 200
            [only] = await api.wait_for("sendMessage")
    finally:
        await runner.cleanup()
    assert only["text"].startswith("Zo werkt Wegwijzer")
