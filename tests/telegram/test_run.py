"""`wegwijzer bot` and `python bot.py`: start-up checks, and a real process against the fake API."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from tests.fake_bot_api import FakeBotApi

from wegwijzer.assistant import Assistant, build_assistant
from wegwijzer.settings import REPO_ROOT, Settings
from wegwijzer.telegram import run_bot, texts
from wegwijzer.understanding.embedder import CACHE_FILE

DEBT = "Ik heb schulden en de deurwaarder komt"
CRISIS = "ik wil niet meer leven"


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


def _env(tmp_path: Path, **telegram: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEGWIJZER_"))}
    env["WEGWIJZER_DATA_DIR"] = str(tmp_path / "data")
    env.update(telegram)
    return env


def test_run_bot_without_a_token_says_so_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_bot(Settings(telegram_token=None)) == 2
    err = capsys.readouterr().err
    assert "TELEGRAM_BOT_TOKEN" in err and "BotFather" in err


def test_run_bot_when_the_server_cannot_be_reached(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}/bot"
    assert run_bot(Settings(telegram_token="123456:TEST", telegram_api_base_url=base)) == 1
    err = capsys.readouterr().err
    assert "niet bereikbaar" in err and "123456:TEST" not in err


def test_bot_py_without_a_token(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "bot.py"], cwd=REPO_ROOT, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert texts.MISSING_TOKEN in done.stderr


async def _wegwijzer_bot(env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "wegwijzer", "bot", cwd=REPO_ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def test_wegwijzer_bot_with_a_rejected_token(api: FakeBotApi, tmp_path: Path) -> None:
    env = _env(tmp_path, TELEGRAM_BOT_TOKEN="999:WRONG", TELEGRAM_API_BASE_URL=api.base_url)
    process = await _wegwijzer_bot(env)
    try:
        _, err = await asyncio.wait_for(process.communicate(), 60)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 3
    assert texts.TOKEN_REJECTED in err.decode()
    assert "999:WRONG" not in err.decode()


async def test_wegwijzer_bot_answers_over_the_bot_api_and_stops_on_sigterm(
        api: FakeBotApi, tmp_path: Path) -> None:
    assistant: Assistant = build_assistant(Settings())
    # The server root without "/bot" is accepted too.
    root = api.base_url.removesuffix("/bot")
    env = _env(tmp_path, TELEGRAM_BOT_TOKEN=api.token, TELEGRAM_API_BASE_URL=root)
    process = await _wegwijzer_bot(env)
    try:
        await api.wait_for("getUpdates", timeout=60)  # polling: the bot is up
        api.message(DEBT)
        answer, feedback = await api.wait_for("sendMessage", 2, timeout=30)
        api.message(CRISIS)
        crisis = (await api.wait_for("sendMessage", 3, timeout=30))[2]
        api.media("photo")
        photo = (await api.wait_for("sendMessage", 4, timeout=30))[3]
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert answer["text"] == assistant.ask(DEBT).answer and "schuld" in answer["text"].lower()
    assert feedback["text"] == texts.FEEDBACK_QUESTION
    first_number = re.search(r"\d[\d-]*\d", crisis["text"])
    assert first_number and first_number.group() in ("113", "0800-0113")
    assert "0800-0113" in crisis["text"].splitlines()[0]
    assert "reply_markup" not in crisis
    assert photo["text"] == texts.ONLY_TEXT
    assert process.returncode == 0
    log = err.decode()
    for secret in (api.token, DEBT, CRISIS, "4242", "Inwoner"):
        assert secret not in log
    # Only the anonymous statistics database may be written (its contents: test_stats_privacy).
    written = {p.name for p in (tmp_path / "data").iterdir()} if (tmp_path / "data").exists() else set()
    # statistics, and the knowledge base's vectors (a cache that holds no question)
    assert written <= {"statistieken.sqlite3", "statistieken.sqlite3-wal", "statistieken.sqlite3-shm", CACHE_FILE}
