"""How much does counting a question cost the answering thread? (issue 5)

Measures StatsStore.record() (a synchronous upsert + commit in WAL mode with
synchronous=NORMAL) while the background thread checkpoints, record() for a fallback
question (plus signal-word extraction), record_feedback(), and building the suppressed
report over two years of daily counters. Prints a table; not a test (no asserts).

    .venv/bin/python bench/bench_stats.py [--n 20000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wegwijzer.answer import Answer  # noqa: E402
from wegwijzer.knowledge.base import load_knowledge  # noqa: E402
from wegwijzer.settings import Settings  # noqa: E402
from wegwijzer.stats import StatsStore, Vocabulary  # noqa: E402

INTERVAL = float(__import__("os").environ.get("BENCH_INTERVAL", "0.2"))  # checkpoint every 0.2 s
SERVICES = [("schuldhulp", "zelfstandig-leven", "zl-1"), ("mantelzorg", "samen-leven", "sl-1"),
            ("cjg", "opgroeien-en-ontwikkelen", "oo-1"), ("dementie", "gezond-dorp", "gd-2")]


def make_answer(i: int, outcome: str = "answered") -> Answer:
    service, theme, doel = SERVICES[i % len(SERVICES)]
    if outcome != "answered":
        service = theme = doel = None  # type: ignore[assignment]
    return Answer(question="ik ben Jan en mijn paspoort is verlopen, bel 06-12345678",
                  service=service, confidence=0.8, alternatives=(), clarify=False, crisis=False,
                  theme=theme, answer="...", outcome=outcome, doel=doel)  # type: ignore[arg-type]


def timed(fn, n: int) -> list[float]:
    """Microseconds per call."""
    out = []
    for i in range(n):
        start = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - start) * 1e6)
    return out


def paced(fn, n: int, per_second: float) -> list[float]:
    """Like timed(), but at a steady rate: closer to a busy day than a tight loop."""
    out, gap = [], 1 / per_second
    next_at = time.perf_counter()
    for i in range(n):
        next_at += gap
        start = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - start) * 1e6)
        time.sleep(max(0.0, next_at - time.perf_counter()))
    return out


def row(name: str, samples: list[float]) -> str:
    q = statistics.quantiles(samples, n=1000)
    return (f"{name:34} {statistics.median(samples):8.1f} {q[989]:8.1f} {q[998]:8.1f} "
            f"{max(samples):9.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20000)
    n = parser.parse_args().n
    kb, _ = load_knowledge(Settings().knowledge_dir)
    with tempfile.TemporaryDirectory() as tmp:
        store = StatsStore(Path(tmp), Vocabulary(kb), interval=INTERVAL)
        results = [
            row("record (answered)", timed(lambda i: store.record(make_answer(i), "web"), n)),
            row("record (fallback + signal words)",
                timed(lambda i: store.record(make_answer(i, "fallback"), "telegram"), n)),
            row("record_feedback", timed(lambda i: store.record_feedback("cjg", i % 2 == 0, "web"), n)),
        ]
        store.close()
        store = StatsStore(Path(tmp) / "paced", Vocabulary(kb), interval=1.0)
        results.append(row("record at 500/s, checkpoint 1/s",
                           paced(lambda i: store.record(make_answer(i), "web"), 5000, 500)))
        store.close()
        print(f"{'per call, microseconds':34} {'median':>8} {'p99':>8} {'p99.9':>8} {'max':>9}")
        print("\n".join(results))
        clock = [dt.date(2024, 1, 1)]
        store = StatsStore(Path(tmp) / "two-years", today=lambda: clock[0], interval=3600)
        for day in range(730):  # two years, every service/channel/outcome every day
            clock[0] = dt.date(2024, 1, 1) + dt.timedelta(days=day)
            for i in range(12):
                store.record(make_answer(i, "answered" if i % 3 else "fallback"), "web" if i % 2 else "telegram")
        start = time.perf_counter()
        report = store.report()
        took = time.perf_counter() - start
        store.close()
        print(f"\nreport over 730 days ({report['total']} questions, "
              f"{len(report['per_week'])} weeks, {len(report['per_month'])} months): {took * 1000:.0f} ms")


if __name__ == "__main__":
    main()
