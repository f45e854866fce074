"""Whom a message is for: in a group the bot answers only when it is addressed.

Private chats always; in groups only a mention, a reply to the bot, or /command@bot. The
mention itself is taken out of the question before the assistant reads it.
"""

from __future__ import annotations

import re

from telegram import Message, MessageEntity
from telegram.constants import ChatType
from telegram.ext import filters


class _Addressed(filters.MessageFilter):
    """Private chats always; in groups only a mention, a reply to the bot, or /command@bot."""

    def filter(self, message: Message) -> bool:
        if message.chat.type == ChatType.PRIVATE:
            return True
        if message.chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
            return False
        bot = message.get_bot()
        reply = message.reply_to_message
        if reply and reply.from_user and reply.from_user.id == bot.id:
            return True
        name = f"@{bot.username}".lower()
        kinds = [MessageEntity.MENTION, MessageEntity.BOT_COMMAND]
        found = [*message.parse_entities(kinds).values(),
                 *message.parse_caption_entities(kinds).values()]
        return any(word.lower() == name or word.lower().endswith(name) for word in found)


ADDRESSED = _Addressed()


def without_mention(text: str, username: str | None) -> str:
    """The question without "@bot" and with its spaces tidied."""
    if username:
        text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())
