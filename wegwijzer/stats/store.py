"""StatsStore: the EventSink that counts anonymous events in SQLite or PostgreSQL.

Write strategy: each question is one upsert of a day counter, committed before record()
returns, and record() returns before the channel sends the answer: no event is lost once
its answer was sent, with several processes on one file or several machines on one
PostgreSQL. SQLite runs in WAL mode with synchronous=NORMAL (tens of microseconds, no
fsync); its checkpoints (the only fsyncs) and retention run in a background thread on
their own connection. Signal words are buffered and written in batches, apart from the
question they came from, so the database never shows which words were asked together.

Degrade, do not die: when the database cannot be written (a read-only or full disk, an
unreachable server), counts wait in memory, `problem` says why, and the background
thread writes them as soon as the database is back. Residents keep getting answers.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
import threading
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from wegwijzer.answer import Answer
from wegwijzer.events import Channel
from wegwijzer.stats import retention, schema
from wegwijzer.stats.aggregate import read_counts
from wegwijzer.stats.database import Database, DatabaseError, SqliteDatabase, make_folder, open_database, redact
from wegwijzer.stats.report import build_report
from wegwijzer.stats.vocabulary import Vocabulary

log = logging.getLogger(__name__)

CHANNELS = ("web", "telegram")
OUTCOMES = ("answered", "clarify", "fallback", "out_of_scope", "crisis", "smalltalk", "emergency")
SIGNAL_OUTCOMES = ("fallback", "out_of_scope")
UNKNOWN = "onbekend"
RETRY = 5.0  # seconds between attempts to reach a database that failed
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# Every counter is an upsert that adds n; the same statement writes one question or a backlog.
UPSERT = {
    "question_day": "INSERT INTO question_day VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                    "(day, channel, service, theme, doel, outcome) DO UPDATE SET n = question_day.n + excluded.n",
    "feedback_day": "INSERT INTO feedback_day VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                    "(day, channel, service, useful) DO UPDATE SET n = feedback_day.n + excluded.n",
    "word_day": "INSERT INTO word_day VALUES (?, ?, ?) ON CONFLICT (day, word) "
                "DO UPDATE SET n = word_day.n + excluded.n",
}
Pending = Counter[tuple[str, tuple[Any, ...]]]


def _id(value: str | None) -> str:
    """A knowledge-base id as stored: '' for none; anything that is not an id is refused."""
    if value is None:
        return ""
    return value if len(value) <= 64 and _ID.match(value) else UNKNOWN


class StatsStore:
    """Counts questions, feedback and signal words per day.

    In data_dir/statistieken.sqlite3, or in PostgreSQL when database_url is given.
    """

    def __init__(self, data_dir: Path, vocabulary: Vocabulary | None = None, *,
                 database_url: str | None = None, retention_months: int = 24,
                 today: Callable[[], dt.date] = dt.date.today, interval: float = 30.0) -> None:
        self.path = Path(data_dir) / schema.DB_NAME
        self.url = database_url
        self.where = redact(database_url) if database_url else str(self.path)
        self.vocabulary = vocabulary or Vocabulary()
        self.retention_months = retention_months
        self._today = today
        self._lock = threading.Lock()  # the backlog and the word buffer
        self._closed = False
        self._words: Counter[tuple[str, str]] = Counter()
        self._pending: Pending = Counter()
        self.problem: str | None = None  # why counts are waiting in memory, or None
        self.write_failures = 0  # counts that could not be written at once (a metric)
        self._db: Database | None = None  # the answering connection
        self._maint: Database | None = None  # the background connection
        self._retained_on: dt.date | None = None
        self._connect()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._maintain, args=(interval,),
                                        name="wegwijzer-stats", daemon=True)
        self._thread.start()

    # --- connecting ---------------------------------------------------------------

    def _connect(self) -> bool:
        """Open and migrate both connections; on failure note the problem and go on without."""
        try:
            self._db = self._open()
            self._maint = open_database(self.url, self.path)
            if isinstance(self._maint, SqliteDatabase):
                for db in (self._db, self._maint):  # checkpoints: background only
                    db.execute("PRAGMA wal_autocheckpoint=0")
            self._run_retention()
        except DatabaseError as exc:
            self._lost(exc)
            return False
        return True

    def _open(self) -> Database:
        """Open and migrate; a corrupt SQLite file is moved aside (kept for staff) and a fresh one started."""
        if self.url:
            return schema.open_migrated(self.url, self.path, schema.NAME, schema.MIGRATIONS)
        make_folder(self.path)
        return _checked_sqlite(self.path)

    def _lost(self, exc: Exception) -> None:
        for db in (self._db, self._maint):
            if db is not None:
                try:
                    db.close()
                except Exception:  # noqa: BLE001 - closing a broken connection may fail too
                    pass
        self._db = self._maint = None
        if self.problem is None:
            log.error("statistieken kunnen niet worden opgeslagen (%s); tellingen wachten in het geheugen", exc)
        self.problem = f"De statistieken kunnen niet worden opgeslagen: {exc}"

    # --- EventSink -----------------------------------------------------------------

    def record(self, answer: Answer, channel: Channel) -> None:
        """Count one resident question: day, channel, service, theme, doel and outcome."""
        day = self._today().isoformat()
        outcome = answer.outcome if answer.outcome in OUTCOMES else UNKNOWN
        self._add("question_day", (day, _channel(channel), _id(answer.service), _id(answer.theme),
                                   _id(answer.doel), outcome))
        if outcome in SIGNAL_OUTCOMES:
            words = self.vocabulary.signal_words(answer.question)
            with self._lock:
                self._words.update((day, w) for w in words)

    def record_feedback(self, service: str | None, useful: bool, channel: Channel) -> None:
        """Count a 'Was dit nuttig?' response for a service."""
        self._add("feedback_day", (self._today().isoformat(), _channel(channel), _id(service), int(bool(useful))))

    def _add(self, table: str, row: tuple[Any, ...]) -> None:
        """Write one count now, or keep it for later: statistics must never break an answer."""
        db = self._db
        if self._closed:
            return
        if db is not None:
            try:
                db.execute(UPSERT[table], (*row, 1))
                return
            except DatabaseError as exc:
                log.warning("statistiek niet opgeslagen (%s)", exc)
                self.problem = f"De statistieken kunnen niet worden opgeslagen: {exc}"
        with self._lock:
            self.write_failures += 1
            self._pending[(table, row)] += 1

    # --- maintenance ---------------------------------------------------------------

    def flush(self) -> None:
        """Write the backlog and buffered signal words; move SQLite's WAL into the file."""
        if self._maint is None and not self._connect():
            return
        with self._lock:
            pending, self._pending = self._pending, Counter()
            words, self._words = self._words, Counter()
        pending.update({("word_day", key): n for key, n in words.items()})
        try:
            self._write_backlog(pending)
        except DatabaseError as exc:
            with self._lock:
                self._pending.update(pending)
            self._lost(exc)
            return
        if self.problem is not None:
            log.warning("statistieken worden weer opgeslagen")
        self.problem = None

    def _write_backlog(self, pending: Pending) -> None:
        db = self._maint
        assert db is not None
        if pending:
            with db.transaction():
                for table in UPSERT:
                    rows = [(*row, n) for (t, row), n in sorted(pending.items()) if t == table]
                    if rows:
                        db.executemany(UPSERT[table], rows)
        if isinstance(db, SqliteDatabase):
            db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _run_retention(self) -> None:
        today = self._today()
        if self._retained_on != today and self._maint is not None:
            with self._maint.transaction():
                retention.fold(self._maint, retention.cutoff(today, self.retention_months))
            self._retained_on = today

    def _maintain(self, interval: float) -> None:
        while not self._stop.wait(RETRY if self.problem else interval):
            try:
                self.flush()
                self._run_retention()
            except DatabaseError as exc:
                log.warning("onderhoud statistiek mislukt (%s)", exc)

    def close(self) -> None:
        """Flush everything and close the database (clean shutdown)."""
        if self._closed:
            return
        self._stop.set()
        self._thread.join(timeout=10)
        self.flush()
        self._closed = True
        if self._pending:
            log.error("%d statistiektellingen konden niet worden opgeslagen", sum(self._pending.values()))
        if isinstance(self._maint, SqliteDatabase):
            self._maint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for db in (self._maint, self._db):
            if db is not None:
                db.close()

    def report(self, since: dt.date | None = None) -> dict[str, Any]:
        """The suppressed figures; DatabaseError when the database cannot be read now."""
        if not self._closed:
            self.flush()  # staff see this minute's signal words too
        if self._maint is None:
            raise DatabaseError(self.problem or "geen verbinding")
        return build_report(read_counts(self._maint, since), since)

    def __enter__(self) -> "StatsStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Corrupt(Exception):
    """The database file is not a (readable) SQLite database."""


_CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def _checked_sqlite(path: Path) -> SqliteDatabase:
    """Open, check the file's integrity and migrate; a damaged file is moved aside for a fresh one."""
    try:
        return _migrated(_sqlite(path))
    except _Corrupt:
        pass
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.beschadigd-{stamp}")
    for suffix in ("-wal", "-shm"):  # a stale WAL would be replayed into the fresh file
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(aside.with_name(aside.name + suffix))
    path.rename(aside)
    log.error("statistiekbestand beschadigd, opzij gezet als %s; een nieuw bestand is begonnen", aside)
    return _migrated(_sqlite(path))


def _sqlite(path: Path) -> SqliteDatabase:
    try:
        return SqliteDatabase(path)
    except DatabaseError as exc:
        raise _Corrupt(str(exc)) if _corrupt(exc) else exc


def _migrated(db: SqliteDatabase) -> SqliteDatabase:
    """quick_check and migrate; _Corrupt when the file is damaged."""
    try:
        if db.query("PRAGMA quick_check")[0][0] != "ok":
            raise _Corrupt("quick_check")
        schema.migrate_database(db, schema.NAME, schema.MIGRATIONS)
    except (DatabaseError, _Corrupt) as exc:
        db.close()
        if isinstance(exc, DatabaseError) and _corrupt(exc):
            raise _Corrupt(str(exc)) from exc
        raise
    except schema.SchemaError:
        db.close()
        raise
    return db


def _corrupt(exc: DatabaseError) -> bool:
    cause = exc.__cause__
    return isinstance(cause, sqlite3.DatabaseError) and \
        getattr(cause, "sqlite_errorcode", 0) & 0xFF in _CORRUPT_CODES


def _channel(channel: str) -> str:
    if channel not in CHANNELS:
        raise ValueError(f"onbekend kanaal: {channel!r}")
    return channel
