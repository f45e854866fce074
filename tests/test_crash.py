"""Crashes and damaged files: kill -9 in the middle of load, a corrupt statistics database (issue 7).

kill -9 after all answers arrived is covered exactly in tests/stats/test_durability.py;
here the server is killed while requests are still in flight.
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
from loadtest import server_env, start_server  # noqa: E402  (the load test's server start)

from wegwijzer.answer import Answer  # noqa: E402
from wegwijzer.stats import StatsStore  # noqa: E402
from wegwijzer.stats.schema import DB_NAME  # noqa: E402

CLIENTS = 30
QUESTIONS = ["ik heb schulden", "mijn moeder is vergeetachtig", "ik zoek vrijwilligerswerk", "hallo",
             "waar haal ik een paspoort", "ik voel me eenzaam"]


def stats_json(data_dir: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "wegwijzer", "stats", "--json"], cwd=REPO,
                          env=server_env(data_dir), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


async def load_until_killed(url: str, process: asyncio.subprocess.Process, kill_after: float) -> tuple[int, int]:
    """CLIENTS clients ask until the server is killed; (answers received, requests unanswered)."""
    received = 0
    lost = 0
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        async def client(i: int) -> None:
            nonlocal received, lost
            n = i
            while True:
                try:
                    async with session.post(url + "/api/ask", json={"question": QUESTIONS[n % 6]}) as r:
                        assert r.status == 200
                        if (await r.json())["answer"]:
                            received += 1
                except (aiohttp.ClientError, asyncio.TimeoutError, json.JSONDecodeError):
                    lost += 1  # this request was in flight when the server died
                    return
                n += CLIENTS

        async def killer() -> None:
            await asyncio.sleep(kill_after)
            process.kill()

        await asyncio.gather(killer(), *(client(i) for i in range(CLIENTS)))
    return received, lost


async def test_kill_9_during_load_restart_counts_every_answer_received(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    process, url = await start_server(data_dir)
    received, lost = await load_until_killed(url, process, kill_after=3.0)
    await asyncio.wait_for(process.wait(), 30)
    assert process.returncode == -signal.SIGKILL
    assert received > CLIENTS and lost == CLIENTS  # killed mid-load: every client had one in flight

    # restart on the same data dir: the database opens cleanly and the server answers
    process, url = await start_server(data_dir)
    async with aiohttp.ClientSession() as session:
        async with session.post(url + "/api/ask", json={"question": "ik heb schulden"}) as r:
            assert r.status == 200
    process.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, err.decode()[-2000:]
    assert not list(data_dir.glob("*beschadigd*"))  # nothing was taken for corrupt
    total = stats_json(data_dir)["total"]
    # Counted before sending: every answer received is there. A request whose count was
    # committed but whose answer had not yet arrived when the process died may count too.
    assert received + 1 <= total <= received + 1 + lost


def _answer() -> Answer:
    return Answer("ik heb schulden", "schuldhulp", 0.9, (), False, False, "zelfstandig-leven", "tekst",
                  "answered", "zl-1", (), (), "")


def test_a_garbage_database_is_moved_aside_and_a_fresh_one_counts(tmp_path: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    tmp_path.joinpath(DB_NAME).write_bytes(b"dit is geen database\x00" * 500)
    with caplog.at_level(logging.ERROR), StatsStore(tmp_path) as store:
        store.record(_answer(), "web")
        total = store.report()["by_channel"]
    aside = list(tmp_path.glob(DB_NAME + ".beschadigd-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"dit is geen database")
    assert any("statistiekbestand beschadigd, opzij gezet als" in r.getMessage() and aside[0].name in r.getMessage()
               for r in caplog.records)
    assert total == {"web": "<5"}


def test_a_database_with_damaged_pages_is_moved_aside(tmp_path: Path) -> None:
    with StatsStore(tmp_path) as store:
        for _ in range(50):
            store.record(_answer(), "web")
    path = tmp_path / DB_NAME
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)  # header intact, every page after the first broken
    path.write_bytes(bytes(data))
    with StatsStore(tmp_path) as store:
        store.record(_answer(), "web")
    assert len(list(tmp_path.glob(DB_NAME + ".beschadigd-*"))) == 1
    assert sqlite3.connect(path).execute("PRAGMA quick_check").fetchone()[0] == "ok"


async def test_server_starts_and_answers_on_a_corrupt_statistics_file(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DB_NAME).write_bytes(bytes(range(256)) * 80)
    process, url = await start_server(data_dir)
    async with aiohttp.ClientSession() as session:
        for _ in range(6):
            async with session.post(url + "/api/ask", json={"question": "ik heb schulden"}) as r:
                assert r.status == 200 and (await r.json())["service"] == "schuldhulp"
    process.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0
    assert "statistiekbestand beschadigd, opzij gezet als" in err.decode()
    assert len(list(data_dir.glob(DB_NAME + ".beschadigd-*"))) == 1
    assert stats_json(data_dir)["total"] == 6
