"""Which of two close candidates goes first: the front door last, a youth place for the young."""

from __future__ import annotations

from wegwijzer.assistant import Assistant
from wegwijzer.priorities import (alternatives_beside, clear_answer, front_door_last, one_answer_for_two,
                                  youth_first, youth_over_choice, youth_suggested)
from wegwijzer.settings import MatchSettings
from wegwijzer.understanding.matching import Scored

M = MatchSettings()


def test_a_specific_service_close_behind_the_front_door_goes_first() -> None:
    # Incluzio is the answer when nothing more specific fits (CONTRACT section 1).
    front, lonely, debts = (Scored("incluzio", 10.0, 0.7, ()), Scored("eenzaamheid", 8.5, 0.65, ()),
                            Scored("schuldhulp", 3.0, 0.3, ()))
    services, top = front_door_last([front, lonely, debts], front, M)
    assert top.id == "eenzaamheid" and [c.id for c in services] == ["eenzaamheid", "incluzio", "schuldhulp"]
    far = Scored("eenzaamheid", 7.0, 0.6, ())  # below 80% of the front door's score
    services, top = front_door_last([front, far], front, M)
    assert top.id == "incluzio"


def test_a_youth_place_close_behind_a_service_for_adults_goes_first() -> None:
    lonely, debts, youth = (Scored("eenzaamheid", 10.0, 0.7, ()), Scored("schuldhulp", 8.0, 0.6, ()),
                            Scored("jongeren", 6.5, 0.5, ()))
    services, top = youth_first([lonely, debts, youth], lonely, M)
    assert top.id == "jongeren" and [c.id for c in services] == ["jongeren", "eenzaamheid", "schuldhulp"]


def test_a_youth_place_far_behind_or_a_service_for_everyone_stays_second() -> None:
    lonely, youth = Scored("eenzaamheid", 10.0, 0.7, ()), Scored("cjg", 5.0, 0.4, ())  # below 60%
    assert youth_first([lonely, youth], lonely, M)[1].id == "eenzaamheid"
    money = Scored("minimaregelingen", 10.0, 0.7, ())  # a child's sport fee: the scheme for low incomes
    assert youth_first([money, Scored("jongeren", 9.0, 0.6, ())], money, M)[1].id == "minimaregelingen"


def test_a_lonely_teenager_gets_the_youth_place(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("ik ben 14 en sinds we verhuisd zijn heb ik hier geen vrienden, ik voel me zo alleen")
    assert answer.service in ("jongeren", "cjg") and "Kindertelefoon" in answer.answer


def test_a_young_writer_gets_the_everyday_youth_place_instead_of_a_choice() -> None:
    care, lonely, youth = Scored("jeugdhulp", 9.0, 0.6, ()), Scored("eenzaamheid", 8.8, 0.6, ()), Scored("cjg", 8.5, 0.55, ())
    services, top = youth_over_choice([care, lonely, youth], [care, lonely, youth])  # type: ignore[misc]
    assert top.id == "cjg" and [c.id for c in services] == ["cjg", "jeugdhulp", "eenzaamheid"]
    assert youth_over_choice([care, lonely], [care, lonely])[1].id == "jeugdhulp"  # type: ignore[index]
    money = Scored("schuldhulp", 9.0, 0.6, ())
    assert youth_over_choice([money, lonely], [money, lonely]) is None  # no place for young people to choose


def test_a_young_writer_answered_elsewhere_gets_a_youth_place_as_first_suggestion() -> None:
    carer, dementia, lonely, youth = (Scored("mantelzorg", 10.0, 0.8, ()), Scored("dementie", 6.0, 0.5, ()),
                                      Scored("eenzaamheid", 5.0, 0.4, ()), Scored("cjg", 1.0, 0.1, ()))
    services = [carer, dementia, lonely, youth]
    assert youth_suggested(("dementie", "eenzaamheid"), services, carer) == ("cjg", "dementie")
    assert youth_suggested((), services, carer) == ("cjg",)  # far behind, but a child may still want it


def test_youth_suggestions_stay_when_a_youth_place_already_answers_or_leads() -> None:
    youth, carer = Scored("jongeren", 10.0, 0.8, ()), Scored("mantelzorg", 6.0, 0.5, ())
    assert youth_suggested(("mantelzorg",), [youth, carer], youth) == ("mantelzorg",)
    assert youth_suggested(("cjg", "dementie"), [carer, Scored("cjg", 5.0, 0.4, ())], carer) == ("cjg", "dementie")
    assert youth_suggested(("dementie",), [carer, Scored("dementie", 5.0, 0.4, ())], carer) == ("dementie",)


def test_a_choice_between_housing_and_legal_help_is_answered_with_housing() -> None:
    legal, housing, debts = (Scored("juridische-hulp", 10.0, 0.9, ()), Scored("wonen-en-opvang", 9.9, 0.9, ()),
                             Scored("schuldhulp", 2.0, 0.2, ()))
    services, top = one_answer_for_two([legal, housing, debts], [legal, housing], M.covers)
    assert top.id == "wonen-en-opvang" and [c.id for c in services] == ["wonen-en-opvang", "juridische-hulp", "schuldhulp"]
    # a third close choice, or another pair: the resident still chooses
    assert one_answer_for_two([legal, housing, debts], [legal, housing, debts], M.covers) is None
    assert one_answer_for_two([legal, debts], [legal, debts], M.covers) is None


def test_an_answer_that_covers_another_names_its_number(shipped_assistant: Assistant) -> None:
    for first, second in M.covers:
        line = shipped_assistant.kb.service(second).contact.phone.value  # type: ignore[union-attr]
        assert line in shipped_assistant.choose(first).answer
    assert "0900-8020" in shipped_assistant.choose("wonen-en-opvang").answer  # Het Juridisch Loket
    assert "088-0767000" in shipped_assistant.choose("mentale-gezondheid").answer  # De Luisterlijn


def test_an_answer_is_clear_when_confident_and_far_enough_ahead() -> None:
    debts, money = Scored("schuldhulp", 10.0, 0.9, ()), Scored("minimaregelingen", 5.0, 0.5, ())
    sure, why = clear_answer([debts, money], debts, [debts, money], False, M)
    assert sure and "verschil met de tweede 0.50" in why
    near = Scored("minimaregelingen", 9.9, 0.88, ())
    sure, _ = clear_answer([debts, near], debts, [debts, near], False, M)
    assert not sure  # two close candidates: the resident chooses
    sure, _ = clear_answer([debts, near], debts, [debts], False, M)
    assert sure  # one close candidate is no choice


def test_the_front_door_close_behind_never_makes_an_answer_unclear() -> None:
    debts, front = Scored("schuldhulp", 10.0, 0.9, ()), Scored("incluzio", 9.9, 0.88, ())
    sure, _ = clear_answer([debts, front], debts, [debts, front], False, M)
    assert sure


def test_alternatives_beside_an_answer_are_the_next_services_that_score_enough() -> None:
    debts, money, far = (Scored("schuldhulp", 10.0, 0.9, ()), Scored("minimaregelingen", 4.0, 0.4, ()),
                         Scored("dementie", 2.0, 0.2, ()))
    assert alternatives_beside([debts, money, far], debts, False, M) == ("minimaregelingen",)
    youth = Scored("jongeren", 2.5, 0.2, ())
    assert alternatives_beside([debts, money, youth], debts, True, M)[0] == "jongeren"
