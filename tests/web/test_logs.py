"""setup_logging: one line per event, as text or JSON; no client address in either."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import signal
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, free_socket
from wegwijzer.settings import Settings
from wegwijzer.web.logs import setup_logging


def _fail() -> None:
    raise ValueError("kapot\nop twee regels")


@pytest.mark.usefixtures("root_logging")
def test_json_lines_parse_and_carry_time_level_logger_message() -> None:
    stream = io.StringIO()
    setup_logging(Settings(log_format="json"), stream)
    logging.getLogger("wegwijzer.test").info("kennisbank opnieuw geladen: %d diensten", 12)
    try:
        _fail()
    except ValueError:
        logging.getLogger("wegwijzer.test").exception("herladen mislukt")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2  # the traceback stays inside its line
    first, second = (json.loads(line) for line in lines)
    assert first["message"] == "kennisbank opnieuw geladen: 12 diensten"
    assert (first["level"], first["logger"]) == ("INFO", "wegwijzer.test")
    assert first["time"].endswith("+00:00")
    assert second["level"] == "ERROR" and "kapot" in second["exception"]


@pytest.mark.usefixtures("root_logging")
def test_text_is_one_line_per_event_too_and_setup_twice_adds_no_second_handler() -> None:
    stream = io.StringIO()
    setup_logging(Settings(), io.StringIO())
    setup_logging(Settings(), stream)
    try:
        _fail()
    except ValueError:
        logging.getLogger("wegwijzer.test").exception("herladen mislukt")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1 and "ERROR wegwijzer.test: herladen mislukt" in lines[0] and "kapot" in lines[0]


async def test_serve_writes_json_lines_without_the_clients_address(tmp_path: Path) -> None:
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()  # the server binds it again
    env = {"PATH": "/usr/bin:/bin", "WEGWIJZER_DATA_DIR": str(tmp_path / "data"), "WEGWIJZER_LOG_FORMAT": "json",
           "WEGWIJZER_MAX_HEADERS": "16", "PYTHONPATH": str(REPO)}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "wegwijzer", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--workers", "1", cwd=REPO,
        env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    assert process.stdout is not None
    try:
        line = b""
        while b"draait op" not in line:  # "Wegwijzer draait op ...": listening
            line = await asyncio.wait_for(process.stdout.readline(), 60)
            assert line, "de server startte niet"
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        many = b"".join(b"X-%d: 1\r\n" % i for i in range(17))  # one header too many: aiohttp logs it
        writer.write(b"GET /api/welcome HTTP/1.1\r\nHost: x\r\n" + many + b"\r\n")
        assert (await reader.readline()).split()[1] == b"400"
        writer.close()
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    log = stderr.decode()
    records = [json.loads(line) for line in log.splitlines()]  # every line is JSON
    assert any(r["message"].startswith("verzoek geweigerd: ") and r["level"] == "WARNING" for r in records)
    assert all({"time", "level", "logger", "message"} <= r.keys() for r in records)
    assert "127.0.0.1" not in log
