"""Idioms of dying and killing: no crisis by meaning alone, and nothing hidden from the rules."""

from __future__ import annotations

import pytest

from wegwijzer.assistant import Assistant
from wegwijzer.safety.idioms import idiom

IDIOMS = [
    "this job is killing me, I need to talk to someone",
    "أموت من الملل هنا، ما في شي أعمله",  # I'm dying of boredom here
    "sınavlar beni öldürecek, çok stresliyim",  # the exams will kill me
    "я помираю від нудьги вечорами",  # I'm dying of boredom in the evenings
    "umieram z nudów po pracy",  # I'm dying of boredom after work
    "الايجار متأخر وانا رح موت من القلق",  # I'm dying of worry about the rent
    "annemin faturaları, işim, ben de bittim artık",  # I'm worn out too
    "ብጭንቀት ክመውት እየ",  # I will die of worry
    "ካብ ድኻም ስራሕ ክመውት እየ፡ ካልእ ስራሕ ክረክብ እደሊ",  # dying of tiredness from work, I want other work
    "córka mówi, że zabije się ze wstydu, jak przyjdę po nią do szkoły",  # she'll die of shame
]


@pytest.mark.parametrize("text", IDIOMS)
def test_idioms_are_recognised(text: str) -> None:
    assert idiom(text)


@pytest.mark.parametrize("text", ["my husband is killing me slowly", "he is killing me", "I want to die",
                                  "mój mąż mnie bije", "ik verveel me dood"])
def test_a_person_who_kills_and_plain_crises_are_no_idiom(text: str) -> None:
    assert idiom(text) is None


@pytest.mark.parametrize("text", IDIOMS)
def test_an_idiom_gets_no_crisis_service(shipped_assistant: Assistant, text: str) -> None:
    answer = shipped_assistant.ask(text)
    assert not answer.crisis
    assert answer.service not in ("veilig-thuis", "zelfmoordpreventie")


def test_an_idiom_beside_a_real_crisis_is_still_a_crisis(shipped_assistant: Assistant) -> None:
    assert shipped_assistant.ask("umieram z nudów i nie chcę już żyć").crisis


def test_a_crisis_word_outside_the_idiom_still_counts(shipped_assistant: Assistant) -> None:
    assert shipped_assistant.ask("ብጭንቀት ክመውት እየ። ከኒና ኣኪበ ኣለኹ").crisis  # dying of worry; pills collected


def test_dying_of_stress_in_tigrinya_is_an_idiom() -> None:
    assert idiom("ብጸቕጢ ክመውት እየ! ደብዳቤታት ኣይርደኣንን")
