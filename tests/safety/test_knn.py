"""The crisis head on the embeddings (wegwijzer.safety.knn) and how it was built."""

from __future__ import annotations

import numpy as np
import pytest

from wegwijzer.safety.knn import CALM, SUICIDE, VIOLENCE, Vote, shipped_neighbours
from wegwijzer.safety.knn_train import dev_questions, label
from wegwijzer.understanding.embedder import shared_embedder


def test_the_shipped_head_is_built_from_the_dev_sets_only() -> None:
    head = shipped_neighbours()
    questions = dev_questions()
    assert head.texts == [q.q for q in questions]  # no holdout question, same order
    assert head.labels.tolist() == [label(q) for q in questions]
    assert head.emergency.tolist() == [int(q.emergency) for q in questions]


def test_the_shipped_vectors_are_what_the_model_makes_of_those_questions() -> None:
    head = shipped_neighbours()
    rows = np.random.default_rng(12).choice(len(head.texts), size=5, replace=False)
    fresh = shared_embedder(1).embed([head.texts[i] for i in rows])
    assert (np.sum(fresh * head.vectors[rows], axis=1) > 0.99).all()  # float16 on disk


def test_labels_say_which_crisis() -> None:
    head = shipped_neighbours()
    assert {CALM, VIOLENCE, SUICIDE} == set(head.labels.tolist())


@pytest.mark.parametrize("message, kind", [
    ("mój mąż mnie bije i boję się wrócić do domu", "veilig-thuis"),
    ("Я хочу вбити себе, я більше не можу", "zelfmoordpreventie"),
    ("kocam beni dövüyor ve çocuklarımı tehdit ediyor", "veilig-thuis"),
])
def test_a_crisis_in_another_language_has_crisis_neighbours(message: str, kind: str) -> None:
    vote = shipped_neighbours().vote(shared_embedder(1).embed([message])[0])
    assert vote.crisis >= 0.6 and vote.kind == kind
    assert vote.nearest in shipped_neighbours().texts and 0 < vote.similarity <= 1


def test_someone_lying_in_the_street_has_112_neighbours() -> None:
    vote = shipped_neighbours().vote(shared_embedder(1).embed(["there is a man lying in the street, he does not move"])[0])
    assert vote.emergency >= 0.5


def test_an_everyday_question_has_calm_neighbours() -> None:
    vote = shipped_neighbours().vote(shared_embedder(1).embed(["waar kan mijn zoon voetballen?"])[0])
    assert vote.crisis < 0.2 and vote.emergency < 0.2


def test_leave_one_out_never_counts_the_question_itself() -> None:
    head = shipped_neighbours()
    vector = head.vectors[0].astype(np.float32)
    assert head.vote(vector.copy(), skip=0).nearest != head.texts[0] or head.texts.count(head.texts[0]) > 1


def test_split_neighbours_name_the_other_crisis_kind_too() -> None:
    split = Vote(0.9, "veilig-thuis", 0.0, "", 0.9, suicide=0.4)
    assert split.other_kind(0.3) == "zelfmoordpreventie"
    assert Vote(0.9, "zelfmoordpreventie", 0.0, "", 0.9, suicide=0.6).other_kind(0.3) == "veilig-thuis"
    assert Vote(0.9, "veilig-thuis", 0.0, "", 0.9, suicide=0.1).other_kind(0.3) is None
    assert Vote(0.0, "veilig-thuis", 0.0, "", 0.9).other_kind(0.3) is None
