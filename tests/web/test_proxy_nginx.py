"""A real nginx (Debian's) in front of the app on 127.0.0.1, configured as in the README.

Three residents behind the proxy are told apart by X-Forwarded-For, which nginx writes
from their source address (127.0.0.2, .3 and .4); nobody can spoof it to dodge the limit.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import aiohttp
import pytest
from tests.conftest import free_socket

NGINX = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
QUESTION = {"question": "ik heb schulden"}
LIMIT = 20

# The README's `location` block (section "Achter een reverse proxy"), around it only test paths.
CONFIG = """
{user}
daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 128; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://127.0.0.1:{upstream};
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Forwarded-Host $http_host;
        }}
    }}
}}
"""


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def nginx(tmp_path: Path) -> Iterator[Callable[[int], int]]:
    """Factory: start nginx in front of 127.0.0.1:upstream; returns nginx's own port."""
    if NGINX is None:
        pytest.skip("nginx ontbreekt: installeer het pakket nginx (make browser)")
    processes: list[subprocess.Popen[bytes]] = []

    def start(upstream: int) -> int:
        sock = free_socket()
        port = sock.getsockname()[1]
        sock.close()  # nginx binds it again
        user = "user root;" if os.geteuid() == 0 else ""  # workers would otherwise drop to nobody
        config = tmp_path / "nginx.conf"
        config.write_text(CONFIG.format(user=user, tmp=tmp_path, port=port, upstream=upstream))
        processes.append(subprocess.Popen([NGINX, "-p", str(tmp_path), "-e", str(tmp_path / "error.log"),
                                           "-c", str(config)], stderr=subprocess.PIPE))
        for _ in range(200):
            if _listening(port):
                return port
            assert processes[-1].poll() is None, processes[-1].stderr.read().decode()  # type: ignore[union-attr]
            time.sleep(0.05)
        raise AssertionError((tmp_path / "error.log").read_text())

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=15)
        assert process.stderr is not None
        process.stderr.close()


async def asks(port: int, source: str, n: int, headers: dict[str, str] | None = None) -> list[int]:
    """n questions from one source address; the statuses."""
    connector = aiohttp.TCPConnector(local_addr=(source, 0))
    async with aiohttp.ClientSession(connector=connector) as session:
        statuses = []
        for _ in range(n):
            async with session.post(f"http://127.0.0.1:{port}/api/ask", json=QUESTION, headers=headers) as r:
                statuses.append(r.status)
        return statuses


async def app_behind_nginx(make_client, nginx) -> tuple[int, int]:
    client = await make_client(rate_limit=LIMIT, trusted_proxies=("127.0.0.1/32",))
    return nginx(client.server.port), client.server.port


async def test_three_clients_behind_nginx_each_get_their_own_limit(make_client, nginx):
    port, _ = await app_behind_nginx(make_client, nginx)
    results = await asyncio.gather(*(asks(port, f"127.0.0.{i}", LIMIT + 1) for i in (2, 3, 4)))
    for statuses in results:
        assert statuses == [200] * LIMIT + [429]


async def test_nobody_dodges_the_limit_with_their_own_x_forwarded_for(make_client, nginx):
    port, upstream = await app_behind_nginx(make_client, nginx)
    spoofed = [(await asks(port, "127.0.0.2", 1, {"X-Forwarded-For": f"203.0.113.{i}"}))[0]
               for i in range(LIMIT + 1)]
    assert spoofed == [200] * LIMIT + [429]  # nginx appends the real source: that one counts
    # Straight to the app from 127.0.0.3, which is not a trusted proxy: the header is ignored.
    direct = [(await asks(upstream, "127.0.0.3", 1, {"X-Forwarded-For": f"203.0.113.{i}"}))[0]
              for i in range(LIMIT + 1)]
    assert direct == [200] * LIMIT + [429]


async def test_same_site_check_follows_the_browsers_host_through_nginx(make_client, nginx):
    port, _ = await app_behind_nginx(make_client, nginx)
    # nginx sends Host 127.0.0.1:<upstream> to the app; the browser's host travels in X-Forwarded-Host.
    assert await asks(port, "127.0.0.2", 1, {"Origin": f"http://127.0.0.1:{port}"}) == [200]
    assert await asks(port, "127.0.0.2", 1, {"Host": "gemeente.example",
                                             "Origin": "https://gemeente.example"}) == [200]
    assert await asks(port, "127.0.0.2", 1, {"Origin": "https://evil.example"}) == [403]
