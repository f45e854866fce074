"""One reading of a question (wegwijzer.understanding.reading)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wegwijzer.text import tokenize
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


@given(st.text(alphabet=st.sampled_from(list("abkmnstz'’‘.,;:!?\n 09…éß"))))
@settings(max_examples=500)
def test_the_tokens_of_the_clauses_are_those_of_the_whole_text(text: str) -> None:
    """Smalltalk and ranking take the reading's tokens instead of reading the text again."""
    assert read(text, None).tokens == tuple(tokenize(text))


def test_tokens_keep_contractions_across_clauses() -> None:
    assert read("Hoi. 's Nachts slaat m'n man me, da's eng", None).tokens == tuple(
        "hoi nachts slaat mijn man me dat is eng".split())
