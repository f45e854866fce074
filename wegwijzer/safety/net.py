"""The safety net after matching: the matcher heard a crisis that the signals missed.

Two weak signals together raise a crisis answer: the matcher confidently chose a crisis
service on a word only crisis services use, and the word model hears at least a little worry.
In a language the rules cannot read (and with enough crisis neighbours), the confident choice
by meaning is enough.
"""

from __future__ import annotations

from collections.abc import Collection

from wegwijzer.settings import MatchSettings
from wegwijzer.understanding.matching import Index, Ranking, Scored


def caught(top: Scored, ranking: Ranking, worry: float, index: Index, crisis_ids: Collection[str],
           m: MatchSettings, foreign: bool = False) -> bool:
    """Whether the best match is a crisis service that the net should turn into a crisis answer."""
    if foreign and top.id in crisis_ids and top.confidence >= m.foreign_crisis_net:
        return True
    if top.id not in crisis_ids or top.confidence < m.crisis_net_threshold or worry < m.crisis_net_worry:
        return False
    for term in ranking.terms:
        if term.how in ("samenstelling", "spelling"):
            continue  # a guessed word ("end" out of "weekend") is no evidence of danger
        docs = index.postings.get(term.term, {})
        if top.id in docs and docs.keys() <= crisis_ids:
            return True
    return False
