"""Small-count suppression, as CBS does: no count below 5 is ever shown.

Primary suppression: every count below THRESHOLD is shown as "<5".
Secondary suppression: figures are tied together by sums ("groups": the themes of a
month add up to that month's total, the months add up to the overall figure, the
doelen of a theme add up to the theme). When a group's total is shown and exactly one
of its parts is hidden, that part could be worked out by subtraction; so the smallest
part that is still shown (and above zero) is hidden too. The same holds the other way
round: a hidden total whose parts are all shown is hidden by hiding its smallest part.
This repeats until no sum has exactly one hidden figure, because hiding a cell can
expose another sum. Zeros are never picked: an absent cell is known to be zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Iterable, Mapping

THRESHOLD = 5
HIDDEN = "<5"

RULE = (f"Elk aantal onder de {THRESHOLD} staat er als \"{HIDDEN}\". Als in een rij of tabel "
        "het totaal zichtbaar is en precies één ander getal verborgen, dan wordt ook het "
        "kleinste zichtbare getal in die rij verborgen (secundaire onderdrukking), zodat "
        "niemand het verborgen getal kan uitrekenen.")


@dataclass(frozen=True)
class Group:
    """Cells that add up to a total cell."""

    members: tuple[Hashable, ...]
    total: Hashable


def hidden_cells(cells: Mapping[Hashable, int], groups: Iterable[Group],
                 threshold: int = THRESHOLD) -> set[Hashable]:
    """The cells to hide: primary (below threshold) plus secondary (see module doc)."""
    hidden = {key for key, value in cells.items() if value < threshold}
    # A sum is one equation: parts - total = 0. With exactly one unknown in it, that
    # unknown can be solved, whether it is a part or the total itself.
    equations = [(*g.members, g.total) for g in groups]
    changed = True
    while changed:
        changed = False
        for cells_of_sum in equations:
            if sum(1 for c in cells_of_sum if c in hidden) != 1:
                continue
            candidates = [c for c in cells_of_sum if c not in hidden and cells.get(c, 0) > 0]
            if candidates:
                hidden.add(min(candidates, key=lambda c: (cells[c], str(c))))
                changed = True
    return hidden


class Suppressed:
    """Counts as they may be shown: an int, or "<5"."""

    def __init__(self, cells: Mapping[Hashable, int], groups: Iterable[Group],
                 threshold: int = THRESHOLD) -> None:
        self._cells = dict(cells)
        self._hidden = hidden_cells(self._cells, groups, threshold)

    def __call__(self, key: Hashable) -> int | str:
        """The shown value of a cell (a missing cell is 0, itself below the threshold)."""
        if key in self._hidden or key not in self._cells:
            return HIDDEN
        return self._cells[key]

    def shown(self, key: Hashable) -> bool:
        """True when the exact count of this cell may be shown."""
        return key in self._cells and key not in self._hidden
