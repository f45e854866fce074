"""The word models' shared parts: word pieces, the logistic function and its training."""

from __future__ import annotations

from wegwijzer.understanding.logistic import fit, pieces, sigmoid


def test_pieces_mark_the_word_edges() -> None:
    assert pieces(["mesje"]) == {"#<mes", "#mesj", "#esje", "#sje>"}
    assert "#<sla" in pieces(["slaad"]) & pieces(["slaat"])  # a typo shares pieces with the word


def test_sigmoid_is_clamped_for_long_messages() -> None:
    assert sigmoid(0.0) == 0.5
    assert 0.0 < sigmoid(-1e6) < sigmoid(1e6) < 1.0


def test_fit_learns_the_label_and_is_deterministic() -> None:
    rows = [(frozenset({"mama", "ff"}), 1), (frozenset({"mijn", "zoon"}), 0)] * 5
    weights, bias = fit(rows, epochs=10, rate=0.3, l2=1e-2, seed=1)
    assert weights["mama"] > 0 > weights["zoon"]
    assert (weights, bias) == fit(rows, epochs=10, rate=0.3, l2=1e-2, seed=1)


def test_several_runs_give_the_mean_of_each_run() -> None:
    rows = [(frozenset({"slaat", "me"}), 1), (frozenset({"slaat", "deur"}), 0), (frozenset({"me"}), 0)] * 4
    first = fit(rows, epochs=3, rate=0.3, l2=1e-2, seed=7)
    second = fit(rows, epochs=3, rate=0.3, l2=1e-2, seed=10)  # run 2 starts at seed + epochs
    both = fit(rows, epochs=3, rate=0.3, l2=1e-2, seed=7, runs=2)
    assert first == fit(rows, epochs=3, rate=0.3, l2=1e-2, seed=7, runs=1)
    for word, weight in both[0].items():
        assert abs(weight - (first[0][word] + second[0][word]) / 2) <= 1e-4
    assert abs(both[1] - (first[1] + second[1]) / 2) <= 1e-4
