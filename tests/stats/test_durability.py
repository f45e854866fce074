"""Under load, kill -9: every question whose answer was sent is counted; SIGTERM flushes all.

`wegwijzer serve` runs as a real process on a free port with its own data directory.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys

import aiohttp
import pytest

from tests.conftest import REPO, free_socket

N = 300
QUESTIONS = ["ik heb schulden", "mijn moeder is vergeetachtig", "waar haal ik een paspoort",
             "ik zoek vrijwilligerswerk", "hallo", "ik voel me eenzaam", "ik wil niet meer leven"]


def env_for(data_dir) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WEGWIJZER_", "TELEGRAM_"))}
    env.update(WEGWIJZER_DATA_DIR=str(data_dir), WEGWIJZER_RATE_LIMIT="0",
               WEGWIJZER_ADMIN_PASSWORD="test-wachtwoord-lang-genoeg")
    return env


async def start_server(data_dir) -> tuple[asyncio.subprocess.Process, str]:
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "wegwijzer", "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
        cwd=REPO, env=env_for(data_dir), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    async with aiohttp.ClientSession() as session:
        for _ in range(300):
            try:
                async with session.get(url + "/healthz") as response:
                    if response.status == 200:
                        return process, url
            except aiohttp.ClientError:
                pass
            if process.returncode is not None:
                break
            await asyncio.sleep(0.05)
    process.kill()
    _, err = await process.communicate()
    pytest.fail(f"server did not start: {err.decode()[-2000:]}")


async def ask_many(url: str, count: int, parallel: int = 20) -> None:
    limit = asyncio.Semaphore(parallel)
    async with aiohttp.ClientSession() as session:
        async def one(i: int) -> None:
            async with limit, session.post(url + "/api/ask",
                                           json={"question": QUESTIONS[i % len(QUESTIONS)]}) as response:
                assert response.status == 200
                assert (await response.json())["answer"]
        await asyncio.gather(*(one(i) for i in range(count)))


def stats_json(data_dir) -> dict:
    done = subprocess.run([sys.executable, "-m", "wegwijzer", "stats", "--json"], cwd=REPO,
                          env=env_for(data_dir), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


async def test_kill_9_under_load_loses_no_answered_question_and_sigterm_flushes(tmp_path):
    data_dir = tmp_path / "data"
    process, url = await start_server(data_dir)
    try:
        await ask_many(url, N)  # every answer has arrived ...
    finally:
        process.kill()  # ... then SIGKILL: no cleanup, no flush
        await asyncio.wait_for(process.wait(), 30)
    assert process.returncode == -signal.SIGKILL
    report = stats_json(data_dir)
    assert report["total"] == N
    assert sum(v for v in report["by_channel"].values()) == N

    # the database opens again after the crash, and a clean stop (SIGTERM) flushes everything
    process, url = await start_server(data_dir)
    await ask_many(url, 7, parallel=1)
    process.send_signal(signal.SIGTERM)
    out, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, err.decode()[-2000:]
    report = stats_json(data_dir)
    assert report["total"] == N + 7
    assert {"paspoort"} <= {w["word"] for w in report["signal_words"]}  # buffered words were written
    assert not (data_dir / "statistieken.sqlite3-wal").exists() or \
        (data_dir / "statistieken.sqlite3-wal").stat().st_size == 0  # checkpointed at close
