"""Violence at home told quietly (wegwijzer.safety.quiet): control, neglect, injuries explained away.

Every sentence here is written for the test, in words of our own; beside each rule stands an everyday
sentence with the same words that must stay calm.
"""

from __future__ import annotations

import pytest

from wegwijzer.safety import quiet, rules
from wegwijzer.safety.check import detect

TOLD_QUIETLY = [
    # a fall told again and again, a partner beside her
    "mijn zus is volgens haarzelf alweer gestruikeld, de derde keer deze maand, en haar man laat haar nooit alleen praten",
    "ik heb op de eerste hulp gezegd dat ik tegen de deur was gelopen. dat was niet waar",
    # neglect told by a neighbour or a teacher
    "de kleine van hiernaast draagt elke dag dezelfde vieze trui en vraagt ons steeds om brood",
    "ik ben 10 en papa ligt altijd op de bank en er is niks te eten in huis",
    "de kinderen van de overkant zijn dagen lang alleen en er is geen eten",
    "the children upstairs are alone for days and nobody comes",
    "opa ligt bij mijn oom steeds in natte lakens",
    # silence, punishment, isolation
    "ik mag het op school niet vertellen anders krijg ik straf van mijn stiefvader",
    "als ik iets vergeet krijg ik geen avondeten van mijn vader",
    "mijn broer laat mijn moeder uren op haar knieen zitten",
    "als ik opa bel mag ik hem nooit alleen spreken, mijn tante luistert altijd mee",
    "ik moet hem toestemming vragen om naar mijn moeder te gaan",
    "ik slaap op de grond in de keuken en mag niet eten met de familie",
    "mijn man pakt elke maand alles van mijn uitkering",
    "mijn dochter wil niet meer dat haar opa haar naar bed brengt en ik snap niet waarom",
    # fear of a parent, a raised hand
    "ons pleegkind verstopt zich achter de bank zodra zijn vader binnenkomt",
    "mijn neefje duikt weg als ik mijn hand optil om hem te aaien",
    "de nieuwe vriend van mijn zus heeft haar arm omgedraaid",
    "hij heeft mijn nieuwe adres gevonden en er lag een dode kat voor de deur",
    "mijn ooms zeggen dat ze me komen halen als ik met hem trouw",
    "ik vermoed dat de kinderen van de buren geslagen worden",
    "de man die mij geld leende weet op welke school mijn kinderen zitten",
]

EVERYDAY = [
    "vanaf welke leeftijd mag een kind alleen thuis blijven?",
    "mijn zoon viel voor de derde keer van zijn fiets, hij moet echt een helm",
    "mijn dochter heeft al dagen dezelfde trui aan want ze vindt hem zo mooi",
    "ik mag van mijn werk niet zeggen hoe het project heet",
    "mag ik mijn oma alleen bezoeken in het verpleeghuis?",
    "ik moet toestemming vragen aan de gemeente voor een dakkapel",
]


@pytest.mark.parametrize("text", TOLD_QUIETLY)
def test_violence_told_quietly_is_veilig_thuis(text: str) -> None:
    signal = detect(text)
    assert signal is not None and signal.kind == "veilig-thuis", text


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_same_words_in_everyday_life_stay_calm(text: str) -> None:
    assert detect(text) is None, text


def test_the_quiet_rules_are_checked_beside_the_phrase_rules() -> None:
    assert quiet.VIOLENCE and not set(quiet.VIOLENCE) & set(rules.VIOLENCE)


@pytest.mark.parametrize("text", [
    "mijn zus moet trouwen met een neef en haar paspoort is ingenomen",
    "mijn oom heeft de spaarrekening van opa op zijn naam gezet terwijl opa dement is",
])
def test_a_marriage_with_a_passport_taken_and_an_elders_money_moved_are_veilig_thuis(text: str) -> None:
    signal = detect(text)
    assert signal is not None and signal.kind == "veilig-thuis", text


def test_a_house_put_in_ones_own_name_is_no_crisis() -> None:
    assert detect("we hebben het huis op onze naam laten zetten na de scheiding") is None


@pytest.mark.parametrize("text", [
    "een leerling schrikt van iedere aanraking en draagt altijd lange mouwen",
    "mijn ex laat merken dat hij alles van me weet, waar ik ben en met wie",
])
def test_flinching_from_touch_and_an_ex_who_knows_everything_are_veilig_thuis(text: str) -> None:
    signal = detect(text)
    assert signal is not None and signal.kind == "veilig-thuis", text
