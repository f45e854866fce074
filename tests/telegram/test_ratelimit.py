"""The per-chat question limit: in memory, one friendly warning per window, 0 = off."""

from __future__ import annotations

from wegwijzer.telegram.ratelimit import ChatRateLimit, Verdict


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_allows_the_limit_then_warns_once_then_stays_silent() -> None:
    clock = Clock()
    limit = ChatRateLimit(3, clock=clock)
    verdicts = [limit.check(1) for _ in range(6)]
    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.SILENT, Verdict.SILENT]


def test_chats_are_counted_separately() -> None:
    limit = ChatRateLimit(1, clock=Clock())
    assert limit.check(1) is Verdict.ALLOW
    assert limit.check(2) is Verdict.ALLOW
    assert limit.check(1) is Verdict.WARN


def test_a_minute_later_questions_are_allowed_again() -> None:
    clock = Clock()
    limit = ChatRateLimit(2, clock=clock)
    assert [limit.check(7) for _ in range(3)] == [Verdict.ALLOW, Verdict.ALLOW, Verdict.WARN]
    clock.now += 60.5
    assert [limit.check(7) for _ in range(3)] == [Verdict.ALLOW, Verdict.ALLOW, Verdict.WARN]


def test_zero_turns_the_limit_off() -> None:
    limit = ChatRateLimit(0, clock=Clock())
    assert all(limit.check(1) is Verdict.ALLOW for _ in range(1000))
    assert len(limit) == 0


def test_quiet_chats_are_forgotten() -> None:
    clock = Clock()
    limit = ChatRateLimit(5, clock=clock)
    for chat in range(100):
        limit.check(chat)
    assert len(limit) == 100
    clock.now += 121
    limit.check(1000)
    assert len(limit) == 1
