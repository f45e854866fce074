"""One reading of a question (wegwijzer.understanding.reading)."""

from __future__ import annotations

from wegwijzer.understanding.embedder import shared_embedder
from wegwijzer.understanding.reading import read


def test_a_question_is_read_once_into_clauses_language_and_meaning() -> None:
    reading = read("Mijn man slaat me. Ik durf niet naar huis!", shared_embedder(1))
    assert reading.clauses == (("mijn", "man", "slaat", "me"), ("ik", "durf", "niet", "naar", "huis"))
    assert reading.language == "nl" and reading.words == 9
    assert reading.vector is not None and reading.vector.shape == (384,)


def test_without_a_model_there_is_no_vector() -> None:
    reading = read("Я хочу вбити себе", None)
    assert reading.vector is None and reading.language == "uk"
    assert reading.clauses == ()  # no Latin words: the Dutch steps see nothing, the model does
