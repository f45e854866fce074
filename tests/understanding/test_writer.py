"""Is the writer a child or a teenager? Only signs about themselves count."""

from __future__ import annotations

import pytest

from wegwijzer.understanding.writer import young_writer
from wegwijzer.understanding.writer_model import WriterModel, shipped_writer_model


@pytest.mark.parametrize("text", [
    "ik ben 14 en mijn vader slaat me", "hoe kom ik aan een bijbaantje? ben 14", "ik (13) word gepest",
    "im 15 and my parents fight all the time", "kzit in de brugklas en mn ouders gaan scheiden",
    "عمري ١٣ سنة ولا أعرف أحدا", "Мені 16, друзів тут нема", "15 yaşındayım, sıkılıyorum",
    "mam 13 lat i rodzice się rozwodzą", "kan dat als je 16 bent?",
])
def test_a_child_or_teenager_is_recognised(text: str) -> None:
    assert young_writer(text)


@pytest.mark.parametrize("text", [
    "mijn moeder (82) heeft dementie", "ik ben 12 jaar getrouwd en wil scheiden", "ik ben 16 weken zwanger",
    "ik ben 10 jaar mantelzorger voor mijn man", "mijn zoon van 14 wordt gepest op school",
    "onze jongste wordt gepest op school", "Gabadhayda 15 jir ah ayaa gacmaheeda jarjarta",
    "ik ben 45 en zoek werk",
])
def test_an_adult_is_not_taken_for_a_child(text: str) -> None:
    assert not young_writer(text)


@pytest.mark.parametrize("text", [
    "we zijn 13 en willen een skatebaan in de wijk, bij wie moeten we zijn",
    "ik word uitgescholden in de klas en de meester doet niks",
    "papa en mama maken elke avond ruzie en ik kan niet slapen",
    "ik heb zo'n stress van mijn toetsen dat ik niet meer eet",
])
def test_a_child_shows_itself_without_giving_an_age(text):
    assert young_writer(text)


@pytest.mark.parametrize("text", [
    "ik ben juf in groep 5 en een leerling vertelt dat papa hem slaat, wat moet ik doen",
    "mijn dochter wordt gepest op school en de juf doet niks",
    "mijn moeder is 81 en sinds papa er niet meer is, is ze erg alleen. ik woon ver weg",
    "ik hoor de buurjongen steeds roepen 'nee papa niet doen' en ik maak me zorgen",
    "ik zit op de taalschool voor mijn inburgering en ik heb toetsen, mijn man werkt",
    "we zijn 12 jaar getrouwd en hebben schulden",
])
def test_an_adult_who_mentions_school_or_papa_is_not_taken_for_a_child(text):
    assert not young_writer(text)


@pytest.mark.parametrize("text", [
    "ik zit in de 2e klas en mn moeder kijkt elke dag mijn telefoon na",
    "sinds de scheiding woon ik de ene week bij pa en de andere bij ma",
    "mijn stiefvader duwt mijn moeder en dan moet ik met mijn zusje boven blijven",
    "waar kan ik als 14-jarige heen als ik problemen heb",
    "ኣነ 13 ዓመተይ እየ",
    "waxaan ahay 12 sano",
])
def test_more_signs_of_a_young_writer(text: str) -> None:
    assert young_writer(text)


def test_a_parents_age_in_brackets_shows_an_adult() -> None:
    assert not young_writer("Mijn vader (72) zegt sinds mama overleden is dat het voor hem niet meer hoeft")


@pytest.mark.parametrize("text", [
    "mn ouders snappen er niks van dat ik anders ben",
    "kan ik ergens chatten zonder dat mijn ouders het zien",
    "ze zetten memes van mij in de groepsapp",
    "iedereen in de klas lacht me uit",
    "mn ouders hebben ruzie sinds papa zn werk kwijt is",
])
def test_parents_in_charge_teen_life_and_the_class_show_a_young_writer(text: str) -> None:
    assert young_writer(text)


@pytest.mark.parametrize("text", [
    "mijn ouders worden oud en ik maak me zorgen of ze nog thuis kunnen wonen",
    "Hoe verleng ik het grafrecht van mijn ouders op de begraafplaats?",
    "mijn ouders weten niet meer hoe ze de digid moeten gebruiken, ik help ze",
    "mijn ouders hebben ruzie met de buren, ik woon ver weg",
    "ik ben 19 en mn ouders hebben me het huis uit gezet",
])
def test_an_adult_child_of_ageing_parents_is_no_young_writer(text: str) -> None:
    assert not young_writer(text)


def test_the_word_model_hears_a_child_where_the_signs_see_none() -> None:
    # No age, no school, no teen word: only the way of writing tells (dev20, a child's question).
    text = "heb honger. koelkast is leeg en mama krijgt pas volgende week geld"
    assert not young_writer(text)
    assert young_writer(text, shipped_writer_model(), 0.70)


def test_an_adult_sign_outweighs_the_word_model() -> None:
    model = WriterModel({"mama": 9.0}, 0.0)  # a model that hears a child in every "mama"
    assert young_writer("mama zegt dat ik moet stoppen", model, 0.70)
    assert not young_writer("mijn dochter zegt steeds mama, mama", model, 0.70)  # their own child
    assert not young_writer("ik ben 45 en mama is ziek", model, 0.70)  # an age said decides


@pytest.mark.parametrize("text", ["13", "help", "😭😭"])
def test_the_word_model_needs_some_writing(text: str) -> None:
    # one word or a number says nothing about who writes it, whatever the model's probability
    assert not young_writer(text, shipped_writer_model(), 0.0)
