"""Small-count suppression: primary (<5) and secondary (no single hidden cell in a sum)."""

from __future__ import annotations

from wegwijzer.stats.suppress import HIDDEN, Group, Suppressed, hidden_cells


def test_counts_below_five_are_hidden_five_and_up_shown():
    show = Suppressed({"a": 4, "b": 5, "c": 1, "d": 0}, [])
    assert [show(k) for k in "abcd"] == [HIDDEN, 5, HIDDEN, HIDDEN]


def test_a_missing_cell_is_shown_as_hidden_too():
    assert Suppressed({}, [])("nothing") == HIDDEN


def test_one_hidden_cell_next_to_a_shown_total_hides_the_next_smallest():
    cells = {"a": 3, "b": 7, "c": 20, "total": 30}
    assert hidden_cells(cells, [Group(("a", "b", "c"), "total")]) == {"a", "b"}


def test_two_hidden_cells_need_nothing_more():
    cells = {"a": 3, "b": 2, "c": 20, "total": 25}
    assert hidden_cells(cells, [Group(("a", "b", "c"), "total")]) == {"a", "b"}


def test_a_hidden_total_protects_its_row_already():
    cells = {"a": 3, "b": 1, "total": 4}
    assert hidden_cells(cells, [Group(("a", "b"), "total")]) == {"a", "b", "total"}


def test_secondary_suppression_repeats_across_rows_and_columns():
    # rows r1, r2 with columns x, y; column totals X, Y; row totals R1, R2; grand total G
    cells = {"r1x": 3, "r1y": 10, "r2x": 9, "r2y": 12, "R1": 13, "R2": 21,
             "X": 12, "Y": 22, "G": 34}
    groups = [Group(("r1x", "r1y"), "R1"), Group(("r2x", "r2y"), "R2"),
              Group(("r1x", "r2x"), "X"), Group(("r1y", "r2y"), "Y"), Group(("R1", "R2"), "G")]
    hidden = hidden_cells(cells, groups)
    # r1x hidden; row r1 hides r1y; column x hides r2x; then row r2 and column y
    # each have one hidden cell, so r2y goes too
    assert hidden == {"r1x", "r1y", "r2x", "r2y"}
    for group in groups:
        if group.total not in hidden:
            assert len([m for m in group.members if m in hidden]) != 1


def test_zero_is_hidden_but_a_known_absent_cell_is_not_picked_to_protect():
    # b is absent (a known zero): hiding it would protect nothing, so c is hidden
    cells = {"a": 2, "c": 9, "total": 11}
    assert hidden_cells(cells, [Group(("a", "b", "c"), "total")]) == {"a", "c"}
