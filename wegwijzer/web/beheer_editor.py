"""/beheer/kennisbank/<id>: staff edit a service in the browser, check it, preview it, publish it.

Publishing writes the YAML file (round trip, atomically); the running server's live
reload picks it up as it picks up any saved file. The form carries the hash of the file
it was opened on: when the file changed since (someone else, a deploy, a hand edit),
the publication is refused with the difference instead of overwriting that change.
Role `beleid` may look and check, but every change answers 403.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web

from wegwijzer.checks import MAX_WORDS_PER_SENTENCE, MIN_FLESCH_DOUMA
from wegwijzer.knowledge.edit import LABELS, content_changes, digest, form_values, parse, render
from wegwijzer.knowledge.edit_entries import (COUNT_FIELD, PART_LABELS, EntryForm, entry_problems, entry_values,
                                         read_entry_forms)
from wegwijzer.knowledge.new import CONTRACT_SERVICES, retired_path
from wegwijzer.knowledge_trial import Trial, form_trial, summary, try_service
from wegwijzer.knowledge.readability import measure
from wegwijzer.staff.history import History, Publication, publish
from wegwijzer.web.beheer_auth import SESSION, see_other
from wegwijzer.web.keys import ASSISTANT
from wegwijzer.web.bodies import read_form

EDITORS = ("redacteur", "beheerder")
FORM_NAMES = tuple(name for name in LABELS if name not in ("last_checked", "vragen"))
SERVICE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
HISTORY = web.AppKey("beheer_geschiedenis", History)
FORBIDDEN = "Met de rol 'beleid' kunt u de kennisbank bekijken en controleren, maar niet wijzigen."
CONFLICT_STATUS = 409


@dataclass(frozen=True)
class Target:
    """The service being edited and where its file is."""

    service: str
    title: str
    directory: Path
    path: Path
    assistant: Any
    retired: bool = False  # taken out of use: only its history and Terugzetten remain


def knowledge_dir(request: web.Request) -> Path:
    """The live assistant's knowledge folder (404 on a server that does not reload it)."""
    directory = getattr(request.config_dict[ASSISTANT], "directory", None)
    if directory is None:
        raise web.HTTPNotFound(text="Deze server laadt de kennisbank niet opnieuw; bewerken kan hier niet.")
    return Path(directory)


def target_of(request: web.Request, service_id: str | None = None, retired: bool = False) -> Target:
    """The service of the URL (or this id), in the live assistant's folder (404 when unknown);
    with `retired`, also a service taken out of use."""
    service_id = service_id or request.match_info["service"]
    assistant, directory = request.config_dict[ASSISTANT], knowledge_dir(request)
    try:
        service = assistant.kb.service(service_id) if SERVICE_ID.match(service_id) else None
    except KeyError:
        service = None
    if service is not None and (path := directory.parent / assistant.kb.where(service_id)[0]).exists():
        return Target(service_id, service.title, directory, path, assistant)
    if retired and SERVICE_ID.match(service_id) and retired_path(directory, service_id).exists():
        title = str(parse(read(retired_path(directory, service_id))).get("title", service_id))
        return Target(service_id, title, directory, directory / "services" / f"{service_id}.yaml", assistant, True)
    raise web.HTTPNotFound(text="Deze dienst bestaat niet (meer). Kies een dienst op /beheer/kennisbank.")


def _may_change(request: web.Request) -> bool:
    session = request.get(SESSION)
    return getattr(session, "role", "") in EDITORS


def require_editor(request: web.Request) -> None:
    """403 for a role that may look but not change (beleid)."""
    if not _may_change(request):
        raise web.HTTPForbidden(text=FORBIDDEN)


def read(path: Path) -> str:
    """The text of a service file ('' for a service taken out of use)."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def values_of(content: str) -> dict[str, str]:
    """The form's values, or 409 when the file itself is broken (a hand edit): fix that first."""
    try:
        return form_values(parse(content))
    except ValueError as exc:
        raise web.HTTPConflict(text=f"Het bestand van deze dienst kan nu niet worden gelezen: {exc}. "
                                    "Los dat eerst op in het bestand; /beheer/kennisbank toont waar.") from exc


