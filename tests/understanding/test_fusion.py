"""Fusing the semantic bonus with the nearest development questions' services."""

from __future__ import annotations

from wegwijzer.settings import MatchSettings
from wegwijzer.understanding.fusion import fuse

M = MatchSettings()
SEEN = "mijn vrouw staat 's nachts aangekleed bij de deur"
ALL = frozenset({"dementie", "mantelzorg", "statushouders"})


def test_a_service_the_meaning_puts_forward_gets_the_push_added() -> None:
    fused = fuse({"dementie": (5.0, "betekenis")}, {"dementie": (0.8, SEEN)}, ALL, 12, M)
    assert fused["dementie"] == (5.0 + M.route_weight * 0.8, "betekenis")


def test_in_a_story_most_neighbours_agreeing_is_enough_and_says_why() -> None:
    fused = fuse({}, {"dementie": (0.8, SEEN), "mantelzorg": (0.2, SEEN)}, ALL, 12, M)
    assert set(fused) == {"dementie"}  # a minority of the neighbours is no reason on its own
    assert fused["dementie"][0] == M.route_weight * 0.8 and SEEN in fused["dementie"][1]


def test_a_short_question_gets_no_push_from_the_neighbours_alone() -> None:
    assert fuse({}, {"dementie": (1.0, SEEN)}, ALL, M.route_alone_words - 1, M) == {}


def test_never_towards_a_crisis_line_or_a_service_the_knowledge_base_lacks() -> None:
    assert fuse({}, {"veilig-thuis": (1.0, SEEN)}, ALL, 12, M) == {}
    assert fuse({}, {"vrijwilligerswerk": (1.0, SEEN)}, ALL, 12, M) == {}


def test_neighbours_outside_the_domain_keep_only_the_topics_outside_it() -> None:
    bonus = {"buiten:paspoort": (4.0, "betekenis"), "statushouders": (6.0, "betekenis")}
    assert fuse(bonus, {"statushouders": (0.4, SEEN)}, ALL, 12, M) == {"buiten:paspoort": (4.0, "betekenis")}
