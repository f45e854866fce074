"""/beheer/kennisbank/nieuw and .../<id>/buiten-gebruik: staff add a service, or take one out of use.

Both are ordinary publications: every check first (on a copy of the knowledge folder),
then the file is written (or moved to knowledge/buiten-gebruik/) and the history keeps
who, when and why. The live reload picks the change up as it picks up any saved file.
A service of the fixed interfaces (CONTRACT_SERVICES) is never taken out of use.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

from aiohttp import web

from wegwijzer.knowledge.edit import digest
from wegwijzer.knowledge.new import (CONTRACT_SERVICES, NEW_LABELS, RETIRED_FOLDER, SERVICE_ID, new_problems,
                                     new_service, retired_path)
from wegwijzer.knowledge_trial import form_trial, summary
from wegwijzer.staff.history import publish, retire
from wegwijzer.web.beheer_auth import SESSION, see_other
from wegwijzer.web.beheer_editor import (HISTORY, Target, edit_form, entries_of, form_and_action, knowledge_dir,
                                         read, render_page, require_editor, target_of, trial_of, values_of)
from wegwijzer.web.bodies import read_form
from wegwijzer.web.keys import ASSISTANT

NOT_RETIRABLE = ("Deze dienst hoort bij de vaste diensten van Wegwijzer (inwoners, de gemeente en de controles "
                 "rekenen erop) en kan niet buiten gebruik worden gesteld. Pas de tekst aan in de editor.")
ROUTES = {"nieuw", "nalezen"}  # pages under /beheer/kennisbank/ that a service id would hide
NEED_REASON = "Schrijf in één regel waarom deze dienst buiten gebruik gaat. Dit komt in de geschiedenis."


def _themes(request: web.Request) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(theme id, title, [(doel id, title)]) from knowledge/themes.yaml, for the two choice lists."""
    kb = request.config_dict[ASSISTANT].kb
    return [(t.id, t.title, [(d.id, d.title) for d in t.doelen]) for t in kb.themes]


def _taken(request: web.Request, directory: Path) -> set[str]:
    """Ids a new service may not take: the services now, their files, and those out of use."""
    kb = request.config_dict[ASSISTANT].kb
    files = {p.stem for folder in ("services", RETIRED_FOLDER) for p in (directory / folder).glob("*.y*ml")}
    return {s.id for s in kb.services} | files | ROUTES


def _new_page(request: web.Request, values: dict[str, str], status: int = 200, **context: Any) -> web.Response:
    return render_page(request, "nieuw.html.j2", status, values=values, labels=NEW_LABELS, themes=_themes(request),
                       reason=context.pop("reason", ""), **context)


async def new_page(request: web.Request) -> web.Response:
    """GET /beheer/kennisbank/nieuw: an empty form (or the note that a new service was published)."""
    knowledge_dir(request)
    published = request.query.get("gepubliceerd", "")
    return _new_page(request, {name: "" for name in NEW_LABELS},
                     published=published if SERVICE_ID.match(published) else "")


async def create(request: web.Request) -> web.StreamResponse:
    """POST /beheer/kennisbank/nieuw: Controleren, Voorbeeld or Publiceren of a new service."""
    directory = knowledge_dir(request)
    form, action = await form_and_action(request)
    values = {name: str(form.get(name, "")) for name in NEW_LABELS}
    reason = str(form.get("reden", ""))
    service_id = values["id"].strip()
    taken = await asyncio.to_thread(_taken, request, directory)
    trial = form_trial(values, "nieuwe dienst", new_problems(values, taken))
    path, content = directory / "services" / f"{service_id}.yaml", new_service(values, dt.date.today())
    if trial is None:
        target = Target(service_id, values["titel"], directory, path, request.config_dict[ASSISTANT])
        trial = await trial_of(target, content, values["antwoord"])
    context = dict(trial=trial, counts=summary(trial), reason=reason)
    if action != "publiceren":
        return _new_page(request, values, preview=action == "voorbeeld", **context)
    if trial.errors:
        return _new_page(request, values, 422, refused=True, **context)
    who = request[SESSION].name  # type: ignore[attr-defined]
    done = await asyncio.to_thread(publish, request.app[HISTORY], path, service_id, who, reason or "nieuwe dienst",
                                   digest(""), content)
    if done is None:  # someone made a file with this id in the meantime
        return _new_page(request, values, 409, refused=True, taken=True, **context)
    return see_other(f"/beheer/kennisbank/nieuw?gepubliceerd={service_id}")


async def retire_service(request: web.Request) -> web.StreamResponse:
    """POST /beheer/kennisbank/<id>/buiten-gebruik: move the file out of use, as a publication."""
    require_editor(request)
    target = target_of(request)
    if target.service in CONTRACT_SERVICES:
        raise web.HTTPForbidden(text=NOT_RETIRABLE)
    form = await read_form(request)
    reason, sent = " ".join(str(form.get("reden_buiten_gebruik", "")).split()), str(form.get("bestandshash", ""))
    content = await asyncio.to_thread(read, target.path)
    if not reason:
        return edit_form(request, target, values_of(content), sent, 422, entries=entries_of(content),
                          retire_error=NEED_REASON)
    trial = await trial_of(target, None, "")
    if trial.errors:
        return edit_form(request, target, values_of(content), sent, 422, entries=entries_of(content),
                          trial=trial, counts=summary(trial), refused=True)
    done = await asyncio.to_thread(retire, request.app[HISTORY], target.path,
                                   retired_path(target.directory, target.service), target.service,
                                   request[SESSION].name, reason, sent)  # type: ignore[attr-defined]
    if done is None:
        raise web.HTTPConflict(text="Iemand anders heeft deze dienst intussen gewijzigd. Open hem opnieuw.")
    return see_other(f"/beheer/kennisbank/{target.service}/geschiedenis?buiten-gebruik=1")


def add_routes(sub: web.Application) -> None:
    """Mount the pages before the editor's /kennisbank/{service} (which would take 'nieuw')."""
    sub.router.add_get("/kennisbank/nieuw", new_page)
    sub.router.add_post("/kennisbank/nieuw", create)
    sub.router.add_post("/kennisbank/{service}/buiten-gebruik", retire_service)
