"""Feedback tokens: /api/feedback counts only an answer this server gave, and stores nothing.

A token is an HMAC over the service id and the hour it was issued, keyed by the app's
FEEDBACK_KEY. It says nothing about the question or the client, and it is valid for a day:
long enough for a resident who answers "Was dit nuttig?" later, short enough that a token
found somewhere cannot be used for ever. (Within that day a token can be sent again; the
feedback rate limit bounds how often.)
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

HOUR = 3600
VALID_HOURS = 24
# Other workers' clocks may run a little ahead: a token from the next hour still counts.
CLOCK_SKEW_HOURS = 1
_TOKEN = re.compile(r"([0-9]{1,12})\.([A-Za-z0-9_-]{22})")


def _mac(key: bytes, service: str, hour: int) -> str:
    digest = hmac.new(key, f"{hour}\n{service}".encode(), hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def issue(key: bytes, service: str, now: float) -> str:
    """A token for feedback on an answer about `service`, given at time `now` (seconds)."""
    hour = int(now // HOUR)
    return f"{hour}.{_mac(key, service, hour)}"


def is_valid(key: bytes, service: str, token: object, now: float) -> bool:
    """True when `token` was issued with `key` for `service` less than a day before `now`."""
    match = _TOKEN.fullmatch(token) if isinstance(token, str) else None
    if match is None:
        return False
    hour, mac = int(match[1]), match[2]
    age = int(now // HOUR) - hour
    if not -CLOCK_SKEW_HOURS <= age < VALID_HOURS:
        return False
    return hmac.compare_digest(mac, _mac(key, service, hour))
