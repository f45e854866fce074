"""A per-chat limit on questions per minute, kept in memory only (nothing is written)."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import Enum


class Verdict(Enum):
    """What to do with a question: answer it, say once that it is too much, or stay silent."""

    ALLOW = "allow"
    WARN = "warn"
    SILENT = "silent"


class ChatRateLimit:
    """At most `per_minute` questions per chat in any 60 seconds; 0 turns the limit off.

    Only the first refused question in a window gets the friendly reply, so a flood of
    messages does not turn into a flood of replies (and Telegram's own flood control).
    """

    def __init__(self, per_minute: int, window: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.window = window
        self._clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._warned: dict[int, float] = {}
        self._next_sweep = clock() + window

    def check(self, chat_id: int) -> Verdict:
        """Count a question from this chat and say whether to answer it."""
        if self.per_minute <= 0:
            return Verdict.ALLOW
        now = self._clock()
        self._sweep(now)
        stamps = self._seen.setdefault(chat_id, deque())
        while stamps and stamps[0] <= now - self.window:
            stamps.popleft()
        if len(stamps) < self.per_minute:
            stamps.append(now)
            return Verdict.ALLOW
        if self._warned.get(chat_id, -self.window) > now - self.window:
            return Verdict.SILENT
        self._warned[chat_id] = now
        return Verdict.WARN

    def __len__(self) -> int:
        """The number of chats currently remembered."""
        return len(self._seen)

    def _sweep(self, now: float) -> None:
        """Forget chats that were quiet for a whole window, so memory stays small."""
        if now < self._next_sweep:
            return
        self._next_sweep = now + self.window
        cutoff = now - self.window
        self._seen = {c: s for c, s in self._seen.items() if s and s[-1] > cutoff}
        self._warned = {c: t for c, t in self._warned.items() if t > cutoff}
