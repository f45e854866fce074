"""Retrying Bot API calls after flood control (429) and network trouble, a bounded number of times.

Plugged into PTB as its rate limiter, so it wraps every call the bot makes (sendMessage,
answerCallbackQuery, ...), except getUpdates, which PTB's Updater retries itself.
Only the method name, the error type and the wait are logged; never parameters or text.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]


class RetryingLimiter(BaseRateLimiter[int]):
    """Waits out Telegram's retry_after and backs off after timeouts and network errors.

    At most `attempts` tries per call. A flood wait longer than `max_wait` seconds is not
    waited out (the error is raised): the handlers run one update at a time, and a long
    wait would hold up every other resident. A call that timed out may have reached
    Telegram, so a retried message can in rare cases arrive twice; that beats no answer.
    """

    def __init__(self, attempts: int = 4, max_wait: float = 30.0, backoff: float = 0.5,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.attempts = attempts
        self.max_wait = max_wait
        self.backoff = backoff
        self._sleep = sleep

    async def initialize(self) -> None:
        """Nothing to set up: the limiter holds no connections."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        """Make the call; on flood control or network trouble, wait and try again."""
        attempts = rate_limit_args or self.attempts
        for attempt in range(1, attempts + 1):
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                # As PTB's AIORateLimiter does: the public attribute's type depends on PTB_TIMEDELTA.
                wait = exc._retry_after.total_seconds()
                if attempt == attempts or wait > self.max_wait:
                    log.warning("%s: flood control (%.0f s); niet opnieuw geprobeerd", endpoint, wait)
                    raise
                wait += 0.1
                log.warning("%s: flood control, opnieuw over %.1f s", endpoint, wait)
            except NetworkError as exc:
                if isinstance(exc, BadRequest) or attempt == attempts:
                    raise
                wait = self.backoff * 2 ** (attempt - 1)
                log.warning("%s: %s, opnieuw over %.1f s", endpoint, type(exc).__name__, wait)
            await self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover
