"""The JSON API through aiohttp's test client: answers, statistics, and every kind of bad input."""

from __future__ import annotations

import asyncio
import json
import threading
import time

import pytest

from tests.conftest import RecordingSink

ASK = "/api/ask"
CONTRACT_FIELDS = {"question", "service", "confidence", "alternatives", "clarify", "crisis", "theme", "answer"}


async def error_of(response, status: int) -> str:
    """Assert the status and a Dutch JSON error body; return the message."""
    assert response.status == status, await response.text()
    assert response.content_type == "application/json"
    body = await response.json()
    assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"]
    assert "Traceback" not in body["error"]
    return body["error"]


async def test_ask_returns_the_contract_answer_object(make_client):
    client = await make_client()
    response = await client.post(ASK, json={"question": "ik heb schulden en de deurwaarder komt"})
    assert response.status == 200
    body = await response.json()
    assert CONTRACT_FIELDS <= set(body)
    assert body["service"] == "schuldhulp"
    assert body["theme"] == "zelfstandig-leven"
    assert body["question"] == "ik heb schulden en de deurwaarder komt"
    assert response.headers["Cache-Control"] == "no-store"


async def test_the_answer_is_utf8_as_written(make_client) -> None:
    """Non-ASCII letters travel as UTF-8 (orjson), not as \\u escapes; the JSON means the same."""
    client = await make_client(rate_limit=0)
    response = await client.post(ASK, json={"question": "café schulden"})
    assert response.status == 200
    assert response.charset == "utf-8"
    raw = await response.read()
    assert "café".encode("utf-8") in raw and b"\\u00e9" not in raw
    assert json.loads(raw)["question"] == "café schulden"


async def test_crisis_question_is_answered_with_the_number_first(make_client):
    client = await make_client()
    body = await (await client.post(ASK, json={"question": "ik wil niet meer leven"})).json()
    assert body["crisis"] is True and body["service"] == "zelfmoordpreventie"
    assert "0800-0113" in body["answer"].split("\n")[0]


async def test_every_question_is_recorded_once_with_channel_web(make_client):
    sink = RecordingSink()
    client = await make_client(stats=sink)
    questions = ["ik heb schulden", "geld", "paspoort aanvragen", "hallo", "ik wil niet meer leven",
                 "qwerty zxcv"]
    for question in questions:
        assert (await client.post(ASK, json={"question": question})).status == 200
    assert [a.question for a, _ in sink.answers] == questions
    assert {channel for _, channel in sink.answers} == {"web"}
    assert {a.outcome for a, _ in sink.answers} >= {"answered", "clarify", "out_of_scope", "crisis"}


async def test_bad_input_is_not_recorded(make_client):
    sink = RecordingSink()
    client = await make_client(stats=sink)
    await client.post(ASK, json={"question": ""})
    await client.post(ASK, data="{", headers={"Content-Type": "application/json"})
    assert sink.answers == []


async def test_choose_gives_the_answer_of_that_service(make_client):
    sink = RecordingSink()
    client = await make_client(stats=sink)
    body = await (await client.post("/api/choose", json={"service": "mantelzorg"})).json()
    assert body["service"] == "mantelzorg" and body["clarify"] is False
    assert sink.answers == []  # a choice follows a question that was already counted
    assert await error_of(await client.post("/api/choose", json={"service": "bestaat-niet"}), 404)
    assert await error_of(await client.post("/api/choose", json={"service": 12}), 422)
    assert await error_of(await client.post("/api/choose", json={}), 422)


async def token_for(client, service: str = "schuldhulp") -> str:
    """The feedback_token of this server's answer about `service` (a choice is not counted)."""
    body = await (await client.post("/api/choose", json={"service": service})).json()
    assert body["service"] == service and body["feedback_token"]
    return body["feedback_token"]


async def test_feedback_with_the_answers_token_is_recorded_and_answered_with_204(make_client):
    sink = RecordingSink()
    client = await make_client(stats=sink)
    answer = await (await client.post(ASK, json={"question": "ik heb schulden"})).json()
    assert answer["service"] == "schuldhulp" and answer["outcome"] == "answered"
    response = await client.post("/api/feedback", json={
        "service": "schuldhulp", "useful": True, "feedback_token": answer["feedback_token"]})
    assert response.status == 204
    assert sink.feedback == [("schuldhulp", True, "web")]


@pytest.mark.parametrize("question", ["ik wil dood", "hallo", "iets met gras maaien"])
async def test_only_an_answer_about_one_service_carries_a_feedback_token(make_client, question):
    client = await make_client()
    body = await (await client.post(ASK, json={"question": question})).json()
    assert body["outcome"] != "answered" and body["feedback_token"] is None


