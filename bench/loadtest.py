"""Load test: N concurrent residents against `wegwijzer serve` on 127.0.0.1 (issue 7).

Starts the server with a fresh data directory (rate limit off), lets N aiohttp clients ask
the questions of tests/data/dev.jsonl for T seconds, samples the server's resident memory
(VmRSS in /proc/PID/status) every second, stops the server with SIGTERM and compares the
statistics total (`wegwijzer stats --json`) with the number of answers received.

    make loadtest                                         # 200 clients, 60 s
    .venv/bin/python bench/loadtest.py --clients 50 --seconds 8 --json   # short form (tests)

Exit status 0 only when there were no errors and the totals agree.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "data" / "dev.jsonl"
RESULTS = ROOT / "bench" / "results" / "loadtest.json"


def questions() -> list[str]:
    """The dev-set questions."""
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["q"] for line in lines if line.strip()]


def server_env(data_dir: Path) -> dict[str, str]:
    """The environment for `wegwijzer serve`: own data dir, no rate limit, no bot."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WEGWIJZER_", "TELEGRAM_"))}
    env.update(WEGWIJZER_DATA_DIR=str(data_dir), WEGWIJZER_RATE_LIMIT="0")
    return env


async def start_server(data_dir: Path) -> tuple[asyncio.subprocess.Process, str]:
    """`wegwijzer serve` on a free port; returns when /healthz answers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "wegwijzer", "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
        cwd=ROOT, env=server_env(data_dir), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    async with aiohttp.ClientSession() as session:
        for _ in range(600):
            if proc.returncode is not None:
                break
            try:
                async with session.get(url + "/healthz") as r:
                    if r.status == 200:
                        return proc, url
            except aiohttp.ClientError:
                await asyncio.sleep(0.05)
    proc.kill()
    _, err = await proc.communicate()
    raise RuntimeError(f"server did not start: {err.decode()[-2000:]}")


def rss_kb(pid: int) -> int | None:
    """Resident memory of a process in kB (None when it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


async def sample_rss(pid: int, out: list[tuple[float, int]], stop: asyncio.Event) -> None:
    """Append (seconds since start, VmRSS kB) once a second until stopped."""
    t0 = time.monotonic()
    while not stop.is_set():
        value = rss_kb(pid)
        if value is not None:
            out.append((round(time.monotonic() - t0, 1), value))
        try:
            await asyncio.wait_for(stop.wait(), 1.0)
        except asyncio.TimeoutError:
            pass


async def hammer(url: str, clients: int, seconds: float, bodies: list[str]) -> dict[str, Any]:
    """N clients, each its own connection, ask questions until time is up."""
    statuses: dict[str, int] = {}
    answered = 0
    end = time.monotonic() + seconds
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=clients), timeout=timeout) as s:
        async def client(i: int) -> None:
            nonlocal answered
            n = i
            while time.monotonic() < end:
                try:
                    async with s.post(url + "/api/ask", json={"question": bodies[n % len(bodies)]}) as r:
                        data = await r.json() if r.status == 200 else None
                        key = str(r.status)
                        if data is not None and data.get("answer"):
                            answered += 1
                except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as exc:
                    key = type(exc).__name__
                statuses[key] = statuses.get(key, 0) + 1
                n += clients
        await asyncio.gather(*(client(i) for i in range(clients)))
    return {"answered": answered, "statuses": statuses}


def stats_total(data_dir: Path) -> int | str:
    """The statistics total as `wegwijzer stats --json` reports it."""
    done = subprocess.run([sys.executable, "-m", "wegwijzer", "stats", "--json"], cwd=ROOT,
                          env=server_env(data_dir), capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout)["total"]


async def run(clients: int, seconds: float, data_dir: Path, warmup: float) -> dict[str, Any]:
    """One load run; the figures as a dict."""
    proc, url = await start_server(data_dir)
    samples: list[tuple[float, int]] = []
    stop = asyncio.Event()
    sampler = asyncio.create_task(sample_rss(proc.pid, samples, stop))
    try:
        t0 = time.monotonic()
        load = await hammer(url, clients, seconds, questions())
        elapsed = time.monotonic() - t0
    finally:
        stop.set()
        await sampler
        proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), 60)
    errors = {k: v for k, v in load["statuses"].items() if k not in ("200", "429")}
    warm = [kb for t, kb in samples if t >= warmup] or [kb for _, kb in samples]
    return {"clients": clients, "seconds": seconds, "elapsed_s": round(elapsed, 1), **load,
            "answers_per_s": round(load["answered"] / elapsed, 1), "errors": errors,
            "server_exit": proc.returncode, "server_stderr_tail": err.decode()[-500:],
            "stats_total": stats_total(data_dir),
            "rss_kb": {"warmup_s": warmup, "first_after_warmup": warm[0] if warm else None,
                       "last": warm[-1] if warm else None, "max": max(warm) if warm else None,
                       "samples": len(samples)}}


def main() -> None:
    """Run the load test, print the figures, exit 1 on errors or a totals mismatch."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--warmup", type=float, default=None, help="seconds before memory counts (10%%)")
    parser.add_argument("--json", action="store_true", help="print only the JSON result")
    args = parser.parse_args()
    warmup = args.warmup if args.warmup is not None else max(1.0, args.seconds / 10)
    with tempfile.TemporaryDirectory() as tmp:
        result = asyncio.run(run(args.clients, args.seconds, Path(tmp) / "data", warmup))
    ok = not result["errors"] and result["stats_total"] == result["answered"] and result["server_exit"] == 0
    result["ok"] = ok
    if args.json:  # the test's form: stdout only, nothing written in the repository
        print(json.dumps(result))
    else:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2), encoding="utf-8")
        rss = result["rss_kb"]
        growth = (rss["last"] - rss["first_after_warmup"]) / rss["first_after_warmup"] if rss["last"] else 0
        print(f"Load: {result['clients']} clients, {result['elapsed_s']} s against wegwijzer serve")
        print(f"  answered {result['answered']} ({result['answers_per_s']}/s), statuses {result['statuses']}")
        print(f"  errors other than 429: {result['errors'] or 'none'}")
        print(f"  statistics total {result['stats_total']} (answers received {result['answered']})")
        print(f"  server RSS after {rss['warmup_s']:g} s warm-up {rss['first_after_warmup']} kB, "
              f"last {rss['last']} kB ({growth:+.1%}), max {rss['max']} kB")
        print(f"  server exit after SIGTERM: {result['server_exit']}; {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
