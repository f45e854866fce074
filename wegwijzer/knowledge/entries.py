"""Specific answers inside a service: "how do I apply for the mantelzorgwaardering?".

A service can hold a few short question-answer entries, each sourced like a contact fact.
When the question is close in meaning to one entry's example questions, the resident gets
that entry's answer (with the service's contact) instead of the service's general text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from wegwijzer.knowledge.contacts import DATE


class EntrySource(BaseModel):
    """Where the facts in an entry's answer come from."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)
    url: str = Field(pattern=r"^https?://\S+$")
    date: str = Field(pattern=DATE.pattern)
    grade: Literal["A", "B"]  # a C fact is never told to residents


class Entry(BaseModel):
    """One question residents ask about a service, with its own short answer."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)
    question: str
    answer: str
    examples: tuple[str, ...] = Field(min_length=2)
    source: EntrySource


@dataclass(frozen=True)
class Match:
    """The entry that fits a question, and how close its nearest example came."""

    entry: Entry
    similarity: float
    nearest: str


class EntryFinder:
    """Every entry's example questions as vectors, per service."""

    def __init__(self, services: dict[str, tuple[Entry, ...]], embed: object) -> None:
        self._rows: dict[str, list[tuple[Entry, str]]] = {
            sid: [(e, q) for e in entries for q in (e.question, *e.examples)] for sid, entries in services.items()}
        texts = [q for rows in self._rows.values() for _, q in rows]
        matrix = embed.vectors(texts) if texts else np.zeros((0, 1))  # type: ignore[attr-defined]
        self._matrix: dict[str, np.ndarray] = {}
        start = 0
        for sid, rows in self._rows.items():
            self._matrix[sid] = matrix[start:start + len(rows)]
            start += len(rows)

    def find(self, service_id: str, vector: np.ndarray, threshold: float) -> Match | None:
        """The service's entry whose example is nearest the question, if it is near enough."""
        rows = self._rows.get(service_id)
        if not rows:
            return None
        sims = self._matrix[service_id] @ vector
        best = int(np.argmax(sims))
        if sims[best] < threshold:
            return None
        entry, text = rows[best]
        return Match(entry, float(sims[best]), text)
