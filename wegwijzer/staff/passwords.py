"""Passwords of staff accounts: scrypt hashes with their own salt and cost, never the password."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

MIN_LENGTH = 12
N, R, P = 2**14, 8, 1  # scrypt's cost; stored with each hash so it can grow later
_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")
# A hash that no password matches: an unknown account costs the same work as a known one.
_NOBODY = f"scrypt${N}${R}${P}$" + base64.b64encode(b"\0" * 16).decode() + "$" + base64.b64encode(b"\0" * 32).decode()


class AccountError(ValueError):
    """An account cannot be made as asked: name, role or password (the message says why, in Dutch)."""


def account_name(name: str) -> str:
    """The account name as stored: lower case letters, digits, '.', '_' or '-'."""
    name = name.strip().lower()
    if not _NAME.fullmatch(name):
        raise AccountError("Een gebruikersnaam heeft 2 tot 40 tekens: letters, cijfers, punt, "
                            "liggend streepje of streepje, zonder spaties.")
    return name


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8", "surrogatepass"), salt=salt, n=n, r=r, p=p,
                          maxmem=128 * r * n * 2, dklen=32)


def hash_password(password: str) -> str:
    """A storable hash of an acceptable password."""
    if len(password) < MIN_LENGTH:
        raise AccountError(f"Een wachtwoord heeft minstens {MIN_LENGTH} tekens.")
    if len(password) > 1000:
        raise AccountError("Een wachtwoord heeft hoogstens 1000 tekens.")
    salt = os.urandom(16)
    digest = _scrypt(password, salt, N, R, P)
    return f"scrypt${N}${R}${P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str | None) -> bool:
    """True when the password matches the stored hash (a missing hash costs the same time)."""
    _, n, r, p, salt, digest = (stored or _NOBODY).split("$")
    actual = _scrypt(password[:1000], base64.b64decode(salt), int(n), int(r), int(p))
    return stored is not None and hmac.compare_digest(actual, base64.b64decode(digest))
