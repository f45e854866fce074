"""The answer object (CONTRACT section 2): what every channel receives from the assistant."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Outcome = Literal["answered", "clarify", "fallback", "out_of_scope", "crisis", "smalltalk", "emergency"]


@dataclass(frozen=True)
class Choice:
    """A service the resident can pick (clarification button, topic list)."""

    id: str
    title: str


@dataclass(frozen=True)
class Candidate:
    """One ranked service with its score and the words that matched: the 'why'."""

    service: str
    score: float
    confidence: float
    matched: tuple[str, ...]


@dataclass(frozen=True)
class Answer:
    """The reply to one message, with everything needed to show and explain it."""

    question: str
    service: str | None
    confidence: float
    alternatives: tuple[str, ...]
    clarify: bool
    crisis: bool
    theme: str | None
    answer: str
    outcome: Outcome
    doel: str | None = None
    choices: tuple[Choice, ...] = ()
    explanation: tuple[Candidate, ...] = ()
    reason: str = ""
    language: str = "nl"  # ISO 639-1 code of the language the resident wrote in
    direction: str = "ltr"  # "rtl" when the opening is Arabic
    acute: bool = False  # a crisis with danger now: the reply opens with 112 (not in the JSON: it says so itself)

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        """The JSON object of CONTRACT section 2 (plus outcome, doel and choices)."""
        data: dict[str, Any] = {
            "question": self.question,
            "service": self.service,
            "confidence": round(self.confidence, 3),
            "alternatives": list(self.alternatives),
            "clarify": self.clarify,
            "crisis": self.crisis,
            "theme": self.theme,
            "answer": self.answer,
            "outcome": self.outcome,
            "doel": self.doel,
            "choices": [{"id": c.id, "title": c.title} for c in self.choices],
            "language": self.language,
        }
        if explain:
            data["reason"] = self.reason
            data["explanation"] = [
                {"service": c.service, "score": round(c.score, 3),
                 "confidence": round(c.confidence, 3), "matched": list(c.matched)}
                for c in self.explanation]
        return data
