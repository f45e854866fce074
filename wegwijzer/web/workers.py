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
from typing import Any

from wegwijzer.settings import Settings

RESTART_PAUSE = 1.0  # seconds between restarts of a worker that keeps dying
STOP_GRACE = 20.0  # seconds a worker gets to finish its requests on SIGTERM


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def shared_settings(settings: Settings) -> Settings:
    """What every worker must agree on, decided once: a webhook secret when none was set."""
    if settings.telegram_webhook_url and not settings.telegram_webhook_secret:
        return dataclasses.replace(settings, telegram_webhook_secret=secrets.token_urlsafe(32))
    return settings


def _die_with_parent() -> None:
    """Linux: a worker gets SIGTERM when the parent dies, even by kill -9."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker(settings: Settings, ready: Any) -> None:
    """One worker process: a whole server on the shared port."""
    from wegwijzer.web.app import serve_one

    _die_with_parent()
    serve_one(settings, reuse_port=True, ready=lambda: ready.put(os.getpid()))


class Supervisor:
    """Starts N workers, keeps N running, and stops them all on SIGTERM or Ctrl-C."""

    def __init__(self, settings: Settings, count: int) -> None:
        self.settings, self.count = settings, count
        self._context = mp.get_context("spawn")  # a clean interpreter: no threads copied by fork
        self._ready = self._context.Queue()
        self._workers: list[SpawnProcess] = []
        self._stopping = False

    def _start_one(self) -> SpawnProcess:
        process = self._context.Process(target=_worker, args=(self.settings, self._ready),
                                        name="wegwijzer-werker", daemon=False)
        process.start()
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
        started = 0
        while started < self.count and not self._stopping:
            try:
                self._ready.get(timeout=0.5)
                started += 1
            except Exception:  # queue.Empty: check whether a worker died while starting
                if any(w.exitcode is not None for w in self._workers):
                    return False
        return started == self.count

    def _replace_dead(self) -> None:
        for i, worker in enumerate(self._workers):
            if worker.exitcode is not None and not self._stopping:
                print(f"Werker {worker.pid} is gestopt (code {worker.exitcode}); er start een nieuwe.",
                      file=sys.stderr, flush=True)
                time.sleep(RESTART_PAUSE)
                self._workers[i] = self._start_one()

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
