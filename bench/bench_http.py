"""HTTP speed: POST /api/ask of `wegwijzer serve` beside a fixed-body aiohttp server (the ceiling).

Both servers run in the same run on the same machine, each loaded in turn by a separate
load-generator process: wrk when it is installed (`apt-get install wrk`), otherwise this
script's own aiohttp client (`--client`). Writes bench/results/http.json.

Run: `make bench` or `.venv/bin/python bench/bench_http.py [--connections 50] [--seconds 10]`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "http.json"
QUESTIONS = ROOT / "tests" / "data" / "dev.jsonl"
WEGWIJZER = Path(sys.executable).parent / "wegwijzer"
FIXED = {"question": "x", "service": "schuldhulp", "confidence": 0.9, "alternatives": [],
         "clarify": False, "crisis": False, "theme": "zelfstandig-leven", "answer": "Vaste tekst."}


def questions() -> list[str]:
    """The dev-set questions, the load's request bodies."""
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["q"] for line in lines if line.strip()]


def free_port() -> int:
    """A port on 127.0.0.1 that is free right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 30.0) -> None:
    """Block until GET url answers 200 (raise when the process dies or time runs out)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} not ready after {timeout} s")


# --- the ceiling: aiohttp with a fixed JSON body ---------------------------------------

def run_ceiling(port: int) -> None:
    """Serve POST /api/ask with a fixed JSON body (reads the request body, like ours)."""
    from aiohttp import web

    async def ask(request: web.Request) -> web.Response:
        await request.read()
        return web.json_response(FIXED)

    async def health(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/api/ask", ask)
    app.router.add_get("/healthz", health)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


# --- the aiohttp load generator (a separate process) -----------------------------------

async def warm(url: str, bodies: list[str]) -> None:
    """Ask every question once (8 at a time), so that a following run sees only repeats."""
    import aiohttp

    limit = asyncio.Semaphore(8)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        async def one(body: str) -> None:
            async with limit, session.post(url, json={"question": body}) as r:
                await r.read()

        await asyncio.gather(*(one(b) for b in bodies))


async def load(url: str, connections: int, seconds: float, bodies: list[str]) -> dict[str, object]:
    """N workers POST questions for T seconds; latencies of 200s, counts per status."""
    import aiohttp

    latencies: list[float] = []
    statuses: dict[str, int] = {}
    end = time.monotonic() + seconds
    conn = aiohttp.TCPConnector(limit=connections)
    async with aiohttp.ClientSession(connector=conn, timeout=aiohttp.ClientTimeout(total=30)) as session:
        async def worker(i: int) -> None:
            n = i
            while time.monotonic() < end:
                body = {"question": bodies[n % len(bodies)]}
                n += connections
                t0 = time.perf_counter()
                try:
                    async with session.post(url, json=body) as r:
                        await r.read()
                        key = str(r.status)
                except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                    key = type(exc).__name__
                statuses[key] = statuses.get(key, 0) + 1
                if key == "200":
                    latencies.append(time.perf_counter() - t0)
        t_start = time.monotonic()
        await asyncio.gather(*(worker(i) for i in range(connections)))
        elapsed = time.monotonic() - t_start
    return {"tool": "aiohttp-client", "requests": sum(statuses.values()), "ok": len(latencies),
            "statuses": statuses, "seconds": round(elapsed, 2),
            "rps": round(len(latencies) / elapsed, 1), **percentiles(latencies)}


def percentiles(latencies: list[float]) -> dict[str, float | None]:
    """p50/p90/p99 in milliseconds."""
    if not latencies:
        return {"p50_ms": None, "p90_ms": None, "p99_ms": None}
    qs = statistics.quantiles(latencies, n=100, method="inclusive")
    return {"p50_ms": round(qs[49] * 1000, 2), "p90_ms": round(qs[89] * 1000, 2),
            "p99_ms": round(qs[98] * 1000, 2)}


def run_client(url: str, connections: int, seconds: float) -> dict[str, object]:
    """Start the aiohttp load generator as its own process and read its JSON."""
    out = subprocess.run([sys.executable, __file__, "--client", url, "--connections", str(connections),
                          "--seconds", str(seconds)], capture_output=True, text=True, check=True,
                         timeout=seconds + 120)
    return json.loads(out.stdout)


# --- wrk ------------------------------------------------------------------------------

LUA = """
local bodies = {%s}
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, bodies[(n %% #bodies) + 1])
end
"""


def run_wrk(url: str, connections: int, seconds: float, bodies: list[str]) -> dict[str, object]:
    """Load with wrk (two threads) and parse its --latency report."""
    quoted = ",".join("[==[" + json.dumps({"question": b}) + "]==]" for b in bodies)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(LUA % quoted)
    try:
        out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{int(seconds)}s", "--latency",
                              "-s", f.name, url], capture_output=True, text=True, check=True,
                             timeout=seconds + 60).stdout
    finally:
        os.unlink(f.name)
    unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}

    def pct(p: str) -> float:
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        return round(float(m.group(1)) * unit[m.group(2)], 2) if m else float("nan")
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {"tool": "wrk", "requests": total, "ok": total - (int(non2xx.group(1)) if non2xx else 0),
            "socket_errors": errors.group(1) if errors else None, "seconds": seconds,
            "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),  # type: ignore[union-attr]
            "p50_ms": pct("50"), "p90_ms": pct("90"), "p99_ms": pct("99")}


