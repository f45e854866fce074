"""Hostile input: any text gets a valid answer object; hostile knowledge files are refused (issue 7);
any body, content type, coding or charset on a POST route gets an answer below 500."""

from __future__ import annotations

import http.client
import json
import re
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import WEBHOOK_SECRET, LiveServer
from wegwijzer.assistant import Assistant
from wegwijzer.knowledge.base import load_knowledge
from wegwijzer.knowledge.yamlfile import MAX_FILE_BYTES
from wegwijzer.settings import Settings
from wegwijzer.telegram.webhook import SECRET_HEADER
from wegwijzer.text import Normaliser, tokenize

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HANG_GUARD_S = 5.0  # not a speed test (see bench/): only catches a hang on one message
CRISIS_SERVICES = {"veilig-thuis", "zelfmoordpreventie"}

EMOJI = st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)
RTL = st.one_of(st.characters(min_codepoint=0x0590, max_codepoint=0x06FF),  # Hebrew, Arabic
                st.sampled_from(["\u200f", "\u202e", "\u202b", "\u2067", " "]))
CONTROL = st.characters(categories=["Cc", "Cf", "Zl", "Zp"])
DUTCH = st.sampled_from(["ik", "heb", "schulden", "mantelzorg", "hulp", "rolstoel", "huis",
                         "geld", "bang", "thuis", "kind", "werk", "taal", "eenzaam", "hoi", "dank"])


@st.composite
def long_text(draw: Any) -> str:
    """Up to 10,000 characters: a drawn piece repeated (fast to generate, still varied)."""
    piece = draw(st.text(min_size=1, max_size=40))
    return (piece * draw(st.integers(1, 10_000)))[:10_000]


MESSAGES = st.one_of(
    st.text(),
    long_text(),
    st.text(alphabet=EMOJI, min_size=1, max_size=50),
    st.text(alphabet=RTL, min_size=1, max_size=80),
    st.text(alphabet=CONTROL, min_size=1, max_size=80),
    st.lists(st.one_of(DUTCH, st.text(max_size=5), st.text(alphabet=EMOJI, max_size=2)), max_size=30)
    .map(" ".join),
)


@pytest.fixture(scope="module")
def assistant(shipped_assistant: Assistant) -> Assistant:
    """The assistant on the shipped knowledge base (conftest builds it once per session)."""
    return shipped_assistant


def check_contract(data: dict[str, Any], known: set[str]) -> None:
    """The CONTRACT section 2 fields, with valid types and ranges."""
    assert isinstance(data["question"], str)
    assert data["service"] is None or data["service"] in known
    assert isinstance(data["confidence"], float | int) and 0.0 <= data["confidence"] <= 1.0
    assert isinstance(data["alternatives"], list) and len(data["alternatives"]) <= 3
    assert all(isinstance(a, str) for a in data["alternatives"])
    assert isinstance(data["clarify"], bool) and isinstance(data["crisis"], bool)
    assert data["theme"] is None or isinstance(data["theme"], str)
    assert isinstance(data["answer"], str) and data["answer"].strip()
    if data["crisis"]:
        assert data["service"] in CRISIS_SERVICES
    json.dumps(data)  # serialisable as the API sends it


@FUZZ
@given(message=MESSAGES)
def test_any_message_gets_a_valid_answer(assistant: Assistant, message: str) -> None:
    known = {s.id for s in assistant.kb.services}
    t0 = time.monotonic()
    data = assistant.ask(message).to_dict()
    assert time.monotonic() - t0 < HANG_GUARD_S
    check_contract(data, known)


@FUZZ
@given(message=MESSAGES)
def test_normalisation_never_raises(assistant: Assistant, message: str) -> None:
    tokens = tokenize(message)
    assert all(isinstance(t, str) and t for t in tokens)
    terms = assistant.index.normaliser.query_terms(message)
    assert all(isinstance(t.term, str) for t in terms)
    assert isinstance(Normaliser({}).query_terms(message), list)


# --- hostile knowledge files ---------------------------------------------------------

def _bomb() -> str:
    """'Billion laughs': nine levels of ten aliases each (10^9 strings if expanded)."""
    lines = ["a: &a [" + ", ".join(['"lol"'] * 10) + "]"]
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    return "\n".join(lines) + "\n"


