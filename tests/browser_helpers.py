"""Shared helpers for the browser tests: axe with the WCAG 2.1 A and AA rules."""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_run(page: Any) -> Any:
    """axe's full result for the page as it is now (WCAG 2.1 A and AA rules only)."""
    return Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})


def axe_violations(page: Any) -> list[dict]:
    """The violations, with axe's report printed when there are any."""
    results = axe_run(page)
    violations = results.response["violations"]
    if violations:
        print(results.generate_report())
    return violations
