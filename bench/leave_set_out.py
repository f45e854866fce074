"""Score each development set with models that never saw it: the honest figure for tuning.

`make eval` on a dev set flatters the learnt parts, because the crisis word model and the
neighbours (route and crisis votes) learnt from that very set. Here each dev set is scored by
an assistant whose word model is relearnt without the set and whose neighbours drop its
questions; the phrase rules stay as they are (they were written on every dev set, so read a
rule change with the sets it was written on in mind). Prints one line per set and the pooled
figures; `--dump FILE` writes every answer as JSON lines for a closer look.
Usage: python bench/leave_set_out.py [--only dev46 dev47] [--dump answers.jsonl]
Takes about 16 minutes for all dev sets on two cores.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from multiprocessing import Pool
from pathlib import Path

import numpy as np

from wegwijzer.assistant import Assistant, vector_cache
from wegwijzer.evaluation import Prediction, Question, read_questions, score, wegwijzer_system
from wegwijzer.knowledge.base import load_or_raise
from wegwijzer.safety import train
from wegwijzer.safety.knn import CrisisNeighbours, shipped_neighbours
from wegwijzer.settings import Settings

SHOWN = {"top1": "top1", "top3": "top3", "crisis_recall": "crisis", "false_crisis": "vals alarm",
         "out_of_scope_declined": "buiten", "emergency_112_first": "112 eerst"}


def without(path: Path, data_dir: Path) -> Assistant:
    """An assistant whose word model and neighbours never saw the questions in path."""
    model = train.train([e for p in train.dev_files() if p != path for e in train.examples_of(p)])
    texts = {q.q for q in read_questions(path)}
    base = shipped_neighbours()
    keep = np.array([t not in texts for t in base.texts])
    neighbours = CrisisNeighbours(base.vectors[keep], base.labels[keep], base.emergency[keep],
                                  [t for t, k in zip(base.texts, keep) if k],
                                  services=[s for s, k in zip(base.services, keep) if k])
    settings = Settings(data_dir=data_dir)
    return Assistant(load_or_raise(settings.knowledge_dir), settings.match, safety=model,
                     vectors=vector_cache(settings), neighbours=neighbours)


def run(path: Path) -> tuple[str, list[Question], list[Prediction]]:
    """The questions of one set and the answers of an assistant that never saw them."""
    questions = read_questions(path)
    predict = wegwijzer_system(without(path, Path(tempfile.mkdtemp(prefix="wegwijzer-lso-"))))
    return path.stem, questions, [predict(q.q) for q in questions]


def line(name: str, questions: list[Question], predictions: list[Prediction]) -> str:
    """One row of the table."""
    scores = score(questions, predictions)
    cells = "".join(f"{'-' if scores[m] is None else format(scores[m], '.3f'):>11}" for m in SHOWN)
    return f"{name:16}{len(questions):6d}{cells}"


def dump(out: Path, results: list[tuple[str, list[Question], list[Prediction]]]) -> None:
    """Every answer beside its label, for reading misses."""
    with out.open("w", encoding="utf-8") as fh:
        for name, questions, predictions in results:
            for q, p in zip(questions, predictions):
                fh.write(json.dumps({"file": name, "q": q.q, "expect": list(q.expect), "crisis": q.crisis,
                                     "kind": q.kind, "lang": q.lang, "service": p.service,
                                     "alts": list(p.alternatives), "got_crisis": p.crisis,
                                     "first": p.first_line}, ensure_ascii=False) + "\n")


def main() -> None:
    """Score the chosen dev sets (all by default), two at a time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="set names, e.g. dev46")
    parser.add_argument("--dump", type=Path, help="write every answer to this JSON lines file")
    args = parser.parse_args()
    paths = [p for p in train.dev_files() if not args.only or p.stem in args.only]
    with Pool(2) as pool:
        results = pool.map(run, paths, chunksize=1)
    print(f"{'set':16}{'n':>6}" + "".join(f"{label:>11}" for label in SHOWN.values()))
    for name, questions, predictions in results:
        print(line(name, questions, predictions))
    print(line("alle sets", [q for _, qs, _ in results for q in qs], [p for _, _, ps in results for p in ps]))
    if args.dump:
        dump(args.dump, results)


if __name__ == "__main__":
    main()
