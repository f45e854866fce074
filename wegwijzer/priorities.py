"""Which of two close candidates goes first, for reasons the scores cannot see.

A specific service close behind the front door (Incluzio) goes before it: the front door is the
answer when nothing more specific fits. For a young writer, a place for young people goes before
a service meant for adults (the loneliness help with its eetclub, adult mental health care), and
instead of a choice between topics, when one of the choices is such a place; and when the answer
is another service, such a place is the first other suggestion. A choice between two services
where one answer also names the other's line is answered with that one.

The decision itself (clear_answer, alternatives_beside): an answer is clear when it is confident
and far enough ahead of the second service; the others worth showing stay beside it.
"""

from __future__ import annotations

from wegwijzer.replies import FRONT_DOOR
from wegwijzer.settings import MatchSettings
from wegwijzer.understanding.matching import Scored

# Where young people go with a worry (CONTRACT: parenting and growing up; youth work); both name
# De Kindertelefoon.
YOUTH_PLACES = ("cjg", "jongeren")
_FOR_YOUNG_PEOPLE = YOUTH_PLACES + ("jeugdhulp",)


def _first(services: list[Scored], chosen: Scored) -> tuple[list[Scored], Scored]:
    """The services with `chosen` moved to the front, and `chosen` as the new top."""
    return [chosen] + [c for c in services if c is not chosen], chosen


def front_door_last(services: list[Scored], top: Scored, m: MatchSettings) -> tuple[list[Scored], Scored]:
    """A specific service close behind the front door goes first."""
    if top.id != FRONT_DOOR or len(services) < 2:
        return services, top
    specific = services[1]
    if specific.score < m.front_door_yield * top.score:
        return services, top
    return _first(services, specific)


def youth_first(services: list[Scored], top: Scored, m: MatchSettings) -> tuple[list[Scored], Scored]:
    """For a young writer: a place for young people close behind a service for adults goes first."""
    if top.id not in m.youth_first:
        return services, top
    young = next((c for c in services[1:] if c.id in _FOR_YOUNG_PEOPLE and c.score >= m.youth_yield * top.score), None)
    if young is None:
        return services, top
    return _first(services, young)


def youth_over_choice(services: list[Scored], close: list[Scored]) -> tuple[list[Scored], Scored] | None:
    """For a young writer who would be asked to choose: the place for young people among the
    choices, answered at once (a child chooses less easily, and it names De Kindertelefoon)."""
    # the everyday places first: youth care (jeugdhulp) is the heavier step
    young = next((c for places in (YOUTH_PLACES, _FOR_YOUNG_PEOPLE) for c in close if c.id in places), None)
    if young is None:
        return None
    return _first(services, young)


def youth_suggested(alternatives: tuple[str, ...], services: list[Scored], top: Scored) -> tuple[str, ...]:
    """For a young writer answered with another service: a place for young people as the first
    other suggestion (with De Kindertelefoon), when one was in the running at all."""
    if top.id in _FOR_YOUNG_PEOPLE or (alternatives and alternatives[0] in _FOR_YOUNG_PEOPLE):
        return alternatives
    young = next((c for c in services if c.id in _FOR_YOUNG_PEOPLE and c.score > 0), None)
    if young is None:
        return alternatives
    return ((young.id,) + tuple(a for a in alternatives if a != young.id))[:max(len(alternatives), 1)]


def one_answer_for_two(services: list[Scored], close: list[Scored],
                       covers: tuple[tuple[str, str], ...]) -> tuple[list[Scored], Scored] | None:
    """Instead of a choice between exactly two services of which the first's answer also names the
    second's line: the first, answered at once."""
    ids = {c.id for c in close}
    for first, second in covers:
        if ids == {first, second}:
            top = next(c for c in close if c.id == first)
            return _first(services, top)
    return None


def clear_answer(services: list[Scored], top: Scored, close: list[Scored], short: bool,
                 m: MatchSettings) -> tuple[bool, str]:
    """Whether the top service is clearly the answer, and why (for --explain)."""
    # The front door is the answer when nothing more specific fits, so it never makes
    # a specific service look uncertain.
    second = next((c.score for c in services[1:] if c.id != FRONT_DOOR), 0.0)
    gap = (top.score - second) / top.score
    need = m.min_gap_short if short else m.min_gap
    why = f"zekerheid {top.confidence:.2f}, verschil met de tweede {gap:.2f} (nodig {need:.2f})"
    # Asking to choose only helps when there is more than one close candidate.
    return (top.confidence >= m.answer_threshold and gap >= need) or len(close) < 2, why


def alternatives_beside(services: list[Scored], top: Scored, young: bool, m: MatchSettings) -> tuple[str, ...]:
    """The other services worth showing beside a clear answer (for the young, a youth place first)."""
    alternatives = tuple(c.id for c in services[1:1 + m.max_alternatives] if c.score >= 0.3 * top.score)
    return youth_suggested(alternatives, services, top) if young else alternatives
