"""The safety step in one place (wegwijzer.safety.danger): which reader decides, in which order."""

from __future__ import annotations

import dataclasses

import pytest

from wegwijzer.safety.danger import Danger, assess
from wegwijzer.safety.knn import shipped_neighbours
from wegwijzer.safety.model import shipped_model
from wegwijzer.settings import MatchSettings
from wegwijzer.understanding.embedder import shared_embedder
from wegwijzer.understanding.reading import read

NEVER = 1.01  # a threshold no probability or share reaches


def danger(text: str, small_talk: bool = False, **overrides: float) -> Danger:
    """The real safety step on one message, with the shipped models and the real embedding."""
    m = dataclasses.replace(MatchSettings(), **overrides)
    return assess(read(text, shared_embedder(1)), small_talk, shipped_model(), shipped_neighbours(), m)


def test_a_rule_decides_before_the_models_and_says_which_words() -> None:
    found = danger("mijn vriend slaat me als hij gedronken heeft")
    assert found.crisis is not None and found.crisis.kind == "veilig-thuis"
    assert found.worry == 0.0  # the word model was not asked
    assert found.crisis.matched


def test_the_rules_hold_even_when_the_models_could_never_say_crisis() -> None:
    found = danger("ik wil niet meer leven", safety_model_threshold=NEVER, neighbours_threshold=NEVER)
    assert found.crisis is not None and found.crisis.kind == "zelfmoordpreventie"


def test_a_knife_in_the_street_is_112_without_a_crisis_service() -> None:
    found = danger("er zwaait nu een man met een mes op straat bij het winkelcentrum")
    assert found.crisis is None
    assert found.urgent


def test_an_idiom_of_dying_keeps_the_nearest_questions_out() -> None:
    found = danger("umieram z nudów w te wakacje")  # Polish: I am dying of boredom these holidays
    assert found.crisis is None
    assert found.calm and found.nearest is None


def test_small_talk_is_never_the_word_models_crisis() -> None:
    text = "bedankt voor de hulp"
    assert danger(text, safety_model_threshold=0.0).crisis is not None  # the threshold alone would
    assert danger(text, small_talk=True, safety_model_threshold=0.0).crisis is None


def test_a_message_without_letters_has_no_worry() -> None:
    found = danger("13 ??", safety_model_threshold=0.0001, safety_model_threshold_other=0.0001)
    assert found.worry == 0.0 and found.crisis is None


@pytest.mark.parametrize(("text", "heard"), [
    ("ik zoek een cursus nederlands voor mijn moeder", False),  # Dutch: the neighbours need the word model too
    ("szukam kursu niderlandzkiego dla mojej mamy", True),  # Polish: the neighbours alone may decide
])
def test_the_nearest_questions_alone_decide_only_outside_dutch_and_english(text: str, heard: bool) -> None:
    found = danger(text, safety_model_threshold=NEVER, safety_model_threshold_other=NEVER,
                   neighbours_threshold=0.0, neighbours_worry=NEVER, neighbours_strong=0.0)
    assert (found.crisis is not None) is heard
    if heard:
        assert found.crisis is not None and "lijkt op crisisvraag" in found.crisis.matched[0]


def test_hitting_denied_keeps_the_word_model_from_veilig_thuis() -> None:
    text = "hij slaat niet hoor, maar hij schreeuwt wel de hele dag tegen de kinderen"
    found = danger(text, safety_model_threshold=0.0, neighbours_threshold=NEVER)
    assert found.crisis is None or found.crisis.kind != "veilig-thuis"


def test_outside_dutch_the_nearest_question_must_be_a_crisis_itself_unless_the_vote_is_strong() -> None:
    text = "szukam kursu niderlandzkiego dla mojej mamy"  # Polish: a Dutch course for my mother
    loose = dict(safety_model_threshold=NEVER, safety_model_threshold_other=NEVER, neighbours_threshold=0.0)
    assert danger(text, **loose, neighbours_strong=0.0).crisis is not None  # any vote is strong enough
    assert danger(text, **loose, neighbours_strong=NEVER).crisis is None  # its nearest question is calm


def test_a_question_about_the_work_gets_no_crisis_answer() -> None:
    found = danger("ik werk bij de bibliotheek en wil leren hoe je merkt dat iemand aan zelfmoord denkt, is daar een training voor?")
    assert found.crisis is None  # (the matcher then routes to the service, whose answer gives its number)


def test_a_question_about_the_work_with_danger_now_keeps_the_crisis() -> None:
    found = danger("hoe herken je dat iemand zelfmoord wil plegen? mijn vriend staat nu op het dak en wil springen")
    assert found.crisis is not None and found.crisis.acute