def render_page(request: web.Request, name: str, status: int = 200, **context: Any) -> web.Response:
    """A staff page, knowing whether this person may change the knowledge base."""
    from wegwijzer.web import beheer  # here, not at the top: beheer imports this module

    return beheer._render(request, name, status, may_change=_may_change(request), **context)


def edit_form(request: web.Request, target: Target, values: dict[str, str], file_hash: str,
              status: int = 200, entries: list[EntryForm] | None = None, **context: Any) -> web.Response:
    """The edit page with these values and entries (and check results in `context`)."""
    readability = measure(values.get("antwoord", ""))
    entries = entries if entries is not None else []
    values = values | {f"v{e.number}_{part}": value for e in entries for part, value in e.values.items()}
    labels = LABELS | {f"v{e.number}_{part}": f"Vraag {e.number}: {label}" for e in entries
                       for part, label in PART_LABELS.items()}
    return render_page(request, "bewerken.html.j2", status, target=target, values=values, file_hash=file_hash,
                   readability=readability, labels=labels, min_score=MIN_FLESCH_DOUMA, max_words=MAX_WORDS_PER_SENTENCE,
                   reason=context.pop("reason", ""), entries=entries, count_field=COUNT_FIELD,
                   may_retire=target.service not in CONTRACT_SERVICES, **context)


def entries_of(content: str) -> list[EntryForm]:
    """The service's entries as the form shows them, and one empty entry to add."""
    found = entry_values(parse(content))
    return [EntryForm(i + 1, i, values) for i, values in enumerate(found)] + [
        EntryForm(len(found) + 1, None, {})]


async def edit_page(request: web.Request) -> web.Response:
    """GET /beheer/kennisbank/<id>: the form with the service as it is in its file now."""
    target = target_of(request)
    content = await asyncio.to_thread(read, target.path)
    return edit_form(request, target, values_of(content), digest(content), entries=entries_of(content),
                      published=request.query.get("gepubliceerd") == "1")


async def trial_of(target: Target, content: str | None, answer: str) -> Trial:
    """Every check on `content` as the target's new file (None: without it), off the event loop."""
    vectors = getattr(target.assistant, "vectors", None)  # check as the live reload will
    return await asyncio.to_thread(try_service, target.directory, target.path, content, target.service,
                                   answer, vectors)


async def form_and_action(request: web.Request) -> tuple[Any, str]:
    """The posted form and its button (controleren, voorbeeld, publiceren); 403 to publish without the role."""
    form = await read_form(request)
    action = str(form.get("actie", "controleren"))
    if action == "publiceren":
        require_editor(request)
    return form, action


async def edit(request: web.Request) -> web.StreamResponse:
    """POST /beheer/kennisbank/<id>: Controleren, Voorbeeld or Publiceren."""
    target = target_of(request)
    form, action = await form_and_action(request)
    values = {name: str(form.get(name, "")) for name in FORM_NAMES}
    sent, reason = str(form.get("bestandshash", "")), str(form.get("reden", ""))
    content = await asyncio.to_thread(read, target.path)
    values_of(content)
    checked = bool(form.get("gecontroleerd"))
    entries = read_entry_forms(lambda name: str(form.get(name, "")))
    new = render(content, values, dt.date.today() if checked else None, entries)
    if action == "publiceren" and digest(content) != sent:
        return _conflict(request, target, content, new)
    trial = form_trial(values, target.path.name, entry_problems(entries or [])) or await trial_of(
        target, new, values["antwoord"])
    context = dict(trial=trial, counts=summary(trial), reason=reason, checked=checked,
                   outside=digest(content) != sent, entries=entries if entries is not None else entries_of(content))
    if action != "publiceren":
        return edit_form(request, target, values, sent, preview=action == "voorbeeld", **context)
    if trial.errors:
        return edit_form(request, target, values, sent, 422, refused=True, **context)
    if new == content:
        return edit_form(request, target, values, sent, nothing=True, **context)
    session = request[SESSION]
    done = await asyncio.to_thread(publish, request.app[HISTORY], target.path, target.service,
                                   session.name, reason, sent, new)  # type: ignore[attr-defined]
    if done is None:  # changed between reading and the lock
        return _conflict(request, target, await asyncio.to_thread(read, target.path), new)
    return see_other(f"/beheer/kennisbank/{target.service}?gepubliceerd=1")


