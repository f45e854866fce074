"""Which of two close candidates goes first, for reasons the scores cannot see.

A specific service close behind the front door (Incluzio) goes before it: the front door is the
answer when nothing more specific fits. For a young writer, a place for young people goes before
a service meant for adults (the loneliness help with its eetclub, adult mental health care).
"""

from __future__ import annotations

from wegwijzer.replies import FRONT_DOOR
from wegwijzer.settings import MatchSettings
from wegwijzer.understanding.matching import Scored

# Where young people go with a worry (CONTRACT: parenting and growing up; youth work); both name
# De Kindertelefoon.
YOUTH_PLACES = ("cjg", "jongeren")
_FOR_YOUNG_PEOPLE = YOUTH_PLACES + ("jeugdhulp",)


def front_door_last(services: list[Scored], top: Scored, m: MatchSettings) -> tuple[list[Scored], Scored]:
    """A specific service close behind the front door goes first."""
    if top.id != FRONT_DOOR or len(services) < 2:
        return services, top
    specific = services[1]
    if specific.score < m.front_door_yield * top.score:
        return services, top
    return [specific, top] + services[2:], specific


def youth_first(services: list[Scored], top: Scored, m: MatchSettings) -> tuple[list[Scored], Scored]:
    """For a young writer: a place for young people close behind a service for adults goes first."""
    if top.id not in m.youth_first:
        return services, top
    young = next((c for c in services[1:] if c.id in _FOR_YOUNG_PEOPLE and c.score >= m.youth_yield * top.score), None)
    if young is None:
        return services, top
    return [young] + [c for c in services if c is not young], young
