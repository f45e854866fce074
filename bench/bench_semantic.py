"""The semantic layer's cost, side by side in one run (issue 12).

1. A new question through the whole assistant with and without the semantic layer
   (median and p99), the model's own embedding time alone (the floor), and the pipeline's
   overhead above that floor.
2. /healthz while 50 clients send new questions to a real `wegwijzer serve`: the event loop
   must not wait for the model (target p99 < 20 ms).

Questions: the dev sets' (never a holdout), each asked once, so the answer cache never helps.
Run: `make bench` or `.venv/bin/python bench/bench_semantic.py [--questions 300] [--seconds 10]`.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_http import free_port, wait_ready  # type: ignore[import-not-found]

from wegwijzer.assistant import build_assistant
from wegwijzer.settings import Settings
from wegwijzer.understanding.embedder import shared_embedder

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "semantic.json"
WEGWIJZER = Path(sys.executable).parent / "wegwijzer"


def dev_questions(n: int) -> list[str]:
    """n distinct questions from the dev sets, in a fixed order."""
    seen: dict[str, None] = {}
    for path in sorted((ROOT / "tests" / "data").glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen[json.loads(line)["q"]] = None
    return list(seen)[:n]


def timed(fn, items: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    """Milliseconds per call."""
    out = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - start) * 1000)
    return out


def summary(ms: list[float]) -> dict[str, float]:
    """Median and p99 in milliseconds."""
    ordered = sorted(ms)
    return {"median_ms": round(statistics.median(ordered), 2),
            "p99_ms": round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 2)}


def in_process(questions: list[str], data_dir: Path) -> dict[str, dict[str, float]]:
    """Whole assistant with and without the layer, and the embedding alone."""
    base = Settings(data_dir=data_dir)
    off = dataclasses.replace(base, match=dataclasses.replace(base.match, semantic=False, answer_cache=0))
    on = dataclasses.replace(base, match=dataclasses.replace(base.match, answer_cache=0))
    with_layer, without = build_assistant(on), build_assistant(off)
    model = shared_embedder(1)
    for q in questions[:20]:  # warm up both (lemma caches, the engine's pages)
        with_layer.ask(q), without.ask(q), model.embed([q])
    out = {"zonder taalmodel": summary(timed(without.ask, questions)),
           "met taalmodel": summary(timed(with_layer.ask, questions)),
           "alleen het taalmodel (de vloer)": summary(timed(lambda q: model.embed([q]), questions))}
    floor, whole = out["alleen het taalmodel (de vloer)"], out["met taalmodel"]
    out["overhead boven de vloer"] = {k: round(100 * (whole[k] - floor[k]) / floor[k], 1) for k in floor}
    return out


async def healthz_under_load(port: int, questions: list[str], clients: int, seconds: float) -> dict[str, float]:
    """p50/p99 of GET /healthz while `clients` post new questions as fast as they can."""
    import aiohttp

    url = f"http://127.0.0.1:{port}"
    stop = time.monotonic() + seconds
    pending = iter(questions * 10)
    asked = 0

    async def client(session: aiohttp.ClientSession) -> None:
        nonlocal asked
        while time.monotonic() < stop:
            q = next(pending, None)
            if q is None:
                return
            async with session.post(f"{url}/api/ask", json={"question": f"{q} ({asked})"}) as r:
                await r.read()
                asked += 1

    async def probe(session: aiohttp.ClientSession) -> list[float]:
        out = []
        while time.monotonic() < stop:
            start = time.perf_counter()
            async with session.get(f"{url}/healthz") as r:
                await r.read()
            out.append((time.perf_counter() - start) * 1000)
            await asyncio.sleep(0.05)
        return out

    connector = aiohttp.TCPConnector(limit=clients + 5)
    async with aiohttp.ClientSession(connector=connector) as session:
        results = await asyncio.gather(probe(session), *(client(session) for _ in range(clients)))
    probes = results[0]
    return dict(summary(probes), probes=len(probes), questions_per_s=round(asked / seconds, 1))


def served(questions: list[str], clients: int, seconds: float, data_dir: Path) -> dict[str, float]:
    """Start `wegwijzer serve` (rate limit off) and measure /healthz under load."""
    port = free_port()
    env = dict(os.environ, WEGWIJZER_DATA_DIR=str(data_dir), WEGWIJZER_RATE_LIMIT="0")
    proc = subprocess.Popen([str(WEGWIJZER), "serve", "--port", str(port), "--workers", "1"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(f"http://127.0.0.1:{port}/healthz", proc, timeout=60)
        return asyncio.run(healthz_under_load(port, questions, clients, seconds))
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    questions = dev_questions(args.questions)
    with tempfile.TemporaryDirectory() as tmp:
        result = {"in het proces (ms)": in_process(questions, Path(tmp)),
                  f"/healthz terwijl {args.clients} clients nieuwe vragen sturen (ms)":
                      served(questions, args.clients, args.seconds, Path(tmp))}
    print(json.dumps(result, indent=2, ensure_ascii=False))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
