"""Staff login for /beheer/: each person logs in with their own account (wegwijzer staff add).

Sessions, login attempts and one-time links live in the staff store (SQLite or
PostgreSQL), so every worker on every machine knows them, and an anonymous visitor
never creates one: the login form's CSRF token is a cookie of its own (double submit).
The session cookie is HttpOnly, SameSite=Strict, limited to /beheer/ and Secure over
https (also behind a proxy that says so). Every POST must carry the CSRF token, or 403.
"""

from __future__ import annotations

import asyncio
import hmac
import secrets

from aiohttp import web
from aiohttp.typedefs import Handler

from wegwijzer.staff import LINK_ACCOUNT, Session, StaffStore
from wegwijzer.staff.store import SESSION_LIFETIME
from wegwijzer.stats.database import DatabaseError
from wegwijzer.web.bodies import read_form

COOKIE = "wegwijzer_beheer"
LOGIN_COOKIE = "wegwijzer_login"  # the login form's CSRF token, before there is a session
PREFIX = "/beheer/"
PUBLIC = ("/beheer/login", "/beheer/beheer.css")
SESSION = web.RequestKey("beheer_sessie", object)  # the request's Session or None
UNAVAILABLE = ("Het beheer is nu niet beschikbaar: de database met de accounts is niet bereikbaar. "
               "De chat voor inwoners werkt gewoon door. Probeer het over een paar minuten opnieuw.")


class StaffAuth:
    """Logs staff in and out against the staff store; the store's calls run off the event loop."""

    def __init__(self, staff: StaffStore) -> None:
        self.staff = staff

    async def session(self, request: web.Request) -> Session | None:
        """The live session of this request's cookie, if any."""
        return await asyncio.to_thread(self.staff.session, request.cookies.get(COOKIE, ""))

    async def log_in(self, request: web.Request, name: str, password: str) -> str | None:
        """The role when name and password are right; None when wrong; '' when throttled."""
        attempt = await asyncio.to_thread(self.staff.attempt, client_of(request), name)
        if attempt is None:
            return ""
        role = await asyncio.to_thread(self.staff.verify, name, password)
        if role is not None:
            await asyncio.to_thread(self.staff.succeeded, attempt)
        return role

    async def start(self, response: web.StreamResponse, request: web.Request, name: str, role: str) -> None:
        """A new session (a fresh token at login: no session fixation), set as cookie."""
        await self.end(request)
        token, _ = await asyncio.to_thread(self.staff.start, name, role)
        response.set_cookie(COOKIE, token, path=PREFIX, httponly=True, samesite="Strict",
                            secure=request.secure, max_age=SESSION_LIFETIME)
        response.del_cookie(LOGIN_COOKIE, path=PREFIX)

    async def end(self, request: web.Request) -> None:
        """Forget the session of this request."""
        token = request.cookies.get(COOKIE, "")
        if token:
            await asyncio.to_thread(self.staff.end, token)


def client_of(request: web.Request) -> str:
    """Whom login attempts are counted for: the client's address (the proxy's real client)."""
    return request.remote or "?"


def login_token(request: web.Request, response: web.StreamResponse) -> str:
    """The login form's CSRF token: the one in its cookie, or a new one set on the response."""
    token = request.cookies.get(LOGIN_COOKIE, "")
    if len(token) < 32:
        token = secrets.token_urlsafe(32)
        response.set_cookie(LOGIN_COOKIE, token, path=PREFIX, httponly=True, samesite="Strict",
                            secure=request.secure, max_age=3600)
    return token


def see_other(location: str) -> web.Response:
    """A 303 redirect that can still carry a cookie."""
    return web.Response(status=303, headers={"Location": location})


def _same(a: object, b: str) -> bool:
    return isinstance(a, str) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


def csrf_ok(request: web.Request, session: Session | None, sent: object) -> bool:
    """True when the form's hidden token matches the session's (or, at login, its cookie)."""
    if request.path == "/beheer/login":  # the form may be shown to someone still logged in
        return _same(sent, request.cookies.get(LOGIN_COOKIE, ""))
    return session is not None and _same(sent, session.csrf)


def auth_middleware(auth: StaffAuth) -> Handler:
    """Refuse /beheer/ without a staff session (redirect or 401) and POSTs without CSRF (403)."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await _guarded(auth, request, handler)
        except DatabaseError:
            if request.path == "/beheer/beheer.css":
                return await handler(request)
            return web.Response(status=503, text=UNAVAILABLE, headers={"Retry-After": "60"})

    return middleware


async def _guarded(auth: StaffAuth, request: web.Request, handler: Handler) -> web.StreamResponse:
    """The checks in order: session, CSRF on every POST, one-time link, login required."""
    session = await auth.session(request)
    request[SESSION] = session
    if request.method not in ("GET", "HEAD"):
        form = await read_form(request)
        if not csrf_ok(request, session, form.get("csrf")):
            raise web.HTTPForbidden(text="Dit formulier is verlopen of niet van deze site. "
                                         "Laad de pagina opnieuw en probeer het nog eens.")
    if request.method == "GET" and "token" in request.query:
        return await _link_login(auth, request)
    if request.path in PUBLIC or session is not None:
        return await handler(request)
    if request.method in ("GET", "HEAD"):
        raise web.HTTPSeeOther("/beheer/login")
    raise web.HTTPUnauthorized(text="Log eerst in op /beheer/login.")


async def _link_login(auth: StaffAuth, request: web.Request) -> web.StreamResponse:
    """?token=... from the one-time link: log in once, then drop the token from the address."""
    staff = auth.staff
    attempt = await asyncio.to_thread(staff.attempt, client_of(request), LINK_ACCOUNT)
    if attempt is None or not await asyncio.to_thread(staff.use_link, request.query["token"]):
        raise web.HTTPSeeOther("/beheer/login?fout=token")
    await asyncio.to_thread(staff.succeeded, attempt)
    response = see_other(request.path)
    await auth.start(response, request, LINK_ACCOUNT, "beheerder")
    return response
