"""The 113 rules as data: each compiles, each family of warning signs is heard, and idioms are not."""

from __future__ import annotations

import re

import pytest

from wegwijzer.safety import selfharm


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
