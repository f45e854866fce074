"""The assistant's decisions (answer / clarify / fallback), crisis first, and the answer object."""

from __future__ import annotations

import math
import re
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings as hsettings, strategies as st

from wegwijzer.answer import Answer, Choice
from wegwijzer.assistant import Assistant, build_assistant, vector_cache
from wegwijzer.knowledge.base import KnowledgeError, load_or_raise
from wegwijzer.replies import SAFETY_HINTS
from wegwijzer.safety.model import SafetyModel
from wegwijzer.settings import MatchSettings, Settings

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
CONTRACT_TYPES = {"question": str, "service": (str, type(None)), "confidence": (int, float),
                  "alternatives": list, "clarify": bool, "crisis": bool, "theme": (str, type(None)),
                  "answer": str}
INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
CRISIS_NUMBERS = ("0800-2000", "0800-0113", "112")
QUESTIONS = [
    "ik heb schulden en de deurwaarder komt", "ik zorg voor mijn moeder en ben overbelast",
    "hulp", "waar kan ik mijn paspoort verlengen", "xqzv blorptnik", "hallo", "bedankt",
    "ben jij een mens?", "ik wil niet meer leven", "mijn man slaat me", "mijn kind wordt gepest",
    "I have debts", "bel me op 0612345678, ik heb schulden", "", "mijn naam is Jan, ik ben eenzaam",
]


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return build_assistant(Settings())


