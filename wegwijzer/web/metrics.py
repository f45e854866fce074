"""The Prometheus counters of requests, answers, model time, reloads and statistics.

One registry per app (tests build many apps in one process), never the global default one.

Several workers (`settings.metrics_dir`): prometheus-client's multiprocess mode. Each worker
writes its values to files in that folder and any worker's /metrics (web/metrics_http.py) adds them all up. The
parent process must, BEFORE it starts the workers (and before prometheus_client is imported in
them: the library chooses file-backed values when it is first imported), empty the folder with
`fresh_metrics_dir(metrics_dir)`, set PROMETHEUS_MULTIPROC_DIR=<metrics_dir> in the workers'
environment, and call `worker_exited(metrics_dir, pid)` when a worker ends.
"""

from __future__ import annotations

import logging
import typing
from collections.abc import Callable
from pathlib import Path

from prometheus_client import (CollectorRegistry, Counter, Histogram,
                               generate_latest, multiprocess, values)

from wegwijzer.answer import Answer, Outcome

log = logging.getLogger("wegwijzer.web")



class Metrics:
    """The app's Prometheus metrics, and the core counters they follow."""

    def __init__(self, metrics_dir: Path | None = None) -> None:
        self.registry = CollectorRegistry()
        # Multiprocess: the values live in files, read back by the collector; no registration.
        own = None if metrics_dir else self.registry
        self.requests = Counter("wegwijzer_http_requests", "HTTP-verzoeken per route en status",
                                ["route", "status"], registry=own)
        self.latency = Histogram("wegwijzer_http_request_duration_seconds", "Duur van een verzoek per route",
                                 ["route"], registry=own)
        self.answers = Counter("wegwijzer_answers", "Antwoorden op /api/ask per uitkomst", ["outcome"],
                               registry=own)
        for outcome in typing.get_args(Outcome):
            self.answers.labels(outcome)  # every outcome shows, also at 0
        self.model = Histogram("wegwijzer_model_seconds", "Tijd van assistant.ask (nieuwe vragen)", registry=own)
        self.reloads = Counter("wegwijzer_knowledge_reloads", "Geslaagde herlaadbeurten van de kennisbank "
                               "(per proces geteld)", registry=own)
        self.reload_failures = Counter("wegwijzer_knowledge_reload_failures", "Geweigerde herlaadbeurten "
                                       "van de kennisbank (per proces geteld)", registry=own)
        self.stats_failures = Counter("wegwijzer_stats_write_failures", "Statistieken die niet konden "
                                      "worden opgeslagen", registry=own)
        self._seen: dict[str, int] = {}
        if metrics_dir is not None:
            if values.ValueClass is values.MutexValue:
                log.warning("WEGWIJZER_METRICS_DIR is gezet maar PROMETHEUS_MULTIPROC_DIR niet: "
                            "de cijfers van dit proces tellen niet mee in /metrics")
            multiprocess.MultiProcessCollector(self.registry, path=str(metrics_dir))

    def observe(self, route: str, status: int, seconds: float) -> None:
        """Count one finished request."""
        self.requests.labels(route, str(status)).inc()
        self.latency.labels(route).observe(seconds)

    def answered(self, answer: Answer) -> None:
        """Count one answer to a resident's question by its outcome."""
        self.answers.labels(answer.outcome).inc()

    def timed(self, ask: Callable[[str], Answer], question: str) -> Answer:
        """assistant.ask, timed in the model histogram (runs on the executor thread)."""
        with self.model.time():
            return ask(question)

    def follow(self, assistant: object, stats: object | None) -> None:
        """Carry the core's own counters over: the core never imports Prometheus.

        LiveAssistant keeps `reloads` and `reload_failures`, StatsStore `write_failures`;
        a plain Assistant or another sink has none of them (getattr's 0)."""
        for name, counter, value in (
                ("reloads", self.reloads, getattr(assistant, "reloads", 0)),
                ("reload_failures", self.reload_failures, getattr(assistant, "reload_failures", 0)),
                ("write_failures", self.stats_failures, getattr(stats, "write_failures", 0))):
            if isinstance(value, int) and value != self._seen.get(name, 0):
                counter.inc(max(0, value - self._seen.get(name, 0)))
                self._seen[name] = value

    def exposition(self) -> bytes:
        """The text format Prometheus scrapes."""
        return generate_latest(self.registry)


def fresh_metrics_dir(metrics_dir: Path) -> None:
    """For the parent, before starting workers: an empty folder (old files would add up)."""
    metrics_dir.mkdir(parents=True, exist_ok=True)
    for old in metrics_dir.glob("*.db"):
        old.unlink()


def worker_exited(metrics_dir: Path, pid: int) -> None:
    """For the parent, when a worker ends: prometheus-client's bookkeeping for a dead process."""
    multiprocess.mark_process_dead(pid, str(metrics_dir))
