"""The statistics tables: a versioned schema and its migrations, for SQLite and PostgreSQL.

Questions and feedback are stored as counters per day, never as separate rows per
question: a WITHOUT ROWID table keyed by its dimensions keeps no order of arrival, so
two counts cannot be linked to each other or to a moment in the day. The empty string
stands for "none" (no service, theme or doel), because a primary key needs a value.
"""

from __future__ import annotations

from pathlib import Path

from wegwijzer.stats.database import Database, open_database

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
NAME = "statistieken"  # this chain's row in PostgreSQL's version table
_LOCK = 731_845_202  # PostgreSQL advisory lock held while any chain migrates


class SchemaError(RuntimeError):
    """The database was written by a newer Wegwijzer than this one."""


def open_migrated(url: str | None, sqlite_path: Path, name: str, steps: tuple[tuple[str, ...], ...]) -> Database:
    """PostgreSQL or the SQLite file, opened and brought to the newest version of this chain."""
    db = open_database(url, sqlite_path)
    try:
        migrate_database(db, name, steps)
    except BaseException:
        db.close()
        raise
    return db


def migrate_database(db: Database, name: str, steps: tuple[tuple[str, ...], ...]) -> int:
    """Bring a chain of tables to its newest version, one step per transaction.

    SQLite keeps the version in PRAGMA user_version (one chain per file); PostgreSQL in
    the table wegwijzer_schema, one row per chain, so several chains share one database.
    """
    if db.dialect == "postgresql":
        # One migrating process at a time on any machine, from the very first table on:
        # concurrent CREATE TABLE IF NOT EXISTS can still collide in PostgreSQL.
        with db.transaction():
            db.query("SELECT pg_advisory_xact_lock(?)", (_LOCK,))
            db.execute("CREATE TABLE IF NOT EXISTS wegwijzer_schema (name TEXT PRIMARY KEY, "
                       "version INTEGER NOT NULL)")
            return _steps(db, name, steps)
    return _steps(db, name, steps)


def _steps(db: Database, name: str, steps: tuple[tuple[str, ...], ...]) -> int:
    newest = len(steps)
    current = _stored_version(db, name)
    if current > newest:
        raise SchemaError(f"de database ({name}) heeft versie {current}; deze Wegwijzer kent "
                          f"versie {newest}. Werk Wegwijzer bij.")
    for number in range(current + 1, newest + 1):
        with db.transaction():  # in PostgreSQL a savepoint inside the locked transaction
            if _stored_version(db, name) >= number:  # another process migrated meanwhile
                continue
            for statement in steps[number - 1]:
                db.execute(_dialect(statement, db.dialect))
            _store_version(db, name, number)
    return _stored_version(db, name)


def _stored_version(db: Database, name: str) -> int:
    if db.dialect == "sqlite":
        return int(db.query("PRAGMA user_version")[0][0])
    rows = db.query("SELECT version FROM wegwijzer_schema WHERE name = ?", (name,))
    return int(rows[0][0]) if rows else 0


def _store_version(db: Database, name: str, number: int) -> None:
    if db.dialect == "sqlite":
        db.execute(f"PRAGMA user_version={int(number)}")
    else:
        db.execute("INSERT INTO wegwijzer_schema VALUES (?, ?) ON CONFLICT (name) "
                   "DO UPDATE SET version = excluded.version", (name, number))


def _dialect(statement: str, dialect: str) -> str:
    """The same tables in PostgreSQL: it has no WITHOUT ROWID (its tables keep no order anyway)."""
    return statement.replace(") WITHOUT ROWID", ")") if dialect == "postgresql" else statement
