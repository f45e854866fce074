"""Feedback tokens: bound to a service and a key, valid for a day, nothing stored."""

from __future__ import annotations

import pytest

from wegwijzer.web.feedback_token import HOUR, VALID_HOURS, is_valid, issue

KEY = b"s" * 32
NOW = 1_800_000_000.0


def test_a_token_is_valid_for_its_service_under_its_key():
    token = issue(KEY, "schuldhulp", NOW)
    assert is_valid(KEY, "schuldhulp", token, NOW)
    assert not is_valid(KEY, "mantelzorg", token, NOW)
    assert not is_valid(b"t" * 32, "schuldhulp", token, NOW)


@pytest.mark.parametrize("age_hours, valid", [
    (-2, False), (-1, True), (0, True), (VALID_HOURS - 1, True), (VALID_HOURS, False), (1000, False)])
def test_a_token_lasts_a_day_and_allows_a_little_clock_skew(age_hours, valid):
    token = issue(KEY, "cjg", NOW)
    assert is_valid(KEY, "cjg", token, NOW + age_hours * HOUR) is valid


def test_a_changed_hour_breaks_the_signature():
    hour, mac = issue(KEY, "cjg", NOW).split(".")
    assert not is_valid(KEY, "cjg", f"{int(hour) + 1}.{mac}", NOW)


@pytest.mark.parametrize("token", [None, 5, "", ".", "abc", "1.2", "x" * 500, "12.AAAA/AAAAAAAAAAAAAAAAA",
                                   "１２.AAAAAAAAAAAAAAAAAAAAAA", ["1.A"]])
def test_anything_else_is_not_a_token(token):
    assert not is_valid(KEY, "cjg", token, NOW)


def test_the_token_names_no_question_and_no_client():
    token = issue(KEY, "schuldhulp", NOW)
    assert "schuldhulp" not in token and len(token) < 40
    assert issue(KEY, "schuldhulp", NOW + 60) == token  # the same for everyone in that hour
