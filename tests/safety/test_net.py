"""The safety net after matching: a crisis service chosen on a crisis-only word, with some worry."""

from __future__ import annotations

from wegwijzer.assistant import Assistant
from wegwijzer.safety.net import about_a_crisis_line, caught, keeps_crisis_lines
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


def test_a_question_that_names_a_crisis_line_is_about_one(shipped_assistant: Assistant) -> None:
    ids = crisis_ids(shipped_assistant)
    for question in ("Is Veilig Thuis ook in het weekend bereikbaar?", "kost het geld om 113 te bellen",
                     "wat is de meldcode precies", "folders over mishandelingen voor de wachtkamer"):
        assert about_a_crisis_line(shipped_assistant.index.rank(question), shipped_assistant.index, ids), question


def test_sharing_an_everyday_word_with_a_crisis_line_is_not_about_one(shipped_assistant: Assistant) -> None:
    # "training" is in "training zelfmoordpreventie", "slaat" is a form of the listed "geslagen"
    ids = crisis_ids(shipped_assistant)
    for question in ("Hoe laat beginnen de trainingen van de hockeyclub op zaterdag?",
                     "de buurman slaat zijn hond, ik zie het vanuit mijn keuken"):
        assert not about_a_crisis_line(shipped_assistant.index.rank(question), shipped_assistant.index, ids)


def test_a_crisis_line_is_no_answer_to_a_question_about_sports_training(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("Hoe laat begint de training van de JO11 bij de voetbalclub op zaterdag?")
    assert not answer.crisis
    assert answer.service not in crisis_ids(shipped_assistant)
    assert not set(answer.alternatives) & crisis_ids(shipped_assistant)


def test_the_crisis_lines_stay_candidates_where_the_net_could_still_hear_a_crisis(shipped_assistant: Assistant) -> None:
    # "einde" is a word only the crisis lines use, but not one they list by itself
    ids = crisis_ids(shipped_assistant)
    ranking = shipped_assistant.index.rank("soms denk ik aan het einde")
    index = shipped_assistant.index
    assert not about_a_crisis_line(ranking, index, ids)
    assert keeps_crisis_lines(ranking, index, ids, M.crisis_net_worry, M)
    assert not keeps_crisis_lines(ranking, index, ids, 0.0, M)
    hockey = index.rank("Hoe laat beginnen de trainingen van de hockeyclub op zaterdag?")
    assert not keeps_crisis_lines(hockey, index, ids, 0.0, M)  # "training": only theirs, but no worry
