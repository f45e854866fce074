"""Turn the suppressed report into what the overview page shows: rows, titles, a chart."""

from __future__ import annotations

from typing import Any

from wegwijzer.stats import Labels
from wegwijzer.stats.report import CHANNEL_LABELS, NONE_KEY, OUTCOME_LABELS
from wegwijzer.web.beheer_chart import Series, legend, line_chart


def _themes(report: dict[str, Any], labels: Labels) -> list[str]:
    seen = set(report["by_theme"])
    return [t for t in labels.theme_order if t in seen] + sorted(seen - set(labels.theme_order))


def _title(table: dict[str, str], key: str) -> str:
    return "Zonder dienst" if key == NONE_KEY else table.get(key, key)


def view(report: dict[str, Any], labels: Labels, per: str) -> dict[str, Any]:
    """Template context for overzicht.html.j2 (every figure already suppressed)."""
    periods = report["per_month"] if per == "maand" else report["per_week"]
    themes = _themes(report, labels)
    names = [labels.themes.get(t, t) for t in themes]
    series = [Series(n, [p["by_theme"].get(t, 0) for p in periods]) for t, n in zip(themes, names)]
    labels_x = [p["period"] for p in periods]
    chart = line_chart(labels_x, series, f"Vragen per thema, per {per}",
                       "Lijngrafiek met voor elk thema het aantal vragen per periode. "
                       "Dezelfde cijfers staan in de tabel onder de grafiek.")
    # "–": nothing counted (a known zero), unlike "<5" (a hidden 1 to 4)
    over_time = [[p["period"], *[p["by_theme"].get(t, "–") for t in themes],
                  p.get("without_service", "–"), p["total"]] for p in periods]
    by_doel = report["by_doel"]
    doel_rows = [[labels.doelen.get(d, d) if d != NONE_KEY else "Zonder doel",
                  labels.themes.get(labels.doel_theme.get(d, ""), "–"), v] for d, v in by_doel.items()]
    return {
        "report": report, "chart": chart, "legend": legend(series),
        "over_time_head": ["Periode", *names, "Zonder dienst", "Totaal"], "over_time_rows": over_time,
        "doel_rows": doel_rows,
        "service_rows": [[_title(labels.services, s), v] for s, v in report["by_service"].items()],
        "outcome_rows": [[OUTCOME_LABELS.get(o, o), v] for o, v in report["by_outcome"].items()],
        "channel_rows": [[CHANNEL_LABELS.get(c, c), v] for c, v in report["by_channel"].items()],
        "feedback_rows": [[_title(labels.services, r["service"]), r["useful"], r["not_useful"],
                           r["not_useful_share"] or "–"] for r in report["feedback"][:15]],
        "word_rows": [[w["word"], w["count"]] for w in report["signal_words"]],
    }
