"""`wegwijzer stats`: the figures on the command line; `ask` and `eval` never record."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.stats_helpers import answer

from tests.conftest import REPO
from wegwijzer.stats import StatsStore
from wegwijzer.understanding.embedder import CACHE_FILE


def run(data_dir, *args, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WEGWIJZER_", "TELEGRAM_"))}
    env["WEGWIJZER_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "wegwijzer", *args], cwd=REPO, env=env,
                          input=stdin, capture_output=True, text=True, timeout=120)


async def test_stats_json_reports_the_total_after_questions_through_the_web_api(make_client, settings):
    store = StatsStore(settings.data_dir)
    client = await make_client(stats=store, rate_limit=0)
    questions = ["ik heb schulden"] * 6 + ["mantelzorg voor mijn vader"] * 3 + ["paspoort kwijt"] * 5
    for question in questions:
        assert (await client.post("/api/ask", json={"question": question})).status == 200
    store.close()
    done = run(settings.data_dir, "stats", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["total"] == 14
    # samen-leven (3) is hidden; so is the smallest other part of the 14 (5 without service)
    assert report["by_theme"] == {"samen-leven": "<5", "zelfstandig-leven": 6}
    assert report["without_service"] == "<5"


def test_stats_text_since_and_a_bad_date(tmp_path):
    with StatsStore(tmp_path) as store:
        for _ in range(5):
            store.record(answer(), "telegram")
    done = run(tmp_path, "stats")
    assert done.returncode == 0
    assert "Vragen van inwoners (web en Telegram): 5" in done.stdout and "Telegram" in done.stdout
    later = json.loads(run(tmp_path, "stats", "--json", "--since", "2999-01-01").stdout)
    assert later["total"] == "<5" and later["since"] == "2999-01-01"
    assert run(tmp_path, "stats", "--since", "gisteren").returncode == 2


def test_ask_and_eval_record_nothing(tmp_path):
    data_dir = tmp_path / "data"
    assert run(data_dir, "ask", "ik heb schulden", "--json").returncode == 0
    assert run(data_dir, "ask", "--json", stdin="ik heb schulden\nhallo\n").returncode == 0
    questions = tmp_path / "vragen.jsonl"
    questions.write_text('{"q": "ik heb schulden", "expect": ["schuldhulp"]}\n', encoding="utf-8")
    assert run(data_dir, "eval", str(questions), "--json").returncode == 0
    # No statistics; at most the knowledge base's vectors (a cache that holds no question)
    assert not data_dir.exists() or [p.name for p in data_dir.iterdir()] == [CACHE_FILE]
