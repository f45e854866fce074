"""GET /metrics: Prometheus text, names starting wegwijzer_, canonical routes only, served to
loopback, trusted proxies or the bearer token; several worker processes add up."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import REPO
from wegwijzer.reload import LiveAssistant
from wegwijzer.stats.store import StatsStore
from wegwijzer.web.metrics import fresh_metrics_dir, worker_exited

QUESTION = {"question": "ik heb schulden"}
LOCAL = ("127.0.0.1/32",)
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def samples(text: str) -> Samples:
    """Every sample of an exposition: (name, labels) -> value."""
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def value(found: Samples, name: str, **labels: str) -> float:
    return found.get((name, frozenset(labels.items())), 0.0)


async def scrape(client, headers: dict[str, str] | None = None) -> Samples:
    response = await client.get("/metrics", headers=headers)
    assert response.status == 200, await response.text()
    assert response.content_type == "text/plain"
    return samples(await response.text())


async def test_requests_answers_and_model_time_are_counted(make_client):
    client = await make_client()
    new = {"question": "ik heb schulden en wil de metingen testen"}  # not in the shared cache yet
    for _ in range(3):  # the first is new (the model), the other two repeats from the cache
        assert (await client.post("/api/ask", json=new)).status == 200
    assert (await client.get("/healthz")).status == 200
    found = await scrape(client)
    assert value(found, "wegwijzer_http_requests_total", route="/api/ask", status="200") == 3
    assert value(found, "wegwijzer_http_requests_total", route="/healthz", status="200") == 1
    assert value(found, "wegwijzer_http_request_duration_seconds_count", route="/api/ask") == 3
    answers = {dict(labels)["outcome"]: n for (name, labels), n in found.items() if name == "wegwijzer_answers_total"}
    assert len(answers) == 7 and sum(answers.values()) == 3  # every outcome shows, at 0 too
    assert value(found, "wegwijzer_model_seconds_count") == 1
    assert all(name.startswith("wegwijzer_") for name, _ in found)


async def test_routes_are_canonical_never_the_raw_path(make_client):
    client = await make_client()
    for path in ("/nergens/123", "/nergens/456", "/api/onbekend?x=1"):
        assert (await client.get(path)).status == 404
    assert (await client.get("/api/ask")).status == 405
    text = await (await client.get("/metrics")).text()
    assert "nergens" not in text and "api/onbekend" not in text
    found = samples(text)
    assert value(found, "wegwijzer_http_requests_total", route="onbekend", status="404") == 3
    assert value(found, "wegwijzer_http_requests_total", route="onbekend", status="405") == 1


async def test_apps_have_their_own_registry(make_client):
    first, second = await make_client(), await make_client()
    await first.get("/healthz")
    assert value(await scrape(second), "wegwijzer_http_requests_total", route="/healthz", status="200") == 0


async def test_a_resident_behind_the_proxy_gets_403_unless_with_the_token(make_client):
    client = await make_client(trusted_proxies=LOCAL, metrics_token="s3cret")
    resident = {"X-Forwarded-For": "203.0.113.1"}
    refused = await client.get("/metrics", headers=resident)
    assert refused.status == 403 and "monitoring" in await refused.text()
    wrong = await client.get("/metrics", headers={**resident, "Authorization": "Bearer fout"})
    assert wrong.status == 403
    await scrape(client, {**resident, "Authorization": "Bearer s3cret"})
    await scrape(client)  # the proxy (here loopback) itself


async def test_without_a_token_only_loopback_and_trusted_proxies_read(make_client):
    client = await make_client(trusted_proxies=LOCAL + ("198.51.100.0/24",))
    await scrape(client, {"X-Forwarded-For": "198.51.100.7"})  # a trusted proxy further out
    response = await client.get("/metrics", headers={"X-Forwarded-For": "203.0.113.1",
                                                     "Authorization": "Bearer "})
    assert response.status == 403


async def test_knowledge_base_reloads_and_failures_are_counted(make_client, tmp_path: Path):
    kb_dir = Path(shutil.copytree(REPO / "knowledge", tmp_path / "knowledge"))
    live = LiveAssistant(kb_dir)
    client = await make_client(assistant=live)
    assert live.reload() is True
    path = kb_dir / "services" / "schuldhulp.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nwords: [schuld\n", encoding="utf-8")
    assert live.reload() is False
    found = await scrape(client)
    assert value(found, "wegwijzer_knowledge_reloads_total") == 1
    assert value(found, "wegwijzer_knowledge_reload_failures_total") == 1


async def test_statistics_write_failures_are_counted(make_client, tmp_path: Path):
    store = StatsStore(tmp_path / "stats")
    try:
        client = await make_client(stats=store)
        assert (await client.post("/api/ask", json=QUESTION)).status == 200
        with sqlite3.connect(store.path) as other:  # the table goes: the next count cannot be written
            other.execute("DROP TABLE question_day")
        assert (await client.post("/api/ask", json=QUESTION)).status == 200  # answered all the same
        assert store.write_failures == 1
        assert value(await scrape(client), "wegwijzer_stats_write_failures_total") == 1
    finally:
        store.close()


WORKER = """
import sys
from pathlib import Path
from wegwijzer.web.metrics import Metrics

metrics = Metrics(Path(sys.argv[1]))
for _ in range(int(sys.argv[2])):
    metrics.observe("/api/ask", 200, 0.01)
    metrics.answers.labels("answered").inc()
"""


@pytest.fixture
def metrics_dir(tmp_path: Path) -> Path:
    path = tmp_path / "metrics"
    fresh_metrics_dir(path)
    return path


async def test_several_workers_add_up_in_one_metrics_page(make_client, metrics_dir: Path):
    processes = [subprocess.Popen([sys.executable, "-c", WORKER, str(metrics_dir), str(n)], cwd=REPO,
                                  env={**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)})
                 for n in (2, 3)]
    for process in processes:
        assert process.wait(timeout=60) == 0
        worker_exited(metrics_dir, process.pid)
    client = await make_client(metrics_dir=metrics_dir)
    found = await scrape(client)
    assert value(found, "wegwijzer_answers_total", outcome="answered") == 5
    assert value(found, "wegwijzer_http_requests_total", route="/api/ask", status="200") == 5
    assert value(found, "wegwijzer_http_request_duration_seconds_count", route="/api/ask") == 5
    fresh_metrics_dir(metrics_dir)  # the parent's start: nothing left over from an earlier run
    assert value(await scrape(client), "wegwijzer_answers_total", outcome="answered") == 0
