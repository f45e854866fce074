"""Shared helpers for the statistics tests: answers as the assistant makes them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from wegwijzer.answer import Answer

# A service -> (theme, doel) map that mirrors the shipped knowledge base's shape.
SERVICES = {
    "schuldhulp": ("zelfstandig-leven", "zl-1"),
    "minimaregelingen": ("zelfstandig-leven", "zl-1"),
    "wmo-ondersteuning": ("zelfstandig-leven", "zl-2"),
    "mantelzorg": ("samen-leven", "sl-1"),
    "cjg": ("opgroeien-en-ontwikkelen", "oo-1"),
    "dementie": ("gezond-dorp", "gd-2"),
    "zelfmoordpreventie": ("gezond-dorp", "gd-1"),
}


def answer(outcome: str = "answered", service: str | None = "schuldhulp",
           question: str = "ik heb schulden") -> Answer:
    """An Answer like the assistant's: theme and doel follow from the service."""
    theme, doel = SERVICES[service] if service else (None, None)
    return Answer(question=question, service=service, confidence=0.8, alternatives=(),
                  clarify=outcome == "clarify", crisis=outcome == "crisis", theme=theme,
                  answer="...", outcome=outcome, doel=doel)  # type: ignore[arg-type]


class Clock:
    """A settable 'today' for the store (injected, like settings)."""

    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


def all_bytes(directory: Path) -> bytes:
    """Every file under a directory, read as bytes."""
    return b"".join(p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file())
