"""Slow and abusive clients do not starve residents (issue 7): body deadline, idle timeout, size limits.

The real app runs on 127.0.0.1 in its own thread with short timeouts set through Settings;
attackers use raw asyncio streams, the resident uses aiohttp.ClientSession. Time appears
only as generous upper bounds (a timeout plus several seconds), never as a measurement.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import signal
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiohttp
import pytest

from tests.conftest import REPO, LiveServer, free_socket
from wegwijzer.assistant import Assistant
from wegwijzer.settings import Settings
from wegwijzer.web import create_app

BODY_TIMEOUT = 1.5  # seconds
IDLE_TIMEOUT = 3.0  # seconds; long enough to open every attacking connection first
SLACK = 5.0  # generous margin on top of a timeout, for slow CI machines
QUESTION = "ik heb schulden en de deurwaarder komt"

Streams = tuple[asyncio.StreamReader, asyncio.StreamWriter]


@pytest.fixture
def server(settings: Settings, shipped_assistant: Assistant, live_server: Callable[..., LiveServer]) -> LiveServer:
    """The real app with short timeouts and no rate limit (the resident asks several times)."""
    short = dataclasses.replace(settings, body_timeout=BODY_TIMEOUT, idle_timeout=IDLE_TIMEOUT, rate_limit=0)
    return live_server(create_app(short, shipped_assistant))


async def resident_asks(server: LiveServer) -> None:
    """A normal resident's question gets the right answer, on a connection of its own."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        async with session.post(f"{server.url}/api/ask", json={"question": QUESTION}) as response:
            assert response.status == 200
            assert (await response.json())["service"] == "schuldhulp"


async def read_response(reader: asyncio.StreamReader) -> tuple[str, dict[str, str], bytes]:
    """Status line, headers (lower-case names) and body of one HTTP response."""
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in head[1:] if line)
    headers = {name.lower(): value for name, value in headers.items()}
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return head[0], headers, body


async def closed_by_server(reader: asyncio.StreamReader) -> bool:
    """True once the server has closed the connection (end of stream or reset)."""
    try:
        while await reader.read(4096):
            pass
    except ConnectionError:
        pass  # a reset is a close too
    return True


