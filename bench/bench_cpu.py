"""CPU per new question: Assistant.ask without and with the semantic layer, with a profile.

Questions: every distinct question of tests/data/dev*.jsonl (the development sets, several
languages, one word to long stories), one call each with the answer cache off, so every call
is a new question's full work. CPU time is time.process_time() around each call, single
thread (the language model runs with one thread). (a) without the semantic layer: all
questions; (b) with it: every 12th question (the model costs ~36 ms each). Then a cProfile
of (a), top 15 by cumulative time.

`--at REV` measures commit REV as well (checked out into a temporary git worktree and run in
a subprocess with PYTHONPATH on it), and prints it beside this tree: before and after in one run.

Run: `make bench` or `.venv/bin/python bench/bench_cpu.py [--at a6677cc]`.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
MODEL_EVERY = 12  # (b) asks every 12th question: the model's time dominates and varies little
WARM_UP = 10
PROFILE_LINES = 15


def questions(root: Path) -> list[str]:
    """Every distinct development question, in file order (file names sorted)."""
    seen: dict[str, None] = {}
    for path in sorted((root / "tests" / "data").glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen[json.loads(line)["q"]] = None
    return list(seen)


def cpu_per_question(ask, qs: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    """CPU seconds per call, one call per question, after a short warm-up."""
    for q in qs[:WARM_UP]:
        ask(q)
    out = []
    for q in qs:
        t0 = time.process_time()
        ask(q)
        out.append(time.process_time() - t0)
    return out


def profile(ask, qs: list[str]) -> str:  # type: ignore[no-untyped-def]
    """cProfile's top lines by cumulative time over all questions."""
    prof = cProfile.Profile()
    prof.enable()
    for q in qs:
        ask(q)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).strip_dirs().sort_stats("cumulative").print_stats(PROFILE_LINES)
    lines = out.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    return "\n".join(line.rstrip() for line in lines[start:] if line.strip())


def knowledge_loader() -> Callable[[Path], Any]:
    """load_or_raise of the commit on the path: in wegwijzer.knowledge.base, or one module higher."""
    try:
        return importlib.import_module("wegwijzer.knowledge.base").load_or_raise
    except ModuleNotFoundError:  # a commit from before wegwijzer/knowledge/ was a package
        return importlib.import_module("wegwijzer.knowledge").load_or_raise


def measure(root: Path) -> dict[str, object]:
    """All figures for the wegwijzer package found under `root`."""
    sys.path.insert(0, str(root))
    from wegwijzer.assistant import Assistant
    from wegwijzer.settings import MatchSettings, Settings
    from wegwijzer.understanding.embedder import VectorCache, shared_embedder

    import wegwijzer

    assert Path(wegwijzer.__file__).is_relative_to(root), f"wegwijzer came from {wegwijzer.__file__}, not {root}"
    qs = questions(root)
    kb = knowledge_loader()(Settings().knowledge_dir)
    plain = Assistant(kb, MatchSettings(semantic=False, answer_cache=0))
    without = cpu_per_question(plain.ask, qs)
    prof = profile(plain.ask, qs)
    model = Assistant(kb, replace(MatchSettings(), answer_cache=0), vectors=VectorCache(shared_embedder(1)))
    with_model = cpu_per_question(model.ask, qs[::MODEL_EVERY])
    return {"questions": len(qs), "without": _summary(without), "with": _summary(with_model), "profile": prof}


def _summary(times: list[float]) -> dict[str, float]:
    return {"n": len(times), "median_ms": statistics.median(times) * 1000, "mean_ms": statistics.fmean(times) * 1000,
            "total_s": sum(times)}


def run(root: Path) -> dict[str, object]:
    """The measurement in a fresh subprocess, with `root`'s package first on the path."""
    env = {**os.environ, "PYTHONPATH": str(root), "OMP_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, __file__, "--measure", str(root)], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout)


@contextmanager
def checked_out(rev: str) -> Iterator[Path]:
    """Commit `rev` in a temporary git worktree, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="wegwijzer-bench-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), rev], check=True)
        try:
            yield tree
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def run_at(rev: str) -> dict[str, object]:
    """The measurement at commit `rev`."""
    with checked_out(rev) as tree:
        return run(tree)


def report(columns: dict[str, dict[str, object]]) -> str:
    """The figures side by side, then each column's profile."""
    names = list(columns)
    first = columns[names[0]]
    lines = [f"CPU per new question (time.process_time, one thread, answer cache off): "
             f"{first['questions']} development questions without the model, every {MODEL_EVERY}th with it",
             f"{'':<34}" + "".join(f"{n:>18}" for n in names)]
    for key, label in (("without", "(a) without model"), ("with", "(b) with model")):
        for stat in ("median_ms", "mean_ms"):
            cells = "".join(f"{columns[n][key][stat]:>15.3f} ms" for n in names)  # type: ignore[index]
            lines.append(f"{label + ', ' + stat[:-3]:<34}{cells}")
    for name in names:
        lines += ["", f"Profile of (a), {name}: top {PROFILE_LINES} by cumulative time (cProfile)",
                  str(columns[name]["profile"])]
    return "\n".join(lines)


def main() -> None:
    """Measure this tree (and REV with --at) and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--at", metavar="REV", help="also measure this commit (the 'before')")
    parser.add_argument("--measure", metavar="ROOT", help=argparse.SUPPRESS)  # the subprocess's side
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure))))
        return
    columns: dict[str, dict[str, object]] = {}
    if args.at:
        columns[f"before ({args.at})"] = run_at(args.at)
    columns["this tree"] = run(ROOT)
    print(report(columns))


if __name__ == "__main__":
    main()
