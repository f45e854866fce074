"""Calibrate the semantic layer's weight and floor on the development sets only.

Prints top1 / top3 / out-of-scope declined / crisis recall / false crisis for every
combination of the settings given, pooled over every dev set (never a holdout). The crisis
head leaves each question out of its own vote. Question vectors are kept in bench/results/
so a second run takes seconds.
Usage: python bench/calibrate_semantic.py --grid semantic_weight=100,150 --grid semantic_floor=0.01
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import sys
from pathlib import Path
from typing import Sequence

import numpy as np

from wegwijzer.assistant import Assistant
from wegwijzer.evaluation import Question, score, wegwijzer_system
from wegwijzer.knowledge.base import load_or_raise
from wegwijzer.safety.knn import CrisisNeighbours
from wegwijzer.safety.knn_train import dev_questions
from wegwijzer.settings import Settings
from wegwijzer.understanding.embedder import VectorCache, shared_embedder

RESULTS = Path(__file__).resolve().parent / "results"


class QuestionVectors:
    """The model behind a store on disk: each text is embedded once, ever (this script only)."""

    def __init__(self) -> None:
        self._model = shared_embedder(1)
        self.name = self._model.name
        self._path = RESULTS / "vragen-vectoren.npz"
        self._known: dict[str, np.ndarray] = {}
        if self._path.exists():
            with np.load(self._path) as data:
                self._known = dict(zip((str(t) for t in data["texts"]), data["vectors"]))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._known]
        if missing:
            self._known.update(zip(missing, self._model.embed(missing)))
            if len(missing) > 1:  # batches only: one question at a time would rewrite the file each time
                RESULTS.mkdir(exist_ok=True)
                np.savez(self._path, texts=np.array(list(self._known)), vectors=np.vstack(list(self._known.values())))
        return np.vstack([self._known[t] for t in texts])


def measure(settings: Settings, questions: list[Question], kb_vectors: VectorCache) -> dict[str, object]:
    """Pooled metrics of the assistant with these match settings."""
    # The crisis head leaves each dev question out of its own vote: its figures are leave-one-out.
    neighbours = CrisisNeighbours.load()
    neighbours.leave_out_same = True
    assistant = Assistant(load_or_raise(settings.knowledge_dir), settings.match, vectors=kb_vectors,
                          neighbours=neighbours)
    predict = wegwijzer_system(assistant)
    return score(questions, [predict(q.q) for q in questions])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--grid", action="append", default=[],
                        help="setting=v1,v2 (a MatchSettings field), repeatable; all combinations are measured")
    args = parser.parse_args()
    grid = [(name, [float(v) for v in values.split(",")])
            for name, values in (g.split("=", 1) for g in args.grid)] or [("semantic_weight", [150.0])]
    questions = dev_questions()  # the same dev sets the crisis head is built from
    print(f"{len(questions)} vragen uit de ontwikkelsets", file=sys.stderr)
    model = QuestionVectors()
    model.embed([q.q for q in questions])  # all at once: one write of the store
    kb_vectors = VectorCache(model, None)
    base = Settings()
    print("".join(f"{n[:18]:>19}" for n, _ in grid) + f"{'top1':>7}{'top3':>7}{'oos':>7}{'crisis':>8}{'false':>7}")
    for combo in itertools.product(*(values for _, values in grid)):
        values = {n: int(v) if isinstance(getattr(base.match, n), int) else v for n, v in zip((n for n, _ in grid), combo)}
        match = dataclasses.replace(base.match, answer_cache=0, **values)
        m = measure(dataclasses.replace(base, match=match), questions, kb_vectors)
        print("".join(f"{v:19.3f}" for v in combo) + f"{m['top1']:7.3f}{m['top3']:7.3f}"
              f"{m['out_of_scope_declined']:7.3f}{m['crisis_recall']:8.3f}{m['false_crisis']:7.3f}", flush=True)


if __name__ == "__main__":
    main()
