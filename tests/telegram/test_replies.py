"""Splitting long answers at Telegram's limit, and the inline keyboards' callback data."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wegwijzer.answer import Choice
from wegwijzer.telegram.replies import (CALLBACK_LIMIT, MESSAGE_LIMIT, callback_data,
                                        choices_keyboard, feedback_keyboard, split_message,
                                        suggestions_keyboard, topics_keyboard, utf16_length)


def _data(markup: object) -> list[str]:
    return [b.callback_data for row in markup.inline_keyboard for b in row]  # type: ignore[attr-defined]


def test_short_text_is_one_part() -> None:
    assert split_message("  Heeft u schulden?\n") == ["Heeft u schulden?"]
    assert split_message("   ") == []


def test_text_of_exactly_the_limit_is_one_part() -> None:
    text = "a" * MESSAGE_LIMIT
    assert split_message(text) == [text]


def test_splits_at_a_paragraph_break_first() -> None:
    first = "Eerste alinea. " * 150  # about 2250 characters
    second = "Tweede alinea met nog een zin. " * 100
    parts = split_message(first.strip() + "\n\n" + second.strip())
    assert parts[0] == first.strip()
    assert all(utf16_length(p) <= MESSAGE_LIMIT for p in parts)


def test_splits_after_a_full_stop_when_there_is_no_paragraph() -> None:
    text = "Dit is een zin die eindigt met een punt. " * 200
    parts = split_message(text)
    assert len(parts) == 3
    assert all(p.endswith(".") for p in parts)
    assert all(utf16_length(p) <= MESSAGE_LIMIT for p in parts)


def test_a_word_longer_than_the_limit_is_cut_hard() -> None:
    parts = split_message("x" * 10000, limit=4096)
    assert [len(p) for p in parts] == [4096, 4096, 1808]


def test_counts_emoji_as_two_units_and_never_splits_one() -> None:
    text = "\U0001F600" * 3000  # 6000 UTF-16 units
    parts = split_message(text)
    assert [utf16_length(p) for p in parts] == [4096, 1904]
    assert "".join(parts) == text


@given(st.text(alphabet=st.sampled_from("ab .\n?\U0001F600é"), max_size=400),
       st.integers(min_value=2, max_value=60))
def test_parts_fit_and_keep_every_character(text: str, limit: int) -> None:
    parts = split_message(text, limit=limit)
    assert all(p and p == p.strip() and utf16_length(p) <= limit for p in parts)
    assert "".join(parts).replace(" ", "").replace("\n", "") == \
        text.replace(" ", "").replace("\n", "")


def test_callback_data_respects_64_bytes() -> None:
    assert callback_data("c", "schuldhulp") == "c:schuldhulp"
    assert callback_data("c", "x" * 62) == "c:" + "x" * 62
    assert callback_data("c", "x" * 63) is None
    assert CALLBACK_LIMIT == 64


def test_keyboards_carry_short_callback_data() -> None:
    choices = [Choice("schuldhulp", "Hulp bij schulden"), Choice("x" * 70, "Te lang")]
    assert _data(choices_keyboard(choices)) == ["c:schuldhulp"]  # an over-long id gets no button
    assert _data(choices_keyboard(choices[:1], back=True)) == ["c:schuldhulp", "t:"]
    assert _data(suggestions_keyboard(["Vraag een", "Vraag twee"])) == ["q:0", "q:1"]
    assert _data(topics_keyboard([("gezond-dorp", "Een gezond dorp")])) == ["t:gezond-dorp"]
    assert _data(feedback_keyboard("schuldhulp")) == ["f:1:schuldhulp", "f:0:schuldhulp"]
    assert suggestions_keyboard([]) is None
