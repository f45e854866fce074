"""Which of two close candidates goes first: the front door last, a youth place for the young."""

from __future__ import annotations

from wegwijzer.assistant import Assistant
from wegwijzer.priorities import front_door_last, youth_first, youth_over_choice
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
