"""The JSON API: /api/ask, /api/choose, /api/feedback, /api/welcome (see openapi.py)."""

from __future__ import annotations

import asyncio
import json
import re
import time
from typing import Any

import orjson
from aiohttp import web
from aiohttp.typedefs import Handler

from wegwijzer.answer import Answer
from wegwijzer.web import feedback_token
from wegwijzer.web.errors import ApiError
from wegwijzer.web.keys import ASSISTANT, EXECUTOR, FEEDBACK_KEY, LIMITER, METRICS, STATS
from wegwijzer.web.ratelimit import client_key

MAX_QUESTION = 500  # characters
MAX_BODY = 8192  # bytes of an API request body: 500 emoji written as JSON \u escapes fit
MAX_ID = 100
NO_STORE = {"Cache-Control": "no-store"}
_VISIBLE = re.compile(r"[^\s\x00-\x1f\x7f-\x9f]")
# Which budget a POST counts against: questions (ask, choose) or feedback.
_BUCKETS = {"/api/ask": "vraag", "/api/choose": "vraag", "/api/feedback": "feedback"}
NOT_OUR_ANSWER = ("Deze reactie hoort niet bij een antwoord van de Wegwijzer, of het antwoord is "
                  "ouder dan een dag. Stel uw vraag opnieuw.")


async def read_object(request: web.Request) -> dict[str, Any]:
    """The request body as a JSON object, or an ApiError in plain Dutch."""
    if request.content_type != "application/json":
        raise ApiError(415, "Stuur uw vraag als JSON, met de kop Content-Type: application/json.")
    too_big = ApiError(413, f"Uw bericht is te groot. Stuur hoogstens {MAX_BODY} bytes.")
    if (request.content_length or 0) > MAX_BODY:
        raise too_big
    body = await request.read()  # a chunked body has no length up front
    if len(body) > MAX_BODY:
        raise too_big
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # bad JSON, bad UTF-8, absurd nesting
        raise ApiError(400, 'Dit is geen geldige JSON. Stuur bijvoorbeeld {"question": "ik heb schulden"}.') from None
    if not isinstance(data, dict):
        raise ApiError(400, 'Stuur een JSON-object, bijvoorbeeld {"question": "ik heb schulden"}.')
    return data


def question_of(data: dict[str, Any]) -> str:
    """The checked question text: present, text, not empty, not too long."""
    question = data.get("question")
    if question is None:
        raise ApiError(422, 'De vraag ontbreekt. Stuur bijvoorbeeld {"question": "ik heb schulden"}.')
    if not isinstance(question, str):
        raise ApiError(422, "De vraag moet tekst zijn.")
    question = question.strip()
    if not _VISIBLE.search(question):  # empty, or only control characters (as the schema says)
        raise ApiError(400, "Uw vraag is leeg. Typ eerst een vraag.")
    if len(question) > MAX_QUESTION:
        raise ApiError(413, f"Uw vraag is te lang. Gebruik hoogstens {MAX_QUESTION} tekens.")
    return question


def service_of(value: Any) -> str:
    """The checked service id from a request body."""
    service = value
    if not isinstance(service, str) or not service.strip() or len(service) > MAX_ID:
        raise ApiError(422, 'Kies een dienst, bijvoorbeeld {"service": "schuldhulp"}.')
    return service.strip()


def _answer(request: web.Request, service: str) -> Answer:
    try:
        return request.app[ASSISTANT].choose(service)
    except KeyError:
        raise ApiError(404, "Deze dienst kennen wij niet.") from None


def answer_response(app: web.Application, answer: Answer) -> web.Response:
    """The answer object of CONTRACT section 2 plus its feedback_token; never cached, it echoes
    the question."""
    data = answer.to_dict()
    data["feedback_token"] = _feedback_token(app, answer)
    return web.json_response(data, headers=NO_STORE, dumps=_dumps)


def _dumps(data: Any) -> str:
    # orjson: the answer is the one body every question gets; UTF-8 as is (json.dumps escaped it).
    try:
        return orjson.dumps(data).decode("utf-8")
    except orjson.JSONEncodeError:  # a lone surrogate ("\ud800") echoed back: only json can escape it
        return json.dumps(data)


def _feedback_token(app: web.Application, answer: Answer) -> str | None:
    # Only a direct answer about one service asks "Was dit antwoord nuttig?" (as in Telegram).
    if answer.outcome != "answered" or answer.service is None:
        return None
    return feedback_token.issue(app[FEEDBACK_KEY], answer.service, time.time())


async def answer_to(app: web.Application, question: str) -> Answer:
    """An exact repeat from the cache at once; a new question on the executor (the model is slow)."""
    assistant = app[ASSISTANT]
    answer = assistant.cached(question)
    if answer is None:
        answer = await asyncio.get_running_loop().run_in_executor(
            app[EXECUTOR], app[METRICS].timed, assistant.ask, question)
    return answer


async def ask(request: web.Request) -> web.Response:
    """POST /api/ask: a resident's question in, the answer object out."""
    question = question_of(await read_object(request))
    answer = await answer_to(request.app, question)
    request.app[METRICS].answered(answer)
    stats = request.app.get(STATS)
    if stats is not None:  # committed before the answer leaves; a database round trip stays off the loop
        await asyncio.to_thread(stats.record, answer, "web")
    return answer_response(request.app, answer)


async def choose(request: web.Request) -> web.Response:
    """POST /api/choose: the answer for a clarification button (not counted again)."""
    service = service_of((await read_object(request)).get("service"))
    return answer_response(request.app, _answer(request, service))


async def feedback(request: web.Request) -> web.Response:
    """POST /api/feedback: 'Was dit antwoord nuttig?' Ja/Nee, counted per service, only with
    the feedback_token of an answer this server gave about that service."""
    data = await read_object(request)
    useful = data.get("useful")
    if not isinstance(useful, bool):
        raise ApiError(422, 'Zeg of het antwoord nuttig was: {"useful": true} of {"useful": false}.')
    service = service_of(data.get("service"))
    _answer(request, service)  # only known services are counted
    if not feedback_token.is_valid(request.app[FEEDBACK_KEY], service, data.get("feedback_token"), time.time()):
        raise ApiError(403, NOT_OUR_ANSWER)
    stats = request.app.get(STATS)
    if stats is not None:
        await asyncio.to_thread(stats.record_feedback, service, useful, "web")
    return web.Response(status=204, headers=NO_STORE)


async def welcome(request: web.Request) -> web.Response:
    """GET /api/welcome: the greeting and example questions for the widget."""
    assistant = request.app[ASSISTANT]
    return web.json_response({"welcome": assistant.welcome(),
                              "suggestions": list(assistant.suggestions())},
                             headers={"Cache-Control": "no-cache"})


@web.middleware
async def rate_limit_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Too many questions from one client in a minute: 429 with a friendly sentence."""
    bucket = _BUCKETS.get(request.path) if request.method == "POST" else None
    if bucket is not None:
        # request.remote is the real client: the proxy middleware runs before this one.
        wait = request.app[LIMITER].hit(client_key(request.remote), bucket)
        if wait:
            raise ApiError(429, f"U stelt veel vragen kort na elkaar. Wacht {wait} seconden "
                                "en probeer het dan opnieuw.", {"Retry-After": str(wait)})
    return await handler(request)


def add_routes(app: web.Application) -> None:
    """Register the API routes."""
    app.router.add_post("/api/ask", ask)
    app.router.add_post("/api/choose", choose)
    app.router.add_post("/api/feedback", feedback)
    app.router.add_get("/api/welcome", welcome)
