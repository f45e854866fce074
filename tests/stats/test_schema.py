"""Schema versions and migrations: an older database file is brought up to date."""

from __future__ import annotations

import sqlite3

import pytest
from tests.stats_helpers import answer

from wegwijzer.settings import Settings
from wegwijzer.stats import SchemaError, StatsStore, read_report
from wegwijzer.stats.database import SqliteDatabase
from wegwijzer.stats.schema import DB_NAME, MIGRATIONS, NAME, VERSION, migrate_database

# The version-1 schema exactly as it shipped: written out here, not imported, so this
# test keeps checking real old files even when the migrations change.
VERSION_1 = (
    """CREATE TABLE question_day (
        day TEXT NOT NULL, channel TEXT NOT NULL, service TEXT NOT NULL,
        theme TEXT NOT NULL, doel TEXT NOT NULL, outcome TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (day, channel, service, theme, doel, outcome)) WITHOUT ROWID""",
    """CREATE TABLE feedback_day (
        day TEXT NOT NULL, channel TEXT NOT NULL, service TEXT NOT NULL,
        useful INTEGER NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (day, channel, service, useful)) WITHOUT ROWID""",
    "PRAGMA user_version=1",
)


def make_version_1(path):
    conn = sqlite3.connect(path)
    for statement in VERSION_1:
        conn.execute(statement)
    conn.execute("INSERT INTO question_day VALUES "
                 "('2026-01-05', 'web', 'schuldhulp', 'zelfstandig-leven', 'zl-1', 'answered', 7)")
    conn.execute("INSERT INTO feedback_day VALUES ('2026-01-05', 'web', 'schuldhulp', 0, 6)")
    conn.commit()
    conn.close()


def test_a_version_1_database_is_migrated_and_keeps_its_counts(tmp_path):
    make_version_1(tmp_path / DB_NAME)
    with StatsStore(tmp_path) as store:
        for _ in range(5):
            store.record(answer("fallback", None, "paspoort verlopen"), "web")
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"word_day", "question_month", "feedback_month", "word_month"} <= tables
    conn.close()
    report = read_report(Settings(data_dir=tmp_path))
    assert report["total"] == 12
    assert report["by_theme"] == {"zelfstandig-leven": 7}
    assert report["feedback"][0]["not_useful"] == 6
    assert {w["word"] for w in report["signal_words"]} == {"paspoort", "verlopen"}


def test_migrating_twice_changes_nothing(tmp_path):
    db = SqliteDatabase(tmp_path / DB_NAME)
    assert migrate_database(db, NAME, MIGRATIONS) == VERSION
    assert migrate_database(db, NAME, MIGRATIONS) == VERSION
    db.close()


def test_a_newer_database_is_refused_not_downgraded(tmp_path):
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute(f"PRAGMA user_version={VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaError, match="Werk Wegwijzer bij"):
        StatsStore(tmp_path)
