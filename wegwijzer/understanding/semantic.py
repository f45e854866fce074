"""The semantic layer: how close a question is in meaning to each service's texts.

Each service is represented by its title, summary, example questions and its short texts and
example questions in other languages (knowledge/languages), each out-of-scope topic by its
title and words; a document's score is the mean cosine of the question to its
three nearest texts (one lucky example weighs less than three close ones).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from wegwijzer.knowledge.base import OUT_OF_SCOPE_PREFIX, KnowledgeBase
from wegwijzer.understanding.embedder import VectorCache

TOP_TEXTS = 3


@dataclass(frozen=True)
class Closeness:
    """One document's semantic score and the text that came nearest: the 'why'."""

    score: float
    nearest: str
    nearest_score: float


def documents(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """(document id, text) for every text the layer compares questions with."""
    out: list[tuple[str, str]] = []
    for s in kb.services:
        out += [(s.id, t) for t in (s.title, s.summary, *s.examples)]
        out += [(s.id, q) for e in s.entries for q in (e.question, *e.examples)]
    # The short texts in residents' languages describe the service too, in their own words.
    # (A language file that names an unknown service does not load: see translations.)
    for pack in kb.languages.values():
        out += [(service_id, t.text) for service_id, t in pack.services.items()]
        out += [(service_id, q) for service_id, questions in pack.examples.items() for q in questions]
    for topic in kb.municipality.out_of_scope:
        out += [(OUT_OF_SCOPE_PREFIX + topic.id, t) for t in (topic.title, *topic.words, *topic.examples)]
    return out


class SemanticIndex:
    """The knowledge base's text vectors, grouped per document."""

    def __init__(self, kb: KnowledgeBase, cache: VectorCache) -> None:
        pairs = documents(kb)
        self.texts = [t for _, t in pairs]
        self.matrix = cache.vectors(self.texts)
        ids = [d for d, _ in pairs]
        self.doc_ids = list(dict.fromkeys(ids))
        self._rows = {d: np.array([i for i, x in enumerate(ids) if x == d]) for d in self.doc_ids}

    def closeness(self, vector: np.ndarray, top: int = TOP_TEXTS) -> dict[str, Closeness]:
        """Every document's closeness to a question vector: the mean of its `top` nearest texts."""
        sims = self.matrix @ vector
        out: dict[str, Closeness] = {}
        for doc, rows in self._rows.items():
            values = sims[rows]
            order = np.argsort(values)[::-1]
            best = int(rows[order[0]])
            out[doc] = Closeness(float(values[order[:top]].mean()), self.texts[best], float(values[order[0]]))
        return out

    def bonus(self, vector: np.ndarray, weight: float, floor: float, top: int = TOP_TEXTS) -> dict[str, tuple[float, str]]:
        """Each document's share of the fused score, with the nearest text as the why.

        Cosines of e5 sit high and their level moves with the language and length of the
        question, so a document counts by how far it stands above this question's median:
        weight * (closeness - median - floor), where that is positive.
        """
        closeness = self.closeness(vector, top)
        reference = float(np.median([c.score for c in closeness.values()]))
        out = {}
        for doc, c in closeness.items():
            above = c.score - reference - floor
            if above > 0:
                why = f"betekenis {c.score:.2f} (mediaan {reference:.2f}), lijkt op: '{c.nearest}' ({c.nearest_score:.2f})"
                out[doc] = (weight * above, why)
        return out
