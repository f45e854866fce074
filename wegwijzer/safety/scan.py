"""Which crisis rules can match a message at all, found in one pass over it.

Each rule (a regular expression in wegwijzer.safety.rules) names words without which it
cannot match: "\\b(dreigt|dreigde) (\\w+ ){0,3}(me|mij)\\b" needs "dreig". Those words are
read from the rules themselves (Python's own regex parser), so the rule table stays the only
thing its maintainers edit. One Aho-Corasick automaton over all of them finds, in one pass
over a message, the rules worth running; the others cannot match and are skipped. A rule
whose words cannot be told is always run. The answers are the same as running every rule.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Sequence

import ahocorasick

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of `pattern` contains at least one (None: unknown)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):  # a parser of another Python version: run the rule
        return None
    return _sequence(list(parsed))


def _sequence(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """The best choice among the required strings of a sequence's parts."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))  # type: ignore[arg-type]
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        found = _part(op, arg)
        if found is not None:
            options.append(found)
    if run:
        options.append(frozenset({"".join(run)}))
    # The rarest choice: the longest shortest string, then the fewest strings.
    return max(options, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _part(op: object, arg: object) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, items = arg  # type: ignore[misc]
        return None if add_flags & re.IGNORECASE else _sequence(list(items))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg))  # type: ignore[call-overload]
    if op is sre.BRANCH:
        branches = [_sequence(list(b)) for b in arg[1]]  # type: ignore[index]
        if any(b is None for b in branches):
            return None  # one way round the words is enough to need none of them
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS:
        low, _high, items = arg  # type: ignore[misc]
        return _sequence(list(items)) if low >= 1 else None
    return None  # \b, lookarounds, character classes: no literal text that must be there


class Scanner:
    """The rules worth running on a text: those whose required words it contains."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        by_word: dict[str, set[int]] = {}
        always: set[int] = set()
        for n, pattern in enumerate(patterns):
            words = required(pattern)
            if not words or "" in words:
                always.add(n)
                continue
            for word in words:
                by_word.setdefault(word, set()).add(n)
        self.always = frozenset(always)
        self._automaton = ahocorasick.Automaton()
        for word, rules in by_word.items():
            self._automaton.add_word(word, frozenset(rules))
        if by_word:
            self._automaton.make_automaton()

    def possible(self, text: str) -> frozenset[int]:
        """The positions (in the patterns given) of every rule that may match `text`."""
        if self._automaton.kind != ahocorasick.AHOCORASICK:
            return self.always
        found = {rules for _end, rules in self._automaton.iter(text)}
        return self.always.union(*found)
