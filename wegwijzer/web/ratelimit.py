"""Per-client rate limit: a sliding one-minute window, in memory only, never written.

Client addresses are kept only as keyed hashes (the key is random per process), so
not even a memory dump of a running server lists who asked something.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import secrets
import time
from collections import deque
from typing import Callable

WINDOW = 60.0  # seconds
_PRUNE_EVERY = 1000  # calls between sweeps of idle clients


def client_key(address: str | None) -> str:
    """Who a hit counts for: an IPv4 address, or an IPv6 address's /64 (v4-mapped IPv6 as IPv4).

    One home or phone connection gets a whole /64 and can pick any address in it."""
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return address or "?"  # e.g. a Unix socket: no address to tell clients apart
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((int(ip) >> 64 << 64, 64)))
    return str(ip)


class RateLimiter:
    """Allows `per_minute` hits per client and bucket; 0 turns the limit off."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic):
        self.per_minute = per_minute
        self._clock = clock
        self._secret = secrets.token_bytes(32)
        self._hits: dict[bytes, deque[float]] = {}
        self._calls = 0

    def hit(self, client: str, bucket: str) -> int:
        """Count one hit; return 0 when allowed, else the seconds to wait."""
        if self.per_minute <= 0:
            return 0
        now = self._clock()
        key = hashlib.blake2b(f"{bucket}\0{client}".encode("utf-8", "replace"),
                              key=self._secret, digest_size=16).digest()
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - WINDOW:
            hits.popleft()
        if len(hits) >= self.per_minute:
            return max(1, math.ceil(hits[0] + WINDOW - now))
        hits.append(now)
        self._sweep(now)
        return 0

    def _sweep(self, now: float) -> None:
        """Forget clients that have been quiet for a whole window (bounded memory)."""
        self._calls += 1
        if self._calls % _PRUNE_EVERY:
            return
        for key in [k for k, v in self._hits.items() if not v or v[-1] <= now - WINDOW]:
            del self._hits[key]

    def __len__(self) -> int:
        return len(self._hits)
