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
    # a guessed word ("end" out of "weekend") is no evidence of danger
    return crisis_word(ranking, index, crisis_ids, top.id, guessed=False)


def crisis_word(ranking: Ranking, index: Index, crisis_ids: Collection[str], service: str | None = None,
                guessed: bool = True) -> bool:
    """Whether the question has a word that only crisis services use (of `service`, if given)."""
    for term in ranking.terms:
        if not guessed and term.how in ("samenstelling", "spelling"):
            continue
        docs = index.postings.get(term.term, {})
        if docs and docs.keys() <= crisis_ids and (service is None or service in docs):
            return True
    return False


def about_a_crisis_line(ranking: Ranking, index: Index, crisis_ids: Collection[str]) -> bool:
    """Whether the question names what a crisis line is for: a word one lists by itself, as written
    or as its base form ("meldcode", "113", "mishandelingen"), or a word pair from its phrases
    ("veilig thuis"). "slaat" names no topic, though "geslagen" is listed."""
    listed = frozenset().union(*(index.listed.get(c, frozenset()) for c in crisis_ids))
    if any(t.source in listed or t.term in listed for t in ranking.terms):
        return True
    words = [t.term for t in ranking.terms if t.how != "samenstelling"]
    return any(index.pairs.get(p, frozenset()) & set(crisis_ids) for p in zip(words, words[1:]))


def keeps_crisis_lines(ranking: Ranking, index: Index, crisis_ids: Collection[str], worry: float,
                       m: MatchSettings) -> bool:
    """Whether the crisis lines stay candidates: the question names their topic, or the net could
    still hear a crisis in it (a word only they use, with some worry), which it must not be denied."""
    return about_a_crisis_line(ranking, index, crisis_ids) or (
        worry >= m.crisis_net_worry and crisis_word(ranking, index, crisis_ids, guessed=False))
