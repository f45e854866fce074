"""The word pairs behind the crisis rules (wegwijzer.safety.signs)."""

from __future__ import annotations

import pytest

from wegwijzer.safety.signs import _JOIN


@pytest.mark.parametrize("text", ["ze geeft al haar spullen", "hij gaf zijn spullen", "geeft spullen",
                                  "zijn spullen weg", "ik wil bij mijn vrouw zijn"])
def test_wanting_to_join_the_dead_and_giving_things_away_are_heard(text):
    assert _JOIN.search(text)


def test_more_than_three_words_between_is_not_the_same_sign():
    assert not _JOIN.search("hij geeft de kinderen van de buren hun spullen")


def test_a_phrase_may_hold_a_regex_count() -> None:
    from wegwijzer.safety.signs import _any
    assert _any("slaat (\\w+ ){0,2}hard, duwt").pattern == r"\b(slaat (\w+ ){0,2}hard|duwt)\b"
