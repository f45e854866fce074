"""The crisis word model: features, scores with reasons, and a reproducible shipped file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wegwijzer.safety.model import MODEL_FILE, SafetyModel, features, shipped_model, someone_died
from wegwijzer.safety.train import dev_files, examples, save, train


def test_features_are_lemmas_and_pairs_within_a_clause() -> None:
    found = features("Ik wil niet meer, de kinderen slapen")
    assert {"willen niet", "niet", "kind", "kind slapen"} <= found  # lemmas: kinderen -> kind
    assert not any(f.startswith(("veel de", "meer de")) for f in found)  # no pair across the comma
    assert not any(f.isdigit() for f in features("ik ben 14"))


def test_features_carry_letter_pieces_across_spellings() -> None:
    # A typo and a compound share pieces with the word the model learnt.
    assert "#slaa" in features("hij slaat me") & features("hij slaad me")
    assert "#mesj" in features("met een mesje")
    assert "#<113" in features("kan ik 113 bellen")  # helpline numbers come with questions about them


def test_score_names_the_words_that_weighed_most() -> None:
    model = SafetyModel({"crisis": {"paars": 3.0, "lucht": 1.0, "groen": -2.0}, "suicide": {"paars": 2.0}},
                        {"crisis": -2.0, "suicide": -1.0})
    score = model.score("paarse lucht")
    assert score.words[:1] == ("paars",) or "paars" in score.words
    assert score.probability > 0.5 and score.kind == "zelfmoordpreventie"
    assert model.score("groen gras").probability < 0.2
    assert model.score("groen gras").kind == "veilig-thuis"


def test_only_development_sets_are_learnt_from() -> None:
    assert all("holdout" not in path.name for path in dev_files())


def test_the_shipped_model_is_what_the_sets_give(tmp_path: Path) -> None:
    # Rebuilding from tests/data must give the committed file byte for byte: the model
    # cannot drift from its data, and anyone can reproduce it (python -m wegwijzer.safety.train).
    target = tmp_path / "model.json"
    save(train(examples()), target)
    assert target.read_bytes() == MODEL_FILE.read_bytes()


def test_the_shipped_model_separates_its_own_examples() -> None:
    model = shipped_model()
    assert model.score("mijn man slaat me en ik durf niet naar huis").probability > 0.7
    assert model.score("waar kan ik mijn paspoort verlengen").probability < 0.1
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert set(data["weights"]) == {"crisis", "suicide"}


@pytest.mark.parametrize("text", ["", "😀" * 50, "a" * 5000, "\u202e\u0000\t"])
def test_any_text_gets_a_score(text: str) -> None:
    score = shipped_model().score(text)
    assert 0.0 <= score.probability <= 1.0



def test_someone_else_who_is_no_longer_there_has_died() -> None:
    assert someone_died("sinds mijn vrouw er niet meer is eet ik slecht".split()) == \
        ["sinds", "mijn", "vrouw", "overleden", "eet", "ik", "slecht"]
    assert someone_died("ik wil er niet meer zijn".split()) == ["ik", "wil", "er", "niet", "meer", "zijn"]
    assert shipped_model().score("sinds mijn man er niet meer is zie ik bijna niemand").probability < 0.45
