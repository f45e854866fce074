"""Ranking over the shipped knowledge base: order, scores, confidence, matched words."""

from __future__ import annotations

from pathlib import Path

import pytest

from wegwijzer.knowledge.base import load_or_raise
from wegwijzer.understanding.matching import OUT_OF_SCOPE_PREFIX, Index, _specific

KNOWLEDGE = Path(__file__).resolve().parent.parent.parent / "knowledge"


@pytest.fixture(scope="module")
def index() -> Index:
    return Index(load_or_raise(KNOWLEDGE))


def test_debt_question_ranks_schuldhulp_first(index: Index) -> None:
    ranking = index.rank("ik heb schulden en de deurwaarder komt")
    top = ranking.candidates[0]
    assert top.id == "schuldhulp"
    assert "deurwaarder" in top.matched
    assert any(m.startswith("schuld") for m in top.matched)


@pytest.mark.parametrize("question, expected", [
    ("ik zorg voor mijn zieke moeder en ben overbelast", "mantelzorg"),
    ("ik zoek vrijwilligerswerk", "vrijwilligerswerk"),
    ("mijn moeder wordt steeds vergeetachtig, is het dementie?", "dementie"),
    ("ik wil een traplift in mijn huis", "wmo-ondersteuning"),
])
def test_clear_questions_rank_their_service_first(index: Index, question: str, expected: str) -> None:
    assert index.rank(question).candidates[0].id == expected


def test_candidates_are_best_first_with_monotone_confidence(index: Index) -> None:
    candidates = index.rank("ik heb schulden en kan de huur niet betalen, mijn kinderen kunnen niet sporten").candidates
    assert len(candidates) > 2
    scores = [c.score for c in candidates]
    assert scores == sorted(scores, reverse=True)
    confidences = [c.confidence for c in candidates]
    assert confidences == sorted(confidences, reverse=True)
    assert all(0.0 <= c <= 1.0 for c in confidences)
    assert all(c.score > 0 and c.matched for c in candidates)


def test_confidence_is_monotone_in_score(index: Index) -> None:
    values = [index.confidence(s) for s in (0.0, 0.5, 1, 2, 5, 10, 50, 1000)]
    assert values[0] == 0.0
    assert values == sorted(values)
    assert all(0.0 <= v <= 1.0 for v in values)


def test_more_matching_words_do_not_lower_the_score(index: Index) -> None:
    one = index.rank("deurwaarder").candidates[0]
    two = index.rank("deurwaarder schulden").candidates[0]
    assert one.id == two.id == "schuldhulp"
    assert two.score >= one.score


def test_out_of_scope_topic_carries_prefix(index: Index) -> None:
    top = index.rank("waar kan ik mijn paspoort verlengen").candidates[0]
    assert top.id.startswith(OUT_OF_SCOPE_PREFIX) and top.out_of_scope
    assert top.id == "buiten:paspoort"
    assert "paspoort" in top.matched


def test_services_are_not_out_of_scope(index: Index) -> None:
    assert not any(c.out_of_scope for c in index.rank("schulden").candidates if not c.id.startswith("buiten"))
    assert not index.rank("schulden").candidates[0].out_of_scope


def test_nonsense_and_empty_give_nothing(index: Index) -> None:
    assert index.rank("").candidates == ()
    assert index.rank("waar kan ik terecht?").candidates == ()  # only the frame of a question
    nonsense = index.rank("xqzv blorptnik")
    assert all(c.confidence < 0.5 for c in nonsense.candidates)


def test_typo_and_compound_are_explained(index: Index) -> None:
    ranking = index.rank("schuldhulpverleneng")
    assert ranking.candidates[0].id == "schuldhulp"
    assert any(t.how == "spelling" for t in ranking.terms)


def test_content_words_count_distinct_resident_words(index: Index) -> None:
    assert index.rank("schulden").content_words == 1
    assert index.rank("schulden schulden deurwaarder").content_words == 2


def test_ranking_is_deterministic(index: Index) -> None:
    question = "ik ben mantelzorger en heb weinig geld"
    assert index.rank(question) == index.rank(question)


def test_an_everyday_word_weighs_less_than_a_telling_one(index: Index) -> None:
    # "moeder" is in Dutch everyday speech; "scootmobiel" names what is needed.
    ranking = index.rank("mijn moeder heeft een scootmobiel nodig")
    assert ranking.candidates[0].id == "wmo-ondersteuning"
    assert index.idf["moeder"] < index.idf["scootmobiel"]
    assert _specific("scootmobiel") == 1.0 and 0.5 <= _specific("jaar") < 1.0


def test_a_word_listed_only_inside_a_phrase_weighs_less_than_a_word_listed_alone(index: Index) -> None:
    from wegwijzer.understanding.matching import PHRASE_PART
    # gezonde-leefstijl lists "trap op zonder hijgen" but not "trap" alone; "sport" alone
    assert index.postings["trap"]["gezonde-leefstijl"] == pytest.approx(3.0 * PHRASE_PART)
    assert index.postings["sport"]["gezonde-leefstijl"] >= 3.0


def test_listed_holds_the_single_words_as_written_not_phrase_parts(index: Index) -> None:
    listed = index.listed["veilig-thuis"]
    assert {"meldcode", "geslagen", "mishandeling"} <= listed
    assert "training" not in index.listed["zelfmoordpreventie"]  # only in "training zelfmoordpreventie"
    assert "113" in index.listed["zelfmoordpreventie"]
