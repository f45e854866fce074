"""The one-pass scan: the words a rule needs, and that it never skips a rule that matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

from wegwijzer.safety import quiet, rules, selfharm, urgent
from wegwijzer.safety.check import _ORDER, _Texts, _joined
from wegwijzer.safety.scan import Scanner, required
from wegwijzer.text import clauses, lemma

DATA = Path(__file__).parent.parent / "data"


def test_required_words_of_an_alternation_and_a_literal_run() -> None:
    assert required(re.compile(r"\b(dreigt|dreigde) (\w+ ){0,3}(me|mij)\b")) == {"dreig"}
    assert required(re.compile(r"\bpunt (\w+ ){0,2}achter\b")) == {"achter"}
    assert required(re.compile(r"\b(mishandel\w*|verkracht\w*)\b")) == {"mishandel", "verkracht"}
    assert required(re.compile(r"\b(mishandel\w*|misbruik\w*)\b")) == {"handel", "bruik"}  # re factors "mis" out: rarer


def test_no_required_words_when_a_branch_needs_none() -> None:
    assert required(re.compile(r"\b(\w+|mes)\b")) is None
    assert required(re.compile(r"(?i)mes")) is None
    assert required(re.compile(r"(mes )?klaar")) == {"klaar"}


def test_scanner_keeps_rules_without_words_and_drops_those_that_cannot_match() -> None:
    scanner = Scanner([re.compile(r"\bslaat\b"), re.compile(r"\w+"), re.compile(r"(bang|angst)")])
    assert scanner.possible("hij slaat me") == {0, 1}
    assert scanner.possible("ik ben bang") == {1, 2}


def test_every_rule_that_matches_a_question_is_among_the_possible_ones() -> None:
    """On every question set: the scan never skips a rule that matches (the answers stay the same)."""
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = clauses(json.loads(line)["q"]) if line.strip() else []
            forms = (_joined(parts), _joined([lemma(t) for t in c] for c in parts))
            for text, possible in _Texts(forms).forms:
                matching = {n for n, rx in enumerate(_ORDER) if rx.search(text)}
                assert matching <= possible, (path.name, [_ORDER[n].pattern for n in matching - possible])


def test_every_rule_has_required_words() -> None:
    """A rule without them is run on every message: it still works, but costs every question."""
    patterns = [re.compile(p) for p in rules.VIOLENCE + quiet.VIOLENCE + selfharm.SUICIDE + rules.ACUTE + urgent.EMERGENCY]
    assert [p.pattern for p in patterns if required(p) is None] == []
