"""Live reload of the knowledge base: staff save a YAML file, the running assistant follows.

`LiveAssistant` has the same public interface as `Assistant` and delegates to the
current one. `reload()` loads the directory again; only a knowledge base without
errors is swapped in (one attribute assignment, so a request sees either the old or
the new assistant, never a mix). A broken edit keeps the last good assistant and keeps
the problems (file, line, Dutch) for the staff page and the log until it is fixed.

`watch()` is the coroutine that calls `reload()` when a file changes; `watching()`
wraps it as a cleanup context for aiohttp (or any start/stop pair).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from wegwijzer.answer import Answer
from wegwijzer.assistant import Assistant, Topic, vector_cache
from wegwijzer.checks import check_knowledge
from wegwijzer.knowledge.base import KnowledgeBase, Problem, load_knowledge, load_or_raise
from wegwijzer.settings import MatchSettings, Settings
from wegwijzer.understanding.embedder import VectorCache

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300  # editors write a file in several steps; wait until they are done
WATCHED = (".yaml", ".yml")
FOLDER_POLL_S = 1.0  # how often to check that the knowledge folder is still the same folder


class LiveAssistant:
    """An Assistant whose knowledge base can be replaced while it runs."""

    def __init__(self, directory: Path, match: MatchSettings | None = None,
                 assistant: Assistant | None = None, vectors: VectorCache | None = None) -> None:
        self.directory = Path(directory)
        self.match = match
        self.vectors = vectors  # a reload embeds only the texts that changed
        # The first load must succeed: there is no last good version to fall back on.
        self._current = assistant or Assistant(load_or_raise(self.directory), match, vectors=vectors)
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.loaded_at = dt.datetime.now(dt.timezone.utc)
        self.failed_at: dt.datetime | None = None
        # Counted here, exported by the web layer (/metrics): the core imports no channel.
        self.reloads = 0
        self.reload_failures = 0
        self._lock = threading.Lock()

    # --- the Assistant interface, delegated ------------------------------------------

    @property
    def current(self) -> Assistant:
        """The assistant that answers now (the last good knowledge base)."""
        return self._current

    @property
    def kb(self) -> KnowledgeBase:
        """The knowledge base that answers now."""
        return self._current.kb

    @property
    def index(self) -> Any:
        """The current assistant's index (for `wegwijzer check`-style tools)."""
        return self._current.index

    def ask(self, question: str) -> Answer:
        """The answer for one message, from the current knowledge base."""
        return self._current.ask(question)

    def cached(self, question: str) -> Answer | None:
        """The current assistant's answer to an exact repeat, if it has one."""
        return self._current.cached(question)

    def choose(self, service_id: str) -> Answer:
        """The answer for a chosen service (KeyError for an unknown id)."""
        return self._current.choose(service_id)

    def welcome(self) -> str:
        """The greeting in plain Dutch."""
        return self._current.welcome()

    def suggestions(self) -> tuple[str, ...]:
        """A few example questions to offer as buttons."""
        return self._current.suggestions()

    def topics(self) -> tuple[Topic, ...]:
        """The Sociale Agenda themes with their services."""
        return self._current.topics()

    def __getattr__(self, name: str) -> Any:
        # Anything else the Assistant offers (added later) comes from the current one too.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._current, name)

    # --- reloading -------------------------------------------------------------------

    @property
    def broken(self) -> bool:
        """True while the last edit could not be loaded (the old version still answers)."""
        return bool(self.problems)

    def reload(self) -> bool:
        """Load the directory again; swap in the new assistant only if it has no errors."""
        with self._lock:  # two quick saves: one load after the other, never interleaved
            try:
                kb, problems = load_knowledge(self.directory)
                fresh = Assistant(kb, self.match, vectors=self.vectors) if kb is not None else None
                if fresh is not None:
                    # What `wegwijzer check` calls an error never reaches residents.
                    problems = problems + check_knowledge(fresh.kb, fresh)
                    if any(p.severity == "fout" for p in problems):
                        fresh = None
            except Exception as exc:  # noqa: BLE001 - a bad edit must never stop the service
                log.exception("kennisbank: onverwachte fout bij het herladen")
                kb, fresh = None, None
                problems = [Problem(str(self.directory), 0, f"de kennisbank kon niet worden geladen: {exc}")]
            if fresh is None:
                self.problems = [p for p in problems if p.severity == "fout"] or problems
                self.failed_at = dt.datetime.now(dt.timezone.utc)
                self.reload_failures += 1
                for problem in self.problems:
                    log.warning("kennisbank niet bijgewerkt, de vorige versie blijft actief: %s", problem)
                return False
            self._current = fresh
            self.problems, self.warnings, self.failed_at = [], problems, None
            self.loaded_at = dt.datetime.now(dt.timezone.utc)
            self.reloads += 1
            log.info("kennisbank opnieuw geladen: %d diensten", len(fresh.kb.services))
            return True


def _yaml_only(_change: object, path: str) -> bool:
    return path.endswith(WATCHED)


async def watch(live: LiveAssistant, stop: asyncio.Event | None = None) -> None:
    """Reload `live` whenever a YAML file under its directory changes, until `stop` is set.

    A deploy often replaces the whole folder (move the old one away, copy the new one in);
    a watch on the old folder would then hear nothing, so the folder itself is checked too."""
    from watchfiles import awatch

    stop = stop or asyncio.Event()
    pending: set[asyncio.Task[None]] = set()
    while not stop.is_set():
        replaced = asyncio.Event()
        guard = asyncio.create_task(_until_replaced(live.directory, stop, replaced))
        try:
            async for _changes in awatch(live.directory, watch_filter=_yaml_only, debounce=DEBOUNCE_MS,
                                         stop_event=replaced, recursive=True):
                await _reload(live)
        except FileNotFoundError:  # the folder is gone for a moment during a deploy
            await asyncio.sleep(FOLDER_POLL_S)
        finally:
            guard.cancel()
        if not stop.is_set():
            # A new folder: read it as it is now, while the watch on it starts (not after).
            task = asyncio.create_task(_reload(live))
            pending.add(task)
            task.add_done_callback(pending.discard)


async def _reload(live: LiveAssistant) -> None:
    try:
        await asyncio.to_thread(live.reload)  # loading takes a moment: keep the loop free
    except Exception:  # noqa: BLE001 - keep watching whatever happens
        log.exception("kennisbank: herladen mislukt")


def _identity(directory: Path) -> tuple[int, int] | None:
    try:
        info = directory.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


async def _until_replaced(directory: Path, stop: asyncio.Event, replaced: asyncio.Event) -> None:
    """Set `replaced` when `stop` is set or the folder at this path is no longer the same folder."""
    first = _identity(directory)
    while not stop.is_set() and _identity(directory) == first:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), FOLDER_POLL_S)
    replaced.set()


def watching(live: LiveAssistant) -> Callable[[object], AsyncIterator[None]]:
    """A cleanup context (aiohttp's app.cleanup_ctx) that runs `watch` while the app runs."""

    async def context(_app: object) -> AsyncIterator[None]:
        stop = asyncio.Event()
        task = asyncio.create_task(watch(live, stop))
        yield
        stop.set()
        with contextlib.suppress(asyncio.CancelledError, asyncio.TimeoutError):
            await asyncio.wait_for(task, timeout=5)
    return context


def live_assistant(settings: Settings) -> LiveAssistant:
    """The live assistant for `serve` and `bot`: settings' knowledge base, model and cache."""
    return LiveAssistant(settings.knowledge_dir, settings.match, vectors=vector_cache(settings))
