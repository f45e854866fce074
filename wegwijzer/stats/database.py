"""One small database interface over SQLite (the embedded default) and PostgreSQL.

The stores (statistics, staff accounts) write their SQL once, with `?` placeholders and
the ON CONFLICT upserts that both databases understand; only the schema steps differ a
little per dialect (see schema.py). Each Database is one connection behind a lock: the
stores write one short statement per event, so a pool would buy nothing but threads.
A lost PostgreSQL connection is opened again on the next call.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

Row = tuple[Any, ...]


class DatabaseError(Exception):
    """Any failure of the database (unreachable, full, read-only, locked), in one type."""


class Database(Protocol):
    """What the stores need: statements, queries, a transaction, and a dialect name."""

    dialect: str  # "sqlite" or "postgresql"
    where: str  # for messages: the file, or the server without its password

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int: ...
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...
    def transaction(self) -> Any: ...
    def close(self) -> None: ...


class SqliteDatabase:
    """A SQLite file in WAL mode (safe from kill -9 without an fsync per question)."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.where = str(self.path)
        self._lock = threading.RLock()
        try:
            self._conn = connect_sqlite(self.path)
        except sqlite3.Error as exc:
            raise DatabaseError(f"{self.path}: {exc}") from exc

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement (its own commit outside a transaction); the rows it changed."""
        with self._lock, _sqlite_errors():
            return self._conn.execute(sql, tuple(params)).rowcount

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each row."""
        with self._lock, _sqlite_errors():
            self._conn.executemany(sql, [tuple(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """All rows of a query."""
        with self._lock, _sqlite_errors():
            return [tuple(r) for r in self._conn.execute(sql, tuple(params))]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT: writers take turns, across processes too."""
        with self._lock, _sqlite_errors():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()


def connect_sqlite(path: Path) -> sqlite3.Connection:
    """Open a SQLite file in WAL mode with the settings every connection needs."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA journal_mode=WAL")
    # NORMAL in WAL mode: a commit is safe from a crash of the process (kill -9);
    # only a power cut can lose the last commits. No fsync per question.
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=5000")
    # Overwrite deleted content (retention) instead of leaving it in free pages.
    conn.execute("PRAGMA secure_delete=ON")
    return conn


@contextmanager
def _sqlite_errors() -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise DatabaseError(f"{type(exc).__name__}: {exc}") from exc


_PLACEHOLDER = re.compile(r"\?")


class PostgresDatabase:
    """A PostgreSQL server through psycopg 3, in autocommit mode outside transactions."""

    dialect = "postgresql"

    def __init__(self, url: str, connect_timeout: float = 5.0) -> None:
        self.url = url
        self.where = redact(url)
        self._timeout = connect_timeout
        self._lock = threading.RLock()
        self._conn: Any = None
        self._connection()  # fail now, with a clear message, when the server is not there

    def _connection(self) -> Any:
        import psycopg  # only when PostgreSQL is configured

        if self._conn is None or self._conn.closed or self._conn.broken:
            try:
                self._conn = psycopg.connect(self.url, autocommit=True, connect_timeout=int(self._timeout))
            except psycopg.Error as exc:
                self._conn = None
                raise DatabaseError(f"PostgreSQL op {self.where} niet bereikbaar: {_first_line(exc)}") from exc
        return self._conn

    @contextmanager
    def _cursor(self) -> Iterator[Any]:
        import psycopg

        with self._lock:
            try:
                with self._connection().cursor() as cursor:
                    yield cursor
            except psycopg.Error as exc:
                raise DatabaseError(f"PostgreSQL: {_first_line(exc)}") from exc

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; the rows it changed."""
        with self._cursor() as cursor:
            cursor.execute(_pg(sql), tuple(params))
            return int(cursor.rowcount)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each row."""
        with self._cursor() as cursor:
            cursor.executemany(_pg(sql), [tuple(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """All rows of a query."""
        with self._cursor() as cursor:
            cursor.execute(_pg(sql), tuple(params))
            return [tuple(r) for r in cursor.fetchall()]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; the statements inside run on the same connection."""
        import psycopg

        with self._lock:
            try:
                with self._connection().transaction():
                    yield
            except psycopg.Error as exc:
                raise DatabaseError(f"PostgreSQL: {_first_line(exc)}") from exc

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()


def _pg(sql: str) -> str:
    """psycopg writes placeholders as %s (and a literal % as %%)."""
    return _PLACEHOLDER.sub("%s", sql.replace("%", "%%"))


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def redact(url: str) -> str:
    """The database address without user name and password, for messages and logs."""
    return re.sub(r"//[^@/]*@", "//", url)


def open_database(url: str | None, sqlite_path: Path) -> Database:
    """PostgreSQL when a URL is given, else the SQLite file (its folder is made)."""
    if url:
        return PostgresDatabase(url)
    make_folder(sqlite_path)
    return SqliteDatabase(sqlite_path)


def make_folder(sqlite_path: Path) -> None:
    """The folder of a SQLite file; DatabaseError when it cannot be made (read-only, a file there)."""
    try:
        sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"{sqlite_path.parent}: {exc.strerror}") from exc
