"""The statistics database: a versioned schema (PRAGMA user_version) and its migrations.

Questions and feedback are stored as counters per day, never as separate rows per
question: a WITHOUT ROWID table keyed by its dimensions keeps no order of arrival, so
two counts cannot be linked to each other or to a moment in the day. The empty string
stands for "none" (no service, theme or doel), because a primary key needs a value.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

DB_NAME = "statistieken.sqlite3"

# Each step moves the database from version i to i+1. Never edit a step that has
# shipped: databases out there are at that version; add a new step instead.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: daily counters of questions and of feedback
        """CREATE TABLE question_day (
            day TEXT NOT NULL, channel TEXT NOT NULL, service TEXT NOT NULL,
            theme TEXT NOT NULL, doel TEXT NOT NULL, outcome TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (day, channel, service, theme, doel, outcome)) WITHOUT ROWID""",
        """CREATE TABLE feedback_day (
            day TEXT NOT NULL, channel TEXT NOT NULL, service TEXT NOT NULL,
            useful INTEGER NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (day, channel, service, useful)) WITHOUT ROWID""",
    ),
    (  # 2: allow-listed signal words of fallback questions, one counter per word and day
        """CREATE TABLE word_day (
            day TEXT NOT NULL, word TEXT NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (day, word)) WITHOUT ROWID""",
    ),
    (  # 3: monthly aggregates that retention folds old days into
        """CREATE TABLE question_month (
            month TEXT NOT NULL, channel TEXT NOT NULL, service TEXT NOT NULL,
            theme TEXT NOT NULL, doel TEXT NOT NULL, outcome TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (month, channel, service, theme, doel, outcome)) WITHOUT ROWID""",
        """CREATE TABLE feedback_month (
            month TEXT NOT NULL, channel TEXT NOT NULL, service TEXT NOT NULL,
            useful INTEGER NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (month, channel, service, useful)) WITHOUT ROWID""",
        """CREATE TABLE word_month (
            month TEXT NOT NULL, word TEXT NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (month, word)) WITHOUT ROWID""",
    ),
)
VERSION = len(MIGRATIONS)


class SchemaError(RuntimeError):
    """The database was written by a newer Wegwijzer than this one."""


def connect(path: Path) -> sqlite3.Connection:
    """Open the database in WAL mode with the settings every connection needs."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA journal_mode=WAL")
    # NORMAL in WAL mode: a commit is safe from a crash of the process (kill -9);
    # only a power cut can lose the last commits. No fsync per question.
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=5000")
    # Overwrite deleted content (retention) instead of leaving it in free pages.
    conn.execute("PRAGMA secure_delete=ON")
    return conn


def version(conn: sqlite3.Connection) -> int:
    """The schema version stored in the database file."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to the newest version, one step per transaction."""
    current = version(conn)
    if current > VERSION:
        raise SchemaError(f"de statistiekendatabase heeft versie {current}; deze Wegwijzer kent "
                          f"versie {VERSION}. Werk Wegwijzer bij.")
    for number in range(current + 1, VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if version(conn) >= number:  # another process migrated meanwhile
                conn.execute("COMMIT")
                continue
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version={number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return version(conn)
