"""Retention: days older than the retention period are folded into monthly totals.

The daily counters are already anonymous; retention removes even the day. Folding is
one transaction (the caller's): add the old days to the month tables, then delete them.
"""

from __future__ import annotations

import datetime as dt

from wegwijzer.stats.database import Database

# (daily table, monthly table, the dimension columns besides day/month)
_TABLES = (
    ("question_day", "question_month", "channel, service, theme, doel, outcome"),
    ("feedback_day", "feedback_month", "channel, service, useful"),
    ("word_day", "word_month", "word"),
)



def cutoff(today: dt.date, months: int) -> dt.date:
    """First day that is kept: the start of the month `months` months before today's."""
    index = today.year * 12 + (today.month - 1) - months
    return dt.date(index // 12, index % 12 + 1, 1)


def fold(db: Database, keep_from: dt.date) -> int:
    """Fold every day before keep_from into monthly totals; returns the days' rows removed.

    Run it inside the caller's transaction: the month gains exactly what the days lose.
    """
    removed = 0
    day = keep_from.isoformat()
    for daily, monthly, columns in _TABLES:
        db.execute(
            f"INSERT INTO {monthly} (month, {columns}, n) "
            f"SELECT substr(day, 1, 7), {columns}, SUM(n) FROM {daily} WHERE day < ? "
            f"GROUP BY substr(day, 1, 7), {columns} "
            f"ON CONFLICT (month, {columns}) DO UPDATE SET n = {monthly}.n + excluded.n", (day,))
        removed += db.execute(f"DELETE FROM {daily} WHERE day < ?", (day,))
    return removed
