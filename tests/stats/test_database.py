"""The statistics store on both databases: the same suite on a SQLite file and on a real
PostgreSQL server (tests/postgres_server.py), plus what happens when the database is away."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from tests.stats_helpers import Clock, answer

from wegwijzer.settings import Settings
from wegwijzer.stats import SchemaError, StatsStore, Vocabulary, read_report
from wegwijzer.stats.database import DatabaseError, PostgresDatabase, open_database, redact
from wegwijzer.stats.schema import MIGRATIONS, NAME, migrate_database

DAY = dt.date(2026, 3, 12)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request, tmp_path) -> Settings:
    """Settings that put the statistics in a fresh SQLite file or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return Settings(data_dir=tmp_path / "data")
    return Settings(data_dir=tmp_path / "data", database_url=request.getfixturevalue("postgres_url"))


def store_for(settings: Settings, **kwargs) -> StatsStore:
    return StatsStore(settings.data_dir, kwargs.pop("vocabulary", Vocabulary()),
                      database_url=settings.database_url, **kwargs)


def test_questions_feedback_and_words_are_counted(backend):
    with store_for(backend, today=Clock(DAY)) as store:
        for _ in range(6):
            store.record(answer(), "web")
            store.record(answer("fallback", None, "paspoort verlopen"), "telegram")
            store.record_feedback("schuldhulp", True, "web")
    report = read_report(backend)
    assert report["total"] == 12
    assert report["by_channel"] == {"telegram": 6, "web": 6}
    assert report["feedback"][0]["useful"] == 6
    assert {w["word"] for w in report["signal_words"]} == {"paspoort", "verlopen"}


def test_stores_in_parallel_threads_count_exactly(backend):
    # several worker processes (or machines) write the same counters at once
    stores = [store_for(backend, today=Clock(DAY)) for _ in range(3)]

    def ask(store: StatsStore) -> None:
        for _ in range(200):
            store.record(answer(), "web")

    threads = [threading.Thread(target=ask, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    assert read_report(backend)["total"] == 600


def test_old_days_are_folded_into_months(backend):
    with store_for(backend, today=Clock(dt.date(2024, 1, 5))) as store:
        for _ in range(5):
            store.record(answer(), "web")
    with store_for(backend, today=Clock(dt.date(2026, 6, 1)), retention_months=12) as store:
        store.record(answer(), "web")
    db = open_database(backend.database_url, backend.data_dir / "statistieken.sqlite3")
    try:
        assert db.query("SELECT month, n FROM question_month") == [("2024-01", 5)]
        assert db.query("SELECT day, n FROM question_day") == [("2026-06-01", 1)]
    finally:
        db.close()
    assert read_report(backend)["total"] == 6


def test_migrating_twice_changes_nothing_and_a_newer_schema_is_refused(backend):
    store_for(backend).close()
    db = open_database(backend.database_url, backend.data_dir / "statistieken.sqlite3")
    assert migrate_database(db, NAME, MIGRATIONS) == len(MIGRATIONS)
    if db.dialect == "sqlite":
        db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    else:
        db.execute("UPDATE wegwijzer_schema SET version = version + 1 WHERE name = ?", (NAME,))
    db.close()
    with pytest.raises(SchemaError, match="Werk Wegwijzer bij"):
        store_for(backend)


def test_an_unreachable_postgresql_keeps_counts_until_it_is_there(postgres_server, tmp_path):
    url = postgres_server.url("komt_later")  # this database does not exist yet
    store = StatsStore(tmp_path, Vocabulary(), database_url=url, today=Clock(DAY), interval=0.05)
    assert store.problem is not None and "komt_later" in store.problem
    for _ in range(7):
        store.record(answer(), "web")  # no exception: residents keep getting answers
    assert store.write_failures == 7
    with pytest.raises(DatabaseError):
        store.report()
    import psycopg

    with psycopg.connect(postgres_server.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE komt_later")
    store.flush()
    assert store.problem is None
    store.close()
    assert read_report(Settings(data_dir=tmp_path, database_url=url))["total"] == 7


def test_a_data_dir_that_cannot_be_made_keeps_counts_until_it_can(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("een bestand waar de map moet komen")
    store = StatsStore(blocker, today=Clock(DAY), interval=0.05)
    assert store.problem is not None
    for _ in range(5):
        store.record(answer(), "web")
    blocker.unlink()
    store.flush()
    assert store.problem is None
    store.close()
    assert read_report(Settings(data_dir=blocker))["total"] == 5


def test_a_full_sqlite_file_keeps_counts_in_memory(tmp_path):
    store = StatsStore(tmp_path, today=Clock(DAY))
    store.record(answer(), "web")
    page_count = store._db.query("PRAGMA page_count")[0][0]
    store._db.execute(f"PRAGMA max_page_count={page_count}")  # SQLite's own 'disk is full'
    for day in range(1, 29):  # new rows need new pages
        store._today = Clock(dt.date(2026, 2, day))
        for service in ("schuldhulp", "mantelzorg", "cjg", "dementie"):
            store.record(answer(service=service), "web")
    assert store.write_failures > 0 and "full" in (store.problem or "")
    store._db.execute("PRAGMA max_page_count=1073741823")
    store.flush()
    store.close()
    assert read_report(Settings(data_dir=tmp_path))["total"] == 1 + 28 * 4


def test_the_address_of_postgresql_is_shown_without_its_password():
    assert redact("postgresql://wegwijzer:geheim@db:5432/wegwijzer") == "postgresql://db:5432/wegwijzer"
    with pytest.raises(DatabaseError) as caught:
        PostgresDatabase("postgresql://wegwijzer:geheim@127.0.0.1:1/wegwijzer", connect_timeout=1)
    assert "geheim" not in str(caught.value) and "niet bereikbaar" in str(caught.value)


def test_sqlite_is_the_default_in_the_data_dir(tmp_path: Path):
    store_for(Settings(data_dir=tmp_path)).close()
    assert (tmp_path / "statistieken.sqlite3").is_file()
