"""The seam between channels and statistics: channels hand answers to an EventSink.

The sink decides what of an answer is kept (see wegwijzer.stats); channels never
pass question text, ids or addresses to it, because the protocol has no place for them.
"""

from __future__ import annotations

from typing import Literal, Protocol

from wegwijzer.answer import Answer

Channel = Literal["web", "telegram"]


class EventSink(Protocol):
    """Receives one anonymous event per resident question, and feedback on answers."""

    def record(self, answer: Answer, channel: Channel) -> None:
        """Count this answer (its service, theme, doel and outcome; never its text)."""

    def record_feedback(self, service: str | None, useful: bool, channel: Channel) -> None:
        """Count a 'was this useful?' response for a service."""
