"""Replies in the resident's language (wegwijzer.in_language), through the real assistant."""

from __future__ import annotations

import re

from wegwijzer.assistant import Assistant


def test_an_arabic_question_opens_in_arabic_then_gives_the_dutch_text(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("أحتاج مساعدة في تعلم اللغة الهولندية")
    pack = shipped_assistant.kb.languages["ar"]
    assert (answer.language, answer.service, answer.direction) == ("ar", "taal-en-digitaal", "rtl")
    opening, follows, dutch = answer.answer.split("\n\n", 2)
    assert opening == pack.services["taal-en-digitaal"].text
    assert follows == pack.general["dutch_follows"].text
    assert dutch == shipped_assistant.choose("taal-en-digitaal").answer
    assert answer.to_dict()["language"] == "ar"


def test_a_crisis_in_polish_gives_the_number_first_in_polish(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("mój mąż mnie bije, boję się")
    assert answer.crisis and answer.service == "veilig-thuis" and answer.language == "pl"
    first_line = answer.answer.splitlines()[0]
    assert re.search(r"\d[\d-]*\d", first_line).group() == "0800-2000"
    assert "Bel Veilig Thuis: 0800-2000" in answer.answer  # the Dutch text too


def test_danger_now_in_english_opens_with_112_in_english(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("my husband is at the door right now with a knife")
    assert answer.crisis and answer.language == "en"
    assert answer.answer.splitlines()[0].startswith("Call 112 now")


def test_no_service_fits_in_english_says_so_in_english(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("what is the colour of the moon tonight please")
    assert answer.language == "en" and answer.service is None
    assert answer.answer.startswith(tuple(t.text for k, t in shipped_assistant.kb.languages["en"].general.items()
                                          if k in ("fallback", "out_of_scope", "clarify")))


def test_somali_is_recognised_but_answered_in_dutch(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("Waxaan u baahanahay caawimaad lacagta, deyn badan ayaan qabaa")
    assert answer.language == "so"
    assert answer.direction == "ltr" and not re.search("[\u0600-\u06ff\u0400-\u04ff]", answer.answer)


def test_broken_dutch_gets_the_dutch_answer(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("ik heb veel schuld, brief van deurwaarder, ik niet begrijp")
    assert answer.language == "nl" and answer.service == "schuldhulp"
    assert answer.answer == shipped_assistant.choose("schuldhulp").answer