async def test_slow_body_gets_408_while_a_resident_is_answered(server: LiveServer) -> None:
    body = json.dumps({"question": QUESTION + " " + "x" * 200}).encode()
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    writer.write(f"POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                 f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode())
    sent = 0

    async def trickle() -> None:  # one byte every 0.1 s: the whole body would take 25 s
        nonlocal sent
        with contextlib.suppress(ConnectionError):
            for byte in body:
                writer.write(bytes([byte]))
                await writer.drain()
                sent += 1
                await asyncio.sleep(0.1)

    trickler = asyncio.create_task(trickle())
    for _ in range(3):
        await resident_asks(server)
    assert not trickler.done()  # the resident was answered during the attack
    status, headers, error = await asyncio.wait_for(read_response(reader), BODY_TIMEOUT + SLACK)
    assert sent < len(body)  # cut off long before the body was complete
    assert status.startswith("HTTP/1.1 408")
    assert headers["content-type"].startswith("application/json")
    assert headers.get("connection", "").lower() == "close"
    assert "te langzaam" in json.loads(error)["error"]
    assert await asyncio.wait_for(closed_by_server(reader), 2 * BODY_TIMEOUT + SLACK)
    trickler.cancel()
    writer.close()
    await resident_asks(server)  # and the server carries on


async def open_attackers(server: LiveServer, count: int, first_bytes: bytes) -> list[Streams]:
    """`count` connections that send `first_bytes` (maybe nothing) and then stay silent."""
    streams: list[Streams] = []
    for _ in range(0, count, 50):  # in batches, so the listen backlog never overflows
        batch = await asyncio.gather(*(asyncio.open_connection("127.0.0.1", server.port)
                                       for _ in range(min(50, count - len(streams)))))
        streams.extend(batch)
    for _, writer in streams:
        writer.write(first_bytes)
    await asyncio.gather(*(writer.drain() for _, writer in streams))
    return streams


async def test_hundreds_of_idle_connections_do_not_starve_a_resident_and_are_closed(server: LiveServer) -> None:
    idle = await open_attackers(server, 250, b"")
    half = await open_attackers(server, 50, b"POST /api/as")  # half a request line, then nothing
    slow = await open_attackers(server, 20, b"GET /api/welcome HTTP/1.1\r\nHost: x\r\nX-Traag: ")
    dripping = await open_attackers(server, 5, b"GET /api/welcome HTTP/1.1\r\n")
    drips = [asyncio.create_task(drip(writer)) for _, writer in dripping]  # headers byte by byte
    attackers = idle + half + slow + dripping
    await resident_asks(server)
    assert sum(not reader.at_eof() for reader, _ in attackers) == len(attackers)  # all still connected
    closed = await asyncio.wait_for(asyncio.gather(*(closed_by_server(r) for r, _ in attackers)),
                                    IDLE_TIMEOUT + SLACK)
    assert all(closed) and len(closed) == 325
    for task in drips:
        task.cancel()
    for _, writer in attackers:
        writer.close()
    await resident_asks(server)


async def drip(writer: asyncio.StreamWriter) -> None:
    """Header bytes, one every 0.2 s: 100 s in all, far longer than the idle timeout."""
    with contextlib.suppress(ConnectionError):
        for byte in b"X-Traag: " + b"z" * 500:
            writer.write(bytes([byte]))
            await writer.drain()
            await asyncio.sleep(0.2)


LIMITS = Settings()  # each head below is just over one configured limit


@pytest.mark.parametrize("request_head", [
    b"GET /api/welcome HTTP/1.1\r\nHost: x\r\nX-Groot: " + b"a" * (LIMITS.max_field_size + 1) + b"\r\n\r\n",
    b"GET /api/welcome?" + b"a" * LIMITS.max_line_size + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /api/welcome HTTP/1.1\r\nHost: x\r\n"
    + b"".join(b"X-%d: 1\r\n" % i for i in range(LIMITS.max_headers + 1)) + b"\r\n",
], ids=["header", "request-line", "many-headers"])
async def test_oversized_request_head_is_refused_with_4xx(server: LiveServer, request_head: bytes) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    writer.write(request_head)
    await writer.drain()
    status, _, _ = await asyncio.wait_for(read_response(reader), SLACK)
    assert status.split()[1].startswith("4"), status
    assert await asyncio.wait_for(closed_by_server(reader), SLACK)
    writer.close()
    await resident_asks(server)


async def test_normal_request_heads_are_within_the_limits(server: LiveServer) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    headers = "".join(f"X-Kop-{i}: {'b' * 200}\r\n" for i in range(30))  # a browser sends fewer and shorter
    writer.write(f"GET /api/welcome?{'q' * 1000} HTTP/1.1\r\nHost: x\r\n{headers}\r\n".encode())
    await writer.drain()
    status, headers_out, body = await asyncio.wait_for(read_response(reader), SLACK)
    writer.close()
    assert status.startswith("HTTP/1.1 200") and json.loads(body)["suggestions"]


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[tuple[asyncio.subprocess.Process, int]]:
    """`wegwijzer serve` with limits from the environment; stopped with SIGTERM after the test."""
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()  # the server binds it again
    env = {"PATH": "/usr/bin:/bin", "WEGWIJZER_DATA_DIR": str(tmp_path / "data"), "WEGWIJZER_RATE_LIMIT": "0",
           "WEGWIJZER_IDLE_TIMEOUT": "1", "WEGWIJZER_MAX_HEADERS": "16"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "wegwijzer", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--workers", "1", cwd=REPO,
        env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    assert process.stdout is not None
    line = b""
    while b"draait op" not in line:  # "Wegwijzer draait op ...": listening
        line = await asyncio.wait_for(process.stdout.readline(), 60)
        assert line, "de server startte niet"
    yield process, port
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.communicate(), 30)


async def test_serve_takes_the_limits_from_the_environment_and_logs_no_address(served) -> None:
    process, port = served
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    many = b"".join(b"X-%d: 1\r\n" % i for i in range(17))  # WEGWIJZER_MAX_HEADERS=16
    writer.write(b"GET /api/welcome HTTP/1.1\r\nHost: x\r\n" + many + b"\r\n")
    status, _, _ = await asyncio.wait_for(read_response(reader), SLACK)
    assert status.split()[1] == "400", status
    writer.close()
    idle, idle_writer = await asyncio.open_connection("127.0.0.1", port)
    assert await asyncio.wait_for(closed_by_server(idle), 1 + SLACK)  # WEGWIJZER_IDLE_TIMEOUT=1
    idle_writer.close()
    process.send_signal(signal.SIGTERM)
    _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0
    log = stderr.decode()
    assert "verzoek geweigerd: " in log  # one short line for the refused request ...
    assert "127.0.0.1" not in log and "Traceback" not in log  # ... without address or traceback
