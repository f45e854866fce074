"""/beheer/kennisbank/nalezen: where residents got no answer or a choice, and their signal words.

Everything comes from the suppressed report (counts below 5 stay hidden), so this page
shows no more than /beheer/ does. A signal word can be added to a service's residents'
words with one button: that is an ordinary publication (checks, history, live reload).
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from wegwijzer.knowledge.edit import digest, render
from wegwijzer.knowledge_trial import summary
from wegwijzer.staff.history import publish
from wegwijzer.web.beheer_auth import SESSION, see_other
from wegwijzer.web.beheer_editor import (HISTORY, read, render_page, require_editor, target_of, trial_of,
                                         values_of)
from wegwijzer.web.keys import ASSISTANT
from wegwijzer.web.bodies import read_form


async def _report(request: web.Request) -> dict[str, Any] | None:
    from wegwijzer.web import beheer  # here, not at the top: beheer imports this module

    store = request.app[beheer.STORE]
    return await asyncio.to_thread(store.report) if store is not None else None  # type: ignore[attr-defined]


def _weeks(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Per week, newest first: all questions, no passing answer, and a choice asked."""
    return [{"week": w["period"], "total": w["total"], "fallback": w["by_outcome"].get("fallback", 0),
             "clarify": w["by_outcome"].get("clarify", 0)} for w in reversed(report["per_week"])]


async def review(request: web.Request, status: int = 200, **context: Any) -> web.Response:
    """GET /beheer/kennisbank/nalezen: the weeks and the signal words, each with a button."""
    report = await _report(request)
    kb = request.config_dict[ASSISTANT].kb
    return render_page(request, "nalezen.html.j2", status, enabled=report is not None,
                       weeks=_weeks(report) if report else [], words=report["signal_words"] if report else [],
                       services=[(s.id, s.title) for s in kb.services], added=request.query.get("toegevoegd", ""),
                       service=request.query.get("dienst", ""), **context)


async def add_word(request: web.Request) -> web.StreamResponse:
    """POST /beheer/kennisbank/nalezen/woord: add a signal word to a service's words, and publish."""
    require_editor(request)
    form = await read_form(request)
    word, service_id = str(form.get("woord", "")), str(form.get("dienst", ""))
    report = await _report(request)
    if report is None or word not in {w["word"] for w in report["signal_words"]}:
        raise web.HTTPBadRequest(text="Kies een woord uit de lijst op /beheer/kennisbank/nalezen.")
    target = target_of(request, service_id)
    content = await asyncio.to_thread(read, target.path)
    values = values_of(content)
    words = values["woorden"].split("\n")
    if word in words:
        return await review(request, notice=f"'{word}' staat al bij de woorden van {target.title}.")
    values["woorden"] = "\n".join(words + [word])
    new = render(content, values)
    trial = await trial_of(target, new, values["antwoord"])
    if trial.errors:
        return await review(request, 422, refused=trial, counts=summary(trial), title=target.title)
    done = await asyncio.to_thread(publish, request.app[HISTORY], target.path, target.service,
                                   request[SESSION].name,  # type: ignore[attr-defined]
                                   f"woord '{word}' toegevoegd vanuit Nalezen", digest(content), new)
    if done is None:
        raise web.HTTPConflict(text="De dienst werd net door iemand anders gewijzigd. Probeer het opnieuw.")
    return see_other(f"/beheer/kennisbank/nalezen?toegevoegd={word}&dienst={target.service}")


def add_routes(sub: web.Application) -> None:
    """Mount the page before the editor's /kennisbank/{service} (which would take its name)."""
    sub.router.add_get("/kennisbank/nalezen", review)
    sub.router.add_post("/kennisbank/nalezen/woord", add_word)
