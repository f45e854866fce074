"""Crisis detection: indirect phrasings in Dutch and simple English, typos, near misses."""

from __future__ import annotations

import pytest

from wegwijzer.safety import NUMBERS, detect

VIOLENCE = [
    "ik durf niet naar huis",
    "mijn man slaat me",
    "my husband hits me",
    "papa doet mama pijn",
    "mijn vriend sloeg me gisteren weer",
    "ik word thuis geslagen",
    "er is huiselijk geweld bij ons",
    "ik ben bang voor mijn vader",
    "ik voel me niet veilig thuis",
    "mijn ex bedreigt mij",
    "ik denk dat mijn buurmeisje mishandeld wordt",
    "mijn vriendin mag van hem niet alleen de deur uit",
]
SUICIDE = [
    "ik zie het niet meer zitten",
    "ik wil niet meer leven",
    "I want to kill myself",
    "ik wil er niet meer zijn",
    "ik denk aan zelfmoort",
    "ik denk aan zelfmoord",
    "ik wil dood",
    "niemand zou me missen als ik er niet meer was",
    "i don't want to live anymore",
    "ik wil een einde maken aan mijn leven",
    "mijn leven heeft geen zin meer",
]
NEAR_MISSES = [
    "ik ben doodmoe van de zorg voor mijn moeder",
    "de schulden slaan me om de oren",
    "mijn kind wordt gepest",
    "ik slaap slecht",
    "ik heb schulden en de deurwaarder komt",
    "mijn moeder heeft dementie",
    "ik voel me eenzaam",
    "ik zoek vrijwilligerswerk",
    "mijn zoon zit niet lekker in zijn vel",
    "waar kan ik mijn paspoort verlengen",
    "ik ben doodop na mijn werk",
]


@pytest.mark.parametrize("text", VIOLENCE)
def test_violence_at_home_is_veilig_thuis(text: str) -> None:
    signal = detect(text)
    assert signal is not None, text
    assert signal.kind == "veilig-thuis"
    assert signal.matched


@pytest.mark.parametrize("text", SUICIDE)
def test_suicidal_thoughts_are_zelfmoordpreventie(text: str) -> None:
    signal = detect(text)
    assert signal is not None, text
    assert signal.kind == "zelfmoordpreventie"
    assert signal.matched


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_not_a_crisis(text: str) -> None:
    assert detect(text) is None


def test_acute_danger_is_flagged() -> None:
    signal = detect("hij staat met een mes in de keuken")
    assert signal is not None and signal.acute and signal.kind == "veilig-thuis"
    calm = detect("mijn man slaat me")
    assert calm is not None and not calm.acute


def test_both_kinds_show_suicide_first() -> None:
    signal = detect("mijn man slaat me en ik wil niet meer leven")
    assert signal is not None
    assert signal.kind == "zelfmoordpreventie" and signal.also == "veilig-thuis"


def test_case_accents_and_punctuation_do_not_matter() -> None:
    assert detect("IK WIL NIET MEER LEVEN!!!") is not None
    assert detect("Ik zie het écht niet meer zitten...") is not None


def test_national_numbers() -> None:
    assert NUMBERS["veilig-thuis"] == "0800-2000"
    assert NUMBERS["zelfmoordpreventie"] == "0800-0113"
    assert NUMBERS["112"] == "112"


def test_empty_and_long_texts() -> None:
    assert detect("") is None
    assert detect("schulden " * 2000) is None
