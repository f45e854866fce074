"""Aggregation: read the counters and add them up per theme, doel, service, outcome and
channel, overall and per week and per month, with the sums that tie them together.

A cell is (period, dimension, value): period "all", a week "2025-W07" or a month
"2025-02"; dimension "total", "theme", "doel", "service", "outcome", "channel", or
"none" (questions without a service, shared by theme/doel/service). Days folded into
monthly totals by retention have no week: they count under the week period "eerder".
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Hashable

from wegwijzer.stats.database import Database
from wegwijzer.stats.suppress import Group

ALL = "all"
EARLIER = "eerder"
DIMENSIONS = ("theme", "doel", "service", "outcome", "channel")
Cell = tuple[str, str, str]


@dataclass(frozen=True)
class QuestionRow:
    """One counter: a day (or a folded month) and its dimensions."""

    day: str  # YYYY-MM-DD, or YYYY-MM for a folded month
    channel: str
    service: str
    theme: str
    doel: str
    outcome: str
    n: int


@dataclass
class Counts:
    """Everything read from the database, before suppression."""

    questions: list[QuestionRow] = field(default_factory=list)
    feedback: Counter[tuple[str, bool]] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)


def read_counts(db: Database | None, since: dt.date | None = None) -> Counts:
    """Read all counters (from `since` on); empty without a database."""
    counts = Counts()
    if db is None:
        return counts
    day = since.isoformat() if since else ""
    month = day[:7]
    for sql, arg in (("SELECT day, channel, service, theme, doel, outcome, n FROM question_day "
                      "WHERE day >= ?", day),
                     ("SELECT month, channel, service, theme, doel, outcome, n FROM question_month "
                      "WHERE month >= ?", month)):
        counts.questions += [QuestionRow(*row) for row in db.query(sql, (arg,))]
    for sql, arg in (("SELECT service, useful, n FROM feedback_day WHERE day >= ?", day),
                     ("SELECT service, useful, n FROM feedback_month WHERE month >= ?", month)):
        for service, useful, n in db.query(sql, (arg,)):
            counts.feedback[(service, bool(useful))] += n
    for sql, arg in (("SELECT word, n FROM word_day WHERE day >= ?", day),
                     ("SELECT word, n FROM word_month WHERE month >= ?", month)):
        for word, n in db.query(sql, (arg,)):
            counts.words[word] += n
    return counts


def week_of(day: str) -> str:
    """ISO week label of a day ('2025-W07'); folded months have no week."""
    if len(day) == 7:
        return EARLIER
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def _none_shared(rows: list[QuestionRow]) -> bool:
    """True when service, theme and doel are always empty together (one 'none' cell)."""
    return all((r.service == "") == (r.theme == "") == (r.doel == "") for r in rows)


def _keys(row: QuestionRow, shared: bool) -> list[tuple[str, str]]:
    keys = [("total", "")]
    for dim in DIMENSIONS:
        value = getattr(row, dim)
        if value == "" and shared:
            keys.append(("none", ""))
        else:
            keys.append((dim, value))
    return list(dict.fromkeys(keys))


@dataclass
class Table:
    """Question cells per period, and the groups of cells that add up."""

    cells: dict[Cell, int]
    groups: list[Group]
    weeks: list[str]
    months: list[str]
    parents: dict[tuple[str, str], tuple[str, str]]  # (dim, value) -> its parent cell


def question_table(rows: list[QuestionRow]) -> Table:
    """Add the rows up into cells and list every sum a reader could use."""
    shared = _none_shared(rows)
    cells: Counter[Cell] = Counter({(ALL, "total", ""): 0})
    for row in rows:
        for period in (ALL, week_of(row.day), row.day[:7]):
            for dim, value in _keys(row, shared):
                cells[(period, dim, value)] += row.n
    weeks = sorted({p for p, _, _ in cells if "-W" in p or p == EARLIER})
    months = sorted({p for p, _, _ in cells if len(p) == 7 and "-W" not in p})
    parents = _parents(rows)
    groups = _period_groups(cells, [ALL, *weeks, *months], parents, rows, shared)
    groups += _margin_groups(cells, weeks) + _margin_groups(cells, months)
    return Table(dict(cells), groups, weeks, months, parents)


def _parents(rows: list[QuestionRow]) -> dict[tuple[str, str], tuple[str, str]]:
    """doel -> theme and service -> doel, where the data says so unambiguously."""
    seen: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for r in rows:
        if r.doel and r.theme:
            seen[("doel", r.doel)].add(("theme", r.theme))
        if r.service and r.doel:
            seen[("service", r.service)].add(("doel", r.doel))
    return {child: next(iter(ps)) for child, ps in seen.items() if len(ps) == 1}


def _period_groups(cells: Counter[Cell], periods: list[str], parents: dict[tuple[str, str], tuple[str, str]],
                   rows: list[QuestionRow], shared: bool) -> list[Group]:
    by_period: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for period, dim, value in cells:
        by_period[period].append((dim, value))
    serviceless = _serviceless_outcomes(rows) if shared else None
    groups = []
    for period in periods:
        keys = by_period[period]
        total = (period, "total", "")
        for dim in DIMENSIONS:
            members = [(period, d, v) for d, v in keys if d == dim or (d == "none" and dim != "outcome"
                                                                       and dim != "channel")]
            groups.append(Group(tuple(members), total))
        children: dict[tuple[str, str], list[Cell]] = defaultdict(list)
        for key in keys:
            if key in parents:
                children[parents[key]].append((period, *key))
        groups += [Group(tuple(m), (period, *parent)) for parent, m in children.items()]
        if serviceless:
            members = tuple((period, "outcome", o) for o in serviceless if (period, "outcome", o) in cells)
            groups.append(Group(members, (period, "none", "")))
    return groups


def _serviceless_outcomes(rows: list[QuestionRow]) -> tuple[str, ...] | None:
    """Outcomes that never have a service, when they are exactly the questions without one."""
    without = {r.outcome for r in rows if not r.service}
    with_service = {r.outcome for r in rows if r.service}
    return tuple(sorted(without)) if without and not without & with_service else None


def _margin_groups(cells: Counter[Cell], periods: list[str]) -> list[Group]:
    """Each figure over the weeks (or months) adds up to the overall figure."""
    columns: dict[tuple[str, str], list[Cell]] = defaultdict(list)
    wanted = set(periods)
    for period, dim, value in cells:
        if period in wanted:
            columns[(dim, value)].append((period, dim, value))
    return [Group(tuple(members), (ALL, *key)) for key, members in columns.items()]


def feedback_cells(feedback: Counter[tuple[str, bool]]) -> tuple[dict[Hashable, int], list[Group]]:
    """Cells and groups for feedback: useful + not useful = all responses, per service."""
    cells: dict[Hashable, int] = {}
    groups = []
    for service in sorted({s for s, _ in feedback}):
        yes, no = feedback[(service, True)], feedback[(service, False)]
        # A zero is no cell: it is known (nobody), so it does not make a sum "one hidden".
        values = {"useful": yes, "not_useful": no, "total": yes + no}
        cells.update({("feedback", service, k): v for k, v in values.items() if v})
        groups.append(Group((("feedback", service, "useful"), ("feedback", service, "not_useful")),
                            ("feedback", service, "total")))
    return cells, groups