def _conflict(request: web.Request, target: Target, current: str, mine: str) -> web.Response:
    """409: the file changed since the form was opened; show how it differs from this version."""
    return render_page(request, "conflict.html.j2", CONFLICT_STATUS, target=target,
                   changes=content_changes(current, mine))


def _when(at: float) -> str:
    return dt.datetime.fromtimestamp(at).strftime("%d-%m-%Y %H:%M:%S")


async def history_page(request: web.Request, status: int = 200, **context: Any) -> web.Response:
    """GET /beheer/kennisbank/<id>/geschiedenis: the publications, newest first, and a comparison."""
    target = target_of(request, retired=True)
    history = request.app[HISTORY]
    versions = await asyncio.to_thread(history.versions, target.service)
    content = await asyncio.to_thread(read, target.path)
    by_id = {v.id: v for v in versions}
    old, new = by_id.get(request.query.get("van", "")), by_id.get(request.query.get("naar", ""))
    comparison = content_changes(old.content, new.content) if old and new else None
    return render_page(request, "geschiedenis.html.j2", status, target=target, versions=versions, when=_when,
                   file_hash=digest(content), current=digest(content), comparison=comparison, old=old, new=new,
                   outside=bool(versions) and versions[0].digest != digest(content),
                   restored=request.query.get("teruggezet") == "1",
                   retired_now=request.query.get("buiten-gebruik") == "1", **context)


async def restore(request: web.Request) -> web.StreamResponse:
    """POST /beheer/kennisbank/<id>/terugzetten: publish an old version again (a new publication)."""
    require_editor(request)
    target = target_of(request, retired=True)
    form = await read_form(request)
    history = request.app[HISTORY]
    old: Publication | None = await asyncio.to_thread(history.version, target.service, str(form.get("versie", "")))
    if old is None:
        raise web.HTTPNotFound(text="Deze versie bestaat niet. Kies een versie in de geschiedenis.")
    if not old.content:
        raise web.HTTPUnprocessableEntity(text="Deze versie is het buiten gebruik stellen zelf. Kies een versie "
                                               "met tekst, of stel de dienst buiten gebruik op de bewerkpagina.")
    sent = str(form.get("bestandshash", ""))
    content = await asyncio.to_thread(read, target.path)
    if digest(content) != sent:
        return _conflict(request, target, content, old.content)
    trial = await trial_of(target, old.content, form_values(parse(old.content))["antwoord"])
    if trial.errors:
        return await history_page(request, 422, refused=trial, counts=summary(trial))
    reason = f"Teruggezet naar de versie van {_when(old.at)} ({old.who})"
    extra = str(form.get("reden", "")).strip()
    done = await asyncio.to_thread(publish, history, target.path, target.service, request[SESSION].name,  # type: ignore[attr-defined]
                                   f"{reason}: {extra}" if extra else reason, sent, old.content)
    if done is None:
        return _conflict(request, target, await asyncio.to_thread(read, target.path), old.content)
    if target.retired:  # in use again: the copy outside the loaded folder has done its job
        await asyncio.to_thread(retired_path(target.directory, target.service).unlink, True)
    return see_other(f"/beheer/kennisbank/{target.service}/geschiedenis?teruggezet=1")


def add_routes(sub: web.Application, history: History) -> None:
    """Mount the editor on the /beheer/ sub-application (its login and CSRF check apply)."""
    sub[HISTORY] = history
    sub.router.add_get("/kennisbank/{service}", edit_page)
    sub.router.add_post("/kennisbank/{service}", edit)
    sub.router.add_get("/kennisbank/{service}/geschiedenis", history_page)
    sub.router.add_post("/kennisbank/{service}/terugzetten", restore)
