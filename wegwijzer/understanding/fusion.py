"""How the meaning's two voices are fused into one bonus per document for the word index.

The semantic layer (wegwijzer.understanding.semantic) says how close a question stands to each
document's texts; the nearest development questions (their `routes`: service -> weighted share and
the nearest of them) say where questions like it were meant to go. Pure: the assistant reads both
and hands them in.
"""

from __future__ import annotations

from typing import Mapping

from wegwijzer.knowledge.base import OUT_OF_SCOPE_PREFIX
from wegwijzer.settings import MatchSettings

Bonus = dict[str, tuple[float, str]]  # document -> (score to add, why)


def fuse(bonus: Bonus, routes: Mapping[str, tuple[float, str]], open_to: frozenset[str], words: int,
         m: MatchSettings) -> Bonus:
    """The semantic bonus with the nearest questions' push added, only towards the services in `open_to`
    (the knowledge base's services, never a crisis line: that is the safety step's decision)."""
    inside = sum(share for share, _ in routes.values())
    if 1.0 - inside >= m.route_outside:
        # Most of the nearest questions were outside the social domain ("паспорт"): meaning alone
        # would pull such a question to the service whose texts are in the same language. It
        # still tells the topics outside the domain apart ("huisarts" or "zorgverzekering").
        return {doc: value for doc, value in bonus.items() if doc.startswith(OUT_OF_SCOPE_PREFIX)}
    if inside < 0.5:
        return bonus  # no push towards a service
    fused = dict(bonus)
    for service, (share, nearest) in routes.items():
        # (nor a service a development question expected that this knowledge base does not have)
        if service not in open_to:
            continue
        # In a long story the closeness to every service's texts is flat, so the meaning puts none
        # forward; most of the nearest questions agreeing on one service still says which it is.
        # (Not for a short question: there the nearest questions share a word, not a situation.)
        alone = share >= m.route_alone_share and words >= m.route_alone_words
        if service in bonus or alone:
            own, why = bonus.get(service, (0.0, f"lijkt op voorbeeldvraag: '{nearest}' ({share:.2f})"))
            fused[service] = (own + m.route_weight * share, why)
    return fused
