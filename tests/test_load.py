"""Short load test: 50 clients for 8 s against `wegwijzer serve`; no errors, every answer counted.

The long form (200 clients, 60 s, memory sampled) is `make loadtest` (bench/loadtest.py);
this runs the same script, as its own process, with the short settings.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO

CLIENTS = 50
SECONDS = 8


def test_fifty_clients_no_errors_and_statistics_total_equals_answers() -> None:
    done = subprocess.run([sys.executable, str(REPO / "bench" / "loadtest.py"), "--clients", str(CLIENTS),
                           "--seconds", str(SECONDS), "--json"],
                          cwd=REPO, capture_output=True, text=True, timeout=180)
    assert done.stdout.strip(), done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["answered"] > CLIENTS  # the load really ran
    assert result["errors"] == {}, result["statuses"]  # nothing but 200 (and 429, off here)
    assert result["statuses"].get("429", 0) == 0  # WEGWIJZER_RATE_LIMIT=0
    assert result["server_exit"] == 0, result["server_stderr_tail"]  # SIGTERM: clean stop
    assert result["stats_total"] == result["answered"]  # every answered /api/ask was counted
    assert result["rss_kb"]["samples"] >= 1
    assert done.returncode == 0
