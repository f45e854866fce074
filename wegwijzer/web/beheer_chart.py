"""A line chart of questions per theme over time, drawn as SVG on the server.

No script and no chart library: the SVG is plain markup (classes, no style attributes,
so it passes a strict CSP). Colour is never the only cue: each theme also has its own
marker shape and dash pattern. A hidden count ("<5") is a gap in its line: it may be
below 5, or hidden to protect a small count elsewhere, so no height would be honest. A table with the same
figures follows the chart on the page, and the SVG carries a title and description.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from markupsafe import Markup, escape

WIDTH, HEIGHT = 760, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 40, 16, 40
SERIES_STYLES = ("s1", "s2", "s3", "s4", "s5", "s6")
MARKERS = ("circle", "square", "triangle", "diamond", "circle", "square")
MIN_TOP = 10


@dataclass(frozen=True)
class Series:
    """One line: a name and a value per period (an int, or "<5")."""

    name: str
    values: Sequence[int | str]


def _nice_max(value: int) -> int:
    for step in (10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if value <= step:
            return step
    return ((value // 10000) + 1) * 10000


def _marker(kind: str, x: float, y: float, css: str) -> str:
    if kind == "circle":
        return f'<circle class="{css}" cx="{x:.1f}" cy="{y:.1f}" r="4"/>'
    if kind == "square":
        return f'<rect class="{css}" x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8"/>'
    if kind == "triangle":
        return f'<polygon class="{css}" points="{x:.1f},{y - 5:.1f} {x - 5:.1f},{y + 4:.1f} {x + 5:.1f},{y + 4:.1f}"/>'
    return f'<polygon class="{css}" points="{x:.1f},{y - 5:.1f} {x + 5:.1f},{y:.1f} {x:.1f},{y + 5:.1f} {x - 5:.1f},{y:.1f}"/>'


def line_chart(periods: Sequence[str], series: Sequence[Series], title: str, description: str) -> Markup:
    """The SVG markup (safe to put in a template as it is)."""
    top = _nice_max(max([v for s in series for v in s.values if isinstance(v, int)] + [MIN_TOP]))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(1, len(periods) - 1) if len(periods) > 1 else 0

    def x(i: int) -> float:
        return LEFT + (i * step if len(periods) > 1 else plot_w / 2)

    def y(v: float) -> float:
        return TOP + plot_h - v / top * plot_h

    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">',
             f'<title id="chart-title">{escape(title)}</title>',
             f'<desc id="chart-desc">{escape(description)}</desc>']
    for tick in range(0, top + 1, top // 5):
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}"/>'
                     f'<text class="axis" x="{LEFT - 8}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick}</text>')
    every = max(1, -(-len(periods) // 12))  # at most about 12 labels on the x-axis
    for i, label in enumerate(periods):
        if i % every == 0 or i == len(periods) - 1:
            parts.append(f'<text class="axis" x="{x(i):.1f}" y="{HEIGHT - BOTTOM + 18}" '
                         f'text-anchor="middle">{escape(label)}</text>')
    for n, line in enumerate(series):
        css, marker = SERIES_STYLES[n % len(SERIES_STYLES)], MARKERS[n % len(MARKERS)]
        parts.append(f'<g class="{css}">')
        for run in _runs(line.values):
            points = [(x(i), y(v)) for i, v in run]
            if len(points) > 1:
                path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
                parts.append(f'<polyline class="line" points="{path}"/>')
            parts += [_marker(marker, px, py, "mark") for px, py in points]
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("".join(parts))


def _runs(values: Sequence[int | str]) -> list[list[tuple[int, int]]]:
    """Stretches of known values (index, value); a hidden value breaks the line."""
    runs: list[list[tuple[int, int]]] = [[]]
    for i, v in enumerate(values):
        if isinstance(v, int):
            runs[-1].append((i, v))
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def legend(series: Sequence[Series]) -> Markup:
    """An HTML legend with the same marker and colour as each line."""
    items = []
    for n, line in enumerate(series):
        css, marker = SERIES_STYLES[n % len(SERIES_STYLES)], MARKERS[n % len(MARKERS)]
        icon = (f'<svg class="swatch {css}" viewBox="0 0 30 12" aria-hidden="true" focusable="false">'
                f'<line class="line" x1="0" x2="30" y1="6" y2="6"/>{_marker(marker, 15, 6, "mark")}</svg>')
        items.append(f"<li>{icon} {escape(line.name)}</li>")
    return Markup('<ul class="legend">' + "".join(items) + "</ul>")
