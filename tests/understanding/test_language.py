"""Which language a resident wrote in (wegwijzer.understanding.language)."""

from __future__ import annotations

import pytest

from wegwijzer.understanding.language import detect_language


@pytest.mark.parametrize("text, code", [
    ("زوجي يضربني كل يوم", "ar"),
    ("Я хочу вбити себе", "uk"),
    ("ኣነ ሓገዝ የድልየኒ ኣሎ", "ti"),
    ("mój mąż mnie bije", "pl"),
    ("moj maz mnie bije i boje sie wrocic do domu", "pl"),
    ("kocam beni her gün dövüyor", "tr"),
    ("kocam beni dovuyor ne yapmaliyim", "tr"),
    ("Waxaan u baahanahay caawimaad lacagta", "so"),
    ("I have debts and cannot pay my bills", "en"),
    ("ik heb schulden en de deurwaarder komt", "nl"),
])
def test_the_script_or_the_words_tell_the_language(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["schulden", "help", "VOG", "?", "", "ok 112"])
def test_too_short_to_tell_is_dutch(text: str) -> None:
    assert detect_language(text) == "nl"


def test_broken_dutch_with_an_english_word_stays_dutch() -> None:
    assert detect_language("ik woon hier 2 jaar, ik heb no money voor de huur") == "nl"


def test_russian_letters_are_not_taken_for_ukrainian() -> None:
    assert detect_language("Мы не можем платить за квартиру") == "ru"
