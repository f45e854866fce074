"""The 113 rules as data: each compiles, each family of warning signs is heard, and idioms are not."""

from __future__ import annotations

import re

import pytest

from wegwijzer.safety import selfharm
from wegwijzer.safety.check import detect


def heard(text: str) -> bool:
    return any(re.search(pattern, text) for pattern in selfharm.SUICIDE)


@pytest.mark.parametrize("pattern", selfharm.SUICIDE)
def test_every_pattern_compiles(pattern: str) -> None:
    assert re.compile(pattern)


@pytest.mark.parametrize("text", [
    "mijn dochter snijdt zichzelf",            # self-harm
    "ik wil dood",                             # a death wish
    "ik zie het niet meer zitten",             # no way out
    "hoeveel pillen zijn dodelijk",            # a method
    "ik heb een afscheidsbrief geschreven",    # farewell
    "ze zijn beter af zonder mij",             # a burden
    "i want to kill myself",
])
def test_each_family_of_warning_signs_is_heard(text: str) -> None:
    assert heard(text)


@pytest.mark.parametrize("text", [
    "ik wil dood graag naar dat concert",      # "dood graag" = very much
    "hij snijdt zichzelf in zijn vinger bij het koken",
    "ik wil niet dood",
    "the doctor says he is not suicidal",
])
def test_idioms_and_denials_are_not_heard(text: str) -> None:
    assert not heard(text)


@pytest.mark.parametrize("text", [
    "ik heb een plan en ik ben bang dat ik het echt ga doen",
    "de dokter wil geen euthanasie, dus dan regel ik het zelf",
    "my grandmother keeps saying she wants to be with her husband in heaven",
    "waarom nog opstaan. ik hoef niet meer",
    "welke flat is hier het hoogst, maakt toch niet meer uit",
    "als ze me uit huis zetten dan ga ik ook. ik meen het",
    "my brother is on the roof and says he is going to jump",
])
def test_a_plan_a_method_and_leaving_are_heard(text: str) -> None:
    signal = detect(text)  # (the clauses joined as the check joins them)
    assert signal is not None and signal.kind == "zelfmoordpreventie", text


@pytest.mark.parametrize("text", [
    "ik ben er niet meer voor de kinderen als ik zo doorwerk",
    "ik heb mezelf gesneden... met het broodmes bij het koken",
    "we are going to jump on the trampoline",
    "ik hoef niet meer te werken vanaf volgende maand",
])
def test_everyday_words_about_cutting_jumping_and_not_being_there_are_not_heard(text: str) -> None:
    assert detect(text) is None, text


def test_cannot_go_on_and_do_not_want_to_as_clauses_of_their_own() -> None:
    signal = detect("kan niet meer, wil niet meer")
    assert signal is not None and signal.kind == "zelfmoordpreventie"
    assert detect("ik kan niet meer, ik wil niet meer naar mijn werk") is None


@pytest.mark.parametrize("text", [
    "i wrote letters to my kids and i don't think i'll be needing my flat after friday",
    "the life insurance is the only thing i'm still worth",
    "ik wil gewoon verdwijnen. niet verhuizen, echt verdwijnen",
    "ik denk niet dat ik zaterdag nog meemaak, eerlijk gezegd",
    "mijn broer heeft een touw op zolder opgehangen en hij zegt bijna niks meer",
])
def test_leaving_told_in_other_words_is_heard(text: str) -> None:
    signal = detect(text)
    assert signal is not None and signal.kind == "zelfmoordpreventie", text


@pytest.mark.parametrize("text", [
    "we hebben een touw in de tuin gehangen om de was te drogen",
    "ik wil gewoon verdwijnen uit deze buurt, kan ik ergens anders wonen?",
    "ik denk niet dat ik morgen nog haal met de bus, die rijdt niet",
])
def test_ropes_for_the_washing_and_moving_away_are_not_heard(text: str) -> None:
    assert detect(text) is None, text