HOSTILE = {
    "alias-bomb": (_bomb(), "verwijzingen"),
    "deep-list": ("id: diep\nwords: " + "[" * 1000 + "]" * 1000 + "\n", "te diep genest"),
    "deep-map": ("id: diep\nwords: " + "{a: " * 1000 + "1" + "}" * 1000 + "\n", "te diep genest"),
    "huge": ("id: groot\nwords:\n" + "  - woord\n" * (MAX_FILE_BYTES // 10 + 10), "groter dan 256 kB"),
}


def _load_with_guard(root: Path) -> tuple[Any, list[Any]]:
    """load_knowledge in a daemon thread, so a hang fails the test instead of blocking it."""
    out: list[Any] = []
    worker = threading.Thread(target=lambda: out.append(load_knowledge(root)), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert out, "load_knowledge hung on a hostile file"
    return out[0]


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_knowledge_file_is_refused_with_a_message(tmp_path: Path, name: str) -> None:
    text, expected = HOSTILE[name]
    root = tmp_path / "knowledge"
    shutil.copytree(Settings().knowledge_dir, root)
    (root / "services" / f"{name}.yaml").write_text(text, encoding="utf-8")
    kb, problems = _load_with_guard(root)
    assert kb is None
    mine = [p for p in problems if p.file.endswith(f"{name}.yaml") and p.severity == "fout"]
    assert mine, problems
    assert any(expected in p.message for p in mine), [str(p) for p in mine]


# --- hostile requests on every POST route -------------------------------------------

ROUTES = ["/api/ask", "/api/choose", "/api/feedback", "/beheer/login", "/beheer/uitloggen", "/telegram"]
MEDIA_TYPES = ["application/json", "application/x-www-form-urlencoded", "multipart/form-data",
               "text/plain", "application/octet-stream", ""]
PARAMETERS = ["charset=utf-8", "charset=bogus", "charset=latin-1", "charset=utf-16", "charset=",
              "boundary=b", "boundary=", 'boundary="a b"', "charset"]
CODINGS = [None, "gzip", "deflate", "br", "zstd", "identity", "x-bogus", "gzip, identity"]
PART_HEADERS = ["Content-Disposition: form-data", 'Content-Disposition: form-data; name="csrf"',
                'Content-Disposition: form-data; name="wachtwoord"; filename="a.txt"',
                "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: quoted-printable",
                "Content-Transfer-Encoding: onzin", "Content-Type: text/plain; charset=bogus",
                "Content-Encoding: gzip", "Content-Encoding: deflate", "Content-Encoding: onzin"]
FIELD = st.sampled_from([b"csrf", b"gebruikersnaam", b"wachtwoord", b"question", b"x", b""])
FORM = st.lists(st.tuples(FIELD, st.one_of(st.just(b"CSRF"), st.binary(max_size=20))), max_size=4).map(
    lambda pairs: b"&".join(k + b"=" + v for k, v in pairs))
PART = st.tuples(st.lists(st.sampled_from(PART_HEADERS), max_size=3), st.binary(max_size=30)).map(
    lambda p: "\r\n".join(p[0]).encode() + b"\r\n\r\n" + p[1])
MULTIPART = st.lists(PART, max_size=3).map(lambda parts: b"".join(b"--b\r\n" + p + b"\r\n" for p in parts)
                                           + b"--b--\r\n")
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=10)
JSON_BODY = st.one_of(JSON_VALUES, st.fixed_dictionaries({"update_id": st.integers()}, optional={
    "message": JSON_VALUES, "callback_query": JSON_VALUES, "question": JSON_VALUES,
    "service": JSON_VALUES, "useful": JSON_VALUES})).map(lambda v: json.dumps(v).encode())
DEEP = st.integers(1, 50_000).map(lambda n: b"[" * n + b"]" * n)
BODIES = st.one_of(st.binary(max_size=300), FORM, MULTIPART, JSON_BODY, DEEP)


@st.composite
def hostile_requests(draw: Any) -> tuple[str, str, bytes, dict[str, str]]:
    """A method, route, body and headers, mostly a POST with a plausible but broken body."""
    method = draw(st.one_of(st.just("POST"), st.sampled_from(["PUT", "PATCH", "DELETE", "PROPFIND", "HEAD"])))
    media = "; ".join([draw(st.sampled_from(MEDIA_TYPES)), *draw(st.lists(st.sampled_from(PARAMETERS), max_size=2))])
    headers = {"Content-Type": media} if media else {}
    coding = draw(st.sampled_from(CODINGS))
    if coding:
        headers["Content-Encoding"] = coding
    return method, draw(st.sampled_from(ROUTES)), draw(BODIES), headers


def _request(port: int, method: str, path: str, body: bytes, headers: dict[str, str]) -> int:
    """One request on its own connection (the server closes one whose body it refused)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()


def test_no_request_body_gives_a_server_error(full_app: LiveServer) -> None:
    login = http.client.HTTPConnection("127.0.0.1", full_app.port, timeout=30)
    login.request("GET", "/beheer/login")
    page = login.getresponse()
    cookie = page.getheader("Set-Cookie", "").split(";")[0]
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.read().decode()).group(1)
    login.close()
    statuses: list[int] = []

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(request=hostile_requests())
    def check(request: tuple[str, str, bytes, dict[str, str]]) -> None:
        method, path, body, headers = request
        # With the session's cookie and (sometimes) its CSRF token, the login handler reads too.
        headers = {**headers, "Cookie": cookie, SECRET_HEADER: WEBHOOK_SECRET}
        status = _request(full_app.port, method, path, body.replace(b"CSRF", csrf.encode()), headers)
        statuses.append(status)
        assert status < 500, (method, path, headers, body[:200])

    check()
    assert {400, 403, 415} <= set(statuses)
