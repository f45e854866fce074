"""The safety net after matching: a crisis service chosen on a crisis-only word, with some worry."""

from __future__ import annotations

from wegwijzer.assistant import Assistant
from wegwijzer.safety.net import caught
from wegwijzer.settings import MatchSettings

M = MatchSettings()


def crisis_ids(assistant: Assistant) -> frozenset[str]:
    return frozenset(s.id for s in assistant.kb.services if s.crisis)



def test_the_net_needs_some_worry_too(shipped_assistant: Assistant) -> None:
    question = "niemand gaat mij missen toch"
    assert shipped_assistant.ask(question).crisis
    ranking = shipped_assistant.index.rank(question)
    top = ranking.candidates[0]
    assert top.id == "zelfmoordpreventie"
    assert caught(top, ranking, 1.0, shipped_assistant.index, crisis_ids(shipped_assistant), M)
    assert not caught(top, ranking, 0.0, shipped_assistant.index, crisis_ids(shipped_assistant), M)


def test_an_ordinary_service_is_never_caught(shipped_assistant: Assistant) -> None:
    ranking = shipped_assistant.index.rank("ik heb schulden")
    assert ranking.candidates[0].id == "schuldhulp"
    ids = crisis_ids(shipped_assistant)
    assert not caught(ranking.candidates[0], ranking, 1.0, shipped_assistant.index, ids, M, foreign=True)
