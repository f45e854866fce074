"""The retry policy for Bot API calls: flood control, timeouts, network errors, bounded."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from wegwijzer.telegram.retry import RetryingLimiter


@pytest.fixture(autouse=True)
def _timedelta_periods(monkeypatch: pytest.MonkeyPatch) -> None:
    """As build_application does: PTB v22 otherwise warns when a RetryAfter is made."""
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


class Flaky:
    """A Bot API call that fails with the given errors first, then returns True."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self) -> bool:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return True


def _limiter(**kwargs: object) -> tuple[RetryingLimiter, list[float]]:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    return RetryingLimiter(sleep=sleep, **kwargs), waits  # type: ignore[arg-type]


async def _run(limiter: RetryingLimiter, call: Flaky) -> object:
    return await limiter.process_request(call, (), {}, "sendMessage", {"text": "geheim"}, None)


async def test_waits_out_flood_control_then_succeeds() -> None:
    limiter, waits = _limiter()
    call = Flaky(RetryAfter(dt.timedelta(seconds=2)))
    assert await _run(limiter, call) is True
    assert call.calls == 2
    assert waits == [pytest.approx(2.1)]


async def test_backs_off_after_timeouts_and_network_errors() -> None:
    limiter, waits = _limiter(backoff=0.5)
    call = Flaky(TimedOut(), NetworkError("Bad Gateway"))
    assert await _run(limiter, call) is True
    assert waits == [0.5, 1.0]


async def test_gives_up_after_the_last_attempt() -> None:
    limiter, waits = _limiter(attempts=3)
    call = Flaky(TimedOut(), TimedOut(), TimedOut(), TimedOut())
    with pytest.raises(TimedOut):
        await _run(limiter, call)
    assert call.calls == 3
    assert len(waits) == 2


async def test_does_not_wait_out_a_very_long_flood_wait() -> None:
    limiter, waits = _limiter(max_wait=30)
    with pytest.raises(RetryAfter):
        await _run(limiter, Flaky(RetryAfter(dt.timedelta(seconds=300))))
    assert waits == []


@pytest.mark.parametrize("error", [BadRequest("Bad Request: chat not found"), Forbidden("blocked")])
async def test_errors_a_retry_cannot_fix_are_raised_at_once(error: Exception) -> None:
    limiter, waits = _limiter()
    call = Flaky(error)
    with pytest.raises(type(error)):
        await _run(limiter, call)
    assert call.calls == 1 and waits == []


async def test_logs_the_method_and_error_type_but_not_the_parameters(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    limiter, _ = _limiter()
    await _run(limiter, Flaky(TimedOut(), RetryAfter(dt.timedelta(seconds=1))))
    assert "sendMessage" in caplog.text and "TimedOut" in caplog.text
    assert "geheim" not in caplog.text
