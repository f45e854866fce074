"""Learn the writer model (wegwijzer.understanding.writer_model) from the development sets.

Run `python -m wegwijzer.understanding.writer_train` after changing a development set; it rewrites
wegwijzer/understanding/writer_model.json. Only development sets whose every question says who
wrote it (the "child" key) are read, never a holdout. Training is deterministic, and a test checks
that the shipped file is what this code makes from tests/data.

`--folds` prints, per threshold, what the rules and the model together find when each set is
scored by a model that never saw that set (one author per set: no author is learnt and scored).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from wegwijzer.understanding.logistic import fit, write_weights
from wegwijzer.understanding.writer import young_writer
from wegwijzer.understanding.writer_model import MODEL_FILE, WriterModel, features

DATA = Path(__file__).resolve().parent.parent.parent / "tests" / "data"
EPOCHS, RATE, L2, SEED = 20, 0.2, 1e-2, 20261206
Example = tuple[frozenset[str], int, str, str]  # features, written by a child, set, question


def examples(data_dir: Path = DATA) -> list[Example]:
    """(features, child, set name, question) for every question of the sets that mark the writer."""
    out: list[Example] = []
    for path in sorted(data_dir.glob("*.jsonl")):
        if not path.stem.startswith(("dev", "crisis_dev")):
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if rows and all("child" in row for row in rows):
            out += [(features(row["q"]), int(row["child"]), path.stem, row["q"]) for row in rows]
    return out


def train(data: list[Example], seed: int = SEED) -> WriterModel:
    """Logistic regression (wegwijzer.understanding.logistic.fit), from a fixed order."""
    order = sorted(data, key=lambda e: e[3])
    return WriterModel(*fit([(found, label) for found, label, _, _ in order], EPOCHS, RATE, L2, seed))


def save(model: WriterModel, path: Path = MODEL_FILE) -> None:
    """Write the weights as JSON (sorted, so a diff shows what changed)."""
    write_weights(path, model.weights, model.bias)


def cross_validate(data: list[Example]) -> list[tuple[WriterModel, int, str]]:
    """(model, child, question) for every question: the model learnt without the question's set."""
    out: list[tuple[WriterModel, int, str]] = []
    for name in sorted({e[2] for e in data}):
        model = train([e for e in data if e[2] != name])
        out += [(model, label, q) for _, label, set_name, q in data if set_name == name]
    return out


def main() -> None:
    """Train and save, or report cross-validation beside the rules."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", action="store_true", help="cross-validate per set instead of saving")
    data = examples()
    if not parser.parse_args().folds:
        save(train(data))
        print(f"{MODEL_FILE.name}: learnt from {len(data)} questions")
        return
    scored = cross_validate(data)
    children = sum(y for _, y, _ in scored)
    for tau in (0.5, 0.6, 0.7, 0.8, 0.9, 1.01):
        found = [(y, young_writer(q, model, tau)) for model, y, q in scored]
        tp = sum(1 for y, f in found if y and f)
        fp = sum(1 for y, f in found if f and not y)
        print(f"threshold {tau:.2f}: children {tp / children:.3f} ({tp}/{children}), "
              f"adults taken for a child {fp / (len(scored) - children):.4f} ({fp}/{len(scored) - children})")


if __name__ == "__main__":
    main()
