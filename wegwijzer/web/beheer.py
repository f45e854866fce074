"""The staff area under /beheer/: login, the overview of anonymous figures, CSV/JSON export.

Everything shown comes from the suppressed report (wegwijzer.stats.report), so a page
can never show a count below 5. The pages use no script at all; the chart is SVG drawn
on the server (beheer_chart).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlencode

from aiohttp import web
from jinja2 import Environment, FileSystemLoader, select_autoescape

from wegwijzer.settings import Settings
from wegwijzer.stats import Labels, build_report, load_labels, to_csv
from wegwijzer.stats.aggregate import Counts
from wegwijzer.stats.report import CHANNEL_LABELS
from wegwijzer.stats.suppress import RULE
from wegwijzer.web.beheer_auth import COOKIE, PREFIX, StaffAuth, auth_middleware, see_other
from wegwijzer.web.beheer_kennisbank import add_routes as add_kennisbank
from wegwijzer.web.bodies import read_form
from wegwijzer.web.beheer_view import view
from wegwijzer.web.keys import SETTINGS

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates" / "beheer"
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "Cache-Control": "no-store", "X-Frame-Options": "DENY",
           "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff"}


class Reporter(Protocol):
    """What the staff area needs from the statistics store."""

    def report(self, since: dt.date | None = None) -> dict[str, Any]: ...


AUTH = web.AppKey("beheer_auth", StaffAuth)
STORE = web.AppKey("beheer_store", object)
LABELS = web.AppKey("beheer_labels", Labels)
JINJA = web.AppKey("beheer_templates", Environment)
ORIGIN = web.AppKey("beheer_origin", str)


def setup_beheer(app: web.Application, settings: Settings, stats: object | None) -> StaffAuth:
    """Mount /beheer/ on the app; without a password, print a login link at start-up.

    `stats` is the channel's EventSink; the figures are read from it when it is a
    store that can report (wegwijzer.stats.StatsStore), otherwise the pages say so.
    """
    auth = StaffAuth(settings.admin_password)
    sub = web.Application(middlewares=[auth_middleware(auth)])
    store = stats if callable(getattr(stats, "report", None)) else None
    sub[AUTH], sub[STORE], sub[LABELS] = auth, store, load_labels(settings.knowledge_dir)
    sub[SETTINGS] = settings  # the parent app's response hooks look it up on request.app
    sub[JINJA] = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["j2"]))
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "::", "") else settings.host
    sub[ORIGIN] = f"http://{host}:{settings.port}"
    sub.on_response_prepare.append(_headers)
    sub.router.add_get("/", overview)
    sub.router.add_get("/login", login_page)
    sub.router.add_post("/login", login)
    sub.router.add_post("/uitloggen", logout)
    sub.router.add_get("/export.csv", export_csv)
    sub.router.add_get("/export.json", export_json)
    sub.router.add_get("/beheer.css", stylesheet)
    add_kennisbank(sub)  # issue 6: /beheer/kennisbank
    app.add_subapp(PREFIX, sub)
    if auth.token is not None:
        app.on_startup.append(_announce(sub))
    return auth


def _announce(sub: web.Application) -> Any:
    async def announce(_: web.Application) -> None:
        token = sub[AUTH].forget_token()
        if token:  # printed once, as Jupyter does; only its hash stays in memory
            print(f"Beheer: {sub[ORIGIN]}{PREFIX}?token={token}", flush=True)
    return announce


async def _headers(request: web.Request, response: web.StreamResponse) -> None:
    for key, value in HEADERS.items():
        response.headers[key] = value


def _render(request: web.Request, name: str, status: int = 200, **context: Any) -> web.Response:
    session = request.app[AUTH].session(request)
    body = request.app[JINJA].get_template(name).render(
        csrf=session.csrf if session else "", staff=bool(session and session.staff), **context)
    return web.Response(text=body, content_type="text/html", status=status)


async def login_page(request: web.Request) -> web.Response:
    """GET /beheer/login: the form (and a session that holds its CSRF token)."""
    auth = request.app[AUTH]
    error = "Deze link werkt niet (meer). Log in met de toegangscode." if request.query.get("fout") else ""
    if auth.session(request) is None:
        response = web.Response(content_type="text/html")
        session = auth.start(response, request, staff=False)
        response.text = request.app[JINJA].get_template("login.html.j2").render(
            csrf=session.csrf, staff=False, error=error, uses_password=auth.uses_password)
        return response
    return _render(request, "login.html.j2", error=error, uses_password=auth.uses_password)


async def login(request: web.Request) -> web.StreamResponse:
    """POST /beheer/login: check the password (CSRF was checked by the middleware)."""
    auth = request.app[AUTH]
    secret = (await read_form(request)).get("wachtwoord")
    if auth.throttled():
        return _render(request, "login.html.j2", 429, uses_password=auth.uses_password,
                       error="Te veel mislukte pogingen. Wacht een minuut en probeer het opnieuw.")
    if not isinstance(secret, str) or not await auth.check(secret):
        return _render(request, "login.html.j2", 401, uses_password=auth.uses_password,
                       error="Dit wachtwoord klopt niet." if auth.uses_password else "Deze code klopt niet.")
    response = see_other(PREFIX)
    auth.start(response, request, staff=True)
    return response


async def logout(request: web.Request) -> web.StreamResponse:
    """POST /beheer/uitloggen: end the session."""
    request.app[AUTH].end(request)
    response = see_other("/beheer/login")
    response.del_cookie(COOKIE, path=PREFIX)
    return response


def _since(request: web.Request) -> tuple[dt.date | None, str]:
    value = request.query.get("sinds", "").strip()
    if not value:
        return None, ""
    try:
        return dt.date.fromisoformat(value), ""
    except ValueError:
        return None, "Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-01."


async def _report(request: web.Request, since: dt.date | None) -> dict[str, Any]:
    store = request.app[STORE]
    if store is None:
        return build_report(Counts(), since)
    return await asyncio.to_thread(store.report, since)  # type: ignore[attr-defined]


async def overview(request: web.Request) -> web.Response:
    """GET /beheer/: the figures, a chart over time, the tables, and export links."""
    since, since_error = _since(request)
    per = "week" if request.query.get("per") == "week" else "maand"
    report = await _report(request, since)
    query = ("?" + urlencode({"sinds": since.isoformat()})) if since else ""
    return _render(request, "overzicht.html.j2", **view(report, request.app[LABELS], per),
                   enabled=request.app[STORE] is not None, per=per, since=since and since.isoformat(),
                   since_error=since_error, query=query, rule=RULE, channel_labels=CHANNEL_LABELS)


async def export_csv(request: web.Request) -> web.Response:
    """GET /beheer/export.csv: the same suppressed figures, semicolon-separated."""
    since, _ = _since(request)
    body = "\ufeff" + to_csv(await _report(request, since))  # BOM: Excel reads UTF-8 then
    return web.Response(text=body, content_type="text/csv", charset="utf-8", headers={
        "Content-Disposition": 'attachment; filename="wegwijzer-statistieken.csv"'})


async def export_json(request: web.Request) -> web.Response:
    """GET /beheer/export.json: the same suppressed figures as `wegwijzer stats --json`."""
    since, _ = _since(request)
    body = json.dumps(await _report(request, since), ensure_ascii=False, indent=2)
    return web.Response(text=body, content_type="application/json", headers={
        "Content-Disposition": 'attachment; filename="wegwijzer-statistieken.json"'})


async def stylesheet(request: web.Request) -> web.FileResponse:
    """GET /beheer/beheer.css."""
    return web.FileResponse(TEMPLATE_DIR / "beheer.css", headers={"Content-Type": "text/css; charset=utf-8"})
