"""Whom a message is for (groups end to end: tests/telegram/test_handlers.py, section groups)."""

from __future__ import annotations

import datetime as dt

from telegram import Chat, Message

from wegwijzer.telegram.addressed import ADDRESSED, without_mention


def test_the_mention_is_taken_out_of_the_question() -> None:
    assert without_mention("@Wegwijzer_Bot  ik heb schulden", "wegwijzer_bot") == "ik heb schulden"
    assert without_mention("ik heb  schulden", None) == "ik heb schulden"


def test_a_private_chat_is_always_addressed_and_a_channel_never() -> None:
    when = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
    assert ADDRESSED.filter(Message(1, when, Chat(7, Chat.PRIVATE), text="hallo"))
    assert not ADDRESSED.filter(Message(2, when, Chat(-7, Chat.CHANNEL), text="hallo"))
