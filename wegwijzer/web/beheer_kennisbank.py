"""/beheer/kennisbank: the state of every service, the last reload error, and "Probeer een vraag".

The tried question goes to the same assistant residents use, but is never recorded in
the statistics: this handler does not touch the EventSink at all. The explanation
comes only from the Answer (to_dict(explain=True)); a channel never looks inside the
matcher.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from wegwijzer.checks import MAX_WORDS_PER_SENTENCE, MIN_FLESCH_DOUMA, STALE_AFTER_DAYS
from wegwijzer.knowledge.contacts import SOURCE_MAX_AGE_DAYS
from wegwijzer.knowledge.base import TO_FILL, KnowledgeBase, Problem, Service
from wegwijzer.knowledge.new import retired_services
from wegwijzer.knowledge.readability import measure
from wegwijzer.web.keys import ASSISTANT

MAX_TRY = 500  # characters of a tried question
OUTCOMES = {"answered": "een antwoord met één dienst", "clarify": "een keuzevraag (de inwoner kiest)",
            "fallback": "geen passende dienst: de algemene ingang", "crisis": "een crisisantwoord",
            "out_of_scope": "buiten het sociaal domein", "smalltalk": "geen vraag (groet of bedankje)",
            "emergency": "spoed: eerst 112"}


@dataclass(frozen=True)
class Row:
    """One service as staff see it in the table."""

    id: str
    title: str
    file: str
    last_checked: dt.date
    stale: bool
    to_fill: tuple[str, ...]
    flesch_douma: float
    words_per_sentence: float
    hard_to_read: bool
    examples: int
    feedback: str


def _to_fill(service: Service) -> tuple[str, ...]:
    """The fields of a service that still say IN TE VULLEN."""
    data = service.model_dump()
    top = [k for k, v in data.items() if v == TO_FILL]
    contact = [f"contact.{k}" for k, v in data["contact"].items() if v == TO_FILL]
    return tuple(top + contact)


def _feedback(report: dict[str, Any] | None) -> dict[str, str]:
    """Service id -> 'nuttig / niet nuttig' from the suppressed report (counts <5 stay hidden)."""
    rows = (report or {}).get("feedback", [])
    return {r["service"]: f"{r['useful']} / {r['not_useful']}" for r in rows}


def rows(kb: KnowledgeBase, feedback: dict[str, str], today: dt.date) -> list[Row]:
    """The status of every service, in the order of the knowledge base."""
    out = []
    for s in kb.services:
        r = measure(s.answer)
        out.append(Row(s.id, s.title, kb.where(s.id)[0], s.last_checked,
                       (today - s.last_checked).days > STALE_AFTER_DAYS, _to_fill(s), r.flesch_douma,
                       r.words_per_sentence,
                       r.flesch_douma < MIN_FLESCH_DOUMA or r.words_per_sentence > MAX_WORDS_PER_SENTENCE,
                       len(s.examples), feedback.get(s.id, "–")))
    return out


def tried(assistant: Any, question: str) -> dict[str, Any]:
    """The answer to a staff question with its explanation (not recorded anywhere)."""
    answer = assistant.ask(question[:MAX_TRY])
    data = answer.to_dict(explain=True)
    titles = {s.id: s.title for s in assistant.kb.services}
    paragraphs = [block.split("\n") for block in answer.answer.split("\n\n") if block.strip()]
    return {"paragraphs": paragraphs, "outcome": OUTCOMES.get(answer.outcome, answer.outcome),
            "service": titles.get(answer.service or "", answer.service), "confidence": data["confidence"],
            "reason": data["reason"], "crisis": answer.crisis,
            "candidates": [dict(c, title=titles.get(c["service"], c["service"])) for c in data["explanation"]]}


def to_review(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Per language: the texts no native speaker has reviewed yet."""
    out = []
    for code, pack in sorted(kb.languages.items()):
        keys = [f"{section}.{key}" for section in ("general", "services")
                for key, text in getattr(pack, section).items() if not text.reviewed]
        if keys:
            out.append({"name_nl": pack.name_nl, "file": f"languages/{code}.yaml", "texts": keys})
    return out


_FIELD_LABELS = {"phone": "telefoon", "address": "adres", "hours": "openingstijden", "website": "website",
                 "email": "e-mail"}


def sources(kb: KnowledgeBase, today: dt.date) -> list[dict[str, Any]]:
    """Every sourced contact fact of every service, the oldest source first."""
    out = []
    for s in kb.services:
        for key, fact in s.contact.all_sources():
            out.append({"service": s.title, "field": _FIELD_LABELS.get(key, key), "value": fact.value,
                        "date": fact.date, "grade": fact.grade, "source": fact.source, "day": fact.day(),
                        "old": (today - fact.day()).days > SOURCE_MAX_AGE_DAYS})
    return sorted(out, key=lambda f: (f["day"], f["service"]))


def _reload_state(assistant: Any) -> dict[str, Any]:
    """What the live reload says: the current error (file, line, message) and when it loaded."""
    problems: list[Problem] = list(getattr(assistant, "problems", []))
    loaded = getattr(assistant, "loaded_at", None)
    return {"live": hasattr(assistant, "reload"), "problems": problems,
            "loaded_at": loaded.astimezone().strftime("%d-%m-%Y %H:%M:%S") if loaded else None}


async def kennisbank(request: web.Request) -> web.Response:
    """GET /beheer/kennisbank: services, reload error, and the answer to ?vraag= when given."""
    from wegwijzer.web import beheer  # here, not at the top: beheer imports this module

    assistant = request.config_dict[ASSISTANT]
    question = request.query.get("vraag", "").strip()
    store = request.app[beheer.STORE]
    report = await asyncio.to_thread(store.report) if store is not None else None  # type: ignore[attr-defined]
    return beheer._render(request, "kennisbank.html.j2", question=question[:MAX_TRY],
                          result=await asyncio.to_thread(tried, assistant, question) if question else None,
                          review=to_review(assistant.kb), sources=sources(assistant.kb, dt.date.today()),
                          rows=rows(assistant.kb, _feedback(report), dt.date.today()),
                          reload=_reload_state(assistant), feedback_on=store is not None,
                          retired=retired_services(getattr(assistant, "directory", None)),
                          min_score=MIN_FLESCH_DOUMA, max_words=MAX_WORDS_PER_SENTENCE)


def add_routes(sub: web.Application) -> None:
    """Mount the page on the /beheer/ sub-application (its login applies)."""
    sub.router.add_get("/kennisbank", kennisbank)