def overlapping_kb(tmp_path: Path) -> Path:
    """schuldhulp and mantelzorg, plus 'geldzorgen': schuldhulp under another id and title."""
    root = tmp_path / "kb"
    (root / "services").mkdir(parents=True)
    for name in ("themes.yaml", "gemeente.yaml", "synonyms.yaml"):
        shutil.copy(KNOWLEDGE / name, root / name)
    for name in ("schuldhulp", "mantelzorg"):
        shutil.copy(KNOWLEDGE / "services" / f"{name}.yaml", root / "services" / f"{name}.yaml")
    data = yaml.safe_load((KNOWLEDGE / "services" / "schuldhulp.yaml").read_text(encoding="utf-8"))
    data |= {"id": "geldzorgen", "title": "Zorgen over geld"}
    (root / "services" / "geldzorgen.yaml").write_text(yaml.safe_dump(data, allow_unicode=True),
                                                       encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return Assistant(load_or_raise(overlapping_kb(tmp_path_factory.mktemp("small"))))


def check_contract(answer: Answer, assistant: Assistant) -> None:
    data = answer.to_dict()
    for key, kind in CONTRACT_TYPES.items():
        assert key in data, key
        assert isinstance(data[key], kind), (key, data[key])
    assert 0.0 <= data["confidence"] <= 1.0
    assert len(data["alternatives"]) <= 3
    assert data["service"] not in data["alternatives"] or data["service"] is None
    if data["service"] is None:
        assert data["theme"] is None
    else:
        assert data["theme"] == assistant.kb.service(data["service"]).theme
    if data["clarify"]:
        assert data["service"] is None and len(data["alternatives"]) >= 2
    assert not INFORMAL.search(data["answer"]), data["answer"]


# --- the three decisions ---------------------------------------------------------------

def test_clear_question_is_answered(small: Assistant) -> None:
    answer = small.ask("ik zorg voor mijn moeder en ben overbelast")
    assert answer.outcome == "answered"
    assert answer.service == "mantelzorg" and not answer.clarify and not answer.crisis
    assert answer.theme == "samen-leven"
    assert answer.answer
    check_contract(answer, small)


def test_two_equal_services_make_the_resident_choose(small: Assistant) -> None:
    answer = small.ask("de deurwaarder staat voor de deur")
    assert answer.outcome == "clarify" and answer.clarify
    assert answer.service is None and answer.theme is None
    assert set(answer.alternatives[:2]) == {"schuldhulp", "geldzorgen"}
    assert [c.id for c in answer.choices] == list(answer.alternatives)
    assert {c.title for c in answer.choices} >= {"Hulp bij schulden", "Zorgen over geld"}
    for choice in answer.choices:
        assert choice.title in answer.answer  # the reply names the choices
    check_contract(answer, small)


def test_nonsense_falls_back(small: Assistant, assistant: Assistant) -> None:
    for a in (small, assistant):
        answer = a.ask("xqzv blorptnik")
        assert answer.outcome == "fallback"
        assert answer.service is None and not answer.clarify and not answer.crisis
        assert answer.alternatives == ()
        assert answer.answer
        check_contract(answer, a)


def test_fallback_points_to_the_front_door(assistant: Assistant) -> None:
    answer = assistant.ask("xqzv blorptnik")
    assert "Incluzio" in answer.answer


def test_clear_question_on_the_shipped_base(assistant: Assistant) -> None:
    answer = assistant.ask("ik heb schulden en de deurwaarder komt")
    assert answer.outcome == "answered" and answer.service == "schuldhulp"
    assert answer.theme == "zelfstandig-leven" and answer.doel == "zl-1"
    assert "schulden" in answer.answer
    check_contract(answer, assistant)


# --- crisis first ----------------------------------------------------------------------

@pytest.mark.parametrize("question, service", [
    ("ik wil niet meer leven", "zelfmoordpreventie"),
    ("ik zie het niet meer zitten", "zelfmoordpreventie"),
    ("mijn man slaat me", "veilig-thuis"),
    ("ik durf niet naar huis", "veilig-thuis"),
    ("ik heb schulden en ik wil niet meer leven", "zelfmoordpreventie"),
])
def test_crisis_answer_gives_the_number_first(assistant: Assistant, question: str, service: str) -> None:
    answer = assistant.ask(question)
    assert answer.crisis and answer.outcome == "crisis"
    assert answer.service == service
    assert not answer.clarify
    first_line = answer.answer.splitlines()[0]
    assert any(number in first_line for number in CRISIS_NUMBERS), first_line
    check_contract(answer, assistant)


def test_crisis_beats_smalltalk_and_personal_data(assistant: Assistant) -> None:
    answer = assistant.ask("hallo, mijn naam is Jan, 0612345678, ik wil dood")
    assert answer.crisis and answer.service == "zelfmoordpreventie"


def test_crisis_service_has_the_right_numbers(assistant: Assistant) -> None:
    assert "0800-2000" in assistant.ask("mijn man slaat me").answer
    assert "0800-0113" in assistant.ask("ik wil niet meer leven").answer


def test_acute_danger_mentions_112(assistant: Assistant) -> None:
    answer = assistant.ask("hij staat met een mes in de keuken")
    assert answer.crisis and "112" in answer.answer.splitlines()[0] + answer.answer.splitlines()[1]


# --- out of scope, small talk, personal data --------------------------------------------

def test_out_of_scope_gets_no_service(assistant: Assistant) -> None:
    answer = assistant.ask("waar kan ik mijn paspoort verlengen")
    assert answer.outcome == "out_of_scope"
    assert answer.service is None and not answer.clarify and not answer.crisis
    assert answer.theme is None
    assert "niet" in answer.answer  # says plainly it cannot help
    check_contract(answer, assistant)


@pytest.mark.parametrize("question", ["hallo", "bedankt!", "ben jij een mens?"])
def test_smalltalk_is_not_routed(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.outcome == "smalltalk"
    assert answer.service is None and not answer.crisis and answer.answer
    check_contract(answer, assistant)


def test_personal_data_is_not_needed(assistant: Assistant) -> None:
    answer = assistant.ask("ik heb schulden, bel me op 0612345678")
    assert answer.service == "schuldhulp"
    assert "persoonlijke gegevens" in answer.answer
    assert "0612345678" not in answer.answer


# --- choose, topics, welcome -----------------------------------------------------------

def test_choose_gives_the_chosen_service(assistant: Assistant) -> None:
    answer = assistant.choose("schuldhulp")
    assert answer.service == "schuldhulp" and answer.outcome == "answered"
    assert not answer.clarify and not answer.crisis and answer.theme == "zelfstandig-leven"
    check_contract(answer, assistant)


def test_a_crisis_answer_offers_the_ordinary_help_that_also_fits_after_the_number(assistant: Assistant) -> None:
    answer = assistant.ask("ik heb zoveel schulden en ik wil niet meer leven")
    assert answer.crisis and answer.service == "zelfmoordpreventie"
    assert "0800-0113" in answer.answer.splitlines()[0]  # the number stays first
    assert "schuldhulp" in [c.id for c in answer.choices] and "schuldhulp" in answer.alternatives
    assert not {c.id for c in answer.choices} & {"veilig-thuis", "zelfmoordpreventie"}
    offer = answer.answer.index("Gaat uw vraag ook over iets anders?")
    assert offer > answer.answer.index("0800-0113") and "- Hulp bij schulden" in answer.answer[offer:]
    check_contract(answer, assistant)


def test_a_crisis_answer_with_nothing_else_that_fits_offers_no_choice(assistant: Assistant) -> None:
    answer = assistant.ask("ik wil dood")
    assert answer.crisis and not answer.choices and "iets anders" not in answer.answer


def test_no_other_help_beside_a_crisis_when_the_setting_is_zero(assistant: Assistant) -> None:
    import dataclasses
    plain = Assistant(assistant.kb, dataclasses.replace(assistant.match, crisis_other_help=0))
    answer = plain.ask("ik heb zoveel schulden en ik wil niet meer leven")
    assert answer.crisis and not answer.choices and answer.alternatives == ()


def test_choose_a_crisis_service_is_a_crisis_answer(assistant: Assistant) -> None:
    answer = assistant.choose("veilig-thuis")
    assert answer.crisis and answer.service == "veilig-thuis"
    assert "0800-2000" in answer.answer.splitlines()[0]


def test_choose_after_clarify(small: Assistant) -> None:
    clarify = small.ask("de deurwaarder staat voor de deur")
    picked = small.choose(clarify.choices[1].id)
    assert picked.service == clarify.choices[1].id and picked.outcome == "answered"


def test_choose_unknown_id(assistant: Assistant) -> None:
    with pytest.raises(KeyError):
        assistant.choose("bestaat-niet")


def test_welcome_suggestions_topics(assistant: Assistant) -> None:
    assert "Leiderdorp" in assistant.welcome() and not INFORMAL.search(assistant.welcome())
    suggestions = assistant.suggestions()
    assert 2 <= len(suggestions) <= 6 and all(isinstance(s, str) and s for s in suggestions)
    topics = assistant.topics()
    assert [t.id for t in topics] == ["zelfstandig-leven", "opgroeien-en-ontwikkelen", "gezond-dorp",
                                      "samen-leven"]
    listed = {c.id for t in topics for c in t.services}
    assert "schuldhulp" in listed and "veilig-thuis" not in listed


# --- the answer object -------------------------------------------------------------------

@pytest.mark.parametrize("question", QUESTIONS)
def test_every_answer_keeps_the_contract(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    check_contract(answer, assistant)
    assert answer.to_dict()["question"] == question
    assert answer.answer.strip() == answer.answer and "\n\n\n" not in answer.answer


def test_to_dict_explain_adds_candidates(assistant: Assistant) -> None:
    data = assistant.ask("ik heb schulden").to_dict(explain=True)
    assert data["reason"]
    assert data["explanation"][0]["service"] == "schuldhulp"
    assert data["explanation"][0]["matched"]


def test_answers_of_every_service_say_u(assistant: Assistant) -> None:
    for service in assistant.kb.services:
        text = assistant.choose(service.id).answer
        assert not INFORMAL.search(text), service.id
        assert "IN TE VULLEN" not in text, service.id


@hsettings(max_examples=60, deadline=None)
@given(text=st.text(max_size=300))
def test_any_text_gives_a_valid_answer(assistant: Assistant, text: str) -> None:
    check_contract(assistant.ask(text), assistant)


def test_broken_knowledge_raises(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError):
        build_assistant(Settings(knowledge_dir=tmp_path / "nergens", data_dir=tmp_path / "data"))


def test_a_guessed_compound_part_does_not_raise_the_crisis_net(assistant: Assistant) -> None:
    # "weekend" splits into "week" + "end", and "end" is a word only the 113 entry uses.
    answer = assistant.ask("ik zorg elke avond voor mijn schoonvader en in het weekend ook, "
                           "ik heb geen tijd meer voor mezelf")
    assert not answer.crisis
    assert answer.service == "mantelzorg" or "mantelzorg" in answer.alternatives


def test_a_question_about_a_crisis_service_is_an_ordinary_answer(assistant: Assistant) -> None:
    # The matcher alone is sure of Veilig Thuis, but nothing in the words sounds like danger.
    answer = assistant.ask("meldcode hulp")
    assert answer.service == "veilig-thuis" and not answer.crisis
    assert "0800-2000" in answer.answer


def test_out_of_scope_topic_with_its_own_address(assistant: Assistant) -> None:
    answer = assistant.ask("mijn fiets is gestolen, waar doe ik aangifte")
    assert answer.outcome == "out_of_scope" and answer.service is None
    assert "de politie: bel 0900-8844" in answer.answer
    assert "Gemeente Leiderdorp" not in answer.answer  # the municipality is not where to go


def test_out_of_scope_offers_a_service_that_also_fits(assistant: Assistant) -> None:
    answer = assistant.ask("parkeerboete en ik zit al in de schulden")
    assert answer.outcome == "out_of_scope" and answer.service is None and not answer.clarify
    assert answer.alternatives[0] == "schuldhulp" and answer.choices[0].id == "schuldhulp"
    assert "- " + answer.choices[0].title in answer.answer
    assert not assistant.ask("mijn paspoort is verlopen").choices  # nothing social about it


def test_out_of_scope_topic_of_the_municipality(assistant: Assistant) -> None:
    answer = assistant.ask("mijn paspoort is verlopen")
    assert answer.outcome == "out_of_scope"
    assert "kunt u terecht bij Gemeente Leiderdorp" in answer.answer



SPREEKTAAL = [  # written apart from every evaluation set
("zit echt aan de grond met geld, elke maand rood", "schuldhulp"),
("de rekeningen stapelen zich op en ik durf de post niet meer open te maken", "schuldhulp"),
("incassobureau belt de hele tijd", "schuldhulp"),
("m'n ma kan niet meer alleen douchen, kan er iemand komen helpen", "wmo-ondersteuning"),
("pa heeft een rollator nodig, hoe regel ik dat", "wmo-ondersteuning"),
("ik ben helemaal op van het zorgen voor m'n vrouw", "mantelzorg"),
("even een weekje vrij van de zorg voor m'n moeder, kan dat", "mantelzorg"),
("zoek een klusje als vrijwilliger, iets met dieren of zo", "vrijwilligerswerk"),
("moet een vog voor de voetbalclub maar heb geen geld", "vog-vergoeding"),
("kids willen op voetbal maar de contributie is te duur", "minimaregelingen"),
("ben m'n baan kwijt, wat nu", "werk-en-inkomen"),
("zit in de bijstand en wil iets anders", "werk-en-inkomen"),
("m'n peuter praat nog bijna niks, moet ik me zorgen maken", "cjg"),
("m'n dochter wordt gepest op school en wil niet meer gaan", "cjg"),
("het loopt thuis compleet uit de hand met onze zoon, we hebben echt hulp nodig", "jeugdhulp"),
("waar kunnen jongeren hier chillen, is er een jongerencentrum", "jongeren"),
("zit met van alles in m'n hoofd, ben 17, met wie kan ik praten", "jongeren"),
("we zijn net in leiderdorp komen wonen als vluchteling", "statushouders"),
("kan niet goed lezen en schrijven, schaam me ervoor", "taal-en-digitaal"),
("snap niks van digid, wie helpt me", "taal-en-digitaal"),
("sinds m'n man er niet meer is zie ik bijna niemand", "eenzaamheid"),
("zit de hele dag alleen thuis, niemand komt langs", "eenzaamheid"),
("m'n pa wordt zo vergeetlachtig, laatst liet ie het gas aan", "dementie"),
("voel me al weken zo down en somber", "mentale-gezondheid"),
("ik pieker me suf en slaap slecht", "mentale-gezondheid"),
("wil stoppen met blowen", "gezonde-leefstijl"),
("wil wat meer bewegen maar weet niet hoe", "gezonde-leefstijl"),
("we willen een buurtbarbecue organiseren, kan de gemeente helpen", "buurt-en-veiligheid"),
("hoe kom ik in de buurtapp tegen inbrekers", "buurt-en-veiligheid"),
("weet echt niet waar ik heen moet met m'n problemen", "incluzio"),
]


@pytest.mark.parametrize("question, service", SPREEKTAAL)
def test_everyday_words_reach_the_service(assistant: Assistant, question: str, service: str) -> None:
    answer = assistant.ask(question)
    assert answer.service == service, (question, answer.outcome, answer.alternatives)



MUNICIPAL = [  # outside the social domain, written apart from every evaluation set
"wanneer wordt het oud papier opgehaald", "mijn kliko is niet geleegd", "hoe vraag ik een nieuwe id kaart aan",
"waar kan ik mijn auto parkeren bij het centrum", "mag ik een schuur in mijn tuin bouwen", "ik ga verhuizen naar leiderdorp, hoe schrijf ik me in",
"hoeveel ozb moet ik betalen", "we willen trouwen in het gemeentehuis", "er ligt een gat in de weg bij mij voor de deur",
"de lantaarnpaal in onze straat is kapot", "hoe laat is het gemeentehuis open", "ik wil een boom in mijn tuin kappen",
"er zitten ratten in de tuin", "hoe kan ik stemmen als ik op vakantie ben", "wat is het weer morgen", "wat kost een nieuw rijbewijs",
"kan ik hier een hond registreren", "wie wint de verkiezingen", "mijn buurman heeft een te hoge schutting gebouwd",
"hoe vraag ik een vergunning aan voor een straatfeest", "where can I renew my passport", "my bin was not emptied",
"ik wil een klacht indienen over een ambtenaar", "waar kan ik mijn fiets laten repareren", "hoeveel kost een uittreksel"]


@pytest.mark.parametrize("question", MUNICIPAL)
def test_municipal_questions_get_no_service(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.service is None and not answer.clarify and not answer.crisis, (question, answer.outcome)


def _toy_model(weight: float) -> SafetyModel:
    return SafetyModel({"crisis": {"paars": weight}, "suicide": {}}, {"crisis": -3.0, "suicide": -3.0})


def test_the_word_model_raises_a_crisis_the_rules_miss(assistant: Assistant) -> None:
    toy = Assistant(assistant.kb, MatchSettings(answer_cache=0), safety=_toy_model(6.0))  # p = 0.95
    answer = toy.ask("alles is paars")
    assert answer.crisis and answer.service == "veilig-thuis"
    assert answer.answer.startswith("Bel")
    assert "woordmodel 0.95" in answer.reason and "paars" in answer.reason


def test_some_worry_puts_the_number_above_an_ordinary_answer(assistant: Assistant) -> None:
    m = MatchSettings(answer_cache=0)
    p = (m.safety_hint_threshold + m.safety_model_threshold) / 2  # between the two thresholds
    toy = Assistant(assistant.kb, m, safety=_toy_model(3.0 + math.log(p / (1 - p))))
    answer = toy.ask("paars, en ik heb schulden")
    assert not answer.crisis and answer.service == "schuldhulp"
    assert answer.answer.startswith(SAFETY_HINTS["veilig-thuis"])
    plain = Assistant(assistant.kb, MatchSettings(answer_cache=0), safety=_toy_model(0.0))
    assert SAFETY_HINTS["veilig-thuis"] not in plain.ask("paars, en ik heb schulden").answer


# --- issue 12: meaning, crises that generalise, 112 ------------------------------------------

@pytest.mark.parametrize("question", [
    "Mijn dochter van 14 snijdt zichzelf, ik heb het gezien op haar armen",
    "ik doe mezelf pijn",
])
def test_self_harm_is_a_crisis_with_113_first(shipped_assistant: Assistant, question: str) -> None:
    answer = shipped_assistant.ask(question)
    assert answer.crisis and answer.service == "zelfmoordpreventie"
    assert "0800-0113" in answer.answer.splitlines()[0]


@pytest.mark.parametrize("question", [
    "er ligt een man op straat die niet meer beweegt",
    "er is brand in de flat naast ons, er zitten nog mensen binnen",
    "someone is lying in the street and is not breathing",
    "er loopt een man met een mes over de Dorpsstraat en hij schreeuwt naar iedereen",
    "mijn buurman heeft pijn op zijn borst en is helemaal grauw",
    "in de wachtkamer van het gemeentehuis zwaait een man met een mes, iedereen rent weg",
])
def test_an_acute_emergency_outside_the_home_gets_112_first_and_no_service(
        shipped_assistant: Assistant, question: str) -> None:
    answer = shipped_assistant.ask(question)
    assert answer.outcome == "emergency" and not answer.crisis
    assert answer.service is None and answer.theme is None
    assert answer.answer.splitlines()[0].startswith(("Bel nu 112", "Call 112"))
    assert "112" in answer.reason


@pytest.mark.parametrize("question", [
    "mijn man staat nu met een mes in de keuken en schreeuwt dat hij me vermoordt",
    "mijn ex staat met een mes op straat voor mijn huis",
])
def test_violence_at_home_that_is_acute_is_a_crisis_with_112_first(shipped_assistant: Assistant, question: str) -> None:
    answer = shipped_assistant.ask(question)
    assert answer.crisis and answer.service == "veilig-thuis"
    assert "112" in answer.answer.splitlines()[0]


@pytest.mark.parametrize("question", [
    "ik verveel me dood",
    "de energiemaatschappij dreigt ons af te sluiten",
    "mijn zoon slaat dingen kapot als hij boos is",
    "opa dwaalt 's nachts door het huis en weet niet meer waar hij is",
    "mijn zoon van 15 sloeg uit woede een gat in de deur",
    "the agency kicked me out of the housing, where can i sleep",
    "voel me heel down, niet suicidaal hoor",
    "bedankt!",
])
def test_near_misses_stay_calm(shipped_assistant: Assistant, question: str) -> None:
    answer = shipped_assistant.ask(question)
    assert not answer.crisis and answer.outcome != "emergency"


def test_a_short_everyday_question_gets_no_crisis_number_from_its_neighbours_alone(
        shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("ik wil opvoedadvies")  # near "ik wil dood" in meaning
    assert "113" not in answer.answer and "0800-2000" not in answer.answer


def test_the_explanation_names_the_nearest_example_and_the_semantic_score(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("Моя мама все забуває і губиться на вулиці")
    assert answer.service == "dementie" or "dementie" in answer.alternatives
    why = [w for c in answer.explanation for w in c.matched if w.startswith("betekenis")]
    assert why and "lijkt op: '" in why[0]


def test_without_the_semantic_layer_a_foreign_question_finds_nothing(shipped_assistant: Assistant) -> None:
    plain = Assistant(shipped_assistant.kb, shipped_assistant.match)  # no vectors: words only
    assert plain.ask("Моя мама все забуває і губиться на вулиці").service is None
    assert plain.ask("Моя мама все забуває і губиться на вулиці").language == "uk"


def test_a_help_line_by_name_finds_its_service(assistant: Assistant) -> None:
    # residents type the name of a line they heard of; the index holds each service's line names
    assert assistant.ask("slachtofferhulp").service == "juridische-hulp"
    kids = assistant.ask("kindertelefoon")  # named by the services for young people and for families
    assert {c.id for c in kids.choices} == {"jongeren", "cjg"} and "0800-0432" in kids.answer


def test_no_choice_between_two_services_with_the_same_line(assistant: Assistant) -> None:
    # eenzaamheid and mentale-gezondheid both name De Luisterlijn: one answer, the other as suggestion
    answer = assistant.ask("de luisterlijn")
    assert answer.outcome == "answered" and answer.service == "mentale-gezondheid"
    assert answer.alternatives[0] == "eenzaamheid"
    assert "Of bel De Luisterlijn: 088-0767000" in answer.answer
    assert "één antwoord voor twee" in answer.reason


def test_a_choice_gives_a_line_that_most_choices_name(assistant: Assistant) -> None:
    def choices(*ids: str) -> tuple[Choice, ...]:
        return tuple(Choice(i, assistant.kb.service(i).title) for i in ids)
    # two of three choices name De Luisterlijn: right for most of what the resident may pick
    assert "088-0767000" in assistant.replies.clarify(choices("jeugdhulp", "eenzaamheid", "mentale-gezondheid"), "", False)
    # one of three is not most
    assert "088-0767000" not in assistant.replies.clarify(choices("jeugdhulp", "eenzaamheid", "werk-en-inkomen"), "", False)


@pytest.mark.parametrize("question", [
    "ben mishandeld bij de uitgang van een cafe door onbekenden en moet nu als getuige naar de rechtbank",
    "mijn fiets is gestolen en een man sloeg mij op straat, de politie zegt dat er hulp is voor slachtoffers",
])
def test_a_crime_by_strangers_is_legal_help_not_veilig_thuis(shipped_assistant: Assistant, question: str) -> None:
    answer = shipped_assistant.ask(question)
    assert not answer.crisis and "0800-2000" not in answer.answer


def test_sexual_violence_by_a_stranger_stays_a_crisis(shipped_assistant: Assistant) -> None:
    assert shipped_assistant.ask("ik ben verkracht door een onbekende, ik heb aangifte gedaan bij de politie").crisis


def test_a_child_whose_question_points_to_a_youth_place_gets_that_answer_not_a_choice(
        shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("ik ben 13, kan ik ergens gratis sporten met andere jongeren?")
    assert answer.outcome == "answered" and answer.service == "jongeren"
    assert "Kindertelefoon" in answer.answer


def test_a_child_outside_the_social_domain_is_told_where_to_go_as_je_with_de_kindertelefoon(
        shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("ik ben 15 en heb een id kaart nodig voor de schoolreis, waar vraag ik die aan")
    assert answer.outcome == "out_of_scope"
    assert "kun je terecht" in answer.answer and "kunt u" not in answer.answer
    assert "Kindertelefoon" in answer.answer


def test_a_child_heard_only_by_the_writer_model_is_addressed_as_a_child(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("heb honger. koelkast is leeg en mama krijgt pas volgende week geld")
    assert "Kindertelefoon" in answer.answer and "je" in answer.answer.split()


@pytest.mark.parametrize("question", ["13", "42", "2026"])
def test_a_number_alone_gets_no_crisis_line(shipped_assistant: Assistant, question: str) -> None:
    # the word model has no words to hear a worry in; the reply asks for other words
    answer = shipped_assistant.ask(question)
    assert not answer.crisis and "Veilig Thuis" not in answer.answer and "113" not in answer.answer.split()


WANDERING = ("mijn schoonmoeder staat midden in de nacht aangekleed bij de voordeur omdat ze naar haar werk moet, "
             "maar ze is al twintig jaar met pensioen")


def _offered(answer: Answer) -> tuple[str | None, ...]:
    return (answer.service,) + answer.alternatives


def test_a_story_the_meaning_cannot_place_gets_the_service_of_the_nearest_questions(assistant: Assistant) -> None:
    answer = assistant.ask(WANDERING)
    assert "dementie" in _offered(answer)
    why = next(c.matched for c in answer.explanation if c.service == "dementie")
    assert any("voorbeeldvraag" in w for w in why)  # explainable: the nearest development question


def test_without_that_push_the_story_misses_the_service(assistant: Assistant, tmp_path: Path) -> None:
    off = Assistant(assistant.kb, MatchSettings(route_alone_share=2.0), vectors=vector_cache(Settings(data_dir=tmp_path)))
    assert "dementie" not in _offered(off.ask(WANDERING))


def test_a_question_about_the_work_gets_the_crisis_services_information_without_the_crisis_answer(
        assistant: Assistant) -> None:
    answer = assistant.ask("wij willen als buurthuis leren hoe je merkt dat iemand aan zelfmoord denkt, "
                           "bestaat daar een cursus voor?")
    assert answer.service == "zelfmoordpreventie" and not answer.crisis
    assert "113" in answer.answer and "vraag over het werk" in answer.reason
