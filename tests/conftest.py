"""Shared fixtures: settings with a tmp_path data dir, the real web app behind aiohttp's
test server, a web app served from its own thread for the browser, and one headless
Chromium (Debian's /usr/bin/chromium through Playwright) per browser test module."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import shutil
import socket
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from tests.postgres_server import postgres_server, postgres_url  # noqa: F401 (fixtures)

from wegwijzer.answer import Answer
from wegwijzer.assistant import Assistant, build_assistant
from wegwijzer.events import EventSink
from wegwijzer.settings import Settings

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
REPO = Path(__file__).resolve().parent.parent


class RecordingSink:
    """A small real EventSink that keeps what the web channel hands it, for assertions."""

    def __init__(self) -> None:
        self.answers: list[tuple[Answer, str]] = []
        self.feedback: list[tuple[str | None, bool, str]] = []

    def record(self, answer: Answer, channel: str) -> None:
        self.answers.append((answer, channel))

    def record_feedback(self, service: str | None, useful: bool, channel: str) -> None:
        self.feedback.append((service, useful, channel))


def screenshot_path(name: str, tmp_path: Path) -> Path:
    """Where a browser test writes a screenshot: docs/screenshots/ only when asked.

    `make screenshots` sets WEGWIJZER_SCREENSHOTS=1 to refresh the README's pictures;
    a plain `make test` leaves the working tree as it was.
    """
    if os.environ.get("WEGWIJZER_SCREENSHOTS") == "1":
        return REPO / "docs" / "screenshots" / name
    return tmp_path / name


@pytest.fixture
def root_logging() -> Iterator[None]:
    """Put the root logger back as it was: serve() and setup_logging change process-wide state."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    logging.captureWarnings(False)


# --- the core -----------------------------------------------------------------------

@pytest.fixture(scope="session")
def shipped_assistant() -> Assistant:
    """The assistant over the shipped knowledge/ (pure, so one per session is enough)."""
    return build_assistant(Settings())


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Default settings, but everything written goes to this test's tmp_path."""
    return Settings(data_dir=tmp_path / "data")


# --- the web app through aiohttp's test client --------------------------------------

MakeClient = Callable[..., Awaitable[TestClient]]


@pytest.fixture
async def make_client(settings: Settings, shipped_assistant: Assistant) -> AsyncIterator[MakeClient]:
    """Factory: a TestClient for create_app(settings, assistant, stats) on 127.0.0.1.

    Keyword arguments override fields of the test's settings (e.g. rate_limit=3); feedback_key
    is create_app's.
    """
    from wegwijzer.web import create_app

    clients: list[TestClient] = []

    async def make(assistant: Assistant | None = None, stats: EventSink | None = None,
                   feedback_key: bytes | None = None, **overrides: Any) -> TestClient:
        app = create_app(dataclasses.replace(settings, **overrides), assistant or shipped_assistant, stats,
                         feedback_key=feedback_key)
        client = TestClient(TestServer(app, host="127.0.0.1"))
        await client.start_server()
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


# --- a real server in a thread, for the browser --------------------------------------

def free_socket() -> socket.socket:
    """A listening-ready TCP socket on 127.0.0.1 with a free port (known before start)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


class LiveServer:
    """An aiohttp app served from its own thread and event loop on 127.0.0.1."""

    def __init__(self, app: web.Application, sock: socket.socket | None = None):
        self.sock = sock or free_socket()
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._runner = web.AppRunner(app, access_log=None)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def start(self) -> "LiveServer":
        """Start serving; returns when the socket accepts connections."""
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=15)
        return self

    async def _start(self) -> None:
        await self._runner.setup()
        await web.SockSite(self._runner, self.sock).start()

    def stop(self) -> None:
        """Stop the server, the loop and the thread."""
        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(timeout=15)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=15)
        self._loop.close()
        self.sock.close()


WEBHOOK_SECRET = "test-geheim-123"


@pytest.fixture
def full_app(tmp_path: Path, shipped_assistant: Assistant,
             live_server: Callable[..., LiveServer]) -> Iterator[LiveServer]:
    """The whole app from a thread: statistics, /beheer/ with a password, no rate limit, and
    the bot by webhook on /telegram (secret WEBHOOK_SECRET) against a FakeBotApi."""
    from tests.fake_bot_api import FakeBotApi

    from wegwijzer.stats import open_store
    from wegwijzer.web import create_app

    api = FakeBotApi()
    api.port = live_server(api.app).port  # the fake Bot API in a thread of its own too
    settings = Settings(data_dir=tmp_path / "data", rate_limit=0, admin_password="test-wachtwoord-lang",
                        telegram_token=api.token, telegram_api_base_url=api.base_url,
                        telegram_webhook_url="https://bot.example/telegram",
                        telegram_webhook_secret=WEBHOOK_SECRET)
    stats = open_store(settings)
    try:
        yield live_server(create_app(settings, shipped_assistant, stats))
    finally:
        stats.close()


@pytest.fixture
def live_server() -> Iterator[Callable[..., LiveServer]]:
    """Factory: serve an aiohttp app for the browser; stopped after the test."""
    servers: list[LiveServer] = []

    def start(app: web.Application, sock: socket.socket | None = None) -> LiveServer:
        server = LiveServer(app, sock)
        servers.append(server)
        return server.start()

    yield start
    for server in reversed(servers):
        server.stop()


# --- one headless Chromium per test module, a fresh context per test ----------------

@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright's sync API.

    Module scope, not session: between calls, Playwright's sync API marks its own
    event loop as running in the main thread, so asyncio tests in later modules could
    not start while it lives. Keep browser tests in modules without asyncio tests.
    """
    from playwright.sync_api import sync_playwright

    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} ontbreekt: installeer het pakket chromium (make browser)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A page in a new browser context (own sessionStorage), Dutch, 1280 px wide."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800})
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()
