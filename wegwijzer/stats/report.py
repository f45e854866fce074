"""The figures as they may be shown: one suppressed report, and its CSV and text forms.

Every page, export and the CLI are made from build_report(), so they all show the same
suppressed figures; nothing downstream sees a raw count.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any, Hashable

from wegwijzer.stats.aggregate import ALL, Counts, Table, feedback_cells, question_table
from wegwijzer.stats.suppress import HIDDEN, RULE, THRESHOLD, Suppressed

TOP_WORDS = 30
NONE_KEY = "(geen)"
OUTCOME_LABELS = {
    "answered": "Beantwoord", "clarify": "Keuzevraag gesteld", "fallback": "Geen passend antwoord",
    "out_of_scope": "Buiten het sociaal domein", "crisis": "Crisis", "smalltalk": "Groet of praatje", "emergency": "Spoed: 112",
    "onbekend": "Onbekend",
}
CHANNEL_LABELS = {"web": "Website", "telegram": "Telegram"}
_DIMS = {"by_theme": "theme", "by_doel": "doel", "by_service": "service",
         "by_outcome": "outcome", "by_channel": "channel"}
_CSV_DIMS = {"total": "totaal", "by_theme": "thema", "by_doel": "doel", "by_service": "dienst",
             "by_outcome": "uitkomst", "by_channel": "kanaal", "without_service": "zonder_dienst"}


def build_report(counts: Counts, since: dt.date | None = None) -> dict[str, Any]:
    """The suppressed figures (CONTRACT section 6: at least 'total' and 'by_theme')."""
    table = question_table(counts.questions)
    fb_cells, fb_groups = feedback_cells(counts.feedback)
    word_cells: dict[Hashable, int] = {("word", w): n for w, n in counts.words.items()}
    show = Suppressed({**table.cells, **fb_cells, **word_cells}, table.groups + fb_groups)
    report = _period(show, table, ALL)
    del report["period"]
    report["since"] = since.isoformat() if since else None
    report["per_week"] = [_period(show, table, p) for p in table.weeks]
    report["per_month"] = [_period(show, table, p) for p in table.months]
    report["feedback"] = _feedback(show, counts)
    report["signal_words"] = _words(show, counts)
    report["suppression"] = {"threshold": THRESHOLD, "hidden": HIDDEN, "rule": RULE}
    return report


def _period(show: Suppressed, table: Table, period: str) -> dict[str, Any]:
    out: dict[str, Any] = {"period": period, "total": show((period, "total", ""))}
    for name, dim in _DIMS.items():
        values = sorted(v for p, d, v in table.cells if p == period and d == dim)
        out[name] = {(v or NONE_KEY): show((period, dim, v)) for v in values}
    if (period, "none", "") in table.cells:
        out["without_service"] = show((period, "none", ""))
    return out


def _rank(items: list[tuple[str, Hashable]], show: Suppressed, counts: dict[Hashable, int]) -> list[str]:
    """Shown counts first, largest first; hidden ones after, alphabetically (no order leaks)."""
    visible = sorted((i for i in items if show.shown(i[1])), key=lambda i: (-counts[i[1]], i[0]))
    hidden = sorted(i for i in items if not show.shown(i[1]))
    return [name for name, _ in visible + hidden]


def _feedback(show: Suppressed, counts: Counts) -> list[dict[str, Any]]:
    services = sorted({s for s, _ in counts.feedback})
    raw = {("feedback", s, "not_useful"): counts.feedback[(s, False)] for s in services}
    out = []
    for service in _rank([(s, ("feedback", s, "not_useful")) for s in services], show, raw):
        yes, no, total = (("feedback", service, k) for k in ("useful", "not_useful", "total"))
        share = None  # a percentage string, so no bare number below 5 appears anywhere
        if show.shown(no) and show.shown(total):
            share = f"{round(100 * counts.feedback[(service, False)] / max(1, _int(show(total))))}%"
        out.append({"service": service or NONE_KEY, "useful": show(yes), "not_useful": show(no),
                    "total": show(total), "not_useful_share": share})
    return out


def _words(show: Suppressed, counts: Counts) -> list[dict[str, Any]]:
    raw: dict[Hashable, int] = {("word", w): n for w, n in counts.words.items()}
    ranked = _rank([(w, ("word", w)) for w in counts.words], show, raw)[:TOP_WORDS]
    return [{"word": w, "count": show(("word", w))} for w in ranked]


def _int(value: int | str) -> int:
    return value if isinstance(value, int) else 0


def to_csv(report: dict[str, Any]) -> str:
    """The report as CSV (semicolons, as Dutch spreadsheet programs expect)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["periode", "indeling", "sleutel", "aantal"])
    for period in [{**report, "period": "totaal"}, *report["per_week"], *report["per_month"]]:
        for name, label in _CSV_DIMS.items():
            value = period.get(name)
            if isinstance(value, dict):
                writer.writerows([period["period"], label, k, v] for k, v in value.items())
            elif value is not None:
                writer.writerow([period["period"], label, "", value])
    for row in report["feedback"]:
        for key, label in (("useful", "nuttig"), ("not_useful", "niet_nuttig"), ("total", "totaal")):
            writer.writerow(["totaal", f"feedback_{label}", row["service"], row[key]])
    writer.writerows(["totaal", "signaalwoord", w["word"], w["count"]] for w in report["signal_words"])
    return buffer.getvalue()


def to_text(report: dict[str, Any]) -> str:
    """The report as plain text tables for the terminal."""
    lines = [f"Vragen van inwoners (web en Telegram): {report['total']}",
             f"Vanaf: {report['since'] or 'het begin'}", ""]
    sections = [("Per thema", report["by_theme"]), ("Per doel", report["by_doel"]),
                ("Per dienst", report["by_service"]),
                ("Per uitkomst", {OUTCOME_LABELS.get(k, k): v for k, v in report["by_outcome"].items()}),
                ("Per kanaal", {CHANNEL_LABELS.get(k, k): v for k, v in report["by_channel"].items()}),
                ("Per maand", {p["period"]: p["total"] for p in report["per_month"]})]
    for title, table in sections:
        lines += _table(title, table)
    lines += _table("Nuttig / niet nuttig per dienst", {
        r["service"]: f"{r['useful']} / {r['not_useful']}" for r in report["feedback"]})
    lines += _table("Signaalwoorden (vragen zonder passend antwoord)",
                    {w["word"]: w["count"] for w in report["signal_words"]})
    lines.append(f"Aantallen onder de {THRESHOLD} staan er als {HIDDEN}.")
    return "\n".join(lines)


def _table(title: str, rows: dict[str, Any]) -> list[str]:
    if not rows:
        return [title, "  (geen gegevens)", ""]
    width = max(len(k) for k in rows)
    return [title, *(f"  {k:<{width}}  {v:>8}" for k, v in rows.items()), ""]
