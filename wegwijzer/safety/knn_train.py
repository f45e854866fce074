"""Build the crisis head's neighbours (wegwijzer/safety/knn.npz) from the development sets.

    python -m wegwijzer.safety.knn_train            # write the shipped file
    python -m wegwijzer.safety.knn_train --folds 0  # only the leave-one-out table

Every question of dev*.jsonl and crisis_dev*.jsonl (never a holdout) is embedded with the
same model as residents' questions. The threshold table is leave-one-out: each question is
voted on by the others only, so it says what to expect on new questions by the same authors.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from wegwijzer.evaluation import Question, read_questions
from wegwijzer.safety.knn import CALM, KNN_FILE, SUICIDE, VIOLENCE, CrisisNeighbours
from wegwijzer.safety.train import DATA, dev_files
from wegwijzer.understanding.embedder import shared_embedder


def dev_questions(data_dir: Path = DATA) -> list[Question]:
    """Every development question, in a fixed order (file name, then line)."""
    return [q for p in dev_files(data_dir) for q in read_questions(p)]


def label(q: Question) -> int:
    """CALM, VIOLENCE or SUICIDE (a question that expects both counts as suicide: 113 first)."""
    if not q.crisis:
        return CALM
    return SUICIDE if "zelfmoordpreventie" in q.expect else VIOLENCE


def build(questions: list[Question]) -> CrisisNeighbours:
    """Embed the questions and keep them with their labels."""
    vectors = shared_embedder(1).embed([q.q for q in questions])
    return CrisisNeighbours(vectors, np.array([label(q) for q in questions], dtype=np.int8),
                            np.array([q.emergency for q in questions], dtype=np.int8), [q.q for q in questions],
                            services=["|".join(q.expect) for q in questions])


def save(head: CrisisNeighbours, path: Path = KNN_FILE) -> None:
    """Write vectors (float16: half the size, the same neighbours) with labels and texts."""
    np.savez_compressed(path, vectors=head.vectors.astype(np.float16), labels=head.labels,
                        emergency=head.emergency, texts=np.array(head.texts), services=np.array(head.services))


def leave_one_out(head: CrisisNeighbours, questions: list[Question]) -> None:
    """Recall and false alarms per threshold, crisis and 112, each question voted on by the others."""
    votes = [head.vote(head.vectors[i].copy(), skip=i) for i in range(len(questions))]
    crisis = np.array([q.crisis for q in questions])
    urgent = np.array([q.emergency for q in questions])
    print(f"k={head.k}, scherpte {head.sharpness}, {len(questions)} vragen, {crisis.sum()} crisis, {urgent.sum()} 112")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        c = np.array([v.crisis >= t for v in votes])
        e = np.array([v.emergency >= t for v in votes])
        print(f"drempel {t:.2f}: crisis recall {c[crisis].mean():.3f} vals {c[~crisis].mean():.4f}"
              f" | 112 recall {e[urgent].mean():.3f} vals {e[~urgent].mean():.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=1, help="0: only print the leave-one-out table")
    args = parser.parse_args()
    questions = dev_questions()
    head = build(questions)
    leave_one_out(head, questions)
    if args.folds:
        save(head)
        print(f"geschreven: {KNN_FILE}")


if __name__ == "__main__":
    main()
