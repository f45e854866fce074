"""Staff accounts, their sessions, login attempts and one-time links, in one database.

SQLite (data_dir/beheer.sqlite3) by default, or the PostgreSQL of WEGWIJZER_DATABASE_URL,
so every worker on every machine knows the same sessions and counts the same attempts.
Nothing here is stored in a form that logs someone in when the database leaks: session
tokens and link tokens are kept as SHA-256 hashes, passwords as scrypt hashes, and
client addresses only as keyed hashes that expire with the attempt.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from wegwijzer.staff import passwords
from wegwijzer.stats.database import Database, DatabaseError, redact
from wegwijzer.stats.schema import open_migrated

DB_NAME = "beheer.sqlite3"
NAME = "beheer"  # this chain's name in the schema versions
ROLES = ("redacteur", "beleid", "beheerder")
SESSION_IDLE = 8 * 3600  # seconds without a request before a session ends
SESSION_LIFETIME = 12 * 3600  # seconds after login that a session ends in any case
SESSIONS_PER_ACCOUNT = 10  # an account's oldest sessions end first
LINK_LIFETIME = 15 * 60  # seconds a one-time login link works
WINDOW = 60.0  # seconds over which login attempts are counted
PER_CLIENT = 10  # login attempts per client per window
PER_ACCOUNT = 20  # login attempts per account name per window, from all clients together
LINK_ACCOUNT = "eenmalige-link"  # who a session from the one-time link is

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: accounts, sessions, attempts, one-time links, and the secret all workers share
        # (times are seconds since 1970: DOUBLE PRECISION, as PostgreSQL's REAL would round them)
        """CREATE TABLE account (name TEXT PRIMARY KEY, role TEXT NOT NULL,
            password TEXT NOT NULL, created DOUBLE PRECISION NOT NULL)""",
        """CREATE TABLE staff_session (token TEXT PRIMARY KEY, name TEXT NOT NULL,
            role TEXT NOT NULL, csrf TEXT NOT NULL, created DOUBLE PRECISION NOT NULL,
            seen DOUBLE PRECISION NOT NULL)""",
        """CREATE TABLE login_attempt (id TEXT PRIMARY KEY, client TEXT NOT NULL,
            account TEXT NOT NULL, at DOUBLE PRECISION NOT NULL)""",
        "CREATE TABLE login_link (token TEXT PRIMARY KEY, expires DOUBLE PRECISION NOT NULL)",
        "CREATE TABLE shared_secret (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
    (  # 2: every publication of the knowledge-base editor (staff/history.py)
        """CREATE TABLE publication (id TEXT PRIMARY KEY, service TEXT NOT NULL, at DOUBLE PRECISION NOT NULL,
            who TEXT NOT NULL, reason TEXT NOT NULL, fields TEXT NOT NULL, content TEXT NOT NULL,
            digest TEXT NOT NULL)""",
        "CREATE INDEX publication_service ON publication (service, at)",
    ),
)


@dataclass(frozen=True)
class Session:
    """A logged-in staff member: who, in which role, and the session's CSRF token."""

    name: str
    role: str
    csrf: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class StaffStore:
    """Accounts and sessions; connects on first use and again after a failure."""

    def __init__(self, data_dir: Path, database_url: str | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.path = Path(data_dir) / DB_NAME
        self.url = database_url
        self.where = redact(database_url) if database_url else str(self.path)
        self._clock = clock
        self._db: Database | None = None
        self._lock = threading.Lock()
        self.problem: str | None = None  # why the staff area cannot work now, or None
        self._secret: bytes | None = None

    def database(self) -> Database:
        """The open, migrated database; DatabaseError when it cannot be reached."""
        with self._lock:
            if self._db is None:
                try:
                    db = open_migrated(self.url, self.path, NAME, MIGRATIONS)
                except DatabaseError as exc:
                    self.problem = f"Het beheer kan de database niet bereiken: {exc}"
                    raise
                self._db, self.problem = db, None
            return self._db

    def _run(self, sql: str, params: tuple[object, ...] = ()) -> int:
        try:
            return self.database().execute(sql, params)
        except DatabaseError:
            self._forget()
            raise

    def _rows(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        try:
            return self.database().query(sql, params)
        except DatabaseError:
            self._forget()
            raise

    def _forget(self) -> None:
        with self._lock:
            if self._db is not None:
                try:
                    self._db.close()
                except DatabaseError:
                    pass
            self._db = None

    def close(self) -> None:
        """Close the database connection."""
        self._forget()

    # --- accounts --------------------------------------------------------------------

    def add(self, name: str, role: str, password: str) -> None:
        """Add an account, or give an existing one a new role and password."""
        name = passwords.account_name(name)
        if role not in ROLES:
            raise passwords.AccountError(f"Onbekende rol '{role}'. Kies uit: {', '.join(ROLES)}.")
        hashed = passwords.hash_password(password)
        self._run("INSERT INTO account VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE "
                  "SET role = excluded.role, password = excluded.password", (name, role, hashed, self._clock()))
        self._run("DELETE FROM staff_session WHERE name = ?", (name,))  # old sessions end

    def remove(self, name: str) -> bool:
        """Remove an account and end its sessions; False when there was none."""
        self._run("DELETE FROM staff_session WHERE name = ?", (name,))
        return self._run("DELETE FROM account WHERE name = ?", (name,)) > 0

    def accounts(self) -> list[tuple[str, str]]:
        """(name, role) of every account, by name."""
        return [(str(n), str(r)) for n, r in self._rows("SELECT name, role FROM account ORDER BY name")]

    def verify(self, name: str, password: str) -> str | None:
        """The account's role when the password is right, else None (same work either way)."""
        rows = self._rows("SELECT role, password FROM account WHERE name = ?", (name,))
        stored = str(rows[0][1]) if rows else None
        ok = passwords.verify_password(password, stored)
        return str(rows[0][0]) if ok and rows else None

    def ensure(self, name: str, role: str, password: str) -> None:
        """Make sure this account exists with this password (WEGWIJZER_ADMIN_PASSWORD)."""
        if self.verify(name, password) != role:
            self.add(name, role, password)

    # --- login attempts --------------------------------------------------------------

    def attempt(self, client: str, name: str) -> str | None:
        """Count a login attempt first, then decide: its id when it may be checked, None when throttled.

        Counting before checking closes the race of many guesses at once: the database
        orders the inserts, so at most PER_CLIENT of them see a count within the limit.
        """
        now, key = self._clock(), self.secret()
        self._run("DELETE FROM login_attempt WHERE at < ?", (now - WINDOW,))
        attempt_id = secrets.token_hex(16)
        client_key = hmac.new(key, client.encode("utf-8", "replace"), "sha256").hexdigest()[:32]
        account_key = hmac.new(key, name.encode("utf-8", "replace"), "sha256").hexdigest()[:32]
        self._run("INSERT INTO login_attempt VALUES (?, ?, ?, ?)", (attempt_id, client_key, account_key, now))
        counts = self._rows("SELECT (SELECT COUNT(*) FROM login_attempt WHERE client = ?), "
                            "(SELECT COUNT(*) FROM login_attempt WHERE account = ?)", (client_key, account_key))
        by_client, by_account = (int(str(v)) for v in counts[0])
        return attempt_id if by_client <= PER_CLIENT and by_account <= PER_ACCOUNT else None

    def succeeded(self, attempt_id: str) -> None:
        """A right password does not count against the limit."""
        self._run("DELETE FROM login_attempt WHERE id = ?", (attempt_id,))

    # --- sessions --------------------------------------------------------------------

    def start(self, name: str, role: str) -> tuple[str, Session]:
        """A new session: its token (for the cookie, never stored) and the session."""
        token, now = secrets.token_urlsafe(32), self._clock()
        session = Session(name, role, secrets.token_urlsafe(32))
        self._run("INSERT INTO staff_session VALUES (?, ?, ?, ?, ?, ?)",
                  (_digest(token), name, role, session.csrf, now, now))
        self._run("DELETE FROM staff_session WHERE name = ? AND token NOT IN (SELECT token FROM staff_session "
                  "WHERE name = ? ORDER BY created DESC LIMIT ?)", (name, name, SESSIONS_PER_ACCOUNT))
        return token, session

    def session(self, token: str) -> Session | None:
        """The live session of this cookie value, if any (it is kept alive by use)."""
        if not token:
            return None
        now, digest = self._clock(), _digest(token)
        rows = self._rows("SELECT name, role, csrf, created, seen FROM staff_session WHERE token = ?", (digest,))
        if not rows:
            return None
        name, role, csrf, created, seen = rows[0]
        if now - float(str(created)) > SESSION_LIFETIME or now - float(str(seen)) > SESSION_IDLE:
            self.end(token)
            return None
        if now - float(str(seen)) > 60:  # one write a minute is enough to keep it alive
            self._run("UPDATE staff_session SET seen = ? WHERE token = ?", (now, digest))
        return Session(str(name), str(role), str(csrf))

    def end(self, token: str) -> None:
        """End the session of this cookie value."""
        self._run("DELETE FROM staff_session WHERE token = ?", (_digest(token),))

    # --- one-time links and the shared secret -----------------------------------------

    def create_link(self) -> str:
        """A one-time login token, valid for LINK_LIFETIME seconds."""
        token, now = secrets.token_urlsafe(32), self._clock()
        self._run("DELETE FROM login_link WHERE expires < ?", (now,))
        self._run("INSERT INTO login_link VALUES (?, ?)", (_digest(token), now + LINK_LIFETIME))
        return token

    def use_link(self, token: str) -> bool:
        """True once for a valid, unexpired link token; it is gone afterwards."""
        return self._run("DELETE FROM login_link WHERE token = ? AND expires >= ?",
                         (_digest(token), self._clock())) == 1

    def secret(self) -> bytes:
        """A random key that every worker and machine shares (made once, on first use)."""
        if self._secret is None:  # it never changes: one round trip per process, not per login
            self._secret = self._shared_secret()
        return self._secret

    def _shared_secret(self) -> bytes:
        self._run("INSERT INTO shared_secret VALUES ('sleutel', ?) ON CONFLICT (name) DO NOTHING",
                  (secrets.token_hex(32),))
        return bytes.fromhex(str(self._rows("SELECT value FROM shared_secret WHERE name = 'sleutel'")[0][0]))
