"""Turning answers into Telegram messages: the 4096 limit, inline keyboards, callback data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from wegwijzer.answer import Choice
from wegwijzer.telegram import texts

MESSAGE_LIMIT = 4096  # Telegram counts UTF-16 code units
CALLBACK_LIMIT = 64  # bytes of callback_data

# Callback data prefixes: q = suggested question (index), c = choose a service,
# t = a theme of /onderwerpen ("t:" alone: the list of themes), f = feedback.
SUGGESTION, CHOOSE, TOPIC, FEEDBACK = "q", "c", "t", "f"

# Where to cut an over-long text, best first, with how many characters of the
# separator stay on the first part (the full stop of a sentence stays).
_BOUNDARIES = (("\n\n", 0), ("\n", 0), (". ", 1), ("? ", 1), ("! ", 1), ("; ", 1), (" ", 0))


def utf16_length(text: str) -> int:
    """The length of text as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split text into parts Telegram accepts, cutting at paragraph, line, sentence or word ends."""
    rest = text.strip()
    parts: list[str] = []
    while utf16_length(rest) > limit:
        cut = _cut_point(rest, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def _cut_point(text: str, limit: int) -> int:
    """The index to cut at: the best boundary in the part that fits, else a hard cut."""
    window = _fitting_prefix(text, limit)
    head = text[:window + 1]  # a separator may start right at the limit
    for minimum in (window // 2, 1):  # prefer a good boundary that keeps parts reasonably full
        for separator, keep in _BOUNDARIES:
            index = head.rfind(separator)
            if index >= minimum and index + keep <= window:
                return index + keep
    return max(window, 1)  # no boundary at all: a hard cut (never splits a character)


def _fitting_prefix(text: str, limit: int) -> int:
    """The number of characters at the start of text that fit in `limit` UTF-16 units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


def callback_data(*parts: str) -> str | None:
    """Join parts into callback data, or None when Telegram's 64-byte limit does not allow it."""
    data = ":".join(parts)
    return data if len(data.encode()) <= CALLBACK_LIMIT else None


def _keyboard(buttons: Iterable[tuple[str, str | None]]) -> InlineKeyboardMarkup | None:
    rows = [[InlineKeyboardButton(title, callback_data=data)] for title, data in buttons if data]
    return InlineKeyboardMarkup(rows) if rows else None


def suggestions_keyboard(suggestions: Sequence[str]) -> InlineKeyboardMarkup | None:
    """One button per example question; the data holds its index, not the text."""
    return _keyboard((q, callback_data(SUGGESTION, str(i))) for i, q in enumerate(suggestions))


def choices_keyboard(choices: Sequence[Choice], back: bool = False) -> InlineKeyboardMarkup | None:
    """One button per service to choose; optionally a button back to the list of themes."""
    buttons = [(c.title, callback_data(CHOOSE, c.id)) for c in choices]
    if back:
        buttons.append((texts.BACK_TO_TOPICS, callback_data(TOPIC, "")))
    return _keyboard(buttons)


def topics_keyboard(topics: Sequence[tuple[str, str]]) -> InlineKeyboardMarkup | None:
    """One button per theme, given as (id, title)."""
    return _keyboard((title, callback_data(TOPIC, topic_id)) for topic_id, title in topics)


def feedback_keyboard(service: str) -> InlineKeyboardMarkup | None:
    """The Ja/Nee buttons of "Was dit nuttig?" for a service, side by side."""
    yes, no = callback_data(FEEDBACK, "1", service), callback_data(FEEDBACK, "0", service)
    if not (yes and no):
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(texts.YES, callback_data=yes),
                                  InlineKeyboardButton(texts.NO, callback_data=no)]])
