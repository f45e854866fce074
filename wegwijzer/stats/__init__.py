"""Anonymous statistics: count resident questions per theme, doel and service.

Channels get a StatsStore (an EventSink) from open_store(settings); `wegwijzer stats`
and the staff pages read the suppressed report with read_report(). Nothing of the
question text is kept except allow-listed signal words (see vocabulary.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from wegwijzer.knowledge import load_knowledge
from wegwijzer.settings import Settings
from wegwijzer.stats.aggregate import read_counts
from wegwijzer.stats.labels import Labels, load_labels
from wegwijzer.stats.report import build_report, to_csv, to_text
from wegwijzer.stats.schema import DB_NAME, SchemaError
from wegwijzer.stats.store import StatsStore
from wegwijzer.stats.vocabulary import Vocabulary

__all__ = ["StatsStore", "SchemaError", "open_store", "read_report", "build_report",
           "to_csv", "to_text", "Vocabulary", "Labels", "load_labels"]


def open_store(settings: Settings) -> StatsStore:
    """The store for this data directory, with the knowledge base's words allowed."""
    kb, _ = load_knowledge(settings.knowledge_dir)
    return StatsStore(settings.data_dir, Vocabulary(kb), retention_months=settings.retention_months)


def read_report(settings: Settings, since: dt.date | None = None) -> dict[str, Any]:
    """The suppressed figures for the data directory (empty when nothing was counted yet)."""
    return build_report(read_counts(settings.data_dir / DB_NAME, since), since)
