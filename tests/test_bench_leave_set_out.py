"""bench/leave_set_out.py: each dev set is scored by a word model and neighbours that never saw it."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
from leave_set_out import line, without  # noqa: E402

from wegwijzer.evaluation import Prediction, read_questions  # noqa: E402
from wegwijzer.safety import train  # noqa: E402
from wegwijzer.safety.knn import shipped_neighbours  # noqa: E402
from wegwijzer.safety.model import shipped_model  # noqa: E402

SET = REPO / "tests" / "data" / "crisis_dev.jsonl"


def test_the_left_out_set_is_in_neither_the_neighbours_nor_the_word_model(tmp_path: Path) -> None:
    questions = {q.q for q in read_questions(SET)}
    assistant = without(SET, tmp_path)
    kept = set(assistant._neighbours.texts)
    assert not kept & questions
    assert len(kept) == len(set(shipped_neighbours().texts) - questions)
    # relearnt on the other sets only: it differs from the shipped model, learnt on all of them
    others = [e for p in train.dev_files() if p != SET for e in train.examples_of(p)]
    assert len(others) == len(train.examples()) - len(train.examples_of(SET))
    assert assistant._safety.weights != shipped_model().weights


def test_a_row_shows_the_scores_of_the_set() -> None:
    questions = read_questions(SET)[:2]
    right = [Prediction(q.expect[0] if q.expect else None, (), False, q.crisis, None, "") for q in questions]
    row = line("crisis_dev", questions, right)
    assert row.split()[:4] == ["crisis_dev", "2", "1.000", "1.000"]
