"""The semantic layer over the shipped knowledge base (wegwijzer.understanding.semantic)."""

from __future__ import annotations

import pytest

from wegwijzer.assistant import Assistant
from wegwijzer.understanding.matching import OUT_OF_SCOPE_PREFIX
from wegwijzer.understanding.embedder import VectorCache, shared_embedder
from wegwijzer.understanding.semantic import SemanticIndex, documents


@pytest.fixture(scope="module")
def index(shipped_assistant: Assistant) -> SemanticIndex:
    return SemanticIndex(shipped_assistant.kb, VectorCache(shared_embedder(1)))


def test_every_service_and_out_of_scope_topic_has_texts(shipped_assistant: Assistant) -> None:
    ids = {doc for doc, _ in documents(shipped_assistant.kb)}
    assert {s.id for s in shipped_assistant.kb.services} <= ids
    assert any(doc.startswith(OUT_OF_SCOPE_PREFIX) for doc in ids)


def test_an_out_of_scope_topic_is_compared_by_its_example_questions(shipped_assistant: Assistant) -> None:
    topic = next(t for t in shipped_assistant.kb.municipality.out_of_scope if t.id == "huisarts")
    texts = {text for doc, text in documents(shipped_assistant.kb) if doc == OUT_OF_SCOPE_PREFIX + "huisarts"}
    assert topic.examples and set(topic.examples) <= texts


@pytest.mark.parametrize("question, service", [
    ("У нас великі борги і ми не можемо платити рахунки", "schuldhulp"),
    ("أريد أن أتعلم اللغة الهولندية", "taal-en-digitaal"),
    ("Annem çok unutkan oldu, dışarıda yolunu kaybediyor", "dementie"),
])
def test_a_question_in_another_language_is_nearest_to_its_service(
        index: SemanticIndex, question: str, service: str) -> None:
    closeness = index.closeness(shared_embedder(1).embed([question])[0])
    best = max(closeness, key=lambda d: closeness[d].score)
    assert best == service
    assert closeness[best].nearest in index.texts  # the why: a real text of that service
    assert closeness[best].nearest_score >= closeness[best].score