@pytest.mark.parametrize("body, status", [
    ({"service": "schuldhulp"}, 422),
    ({"service": "schuldhulp", "useful": "ja"}, 422),
    ({"service": "onbekend", "useful": True}, 404),
    ({"service": ["schuldhulp"], "useful": True}, 422),
    ({"service": None, "useful": True}, 422),
    ({"useful": True}, 422),
    ({"service": "schuldhulp", "useful": True}, 403),  # no token: anyone could count anything
    ({"service": "schuldhulp", "useful": True, "feedback_token": "123.AAAAAAAAAAAAAAAAAAAAAA"}, 403),
    ({"service": "schuldhulp", "useful": True, "feedback_token": 12}, 403),
])
async def test_bad_feedback_is_refused_and_not_recorded(make_client, body, status):
    sink = RecordingSink()
    client = await make_client(stats=sink)
    assert await error_of(await client.post("/api/feedback", json=body), status)
    assert sink.feedback == []


async def test_a_token_counts_only_for_its_own_service(make_client):
    sink = RecordingSink()
    client = await make_client(stats=sink)
    token = await token_for(client, "mantelzorg")
    message = await error_of(await client.post("/api/feedback", json={
        "service": "schuldhulp", "useful": True, "feedback_token": token}), 403)
    assert "hoort niet bij een antwoord" in message
    assert sink.feedback == []


async def test_a_token_from_another_key_or_a_day_old_does_not_count(make_client):
    from wegwijzer.web import feedback_token

    sink = RecordingSink()
    client = await make_client(stats=sink, feedback_key=b"k" * 32)
    other = await make_client(feedback_key=b"x" * 32)
    old = feedback_token.issue(b"k" * 32, "schuldhulp", time.time() - 25 * 3600)
    for token in (await token_for(other), old):
        assert await error_of(await client.post("/api/feedback", json={
            "service": "schuldhulp", "useful": False, "feedback_token": token}), 403)
    assert sink.feedback == []


async def test_workers_with_the_same_key_accept_each_others_tokens(make_client):
    sink = RecordingSink()
    first = await make_client(feedback_key=b"gedeeld" * 5)
    second = await make_client(stats=sink, feedback_key=b"gedeeld" * 5)
    response = await second.post("/api/feedback", json={
        "service": "cjg", "useful": True, "feedback_token": await token_for(first, "cjg")})
    assert response.status == 204 and sink.feedback == [("cjg", True, "web")]


async def test_feedback_without_statistics_still_answers(make_client):
    client = await make_client()
    response = await client.post("/api/feedback", json={
        "service": "cjg", "useful": True, "feedback_token": await token_for(client, "cjg")})
    assert response.status == 204


async def test_welcome_gives_greeting_and_example_questions(make_client, shipped_assistant):
    client = await make_client()
    body = await (await client.get("/api/welcome")).json()
    assert body["welcome"] == shipped_assistant.welcome()
    assert body["suggestions"] == list(shipped_assistant.suggestions())
    assert body["suggestions"]


# --- bad input: the right status, a Dutch sentence, never a 5xx ---------------------

JSON = {"Content-Type": "application/json"}


@pytest.mark.parametrize("data, status, words", [
    ("{", 400, "geen geldige JSON"),
    ("{'question': 'x'}", 400, "geen geldige JSON"),
    (b"\xff\xfe{}", 400, "geen geldige JSON"),
    ("[" * 2000 + "]" * 2000, 400, "geen geldige JSON"),
    ('["ik heb schulden"]', 400, "JSON-object"),
    ('"ik heb schulden"', 400, "JSON-object"),
    ("null", 400, "JSON-object"),
    ("{}", 422, "vraag ontbreekt"),
    ('{"vraag": "schulden"}', 422, "vraag ontbreekt"),
    ('{"question": 42}', 422, "tekst"),
    ('{"question": ["schulden"]}', 422, "tekst"),
    ('{"question": {"a": 1}}', 422, "tekst"),
    ('{"question": true}', 422, "tekst"),
    ('{"question": ""}', 400, "leeg"),
    ('{"question": "   \\n\\t  "}', 400, "leeg"),
    (json.dumps({"question": "a" * 501}), 413, "te lang"),
    ("", 400, "geen geldige JSON"),
])
async def test_bad_question_bodies(make_client, data, status, words):
    client = await make_client()
    message = await error_of(await client.post(ASK, data=data, headers=JSON), status)
    assert words in message


async def test_question_of_exactly_500_characters_is_answered(make_client):
    client = await make_client()
    response = await client.post(ASK, json={"question": "schulden " * 55 + "x" * 5})
    assert len(("schulden " * 55 + "x" * 5).strip()) == 500
    assert response.status == 200