# --- the run --------------------------------------------------------------------------

def measure(cmd: list[str], env: dict[str, str], port: int, args: argparse.Namespace,
            use_wrk: bool, repeated: bool = False) -> dict[str, object]:
    """Start one server, warm it up, load it, stop it."""
    serving = "serve" in cmd
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE if serving else subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        if serving and proc.stdout:  # the line comes when every worker listens (one alone would answer /healthz)
            line = proc.stdout.readline()
            while line and not line.startswith("Wegwijzer draait"):
                line = proc.stdout.readline()
        wait_ready(f"http://127.0.0.1:{port}/healthz", proc)
        url = f"http://127.0.0.1:{port}/api/ask"
        bodies = questions()
        if repeated:  # every question answered once before: the run measures the answer cache
            asyncio.run(warm(url, bodies))
        run_client(url, 10, 2) if not use_wrk else run_wrk(url, 10, 2, bodies)  # warm-up
        if use_wrk:
            return run_wrk(url, args.connections, args.seconds, bodies)
        return run_client(url, args.connections, args.seconds)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def machine() -> dict[str, object]:
    """nproc and the CPU model."""
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), "?")
    return {"nproc": os.cpu_count(), "cpu": model, "python": sys.version.split()[0]}


def main() -> None:
    """Run the servers (1 and 2 workers, and the ceiling) under the same load and write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--client", metavar="URL", help="internal: run the load generator only")
    parser.add_argument("--ceiling", type=int, metavar="PORT", help="internal: run the fixed-body server")
    parser.add_argument("--no-wrk", action="store_true", help="use the aiohttp client even if wrk exists")
    args = parser.parse_args()
    if args.client:
        print(json.dumps(asyncio.run(load(args.client, args.connections, args.seconds, questions()))))
        return
    if args.ceiling:
        run_ceiling(args.ceiling)
        return
    use_wrk = shutil.which("wrk") is not None and not args.no_wrk
    runs: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "WEGWIJZER_RATE_LIMIT": "0", "WEGWIJZER_DATA_DIR": data}
        serve = [str(WEGWIJZER), "serve", "--host", "127.0.0.1", "--port"]
        # The dev questions cycle, so after the warm-up every one is a repeat (answer cache hits);
        # with the cache off every question costs a full answer, as if each were new.
        new = {"WEGWIJZER_ANSWER_CACHE": "0"}
        for name, extra, workers in (("repeated", {}, 1), ("new", new, 1), ("new_2_workers", new, 2)):
            port = free_port()
            runs[name] = measure(serve + [str(port), "--workers", str(workers)], {**env, **extra}, port,
                                 args, use_wrk, repeated=name == "repeated")
        port = free_port()
        runs["ceiling"] = measure([sys.executable, __file__, "--ceiling", str(port)], env, port, args, use_wrk)
    report(runs, args)


LABELS = {"repeated": "wegwijzer, repeated questions", "new": "wegwijzer, every question new",
          "new_2_workers": "  the same, 2 workers", "ceiling": "aiohttp fixed body (ceiling)"}


def report(runs: dict[str, dict[str, object]], args: argparse.Namespace) -> None:
    """Print the table and write bench/results/http.json."""
    ceiling = float(runs["ceiling"]["rps"])  # type: ignore[arg-type]
    ratios = {name: round(float(r["rps"]) / ceiling, 3) if ceiling else 0.0  # type: ignore[arg-type]
              for name, r in runs.items() if name != "ceiling"}
    scaling = round(float(runs["new_2_workers"]["rps"]) / max(float(runs["new"]["rps"]), 1e-9), 2)  # type: ignore[arg-type]
    result = {"machine": machine(), "connections": args.connections, "seconds": args.seconds,
              **runs, "ratio": ratios, "target_ratio": 0.6, "workers_2_over_1": scaling,
              "target_workers_2_over_1": 1.7}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"HTTP: POST /api/ask, {args.connections} connections, {args.seconds:g} s each, "
          f"load generator: {runs['ceiling']['tool']}")
    print(f"{'server':<32}{'req/s':>9}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'ok':>9}{'requests':>10}"
          f"{'ratio':>8}")
    for name, r in runs.items():
        ratio = f"{ratios[name]:.0%}" if name in ratios else ""
        print(f"{LABELS[name]:<32}{r['rps']:>9.0f}{r['p50_ms']:>9}{r['p90_ms']:>9}{r['p99_ms']:>9}"
              f"{r['ok']:>9}{r['requests']:>10}{ratio:>8}")
    print("ratio: requests per second as a share of the ceiling (target >= 60%)")
    print(f"new questions, 2 workers / 1 worker: {scaling:.2f}x (target >= 1.7x on 2 cores)")
    print(f"written: {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
