"""Anonymous statistics: count resident questions per theme, doel and service.

Channels get a StatsStore (an EventSink) from open_store(settings); `wegwijzer stats`
and the staff pages read the suppressed report with read_report(). Nothing of the
question text is kept except allow-listed signal words (see vocabulary.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from wegwijzer.knowledge.base import load_knowledge
from wegwijzer.settings import Settings
from wegwijzer.stats.aggregate import Counts, read_counts
from wegwijzer.stats.database import DatabaseError
from wegwijzer.stats.labels import Labels, load_labels
from wegwijzer.stats.report import build_report, to_csv, to_text
from wegwijzer.stats.schema import DB_NAME, MIGRATIONS, NAME, SchemaError, open_migrated
from wegwijzer.stats.store import StatsStore
from wegwijzer.stats.vocabulary import Vocabulary

__all__ = ["StatsStore", "SchemaError", "DatabaseError", "open_store", "read_report", "build_report",
           "to_csv", "to_text", "Vocabulary", "Labels", "load_labels"]


def open_store(settings: Settings) -> StatsStore:
    """The store for these settings (PostgreSQL or the data directory), with the knowledge base's words allowed."""
    kb, _ = load_knowledge(settings.knowledge_dir)
    return StatsStore(settings.data_dir, Vocabulary(kb), database_url=settings.database_url,
                      retention_months=settings.retention_months)


def read_report(settings: Settings, since: dt.date | None = None) -> dict[str, Any]:
    """The suppressed figures (empty when nothing was counted yet; a missing file is not made)."""
    path = settings.data_dir / DB_NAME
    if not settings.database_url and not path.exists():
        return build_report(Counts(), since)
    db = open_migrated(settings.database_url, path, NAME, MIGRATIONS)
    try:
        return build_report(read_counts(db, since), since)
    finally:
        db.close()
