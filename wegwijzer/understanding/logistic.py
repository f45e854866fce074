"""What the two small word models share: word pieces, the logistic function and its training.

The crisis word model (wegwijzer.safety.model) and the writer model
(wegwijzer.understanding.writer_model) are both logistic regressions over sets of text features,
learnt by the same stochastic gradient descent from the development sets.
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

PIECE = 4  # letters in a word piece


def pieces(tokens: Iterable[str]) -> set[str]:
    """Each word's four-letter pieces, with its edges marked ("<mes" "mesj" "esje" "sje>")."""
    # Pieces carry a word across typos and compounds: "slaad" shares "#slaa" with "slaat".
    out: set[str] = set()
    for token in tokens:
        word = f"<{token}>"
        out.update("#" + word[i:i + PIECE] for i in range(len(word) - PIECE + 1))
    return out


def sigmoid(z: float) -> float:
    """The logistic function, clamped so a long message cannot overflow exp()."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def read_weights(path: Path) -> tuple[Any, Any]:
    """(weights, bias) from a model file written by write_weights."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["weights"], data["bias"]


def write_weights(path: Path, weights: Any, bias: Any) -> None:
    """Write a model's weights as JSON (sorted, so a diff shows what changed)."""
    path.write_text(json.dumps({"bias": bias, "weights": weights}, indent=0, sort_keys=True,
                               ensure_ascii=False) + "\n", encoding="utf-8")


def fit(rows: Sequence[tuple[frozenset[str], int]], epochs: int, rate: float, l2: float,
        seed: int, runs: int = 1) -> tuple[dict[str, float], float]:
    """Weights and bias by stochastic gradient descent with L2, averaged over `runs` runs.

    Deterministic: run r shuffles epoch e with seed + r * epochs + e; small weights are dropped
    (see below) and the rest rounded, so the same rows always give the same file.
    """
    # One run's last few steps decide which borderline questions land over a threshold (a
    # crisis set's recall moved by up to 16 of 320 between seeds); the mean of several runs
    # moves about half as much.
    names = sorted({f for found, _ in rows for f in found})
    index = {f: i for i, f in enumerate(names)}
    data = [(np.array(sorted(index[f] for f in found), dtype=np.int64), label) for found, label in rows]
    total, bias = np.zeros(len(names)), 0.0
    for run in range(runs):
        w, b = _descend(data, len(names), epochs, rate, l2, seed + run * epochs)
        total += w
        bias += b
    mean = total / runs
    # Kept: weights with |mean| / runs >= 0.01, so a mean of at least 0.05 for five runs (0.01 for one).
    # The second division by runs came with the first version of averaging by accident; the shipped
    # model was built and measured with it, so it stays until a relearn with 0.01 on the mean is measured.
    return ({f: round(float(v), 4) for f, v in zip(names, mean) if abs(v) / runs >= 0.01},
            round(bias / runs, 4))


def _descend(data: list[tuple[np.ndarray, int]], size: int, epochs: int, rate: float, l2: float,
             seed: int) -> tuple[np.ndarray, float]:
    """One run of stochastic gradient descent over the rows, in the order each epoch's seed gives."""
    w, b = np.zeros(size), 0.0
    keep = 1.0 - rate * l2  # the L2 step, only on the features a row has
    order = list(range(len(data)))
    for epoch in range(epochs):
        random.Random(seed + epoch).shuffle(order)
        for k in order:
            found, label = data[k]
            error = sigmoid(b + float(w[found].sum())) - label
            b -= rate * error
            w[found] = w[found] * keep - rate * error
    return w, b