async def test_body_over_the_size_limit_is_413(make_client):
    client = await make_client()
    data = json.dumps({"question": "schulden", "padding": "x" * 9000})
    message = await error_of(await client.post(ASK, data=data, headers=JSON), 413)
    assert "te groot" in message


async def test_chunked_body_over_the_size_limit_is_413(make_client):
    client = await make_client()

    async def chunks():
        yield b'{"question": "schulden", "padding": "'
        for _ in range(10):
            yield b"x" * 1000
        yield b'"}'

    await error_of(await client.post(ASK, data=chunks(), headers=JSON), 413)


async def test_huge_body_is_413_before_it_is_read(make_client):
    client = await make_client()
    data = b'{"question": "' + b"x" * 1_000_000 + b'"}'
    await error_of(await client.post(ASK, data=data, headers=JSON), 413)


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", None])
async def test_wrong_content_type_is_415(make_client, content_type):
    client = await make_client()
    headers = {"Content-Type": content_type} if content_type else {}
    message = await error_of(await client.post(ASK, data='{"question": "schulden"}', headers=headers), 415)
    assert "JSON" in message


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH"])
async def test_wrong_method_is_405_with_allow(make_client, method):
    client = await make_client()
    response = await client.request(method, ASK)
    message = await error_of(response, 405)
    assert response.headers["Allow"] == "POST"
    assert method in message and "POST" in message


async def test_unknown_api_route_is_404_in_dutch_json(make_client):
    client = await make_client()
    assert "bestaat niet" in await error_of(await client.get("/api/bestaat-niet"), 404)
    assert "bestaat niet" in await error_of(await client.post("/api/vraag", json={}), 404)


@pytest.mark.parametrize("question", [
    "\ud800", "\x00\x01\x02 schulden", "💸💸💸 schulden", "<script>alert(1)</script>", "' OR 1=1 --",
    "שלום", "ß" * 500, "\u202eschulden", "%s %n {0} {{7*7}}", "../../etc/passwd",
])
async def test_odd_questions_never_give_a_server_error(make_client, question):
    client = await make_client()
    response = await client.post(ASK, data=json.dumps({"question": question}), headers=JSON)
    assert response.status == 200
    assert (await response.json())["question"] == question.strip()


@pytest.mark.parametrize("question", ["\x00\x01\x02", "\u0019", " \u0007\t\u0085 "])
async def test_a_question_of_only_control_characters_is_empty(make_client, question) -> None:
    client = await make_client(rate_limit=0)
    response = await client.post("/api/ask", json={"question": question})
    assert response.status == 400
    assert "leeg" in (await response.json())["error"]


async def test_five_hundred_emoji_fit_in_the_body(make_client) -> None:
    client = await make_client(rate_limit=0)
    body = json.dumps({"question": "\U0001F600" * 500})  # ensure_ascii: 12 bytes per emoji
    assert len(body) > 6000
    response = await client.post("/api/ask", data=body, headers={"Content-Type": "application/json"})
    assert response.status == 200
    assert (await response.json())["question"] == "\U0001F600" * 500


class GatedModel:
    """The real language model behind a gate: a question waits inside the model until released."""

    def __init__(self) -> None:
        from wegwijzer.understanding.embedder import shared_embedder

        self.model = shared_embedder(1)
        self.name = self.model.name
        self.inside = threading.Event()
        self.release = threading.Event()

    def embed(self, texts):  # type: ignore[no-untyped-def]
        if len(texts) == 1:  # a question (the knowledge base comes in one batch)
            self.inside.set()
            assert self.release.wait(timeout=30)
        return self.model.embed(texts)


async def test_the_event_loop_answers_healthz_and_repeats_while_the_model_works(make_client, shipped_assistant):
    from wegwijzer.assistant import Assistant
    from wegwijzer.understanding.embedder import VectorCache

    gated = GatedModel()
    assistant = Assistant(shipped_assistant.kb, shipped_assistant.match, vectors=VectorCache(gated))
    gated.release.set()
    repeat = assistant.ask("ik heb schulden")  # now in the answer cache
    gated.release.clear()
    client = await make_client(assistant=assistant)
    pending = asyncio.ensure_future(client.post(ASK, json={"question": "waar kan mijn zoon voetballen?"}))
    assert await asyncio.to_thread(gated.inside.wait, 30)  # the new question is inside the model now
    health = await client.get("/healthz")
    assert health.status == 200 and (await health.json()) == {"status": "ok"}
    again = await (await client.post(ASK, json={"question": "ik heb schulden"})).json()
    assert again["service"] == repeat.service == "schuldhulp"
    assert not pending.done()  # all of that while the new question still waited for the model
    gated.release.set()
    body = await (await pending).json()
    assert body["question"] == "waar kan mijn zoon voetballen?" and body["outcome"] in ("answered", "clarify")
