"""What the two small word models share: word pieces, the logistic function and its training.

The crisis word model (wegwijzer.safety.model) and the writer model
(wegwijzer.understanding.writer_model) are both logistic regressions over sets of text features,
learnt by the same stochastic gradient descent from the development sets.
"""

from __future__ import annotations

import json
import math
import random
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Sequence

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
        seed: int) -> tuple[dict[str, float], float]:
    """Weights and bias by stochastic gradient descent with L2, from `rows` in their given order.

    Deterministic: each epoch shuffles with seed + epoch; weights below 0.01 are dropped and the
    rest rounded, so the same rows always give the same file.
    """
    w: dict[str, float] = defaultdict(float)
    b = 0.0
    order = list(rows)
    for epoch in range(epochs):
        random.Random(seed + epoch).shuffle(order)
        for found, label in order:
            error = sigmoid(b + sum(w[f] for f in found)) - label
            b -= rate * error
            for f in found:
                w[f] -= rate * (error + l2 * w[f])
    return {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= 0.01}, round(b, 4)
