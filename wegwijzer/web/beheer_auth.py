"""Staff login for /beheer/: a password (kept only as a scrypt hash) or a one-time token.

Sessions are random tokens in memory only (a restart logs everyone out). The cookie
is HttpOnly, SameSite=Strict, limited to /beheer/ and Secure over https. Every POST
must carry the session's CSRF token in a hidden field, or it gets 403.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import os
import secrets
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field

from aiohttp import web
from aiohttp.typedefs import Handler

from wegwijzer.web.bodies import read_form

COOKIE = "wegwijzer_beheer"
PREFIX = "/beheer/"
SESSION_IDLE = 8 * 3600  # seconds without a request before a session ends
MAX_SESSIONS = 500  # oldest are dropped first: memory stays bounded
MAX_FAILURES = 10  # failed logins per minute, over all clients, before a pause
PUBLIC = ("/beheer/login", "/beheer/beheer.css")


@dataclass
class Session:
    """One browser's session: logged in or not, with its own CSRF token."""

    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    staff: bool = False
    seen: float = field(default_factory=time.monotonic)


def _scrypt(secret: str, salt: bytes) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)


class StaffAuth:
    """Checks the password or token, and keeps the sessions."""

    def __init__(self, password: str | None) -> None:
        # Without a password, a random token is made for this run and shown once at start-up.
        self.token: str | None = None if password else secrets.token_urlsafe(24)
        self.uses_password = password is not None
        self._salt = os.urandom(16)
        self._hash = _scrypt(password or self.token or "", self._salt)
        self._sessions: OrderedDict[str, Session] = OrderedDict()
        self._failures: deque[float] = deque()

    def forget_token(self) -> str:
        """Hand out the start-up token once; afterwards only its hash is kept."""
        token, self.token = self.token or "", None
        return token

    async def check(self, secret: str) -> bool:
        """True for the right password or token (scrypt runs off the event loop)."""
        digest = await asyncio.to_thread(_scrypt, secret[:1000], self._salt)
        ok = hmac.compare_digest(digest, self._hash)
        if not ok:
            self._failures.append(time.monotonic())
        return ok

    def throttled(self) -> bool:
        """True when there were too many failed logins in the last minute."""
        while self._failures and self._failures[0] < time.monotonic() - 60:
            self._failures.popleft()
        return len(self._failures) >= MAX_FAILURES

    def session(self, request: web.Request) -> Session | None:
        """The live session of this request's cookie, if any."""
        key = request.cookies.get(COOKIE, "")
        session = self._sessions.get(key)
        if session is None or time.monotonic() - session.seen > SESSION_IDLE:
            self._sessions.pop(key, None)
            return None
        session.seen = time.monotonic()
        self._sessions.move_to_end(key)
        return session

    def start(self, response: web.StreamResponse, request: web.Request, staff: bool) -> Session:
        """A new session (a fresh id at login: no session fixation), set as cookie."""
        self.end(request)
        key, session = secrets.token_urlsafe(32), Session(staff=staff)
        self._sessions[key] = session
        while len(self._sessions) > MAX_SESSIONS:
            self._sessions.popitem(last=False)
        response.set_cookie(COOKIE, key, path=PREFIX, httponly=True, samesite="Strict",
                            secure=request.secure, max_age=SESSION_IDLE)
        return session

    def end(self, request: web.Request) -> None:
        """Forget the session of this request."""
        self._sessions.pop(request.cookies.get(COOKIE, ""), None)


def see_other(location: str) -> web.Response:
    """A 303 redirect that can still carry a cookie."""
    return web.Response(status=303, headers={"Location": location})


def csrf_ok(session: Session | None, sent: object) -> bool:
    """True when the form's hidden token matches the session's."""
    return (session is not None and isinstance(sent, str)
            and hmac.compare_digest(sent.encode(), session.csrf.encode()))


def auth_middleware(auth: StaffAuth) -> Handler:
    """Refuse /beheer/ without a staff session (redirect or 401) and POSTs without CSRF (403)."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        session = auth.session(request)
        if request.method not in ("GET", "HEAD"):
            form = await read_form(request)
            if not csrf_ok(session, form.get("csrf")):
                raise web.HTTPForbidden(text="Dit formulier is verlopen of niet van deze site. "
                                             "Laad de pagina opnieuw en probeer het nog eens.")
        if request.method == "GET" and "token" in request.query:
            return await _token_login(auth, request)
        if request.path in PUBLIC or (session is not None and session.staff):
            return await handler(request)
        if request.method in ("GET", "HEAD"):
            raise web.HTTPSeeOther("/beheer/login")
        raise web.HTTPUnauthorized(text="Log eerst in op /beheer/login.")

    return middleware


async def _token_login(auth: StaffAuth, request: web.Request) -> web.StreamResponse:
    """?token=... from the start-up line: log in, then drop the token from the address."""
    if auth.uses_password or auth.throttled() or not await auth.check(request.query["token"]):
        raise web.HTTPSeeOther("/beheer/login?fout=token")
    response = see_other(request.path)
    auth.start(response, request, staff=True)
    return response
