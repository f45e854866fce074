"""`wegwijzer serve --workers N`: N processes answer on one host and port (SO_REUSEPORT).

The parent loads no model and answers nothing: it checks the knowledge base, makes what
all workers must share (the webhook secret, the staff link), starts the workers, prints
one line when all of them listen, and starts a worker again when one dies (kill -9, out
of memory). Each worker is a whole server with its own model thread; statistics stay
exact because every worker commits each count before it answers (wegwijzer.stats).
SIGTERM or Ctrl-C stops the workers cleanly, and a worker stops by itself when its
parent is gone.
"""

from __future__ import annotations

import ctypes
import dataclasses
import multiprocessing as mp
import multiprocessing.connection as mp_connection
import os
import secrets
import signal
import sys
import time
from multiprocessing.context import SpawnProcess

from wegwijzer.settings import Settings
from wegwijzer.web.metrics import fresh_metrics_dir, worker_exited

RESTART_PAUSE = 1.0  # seconds between restarts of a worker that keeps dying
STOP_GRACE = 20.0  # seconds a worker gets to finish its requests on SIGTERM


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def shared_settings(settings: Settings) -> Settings:
    """What every worker must agree on, decided once: a webhook secret, the metrics folder."""
    if settings.telegram_webhook_url and not settings.telegram_webhook_secret:
        settings = dataclasses.replace(settings, telegram_webhook_secret=secrets.token_urlsafe(32))
    metrics_dir = settings.metrics_dir or settings.data_dir / "metrics"
    try:
        fresh_metrics_dir(metrics_dir)
    except OSError as exc:
        print(f"Metingen: map {metrics_dir} niet te gebruiken ({exc.strerror}); /metrics toont dan "
              f"alleen de werker die antwoordt", file=sys.stderr)
        return settings
    # Spawned workers inherit this before they import prometheus_client: their values go to files.
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(metrics_dir)
    return dataclasses.replace(settings, metrics_dir=metrics_dir)


def _die_with_parent() -> None:
    """Linux: a worker gets SIGTERM when the parent dies, even by kill -9."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker(settings: Settings, ready: mp_connection.Connection) -> None:
    """One worker process: a whole server on the shared port; says so on `ready` once it listens."""
    from threadpoolctl import threadpool_limits  # only in workers: see below

    from wegwijzer.web.app import serve_one
    from wegwijzer.web.logs import setup_logging

    _die_with_parent()
    # One BLAS thread per worker, like the model: with numpy's default of one per core, two
    # workers on two cores each spun two BLAS threads and new questions per second fell from
    # 48 to 22 (bench_http). A single process neither pins nor imports threadpoolctl: with it
    # merely imported there, /healthz p99 under load rose from 14 to 40-55 ms (bench_semantic,
    # repeated A/B runs; the cause was not found).
    threadpool_limits(limits=settings.model_threads, user_api="blas")
    setup_logging(settings)
    serve_one(settings, reuse_port=True, ready=lambda: ready.send(os.getpid()))


class Supervisor:
    """Starts N workers, keeps N running, and stops them all on SIGTERM or Ctrl-C."""

    def __init__(self, settings: Settings, count: int) -> None:
        self.settings, self.count = settings, count
        self._context = mp.get_context("spawn")  # a clean interpreter: no threads copied by fork
        self._ready: list[mp_connection.Connection] = []  # one pipe per worker: no semaphores to leak
        self._workers: list[SpawnProcess] = []
        self._stopping = False

    def _start_one(self) -> SpawnProcess:
        reader, writer = self._context.Pipe(duplex=False)
        process = self._context.Process(target=_worker, args=(self.settings, writer),
                                        name="wegwijzer-werker", daemon=False)
        process.start()
        writer.close()  # the worker has its own copy
        self._ready.append(reader)
        return process

    def run(self, announce: str) -> int:
        """Run until stopped; the exit code."""
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        self._workers = [self._start_one() for _ in range(self.count)]
        if not self._wait_ready():
            self._stop_all()
            print("De werkers konden niet starten; zie de meldingen hierboven.", file=sys.stderr)
            return 1
        print(announce, flush=True)
        while not self._stopping:
            sentinels = [w.sentinel for w in self._workers]
            mp_connection.wait(sentinels, timeout=1.0)
            self._replace_dead()
        self._stop_all()
        return 0

    def _wait_ready(self) -> bool:
        waiting = list(self._ready)
        while waiting and not self._stopping:
            for reader in mp_connection.wait(waiting, timeout=0.5):
                try:
                    reader.recv()
                except EOFError:  # the worker died before it listened
                    return False
                waiting.remove(reader)
        for reader in self._ready:
            reader.close()
        self._ready.clear()
        return not waiting

    def _replace_dead(self) -> None:
        for i, worker in enumerate(self._workers):
            if worker.exitcode is not None and not self._stopping:
                self._exited(worker)
                print(f"Werker {worker.pid} is gestopt (code {worker.exitcode}); er start een nieuwe.",
                      file=sys.stderr, flush=True)
                time.sleep(RESTART_PAUSE)
                self._workers[i] = self._start_one()

    def _exited(self, worker: SpawnProcess) -> None:
        if self.settings.metrics_dir is not None and worker.pid is not None:
            worker_exited(self.settings.metrics_dir, worker.pid)  # its gauges go, its counts stay

    def _stop(self, *_: object) -> None:
        self._stopping = True

    def _stop_all(self) -> None:
        for worker in self._workers:
            if worker.exitcode is None:
                worker.terminate()  # SIGTERM: finish requests, flush statistics
        deadline = time.monotonic() + STOP_GRACE
        for worker in self._workers:
            worker.join(max(0.0, deadline - time.monotonic()))
            if worker.exitcode is None:
                worker.kill()
                worker.join()
