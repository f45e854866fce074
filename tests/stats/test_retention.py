"""Retention: days older than the period are folded into monthly totals and deleted."""

from __future__ import annotations

import datetime as dt
import sqlite3

from tests.stats_helpers import Clock, all_bytes, answer

from wegwijzer.stats import StatsStore
from wegwijzer.stats.retention import cutoff
from wegwijzer.stats.schema import DB_NAME


def test_cutoff_keeps_the_current_month_and_the_months_before():
    assert cutoff(dt.date(2026, 5, 17), 24) == dt.date(2024, 5, 1)
    assert cutoff(dt.date(2026, 1, 31), 1) == dt.date(2025, 12, 1)
    assert cutoff(dt.date(2026, 1, 31), 13) == dt.date(2024, 12, 1)


def test_old_days_are_folded_into_months_at_start_up(tmp_path):
    clock = Clock(dt.date(2024, 2, 10))
    with StatsStore(tmp_path, today=clock) as store:
        for day in (dt.date(2024, 2, 10), dt.date(2024, 2, 20), dt.date(2024, 3, 5), dt.date(2026, 4, 1)):
            clock.day = day
            for _ in range(5):
                store.record(answer(), "web")
                store.record(answer("fallback", None, "paspoort verlopen"), "telegram")
            store.record_feedback("schuldhulp", False, "web")
    clock.day = dt.date(2026, 4, 2)
    with StatsStore(tmp_path, today=clock, retention_months=24) as store:  # keeps 2024-04-01 on
        report = store.report()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("SELECT MIN(day) FROM question_day").fetchone()[0] == "2026-04-01"
    assert conn.execute("SELECT month, outcome, n FROM question_month ORDER BY 1, 2").fetchall() == [
        ("2024-02", "answered", 10), ("2024-02", "fallback", 10),
        ("2024-03", "answered", 5), ("2024-03", "fallback", 5)]
    assert conn.execute("SELECT month, n FROM feedback_month ORDER BY 1").fetchall() == [
        ("2024-02", 2), ("2024-03", 1)]
    assert conn.execute("SELECT SUM(n) FROM word_month WHERE word = 'paspoort'").fetchone()[0] == 15
    assert conn.execute("SELECT COUNT(*) FROM word_day WHERE day < '2026'").fetchone()[0] == 0
    conn.close()
    assert report["total"] == 40  # folding changes no total
    assert [p["period"] for p in report["per_month"]] == ["2024-02", "2024-03", "2026-04"]
    assert [p["period"] for p in report["per_week"]] == ["2026-W14", "eerder"]
    assert b"2024-02-10" not in all_bytes(tmp_path)  # secure_delete: the day is gone


def test_retention_runs_daily_in_the_background(tmp_path):
    clock = Clock(dt.date(2026, 1, 15))
    store = StatsStore(tmp_path, today=clock, retention_months=1, interval=0.05)
    store.record(answer(), "web")
    clock.day = dt.date(2026, 3, 1)  # the next day the thread looks, January is too old
    conn = sqlite3.connect(tmp_path / DB_NAME)
    for _ in range(200):
        if conn.execute("SELECT COUNT(*) FROM question_month").fetchone()[0]:
            break
        store._stop.wait(0.05)
    assert conn.execute("SELECT month, n FROM question_month").fetchall() == [("2026-01", 1)]
    conn.close()
    store.close()
