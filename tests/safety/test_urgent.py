"""The 112 rules as data: each compiles, and each kind of exception reads what it should."""

from __future__ import annotations

import re

import pytest

from wegwijzer.safety import urgent


@pytest.mark.parametrize("pattern", urgent.EMERGENCY + urgent.UNRESPONSIVE + [urgent.PAST, urgent.ORGANISATIONS])
def test_every_pattern_compiles(pattern: str) -> None:
    assert re.compile(pattern)


@pytest.mark.parametrize(("pattern", "text"), [
    (urgent.PAST, "drie maanden geleden werd hij aangereden"),
    (urgent.ORGANISATIONS, "de werkgever reageert niet"),
])
def test_the_exceptions_read_the_past_and_organisations(pattern: str, text: str) -> None:
    assert re.search(pattern, text)


def heard(text: str) -> bool:
    return any(re.search(pattern, text) for pattern in urgent.UNRESPONSIVE)


@pytest.mark.parametrize("text", ["ik krijg mijn moeder niet meer wakker", "i can t wake my dad up"])
def test_someone_who_does_not_wake_up_is_unresponsive(text: str) -> None:
    assert heard(text)


def test_a_child_who_will_not_wake_for_school_is_not() -> None:
    assert not heard("ik krijg mijn zoon niet wakker voor school")


def test_someone_who_lay_on_the_floor_and_is_home_again_is_told_afterwards() -> None:
    lying = [p for p in urgent.EMERGENCY if "onderaan de trap" in p]
    assert lying and re.search(lying[0], "de buurvrouw ligt op de grond")
    assert not re.search(lying[0], "ze lag een uur op de grond | ze is nu weer thuis")
