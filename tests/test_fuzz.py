"""Hostile input: any text gets a valid answer object; hostile knowledge files are refused (issue 7)."""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegwijzer.assistant import Assistant
from wegwijzer.knowledge import MAX_FILE_BYTES, load_knowledge
from wegwijzer.settings import Settings
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
