"""The guard for changes that must not change any answer: every question set, before and after.

Runs Assistant.ask (shipped settings, semantic layer on, answer cache off) on every question
of tests/data/*.jsonl (or of the sets --sets names), here and at commit REV (a temporary git
worktree, in a subprocess with PYTHONPATH on it), and compares outcome, service, crisis,
emergency and answer text; the rest of the answer object (confidence, alternatives, reason,
...) is counted apart. Takes minutes: two passes of ~3,600 questions through the language model.

Run: `.venv/bin/python bench/compare_answers.py --at a6677cc [--sets 'dev*.jsonl']`. Prints the
differences; exits 1 when one of the five compared fields differs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from bench_cpu import ROOT, checked_out, knowledge_loader

COMPARED = ("outcome", "service", "crisis", "emergency", "answer")


def answer_all(root: Path, out: Path, sets: str) -> None:
    """One JSON line per question of root's tests/data/<sets>: the answer object, plus emergency."""
    sys.path.insert(0, str(root))
    from wegwijzer.assistant import Assistant
    from wegwijzer.settings import MatchSettings, Settings
    from wegwijzer.understanding.embedder import VectorCache, shared_embedder

    kb = knowledge_loader()(Settings().knowledge_dir)
    assistant = Assistant(kb, replace(MatchSettings(), answer_cache=0), vectors=VectorCache(shared_embedder(1)))
    with out.open("w", encoding="utf-8") as f:
        for path in sorted((root / "tests" / "data").glob(sets)):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    data = assistant.ask(json.loads(line)["q"]).to_dict(explain=True)
                    data["emergency"] = data["outcome"] == "emergency"
                    f.write(json.dumps({"where": f"{path.name}:{n}", **data}, ensure_ascii=False) + "\n")


def produce(root: Path, out: Path, sets: str) -> None:
    """answer_all in a fresh subprocess with root's package first on the path."""
    env = {**os.environ, "PYTHONPATH": str(root), "OMP_NUM_THREADS": "1"}
    subprocess.run([sys.executable, __file__, "--answer", str(root), str(out), "--sets", sets], env=env, check=True)


def compare(before: Path, after: Path) -> tuple[list[str], int]:
    """Lines naming each difference in the compared fields, and the count of other differences."""
    old = [json.loads(line) for line in before.read_text(encoding="utf-8").splitlines()]
    new = [json.loads(line) for line in after.read_text(encoding="utf-8").splitlines()]
    if [a["where"] for a in old] != [b["where"] for b in new]:
        return ["the question sets differ between the two commits"], 0
    found, other = [], 0
    for a, b in zip(old, new):
        fields = [k for k in COMPARED if a.get(k) != b.get(k)]
        if fields:
            found.append(f"{a['where']}: {', '.join(fields)} ({a['outcome']}/{a['service']} -> "
                         f"{b['outcome']}/{b['service']})")
        elif a != b:
            other += 1
    return found, other


def main() -> None:
    """Answer every question here and at REV, then compare."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--at", metavar="REV", required=False, help="the commit to compare with")
    parser.add_argument("--sets", metavar="GLOB", default="*.jsonl",
                        help="which files of tests/data (default: *.jsonl, every set)")
    parser.add_argument("--answer", nargs=2, metavar=("ROOT", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.answer:
        answer_all(Path(args.answer[0]), Path(args.answer[1]), args.sets)
        return
    if not args.at:
        parser.error("--at REV is needed")
    if not any((ROOT / "tests" / "data").glob(args.sets)):
        parser.error(f"no file in tests/data matches {args.sets}")
    with tempfile.TemporaryDirectory(prefix="wegwijzer-answers-") as tmp:
        before, after = Path(tmp) / "before.jsonl", Path(tmp) / "after.jsonl"
        with checked_out(args.at) as tree:
            produce(tree, before, args.sets)
        produce(ROOT, after, args.sets)
        found, other = compare(before, after)
        total = len(after.read_text(encoding="utf-8").splitlines())
    print("\n".join(found))
    print(f"{total} questions: {len(found)} differ in {', '.join(COMPARED)}; "
          f"{other} more differ only elsewhere in the answer object (confidence, reason, ...)")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
