"""The in-memory rate limiter, with a clock the test controls."""

from __future__ import annotations

import pytest

from wegwijzer.web.ratelimit import RateLimiter, client_key


class Clock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_allows_the_limit_then_says_how_long_to_wait():
    clock = Clock()
    limiter = RateLimiter(3, clock=clock)
    assert [limiter.hit("10.0.0.1", "vraag") for _ in range(3)] == [0, 0, 0]
    clock.now += 20
    assert limiter.hit("10.0.0.1", "vraag") == 40
    clock.now += 40
    assert limiter.hit("10.0.0.1", "vraag") == 0


def test_clients_and_buckets_are_counted_apart():
    limiter = RateLimiter(1, clock=Clock())
    assert limiter.hit("10.0.0.1", "vraag") == 0
    assert limiter.hit("10.0.0.2", "vraag") == 0
    assert limiter.hit("10.0.0.1", "feedback") == 0
    assert limiter.hit("10.0.0.1", "vraag") > 0


def test_zero_turns_the_limit_off_and_keeps_nothing():
    limiter = RateLimiter(0, clock=Clock())
    assert all(limiter.hit("10.0.0.1", "vraag") == 0 for _ in range(100))
    assert len(limiter) == 0


def test_addresses_are_not_kept_in_the_clear_and_quiet_clients_are_forgotten():
    clock = Clock()
    limiter = RateLimiter(5, clock=clock)
    for i in range(999):
        limiter.hit(f"192.168.{i // 256}.{i % 256}", "vraag")
    assert len(limiter) == 999
    assert not any(b"192.168" in key for key in limiter._hits)
    clock.now += 61
    limiter.hit("10.9.9.9", "vraag")  # the 1000th call sweeps idle clients
    assert len(limiter) == 1


@pytest.mark.parametrize("address, key", [("203.0.113.7", "203.0.113.7"),
                                          ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"),
                                          ("2001:db8:1:2::ffff", "2001:db8:1:2::/64"),
                                          ("::ffff:203.0.113.7", "203.0.113.7"),
                                          (None, "?"), ("", "?")])
def test_client_key_is_the_ipv4_address_or_the_ipv6_64(address, key):
    assert client_key(address) == key
