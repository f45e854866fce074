"""Violence denied in so many words (wegwijzer.safety.denied)."""

from __future__ import annotations

import pytest

from wegwijzer.safety.denied import denies_violence


@pytest.mark.parametrize("text", ["هو مش عنيف بس بيغار", "Nie boję się go, ale mam dość",
                                  "he is not violent, just jealous", "hij is nooit gewelddadig geweest",
                                  "He isn't violent, I'm not afraid of him"])
def test_violence_denied_in_so_many_words(text: str) -> None:
    assert denies_violence(text)


@pytest.mark.parametrize("text", ["he is violent and I am afraid of him", "hij is gewelddadig",
                                  "زوجي عنيف"])  # my husband is violent
def test_violence_not_denied(text: str) -> None:
    assert not denies_violence(text)
