"""The answer cache: same answers as without it, bounded, and no question text kept."""

from __future__ import annotations

from dataclasses import replace

import pytest

from wegwijzer.answer_cache import AnswerCache
from wegwijzer.assistant import Assistant
from wegwijzer.knowledge.base import KnowledgeBase
from wegwijzer.settings import MatchSettings



@pytest.fixture(scope="module")
def kb(shipped_assistant: Assistant) -> KnowledgeBase:
    """The shipped knowledge base (loaded once)."""
    return shipped_assistant.kb


QUESTIONS = ["ik heb schulden", "Ik zorg voor mijn moeder", "hallo", "paspoort verlengen",
             "ik wil niet meer leven", "xyzzy qwerty", "ik heb schulden"]


def test_cached_answers_equal_uncached(kb: KnowledgeBase) -> None:
    cached = Assistant(kb, MatchSettings(answer_cache=16))
    plain = Assistant(kb, MatchSettings(answer_cache=0))
    for question in QUESTIONS * 2:
        assert cached.ask(question) == plain.ask(question)
    assert cached._cache.hits == len(QUESTIONS) + 1  # the second round, plus the repeat in round one


def test_the_question_is_put_back_per_caller(kb: KnowledgeBase) -> None:
    assistant = Assistant(kb, MatchSettings(answer_cache=16))
    first = assistant.ask("ik heb schulden")
    again = assistant.ask("ik heb schulden")
    assert again.question == "ik heb schulden"
    assert again.service == first.service == "schuldhulp"


def test_exact_text_only(kb: KnowledgeBase) -> None:
    assistant = Assistant(kb, MatchSettings(answer_cache=16))
    assistant.ask("ik heb schulden")
    assistant.ask("Ik heb schulden")  # another text: its own entry, not a hit
    assert assistant._cache.hits == 0
    assert len(assistant._cache) == 2


def test_size_is_bounded_and_least_recent_goes_first(kb: KnowledgeBase) -> None:
    cache = AnswerCache(2)
    answer = Assistant(kb, MatchSettings(answer_cache=0)).ask("ik heb schulden")
    cache.put("a", answer)
    cache.put("b", answer)
    assert cache.get("a") is not None  # "a" is now the most recent
    cache.put("c", answer)
    assert len(cache) == 2
    assert cache.get("b") is None
    assert cache.get("a") is not None and cache.get("c") is not None


def test_size_zero_keeps_nothing(kb: KnowledgeBase) -> None:
    cache = AnswerCache(0)
    cache.put("vraag", Assistant(kb, MatchSettings(answer_cache=0)).ask("ik heb schulden"))
    assert len(cache) == 0
    assert cache.get("vraag") is None


def test_no_question_text_is_kept(kb: KnowledgeBase) -> None:
    secret = "mijn naam is Jantje Zonneveld en ik heb schulden"
    assistant = Assistant(kb, MatchSettings(answer_cache=16))
    assistant.ask(secret)
    stored = list(assistant._cache._answers.values())
    assert [a.question for a in stored] == [""]
    assert all("Zonneveld" not in repr(a) for a in stored)
    assert all(b"Zonneveld" not in k for k in assistant._cache._answers)


def test_get_returns_a_copy_with_the_question(kb: KnowledgeBase) -> None:
    cache = AnswerCache(4)
    answer = Assistant(kb, MatchSettings(answer_cache=0)).ask("ik heb schulden")
    cache.put("ik heb schulden", answer)
    assert cache.get("ik heb schulden") == answer
    assert cache.get("ik heb schulden") == replace(answer, question="ik heb schulden")
