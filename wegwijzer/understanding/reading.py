"""One reading of a question, made once and handed to every step.

Safety rules, the word model, small talk and ranking all need the same things: the
clauses and their tokens, the language, and (for the semantic layer and the crisis head)
the embedding. Reading them once makes the steps agree on what a word is.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from wegwijzer.text import clauses
from wegwijzer.understanding.embedder import Embedder
from wegwijzer.understanding.language import detect_language


@dataclass(frozen=True)
class Reading:
    """A question as every step sees it."""

    text: str
    clauses: tuple[tuple[str, ...], ...]
    language: str
    vector: np.ndarray | None  # None when the semantic layer is off

    @property
    def tokens(self) -> tuple[str, ...]:
        """The folded word tokens of all clauses: text.tokenize(text), without reading it again."""
        return tuple(t for clause in self.clauses for t in clause)

    @property
    def words(self) -> int:
        """How many word tokens the question has (any script)."""
        return len(self.text.split())


def read(text: str, embedder: Embedder | None) -> Reading:
    """Split, fold and tokenise once; detect the language; embed when a model is given."""
    parts = tuple(tuple(c) for c in clauses(text))
    vector = embedder.embed([text])[0] if embedder is not None else None
    return Reading(text, parts, detect_language(text), vector)
