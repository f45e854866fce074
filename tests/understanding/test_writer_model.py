"""The writer model: learnt from the development sets that mark who wrote each question."""

from __future__ import annotations

from pathlib import Path

import pytest

from wegwijzer.understanding.writer_model import MODEL_FILE, features, shipped_writer_model
from wegwijzer.understanding.writer_train import examples, save, train


def test_only_development_sets_that_mark_the_writer_are_learnt_from() -> None:
    sets = {name for _, _, name, _ in examples()}
    assert sets and all(name.startswith(("dev", "crisis_dev")) for name in sets)
    assert "dev" not in sets  # the first set has no "child" key: who wrote it is unknown


def test_the_shipped_model_is_what_the_sets_give(tmp_path: Path) -> None:
    # Rebuilding from tests/data gives the committed file byte for byte
    # (python -m wegwijzer.understanding.writer_train).
    target = tmp_path / "writer_model.json"
    save(train(examples()), target)
    assert target.read_bytes() == MODEL_FILE.read_bytes()


def test_the_shipped_model_tells_a_teenager_from_a_parent() -> None:
    model = shipped_writer_model()
    assert model.probability("ik wil op voetbal maar mama zegt dat het te duur is") > 0.7
    assert model.probability("Mijn zoon van 15 gamet de hele nacht, waar kan ik advies krijgen?") < 0.3


def test_words_pairs_and_pieces_are_features() -> None:
    found = features("Mn moeder")
    assert {"mn", "moeder", "mn moeder", "#<moe"} <= found


@pytest.mark.parametrize("text", ["", "😀" * 50, "a" * 5000, "\u202e\u0000\t"])
def test_any_text_gets_a_probability(text: str) -> None:
    assert 0.0 <= shipped_writer_model().probability(text) <= 1.0
