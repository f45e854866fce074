"""A small word model for "is the writer a child or a teenager?", beside the signs of writer.py.

The signs (an age, school life with parents in charge, teen words) found 80% of the
development sets' children; what they miss is mostly a way of writing ("heb honger. koelkast is
leeg en mama krijgt pas volgende week geld"). This model scores the words, word pairs and
four-letter pieces of a message, stopwords included ("mn", "mama", "ff" carry the signal),
learnt from the development sets whose authors marked who wrote each question
(wegwijzer.understanding.writer_train). The weights are a JSON file in the package.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from wegwijzer.text import tokenize
from wegwijzer.understanding.logistic import pieces, read_weights, sigmoid

MODEL_FILE = Path(__file__).parent / "writer_model.json"


def features(text: str, tokens: Sequence[str] | None = None) -> frozenset[str]:
    """The words as written, adjacent pairs and four-letter pieces (typos: "hleppen", "toesten").

    `tokens`: tokenize(text) when already read (wegwijzer.understanding.reading).
    """
    tokens = tokenize(text) if tokens is None else tokens
    return frozenset(set(tokens) | {f"{a} {b}" for a, b in zip(tokens, tokens[1:])} | pieces(tokens))


class WriterModel:
    """Logistic regression: written by a child or teenager, or not."""

    def __init__(self, weights: dict[str, float], bias: float) -> None:
        self.weights = weights
        self.bias = bias

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> "WriterModel":
        """Read the shipped weights."""
        return cls(*read_weights(path))

    def probability(self, text: str, tokens: Sequence[str] | None = None) -> float:
        """The probability that a child or teenager wrote this (`tokens`: as for features)."""
        return self.probability_of(features(text, tokens))

    def probability_of(self, found: frozenset[str]) -> float:
        """The same, for features already taken from a message."""
        return sigmoid(self.bias + sum(self.weights.get(f, 0.0) for f in found))


@lru_cache(maxsize=1)
def shipped_writer_model() -> WriterModel:
    """The model in the package, loaded once."""
    return WriterModel.load()
