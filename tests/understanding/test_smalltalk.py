"""Greetings, thanks and 'are you human?'; personal data taken out before matching."""

from __future__ import annotations

import pytest

from wegwijzer.understanding.smalltalk import classify, mentions_own_name, strip_personal_data


@pytest.mark.parametrize("text", ["hallo", "Goedemorgen!", "hoi", "hey", "Hello"])
def test_greeting(text: str) -> None:
    talk = classify(text)
    assert talk is not None and talk.kind == "greeting"


@pytest.mark.parametrize("text", ["bedankt!", "dank u wel", "Thanks", "dankjewel, duidelijk"])
def test_thanks(text: str) -> None:
    talk = classify(text)
    assert talk is not None and talk.kind == "thanks"


@pytest.mark.parametrize("text", ["ben jij een mens?", "Ben je een robot", "are you a robot?",
                                  "praat ik met een mens?"])
def test_are_you_human(text: str) -> None:
    talk = classify(text)
    assert talk is not None and talk.kind == "human"


def test_goodbye() -> None:
    talk = classify("doei")
    assert talk is not None and talk.kind == "goodbye"


@pytest.mark.parametrize("text", ["hallo, ik heb schulden", "ik heb schulden", "bedankt, maar ik zoek nog mantelzorg",
                                  "", "   "])
def test_a_question_is_not_smalltalk(text: str) -> None:
    assert classify(text) is None


@pytest.mark.parametrize("text, secret", [
    ("bel me op 06-12345678 graag", "12345678"),
    ("mijn nummer is +31 6 1234 5678", "5678"),
    ("vast nummer 071 5458500", "5458500"),
    ("mail naar jan.jansen@example.nl", "jansen"),
    ("mijn bsn is 123456789", "123456789"),
    ("rekening NL91ABNA0417164300", "0417164300"),
    ("rekening NL91 ABNA 0417 1643 00", "1643"),
    ("ik woon in 2351 AB", "2351"),
    ("geboren op 12-03-1980", "1980"),
    ("ik woon op Hoofdstraat 12", "Hoofdstraat"),
])
def test_personal_data_is_removed(text: str, secret: str) -> None:
    cleaned, found = strip_personal_data(text)
    assert found
    assert secret not in cleaned


def test_text_without_personal_data_is_unchanged() -> None:
    text = "ik heb schulden en de deurwaarder komt"
    assert strip_personal_data(text) == (text, False)


def test_question_words_survive_stripping() -> None:
    cleaned, found = strip_personal_data("ik heb schulden, bel me op 0612345678")
    assert found and "schulden" in cleaned and "0612345678" not in cleaned


def test_own_name() -> None:
    assert mentions_own_name("Mijn naam is Jan de Vries")
    assert mentions_own_name("ik heet Fatima")
    assert not mentions_own_name("ik heb schulden")
