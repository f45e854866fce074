"""Readable names for the ids in the figures: theme, doel and service titles."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wegwijzer.knowledge.base import load_knowledge


@dataclass(frozen=True)
class Labels:
    """id -> title, per kind; an unknown id is shown as itself."""

    themes: dict[str, str] = field(default_factory=dict)
    doelen: dict[str, str] = field(default_factory=dict)
    services: dict[str, str] = field(default_factory=dict)
    doel_theme: dict[str, str] = field(default_factory=dict)
    theme_order: tuple[str, ...] = ()


def load_labels(knowledge_dir: Path) -> Labels:
    """The titles from the knowledge base; empty when it cannot be loaded."""
    kb, _ = load_knowledge(knowledge_dir)
    if kb is None:
        return Labels()
    return Labels(
        themes={t.id: t.title for t in kb.themes},
        doelen={d.id: d.title for t in kb.themes for d in t.doelen},
        services={s.id: s.title for s in kb.services},
        doel_theme={d.id: t.id for t in kb.themes for d in t.doelen},
        theme_order=tuple(t.id for t in kb.themes))
