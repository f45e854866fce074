"""Signal words: only allow-listed words survive, never names, numbers or addresses."""

from __future__ import annotations

import re

import pytest

from wegwijzer.knowledge import load_or_raise
from wegwijzer.settings import Settings
from wegwijzer.stats.vocabulary import Vocabulary, common_words, excluded_words, knowledge_words


@pytest.fixture(scope="module")
def kb():
    return load_or_raise(Settings().knowledge_dir)


@pytest.fixture(scope="module")
def vocabulary(kb):
    return Vocabulary(kb)


def test_the_shipped_list_is_a_few_thousand_plain_lowercase_words():
    words = common_words()
    assert len(words) >= 2500
    assert all(re.fullmatch(r"[a-zà-öø-ÿ]{3,}", w) for w in words)
    assert not words & excluded_words()


@pytest.mark.parametrize("question, expected", [
    ("Ik ben Jan de Vries en ik zoek werk", ("werk", "zoek")),
    ("bel me op 06-12345678 of mail jan.devries@example.nl", ("bel", "mail")),
    ("mijn BSN is 123456782 en IBAN NL91ABNA0417164300 voor de huur", ("huur",)),
    ("ik woon op de Hoofdstraat 12, 2352 AB Leiderdorp", ("leiderdorp", "woon")),  # a place
    ("geboren op 12-03-1985 in het ziekenhuis", ("ziekenhuis",)),
    ("kijk op www.voorbeeld.nl of https://x.example", ("kijk",)),
    ("Waar haal ik een PASPOORT?", ("haal", "paspoort")),
])
def test_only_allowed_words_remain(vocabulary, question, expected):
    assert vocabulary.signal_words(question) == expected


def test_names_are_refused_even_when_they_are_also_words(vocabulary):
    for word in ("vries", "jan", "bakker", "visser", "jong", "bakkers"):
        assert not vocabulary.allows(word)


def test_function_words_are_never_signal_words(vocabulary):
    assert vocabulary.signal_words("waar kan ik dat doen, want het is niet voor mij") == ()


def test_inflected_forms_are_allowed_through_their_lemma(vocabulary):
    assert vocabulary.allows("parkeervergunningen")
    assert vocabulary.allows("verhuisde")


def test_the_knowledge_base_adds_its_own_lowercase_words(kb, vocabulary):
    own = knowledge_words(kb)
    assert "deurwaarder" in own and "deurwaarder" in vocabulary
    assert len(vocabulary) > len(common_words() - excluded_words())


def test_words_written_only_with_a_capital_in_the_knowledge_base_are_left_out(kb):
    own = knowledge_words(kb)
    texts = " ".join(t for s in kb.services for t in (s.title, s.summary, s.answer, s.next_step,
                                                       *s.words, *s.examples))
    capital_only = {w.lower() for w in re.findall(r"\b[A-Z][a-z]{3,}\b", texts)} - set(
        re.findall(r"\b[a-z]+\b", texts))
    assert capital_only, "the knowledge base names organisations, so some exist"
    assert not capital_only & own


def test_digits_short_words_and_long_words_never_pass(vocabulary):
    assert vocabulary.signal_words("ik 06 12 ab de 2x a1 www") == ()
    assert not vocabulary.allows("a" * 31)
