"""Matching speed: wegwijzer's assistant beside the two `wegwijzer eval` baselines.

Knowledge bases: the shipped one, and generated ones of 1,000 and 10,000 entries (copies of
the shipped services with new ids and words drawn from a vocabulary that grows with the
size). Questions: tests/data/dev.jsonl. Per size: start-up (build the index), memory per
entry (tracemalloc), median and p99 time per question. Writes bench/results/matching.json.

Run: `make bench` or `.venv/bin/python bench/bench_matching.py [--sizes 1000,10000]`.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wegwijzer.assistant import Assistant  # noqa: E402
from wegwijzer.evaluation import bm25_baseline, rapidfuzz_baseline, read_questions  # noqa: E402
from wegwijzer.knowledge.base import KnowledgeBase, Service, load_or_raise  # noqa: E402
from wegwijzer.settings import Settings  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "matching.json"
QUESTIONS = ROOT / "tests" / "data" / "dev.jsonl"
RAPIDFUZZ_SUBSET = 30  # the rapidfuzz baseline is O(entries) per question: a subset at large sizes

ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
          "br", "dr", "gr", "kl", "kr", "pl", "sch", "schr", "sl", "sp", "st", "str", "tr", "vl", "zw"]
VOWELS = ["a", "e", "i", "o", "u", "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ij", "ui", "ou", "ei"]
CODAS = ["", "", "k", "l", "m", "n", "p", "r", "s", "t", "ng", "nd", "rt", "st", "cht", "rk"]
SUFFIXES = ["", "", "", "ing", "heid", "en", "er", "lijk", "schap", "te"]


def synthetic_vocabulary(size: int, rng: random.Random) -> list[str]:
    """Dutch-looking made-up words (two or three syllables), `size` distinct ones."""
    words: set[str] = set()
    while len(words) < size:
        syllables = rng.choice((2, 2, 3))
        word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables))
        words.add(word + rng.choice(SUFFIXES))
    return sorted(words)


def generate(kb: KnowledgeBase, size: int, seed: int = 7) -> KnowledgeBase:
    """A knowledge base of `size` services: the shipped ones plus generated copies."""
    rng = random.Random(seed)
    shipped = [s for s in kb.services if not s.crisis]  # copies of crisis services would skew routing
    real_words = sorted({w for s in kb.services for p in s.words for w in p.split()})
    vocab = synthetic_vocabulary(max(200, size * 4), rng)
    services = list(kb.services)
    for n in range(1, size - len(kb.services) + 1):
        services.append(_copy(rng.choice(shipped), n, rng, vocab, real_words))
    return replace(kb, services=tuple(services))


def _copy(s: Service, n: int, rng: random.Random, vocab: list[str], real: list[str]) -> Service:
    own = rng.sample(vocab, 6)  # this entry's own rare words, so postings spread out

    def phrase(k: int) -> str:
        return " ".join(rng.choice(own) if rng.random() < 0.6 else rng.choice(real) for _ in range(k))

    words = tuple(own) + tuple(rng.sample(s.words, min(4, len(s.words)))) + tuple(phrase(2) for _ in range(4))
    examples = tuple(f"{ex.rstrip('?')} {phrase(2)}?" for ex in s.examples[:8])
    return s.model_copy(update={
        "id": f"gen-{n:05d}", "title": f"{s.title} {own[0]}", "summary": f"{s.summary} {phrase(3)}",
        "words": words, "examples": examples})


def timed(fn: Callable[[str], object], questions: list[str]) -> list[float]:
    """Seconds per call, one call per question."""
    out = []
    for q in questions:
        t0 = time.perf_counter()
        fn(q)
        out.append(time.perf_counter() - t0)
    return out


def summary(times: list[float]) -> dict[str, float | int]:
    """Median and p99 in milliseconds."""
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return {"n": len(times), "median_ms": round(statistics.median(ordered) * 1000, 3),
            "p99_ms": round(p99 * 1000, 3)}


def build_measured(kb: KnowledgeBase, settings: Settings) -> tuple[Assistant, float, float]:
    """The assistant, its start-up seconds, and traced bytes of the index per entry."""
    gc.collect()
    t0 = time.perf_counter()
    match = replace(settings.match, answer_cache=0)  # every call is a new question's full work
    assistant = Assistant(kb, match)
    startup = time.perf_counter() - t0
    del assistant
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    assistant = Assistant(kb, match)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return assistant, startup, (after - before) / len(kb.services)


def bench_size(name: str, kb: KnowledgeBase, settings: Settings, questions: list[str],
               load_s: float | None) -> dict[str, object]:
    """All measurements for one knowledge base."""
    t0 = time.perf_counter()
    assistant, startup, per_entry = build_measured(kb, settings)
    for q in questions[:5]:  # warm-up: lazy lemma tables, template compilation
        assistant.ask(q)
    rf_questions = questions if len(kb.services) <= 1000 else questions[:RAPIDFUZZ_SUBSET]
    bases = {"rapidfuzz": rapidfuzz_baseline(assistant), "bm25": bm25_baseline(assistant)}
    row: dict[str, object] = {
        "knowledge_base": name, "entries": len(kb.services),
        "load_s": None if load_s is None else round(load_s, 3),
        "index_terms": len(assistant.index.postings),
        "startup_index_s": round(startup, 3), "memory_per_entry_kb": round(per_entry / 1024, 2),
        "wegwijzer": summary(timed(assistant.ask, questions)),
        "rapidfuzz": summary(timed(bases["rapidfuzz"], rf_questions)),
        "bm25": summary(timed(bases["bm25"], questions)),
    }
    row["rapidfuzz_subset"] = len(rf_questions) < len(questions)
    row["wall_s"] = round(time.perf_counter() - t0, 1)
    return row


def table(rows: list[dict[str, object]]) -> str:
    """The results as a plain-text table."""
    head = (f"{'base':<10}{'entries':>8}{'terms':>7}{'index s':>9}{'KB/entry':>9}  "
            f"{'wegwijzer med/p99 ms':>21}{'rapidfuzz med/p99 ms':>23}{'bm25 med/p99 ms':>19}")
    lines = [head, "-" * len(head)]
    for r in rows:
        cells = []
        for system in ("wegwijzer", "rapidfuzz", "bm25"):
            s = r[system]  # type: ignore[index]
            mark = "*" if system == "rapidfuzz" and r["rapidfuzz_subset"] else ""
            cells.append(f"{s['median_ms']:.2f} / {s['p99_ms']:.2f}{mark}")  # type: ignore[index]
        lines.append(f"{r['knowledge_base']:<10}{r['entries']:>8}{r['index_terms']:>7}{r['startup_index_s']:>9.2f}"
                     f"{r['memory_per_entry_kb']:>9.1f}  {cells[0]:>21}{cells[1]:>23}{cells[2]:>19}")
    if any(r["rapidfuzz_subset"] for r in rows):
        lines.append(f"* rapidfuzz timed on the first {RAPIDFUZZ_SUBSET} questions only (it is slow at this size)")
    return "\n".join(lines)


def main() -> None:
    """Run the benchmark and write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="generated sizes, comma-separated")
    args = parser.parse_args()
    settings = Settings()
    questions = [q.q for q in read_questions(QUESTIONS)]
    t0 = time.perf_counter()
    shipped = load_or_raise(settings.knowledge_dir)
    load_s = time.perf_counter() - t0
    rows = [bench_size("shipped", shipped, settings, questions, load_s)]
    for size in (int(s) for s in args.sizes.split(",") if s.strip()):
        t0 = time.perf_counter()
        kb = generate(shipped, size)
        rows.append(bench_size(f"gen-{size}", kb, settings, questions, time.perf_counter() - t0))
        print(f"  {size} entries done in {rows[-1]['wall_s']} s", file=sys.stderr)
    targets = {"shipped_median_ms": 2.0, "10000_median_ms": 20.0}
    result = {"questions": len(questions), "question_file": "tests/data/dev.jsonl", "targets": targets,
              "rows": rows}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"Matching: {len(questions)} questions from tests/data/dev.jsonl, one call each")
    print(table(rows))
    print("targets: median < 2 ms (shipped), < 20 ms (10,000 entries);",
          "load_s = reading YAML (shipped) or generating (gen-*)")
    print(f"written: {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
