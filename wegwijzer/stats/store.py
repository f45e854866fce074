"""StatsStore: the EventSink that counts anonymous events in SQLite.

Write strategy: each question is one synchronous upsert of a day counter and a commit
in WAL mode with synchronous=NORMAL (tens of microseconds, no fsync). A commit that has
returned survives kill -9, and record() returns before the channel sends the answer, so
no event is lost once its answer was sent. Checkpoints (the only fsyncs) and retention
run in a background thread on their own connection, never on the answering thread.
Signal words are buffered and written in batches, apart from the question they came
from, so the file never shows which words were asked together.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
import threading
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from wegwijzer.answer import Answer
from wegwijzer.events import Channel
from wegwijzer.stats import retention, schema
from wegwijzer.stats.aggregate import read_counts
from wegwijzer.stats.report import build_report
from wegwijzer.stats.vocabulary import Vocabulary

log = logging.getLogger(__name__)

CHANNELS = ("web", "telegram")
OUTCOMES = ("answered", "clarify", "fallback", "out_of_scope", "crisis", "smalltalk", "emergency")
SIGNAL_OUTCOMES = ("fallback", "out_of_scope")
UNKNOWN = "onbekend"
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _id(value: str | None) -> str:
    """A knowledge-base id as stored: '' for none; anything that is not an id is refused."""
    if value is None:
        return ""
    return value if len(value) <= 64 and _ID.match(value) else UNKNOWN


class StatsStore:
    """Counts questions, feedback and signal words per day in data_dir/statistieken.sqlite3."""

    def __init__(self, data_dir: Path, vocabulary: Vocabulary | None = None, *,
                 retention_months: int = 24, today: Callable[[], dt.date] = dt.date.today,
                 interval: float = 30.0) -> None:
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / schema.DB_NAME
        self.vocabulary = vocabulary or Vocabulary()
        self.retention_months = retention_months
        self._today = today
        self._lock = threading.Lock()  # the answering connection and the word buffer
        self._maint_lock = threading.Lock()  # the background connection
        self._closed = False
        self.write_failures = 0  # events that could not be written (exported as a metric)
        self._words: Counter[tuple[str, str]] = Counter()
        self._conn = self._open()
        self._maint = schema.connect(self.path)
        self._maint.execute("PRAGMA wal_autocheckpoint=0")
        self._conn.execute("PRAGMA wal_autocheckpoint=0")  # checkpoints: background only
        self._retained_on: dt.date | None = None
        self._run_retention()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._maintain, args=(interval,),
                                        name="wegwijzer-stats", daemon=True)
        self._thread.start()

    def _open(self) -> sqlite3.Connection:
        """Open and migrate; a corrupt file is moved aside (kept for staff) and a fresh one started."""
        try:
            return _open_checked(self.path)
        except _Corrupt:
            pass
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.beschadigd-{stamp}")
        for suffix in ("-wal", "-shm"):  # a stale WAL would be replayed into the fresh file
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                side.rename(aside.with_name(aside.name + suffix))
        self.path.rename(aside)
        log.error("statistiekbestand beschadigd, opzij gezet als %s; een nieuw bestand is begonnen", aside)
        return _open_checked(self.path)

    # --- EventSink -----------------------------------------------------------------

    def record(self, answer: Answer, channel: Channel) -> None:
        """Count one resident question: day, channel, service, theme, doel and outcome."""
        day = self._today().isoformat()
        outcome = answer.outcome if answer.outcome in OUTCOMES else UNKNOWN
        row = (day, _channel(channel), _id(answer.service), _id(answer.theme),
               _id(answer.doel), outcome)
        self._write("INSERT INTO question_day VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT "
                    "(day, channel, service, theme, doel, outcome) DO UPDATE SET n = n + 1", row)
        if outcome in SIGNAL_OUTCOMES:
            words = self.vocabulary.signal_words(answer.question)
            with self._lock:
                self._words.update((day, w) for w in words)

    def record_feedback(self, service: str | None, useful: bool, channel: Channel) -> None:
        """Count a 'Was dit nuttig?' response for a service."""
        row = (self._today().isoformat(), _channel(channel), _id(service), int(bool(useful)))
        self._write("INSERT INTO feedback_day VALUES (?, ?, ?, ?, 1) ON CONFLICT "
                    "(day, channel, service, useful) DO UPDATE SET n = n + 1", row)

    def _write(self, sql: str, row: tuple[object, ...]) -> None:
        try:
            with self._lock:
                if self._closed:
                    return
                self._conn.execute(sql, row)  # autocommit: one statement, one commit
        except sqlite3.Error as exc:  # statistics must never break an answer
            self.write_failures += 1  # read by /metrics
            log.warning("statistiek niet opgeslagen (%s)", type(exc).__name__)

    # --- maintenance ---------------------------------------------------------------

    def flush(self) -> None:
        """Write buffered signal words and move the WAL into the database file."""
        with self._lock:
            words, self._words = self._words, Counter()
        with self._maint_lock:
            if words:
                with _transaction(self._maint):
                    self._maint.executemany(
                        "INSERT INTO word_day VALUES (?, ?, ?) ON CONFLICT (day, word) DO UPDATE "
                        "SET n = n + excluded.n", [(d, w, n) for (d, w), n in sorted(words.items())])
            self._maint.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _run_retention(self) -> None:
        today = self._today()
        if self._retained_on != today:
            with self._maint_lock, _transaction(self._maint):
                retention.fold(self._maint, retention.cutoff(today, self.retention_months))
            self._retained_on = today

    def _maintain(self, interval: float) -> None:
        while not self._stop.wait(interval):
            try:
                self.flush()
                self._run_retention()
            except sqlite3.Error as exc:
                log.warning("onderhoud statistiek mislukt (%s)", type(exc).__name__)

    def close(self) -> None:
        """Flush everything and close the database (clean shutdown)."""
        if self._closed:
            return
        self._stop.set()
        self._thread.join(timeout=10)
        with self._lock:
            self._closed = True
        self.flush()
        self._maint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._maint.close()
        self._conn.close()

    def report(self, since: dt.date | None = None) -> dict[str, Any]:
        """The suppressed figures (read on a separate connection; safe from any thread)."""
        if not self._closed:
            self.flush()  # staff see this minute's signal words too
        return build_report(read_counts(self.path, since), since)

    def __enter__(self) -> "StatsStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Corrupt(Exception):
    """The database file is not a (readable) SQLite database."""


_CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def _open_checked(path: Path) -> sqlite3.Connection:
    """Connect, check the file's integrity and migrate; _Corrupt when the file is damaged."""
    try:
        conn = schema.connect(path)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in _CORRUPT_CODES:
            raise _Corrupt(str(exc)) from exc
        raise
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _Corrupt("quick_check")
        schema.migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in _CORRUPT_CODES:
            raise _Corrupt(str(exc)) from exc
        raise
    except _Corrupt:
        conn.close()
        raise
    return conn


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _channel(channel: str) -> str:
    if channel not in CHANNELS:
        raise ValueError(f"onbekend kanaal: {channel!r}")
    return channel
