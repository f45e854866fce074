"""The staff area under /beheer/: login, the overview of anonymous figures, CSV/JSON export.

Everything shown comes from the suppressed report (wegwijzer.stats.report), so a page
can never show a count below 5. The pages use no script at all; the chart is SVG drawn
on the server (beheer_chart).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
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
from wegwijzer.staff import AccountError, StaffStore, open_staff
from wegwijzer.staff.history import History
from wegwijzer.stats.database import DatabaseError
from wegwijzer.web.beheer_auth import (COOKIE, PREFIX, SESSION, StaffAuth, auth_middleware, login_token,
                                       see_other)
from wegwijzer.web.beheer_editor import add_routes as add_editor
from wegwijzer.web.beheer_kennisbank import add_routes as add_kennisbank
from wegwijzer.web.beheer_new import add_routes as add_new
from wegwijzer.web.beheer_review import add_routes as add_review
from wegwijzer.web.beheer_view import view
from wegwijzer.web.bodies import read_form
from wegwijzer.web.keys import SETTINGS

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates" / "beheer"
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
log = logging.getLogger(__name__)
HEADERS = {"Content-Security-Policy": CSP, "Cache-Control": "no-store", "X-Frame-Options": "DENY",
           "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff"}


class Reporter(Protocol):
    """What the staff area needs from the statistics store."""

    def report(self, since: dt.date | None = None) -> dict[str, Any]: ...


AUTH = web.AppKey("beheer_auth", StaffAuth)
STORE = web.AppKey("beheer_store", object)
LABELS = web.AppKey("beheer_labels", Labels)
JINJA = web.AppKey("beheer_templates", Environment)
UNREADABLE = ("De cijfers kunnen nu niet worden gelezen: de database is niet bereikbaar of vol. "
              "De chat voor inwoners werkt gewoon door; tellingen wachten tot de database er weer is.")
ADMIN_ACCOUNT = "beheer"  # the account of WEGWIJZER_ADMIN_PASSWORD


def setup_beheer(app: web.Application, settings: Settings, stats: object | None,
                 staff: StaffStore | None = None) -> StaffAuth:
    """Mount /beheer/ on the app, with the staff accounts of `staff` (or of the settings).

    `stats` is the channel's EventSink; the figures are read from it when it is a
    store that can report (wegwijzer.stats.StatsStore), otherwise the pages say so.
    """
    staff = staff or open_staff(settings)
    _admin_account(staff, settings)
    auth = StaffAuth(staff)
    sub = web.Application(middlewares=[auth_middleware(auth)])
    store = stats if callable(getattr(stats, "report", None)) else None
    sub[AUTH], sub[STORE], sub[LABELS] = auth, store, load_labels(settings.knowledge_dir)
    sub[SETTINGS] = settings  # the parent app's response hooks look it up on request.app
    sub[JINJA] = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["j2"]))
    sub.on_response_prepare.append(_headers)
    sub.router.add_get("/", overview)
    sub.router.add_get("/login", login_page)
    sub.router.add_post("/login", login)
    sub.router.add_post("/uitloggen", logout)
    sub.router.add_get("/export.csv", export_csv)
    sub.router.add_get("/export.json", export_json)
    sub.router.add_get("/beheer.css", stylesheet)
    add_kennisbank(sub)  # issue 6: /beheer/kennisbank
    add_review(sub)  # issue 15: /beheer/kennisbank/nalezen (before <id>, which would match it)
    add_new(sub)  # issue 15: /beheer/kennisbank/nieuw (before <id>, which would match it)
    add_editor(sub, History(staff))  # issue 15: /beheer/kennisbank/<id>
    app.add_subapp(PREFIX, sub)

    async def close_staff(_: web.Application) -> None:
        staff.close()

    app.on_cleanup.append(close_staff)
    return auth


def _admin_account(staff: StaffStore, settings: Settings) -> None:
    """WEGWIJZER_ADMIN_PASSWORD: the account 'beheer' (role beheerder) with that password."""
    if not settings.admin_password:
        return
    try:
        staff.ensure(ADMIN_ACCOUNT, "beheerder", settings.admin_password)
    except AccountError as exc:
        log.error("WEGWIJZER_ADMIN_PASSWORD wordt niet gebruikt: %s", exc)
    except DatabaseError as exc:
        log.error("het beheeraccount kon niet worden bijgewerkt: %s", exc)


async def _headers(request: web.Request, response: web.StreamResponse) -> None:
    for key, value in HEADERS.items():
        response.headers[key] = value


def _render(request: web.Request, name: str, status: int = 200, **context: Any) -> web.Response:
    session = request.get(SESSION)
    body = request.app[JINJA].get_template(name).render(
        csrf=session.csrf if session else "", staff=session is not None,
        account=session, **context)
    return web.Response(text=body, content_type="text/html", status=status)


async def login_page(request: web.Request) -> web.Response:
    """GET /beheer/login: the form, with its CSRF token in a cookie of its own."""
    error = "Deze inloglink werkt niet (meer). Log in met uw gebruikersnaam en wachtwoord." \
        if request.query.get("fout") else ""
    return _login_form(request, 200, error)


def _login_form(request: web.Request, status: int, error: str) -> web.Response:
    response = web.Response(content_type="text/html", status=status)
    response.text = request.app[JINJA].get_template("login.html.j2").render(
        csrf=login_token(request, response), staff=False, error=error)
    return response


async def login(request: web.Request) -> web.StreamResponse:
    """POST /beheer/login: check name and password (CSRF was checked by the middleware)."""
    auth = request.app[AUTH]
    form = await read_form(request)
    name, secret = form.get("gebruikersnaam"), form.get("wachtwoord")
    if not isinstance(name, str) or not isinstance(secret, str):
        return _login_form(request, 400, "Vul uw gebruikersnaam en wachtwoord in.")
    name = name.strip().lower()[:100]
    role = await auth.log_in(request, name, secret)
    if role == "":
        return _login_form(request, 429, "Te veel pogingen om in te loggen. Wacht een minuut en probeer het opnieuw.")
    if role is None:
        return _login_form(request, 401, "Deze gebruikersnaam of dit wachtwoord klopt niet.")
    response = see_other(PREFIX)
    await auth.start(response, request, name, role)
    return response


async def logout(request: web.Request) -> web.StreamResponse:
    """POST /beheer/uitloggen: end the session."""
    await request.app[AUTH].end(request)
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


async def _report(request: web.Request, since: dt.date | None) -> tuple[dict[str, Any], str]:
    """The figures, and a sentence for staff when they cannot be read now."""
    store = request.app[STORE]
    if store is not None:
        try:
            report = await asyncio.to_thread(store.report, since)  # type: ignore[attr-defined]
            return report, ""
        except DatabaseError:
            return build_report(Counts(), since), UNREADABLE
    return build_report(Counts(), since), ""


async def _figures(request: web.Request, since: dt.date | None) -> dict[str, Any]:
    """For an export: the figures, or 503 when they cannot be read now."""
    report, problem = await _report(request, since)
    if problem:
        raise web.HTTPServiceUnavailable(text=problem, headers={"Retry-After": "60"})
    return report


async def overview(request: web.Request) -> web.Response:
    """GET /beheer/: the figures, a chart over time, the tables, and export links."""
    since, since_error = _since(request)
    per = "week" if request.query.get("per") == "week" else "maand"
    report, problem = await _report(request, since)
    query = ("?" + urlencode({"sinds": since.isoformat()})) if since else ""
    return _render(request, "overzicht.html.j2", **view(report, request.app[LABELS], per),
                   enabled=request.app[STORE] is not None, per=per, since=since and since.isoformat(),
                   since_error=since_error, query=query, rule=RULE, channel_labels=CHANNEL_LABELS,
                   problem=problem)


async def export_csv(request: web.Request) -> web.Response:
    """GET /beheer/export.csv: the same suppressed figures, semicolon-separated."""
    since, _ = _since(request)
    body = "\ufeff" + to_csv(await _figures(request, since))  # BOM: Excel reads UTF-8 then
    return web.Response(text=body, content_type="text/csv", charset="utf-8", headers={
        "Content-Disposition": 'attachment; filename="wegwijzer-statistieken.csv"'})


async def export_json(request: web.Request) -> web.Response:
    """GET /beheer/export.json: the same suppressed figures as `wegwijzer stats --json`."""
    since, _ = _since(request)
    body = json.dumps(await _figures(request, since), ensure_ascii=False, indent=2)
    return web.Response(text=body, content_type="application/json", headers={
        "Content-Disposition": 'attachment; filename="wegwijzer-statistieken.json"'})


async def stylesheet(request: web.Request) -> web.FileResponse:
    """GET /beheer/beheer.css."""
    return web.FileResponse(TEMPLATE_DIR / "beheer.css", headers={"Content-Type": "text/css; charset=utf-8"})
