"""The event store: what one question leaves behind, and when it is on disk."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from tests.stats_helpers import Clock, all_bytes, answer

from wegwijzer.stats import StatsStore, Vocabulary, read_report
from wegwijzer.stats.schema import DB_NAME, VERSION
from wegwijzer.settings import Settings

DAY = dt.date(2026, 3, 12)


def rows(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_creates_the_data_dir_a_wal_database_at_the_newest_version(tmp_path):
    data = tmp_path / "nieuw" / "data"
    with StatsStore(data) as store:
        conn = sqlite3.connect(store.path)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == VERSION
        conn.close()
    assert (data / DB_NAME).is_file()


def test_a_question_is_committed_before_record_returns(tmp_path):
    store = StatsStore(tmp_path, today=Clock(DAY))
    store.record(answer(), "web")
    # read through another connection while the store is still open: already on disk
    assert rows(store.path, "SELECT day, channel, service, theme, doel, outcome, n FROM question_day") == [
        ("2026-03-12", "web", "schuldhulp", "zelfstandig-leven", "zl-1", "answered", 1)]
    store.close()


def test_questions_are_day_counters_without_time_or_text(tmp_path):
    with StatsStore(tmp_path, today=Clock(DAY)) as store:
        for _ in range(3):
            store.record(answer(question="ik heb schulden bij de bank"), "telegram")
        store.record(answer("fallback", None, "iets heel anders"), "web")
    assert sorted(rows(tmp_path / DB_NAME, "SELECT * FROM question_day")) == [
        ("2026-03-12", "telegram", "schuldhulp", "zelfstandig-leven", "zl-1", "answered", 3),
        ("2026-03-12", "web", "", "", "", "fallback", 1)]
    assert b"schulden bij de bank" not in all_bytes(tmp_path)


def test_feedback_is_counted_per_service_and_answer(tmp_path):
    with StatsStore(tmp_path, today=Clock(DAY)) as store:
        store.record_feedback("schuldhulp", False, "web")
        store.record_feedback("schuldhulp", False, "web")
        store.record_feedback("schuldhulp", True, "telegram")
        store.record_feedback(None, True, "web")
    assert sorted(rows(tmp_path / DB_NAME, "SELECT * FROM feedback_day")) == [
        ("2026-03-12", "telegram", "schuldhulp", 1, 1), ("2026-03-12", "web", "", 1, 1),
        ("2026-03-12", "web", "schuldhulp", 0, 2)]


def test_signal_words_only_for_fallback_and_out_of_scope_written_apart(tmp_path):
    store = StatsStore(tmp_path, Vocabulary(), today=Clock(DAY))
    store.record(answer("fallback", None, "Mijn paspoort is verlopen"), "web")
    store.record(answer("out_of_scope", None, "wanneer komt de vuilniswagen"), "web")
    store.record(answer("answered", "schuldhulp", "ik heb schulden bij de bank"), "web")
    store.record(answer("crisis", "zelfmoordpreventie", "ik wil niet meer leven"), "web")
    # buffered: not in the file yet, so not next to the question they came from
    assert rows(store.path, "SELECT * FROM word_day") == []
    store.close()
    words = dict(rows(tmp_path / DB_NAME, "SELECT word, n FROM word_day"))
    assert words == {"paspoort": 1, "verlopen": 1, "komt": 1, "vuilniswagen": 1}


def test_the_background_thread_flushes_words_while_running(tmp_path):
    store = StatsStore(tmp_path, today=Clock(DAY), interval=0.05)
    store.record(answer("fallback", None, "paspoort kwijt"), "web")
    deadline = dt.datetime.now() + dt.timedelta(seconds=10)
    while not rows(store.path, "SELECT * FROM word_day") and dt.datetime.now() < deadline:
        store._stop.wait(0.02)
    assert rows(store.path, "SELECT word FROM word_day ORDER BY word") == [("kwijt",), ("paspoort",)]
    store.close()


def test_values_that_are_not_ids_are_not_stored(tmp_path):
    odd = answer()
    odd = type(odd)(**{**odd.__dict__, "service": "Jan de Vries 0612345678", "doel": "x" * 100})
    with StatsStore(tmp_path, today=Clock(DAY)) as store:
        store.record(odd, "web")
    assert rows(tmp_path / DB_NAME, "SELECT service, doel FROM question_day") == [("onbekend", "onbekend")]
    assert b"Vries" not in all_bytes(tmp_path)


def test_unknown_channel_is_a_programming_error(tmp_path):
    with StatsStore(tmp_path) as store, pytest.raises(ValueError):
        store.record(answer(), "email")  # type: ignore[arg-type]


def test_close_is_idempotent_and_later_events_are_ignored(tmp_path):
    store = StatsStore(tmp_path, today=Clock(DAY))
    store.record(answer(), "web")
    store.close()
    store.close()
    store.record(answer(), "web")  # e.g. a request finishing during shutdown
    assert read_report(Settings(data_dir=tmp_path))["per_month"][0]["by_channel"] == {"web": "<5"}


def test_two_stores_on_one_directory_both_count(tmp_path):
    # `wegwijzer serve` and `wegwijzer bot` may run side by side on one data dir
    web, bot = StatsStore(tmp_path), StatsStore(tmp_path)
    for _ in range(5):
        web.record(answer(), "web")
        bot.record(answer(), "telegram")
    web.close()
    bot.close()
    report = read_report(Settings(data_dir=tmp_path))
    assert report["total"] == 10 and report["by_channel"] == {"telegram": 5, "web": 5}


def test_report_on_a_missing_database_is_empty_and_creates_nothing(tmp_path):
    report = read_report(Settings(data_dir=tmp_path / "leeg"))
    assert report["total"] == "<5" and report["by_theme"] == {}
    assert not (tmp_path / "leeg").exists()
