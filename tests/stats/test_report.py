"""The report: aggregation per dimension and period, suppression everywhere, CSV and text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from hypothesis import given, settings, strategies as st
from tests.stats_helpers import SERVICES, Clock, answer

from wegwijzer.stats import StatsStore, to_csv, to_text
from wegwijzer.stats.aggregate import Counts, QuestionRow, week_of
from wegwijzer.stats.report import build_report

MONDAY = dt.date(2026, 3, 2)


def fill(store, clock, plan):
    """plan: [(day, outcome, service, channel, times)]"""
    for day, outcome, service, channel, times in plan:
        clock.day = day
        for _ in range(times):
            store.record(answer(outcome, service), channel)


def test_counts_per_theme_doel_service_outcome_channel_week_and_month(tmp_path):
    clock = Clock(MONDAY)
    with StatsStore(tmp_path, today=clock) as store:
        fill(store, clock, [
            (MONDAY, "answered", "schuldhulp", "web", 6),
            (MONDAY + dt.timedelta(days=1), "answered", "minimaregelingen", "telegram", 5),
            (MONDAY + dt.timedelta(days=7), "answered", "schuldhulp", "web", 9),
            (dt.date(2026, 4, 1), "answered", "mantelzorg", "web", 8),
            (dt.date(2026, 4, 1), "fallback", None, "telegram", 7),
        ])
        report = store.report()
    assert report["total"] == 35
    assert report["by_theme"] == {"samen-leven": 8, "zelfstandig-leven": 20}
    assert report["without_service"] == 7
    assert report["by_doel"] == {"sl-1": 8, "zl-1": 20}
    assert report["by_service"] == {"mantelzorg": 8, "minimaregelingen": 5, "schuldhulp": 15}
    assert report["by_outcome"] == {"answered": 28, "fallback": 7}
    assert report["by_channel"] == {"telegram": 12, "web": 23}
    assert [(p["period"], p["total"]) for p in report["per_week"]] == [
        ("2026-W10", 11), ("2026-W11", 9), ("2026-W14", 15)]
    assert [(p["period"], p["total"]) for p in report["per_month"]] == [("2026-03", 20), ("2026-04", 15)]
    assert report["per_month"][1]["by_theme"] == {"samen-leven": 8}


def test_since_leaves_out_earlier_days(tmp_path):
    clock = Clock(MONDAY)
    with StatsStore(tmp_path, today=clock) as store:
        fill(store, clock, [(MONDAY, "answered", "schuldhulp", "web", 6),
                            (dt.date(2026, 4, 1), "answered", "cjg", "web", 5)])
        report = store.report(since=dt.date(2026, 3, 15))
    assert report["since"] == "2026-03-15"
    assert report["total"] == 5 and report["by_theme"] == {"opgroeien-en-ontwikkelen": 5}


def test_feedback_rates_and_the_least_useful_first(tmp_path):
    with StatsStore(tmp_path) as store:
        for service, yes, no in (("schuldhulp", 10, 5), ("cjg", 5, 20), ("dementie", 1, 2)):
            for _ in range(yes):
                store.record_feedback(service, True, "web")
            for _ in range(no):
                store.record_feedback(service, False, "telegram")
        report = store.report()
    assert report["feedback"] == [
        {"service": "cjg", "useful": 5, "not_useful": 20, "total": 25, "not_useful_share": "80%"},
        {"service": "schuldhulp", "useful": 10, "not_useful": 5, "total": 15,
         "not_useful_share": "33%"},
        {"service": "dementie", "useful": "<5", "not_useful": "<5", "total": "<5",
         "not_useful_share": None}]


def test_signal_words_ranked_and_small_ones_hidden(tmp_path):
    with StatsStore(tmp_path) as store:
        for _ in range(6):
            store.record(answer("out_of_scope", None, "paspoort aanvragen"), "web")
        store.record(answer("fallback", None, "parkeervergunning"), "web")
        report = store.report()
    assert report["signal_words"] == [{"word": "aanvragen", "count": 6}, {"word": "paspoort", "count": 6},
                                      {"word": "parkeervergunning", "count": "<5"}]


def test_one_small_theme_hides_a_second_cell(tmp_path):
    with StatsStore(tmp_path) as store:
        fill(store, Clock(MONDAY), [(MONDAY, "answered", "schuldhulp", "web", 20),
                                    (MONDAY, "answered", "mantelzorg", "web", 8),
                                    (MONDAY, "answered", "cjg", "web", 2)])
        report = store.report()
    assert report["total"] == 30
    # cjg (2) hidden, and mantelzorg (8) too: else 30 - 20 - 8 would give it away
    assert report["by_theme"] == {"opgroeien-en-ontwikkelen": "<5", "samen-leven": "<5",
                                  "zelfstandig-leven": 20}


def test_week_labels_are_iso_weeks_and_folded_months_are_earlier():
    assert week_of("2026-01-01") == "2026-W01"
    assert week_of("2027-01-01") == "2026-W53"
    assert week_of("2024-05") == "eerder"


def test_csv_and_text_carry_the_same_suppressed_figures(tmp_path):
    with StatsStore(tmp_path) as store:
        fill(store, Clock(MONDAY), [(MONDAY, "answered", "schuldhulp", "web", 12),
                                    (MONDAY, "crisis", "zelfmoordpreventie", "web", 1)])
        report = store.report()
    rows = list(csv.reader(io.StringIO(to_csv(report)), delimiter=";"))
    assert rows[0] == ["periode", "indeling", "sleutel", "aantal"]
    assert ["totaal", "totaal", "", "13"] in rows
    assert ["totaal", "dienst", "zelfmoordpreventie", "<5"] in rows
    assert all(not r[3].isdigit() or int(r[3]) >= 5 for r in rows[1:])
    text = to_text(report)
    assert "Vragen van inwoners (web en Telegram): 13" in text and "<5" in text


# --- the guarantee, for any data ------------------------------------------------------

_rows = st.lists(st.tuples(
    st.dates(dt.date(2025, 11, 1), dt.date(2026, 2, 28)),
    st.sampled_from(["web", "telegram"]),
    st.sampled_from([None, *SERVICES]),
    st.integers(1, 12)), max_size=40)


def _counts(rows) -> Counts:
    counts = Counts()
    for day, channel, service, n in rows:
        theme, doel = SERVICES.get(service, ("", "")) if service else ("", "")
        outcome = "answered" if service else "fallback"
        counts.questions.append(QuestionRow(day.isoformat(), channel, service or "", theme, doel, outcome, n))
    return counts


def _numbers(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from _numbers(v)
    elif isinstance(value, list):
        for v in value:
            yield from _numbers(v)
    elif isinstance(value, int) and not isinstance(value, bool):
        yield value


def _single_hidden(total, cells) -> bool:
    return total != "<5" and sum(1 for c in cells if c == "<5") == 1


@settings(max_examples=150, deadline=None)
@given(_rows)
def test_no_count_below_five_and_no_lonely_hidden_cell_anywhere(rows):
    report = build_report(_counts(rows))
    report = json.loads(json.dumps(report))
    assert all(n >= 5 for n in _numbers({k: v for k, v in report.items() if k != "suppression"}))
    for period in [report, *report["per_week"], *report["per_month"]]:
        for dim in ("by_theme", "by_doel", "by_service"):
            cells = list(period[dim].values()) + [period.get("without_service", 0)]
            assert not _single_hidden(period["total"], cells)
        for dim in ("by_outcome", "by_channel"):
            assert not _single_hidden(period["total"], period[dim].values())
    for family in ("per_week", "per_month"):
        assert not _single_hidden(report["total"], [p["total"] for p in report[family]])
        for theme, overall in report["by_theme"].items():
            cells = [p["by_theme"][theme] for p in report[family] if theme in p["by_theme"]]
            assert not _single_hidden(overall, cells)
