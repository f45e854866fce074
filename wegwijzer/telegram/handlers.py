"""The conversation: commands, questions, buttons, and a friendly word for what is not text.

Privacy: handlers read the message text only to pass it to the assistant. Nothing about a
resident is logged or stored; only the anonymous statistics event leaves a handler.
"""

from __future__ import annotations

import asyncio
import logging
import re
import traceback
from collections.abc import Callable

from telegram import CallbackQuery, Message, ReplyParameters, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError
from telegram.ext import (Application, CallbackQueryHandler, CommandHandler, ContextTypes,
                          MessageHandler, filters)

from wegwijzer.answer import Answer
from wegwijzer.assistant import Assistant
from wegwijzer.events import EventSink
from wegwijzer.telegram import texts
from wegwijzer.telegram.addressed import ADDRESSED, without_mention
from wegwijzer.telegram.ratelimit import Verdict
from wegwijzer.telegram.replies import (CHOOSE, FEEDBACK, SUGGESTION, TOPIC, choices_keyboard,
                                        feedback_keyboard, split_message, suggestions_keyboard,
                                        topics_keyboard)

log = logging.getLogger(__name__)

# Keys in application.bot_data. The assistant is looked up per update, so it can be swapped
# for a reloaded one while the bot runs.
ASSISTANT_KEY = "wegwijzer.assistant"
STATS_KEY = "wegwijzer.stats"
CHAT_LIMIT_KEY = "wegwijzer.chat_limit"

SERVICE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
Context = ContextTypes.DEFAULT_TYPE


def add_handlers(application: Application) -> None:
    """Register the conversation's handlers and the error handler."""
    new = filters.UpdateType.MESSAGE & ADDRESSED  # edited commands and media are ignored
    for name, callback in (("start", start), ("help", help_command), ("privacy", privacy),
                           ("onderwerpen", topics)):
        application.add_handler(CommandHandler(name, callback, filters=new))
    application.add_handler(MessageHandler(new & filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(
        filters.UpdateType.MESSAGES & ADDRESSED & filters.TEXT & ~filters.COMMAND, question))
    application.add_handler(MessageHandler(
        new & ~filters.TEXT & ~filters.StatusUpdate.ALL, not_text))
    application.add_handler(CallbackQueryHandler(button))
    application.add_error_handler(on_error)


# --- commands ----------------------------------------------------------------------------

async def start(update: Update, context: Context) -> None:
    """Greet, say what Wegwijzer does, offer example questions as buttons."""
    assistant = _assistant(context)
    await _send(context, update, f"{assistant.welcome()}\n\n{texts.START_MORE}",
                suggestions_keyboard(assistant.suggestions()))


async def help_command(update: Update, context: Context) -> None:
    """How to use the bot."""
    await _send(context, update, texts.HELP)


async def privacy(update: Update, context: Context) -> None:
    """What is and is not kept."""
    await _send(context, update, texts.PRIVACY)


async def topics(update: Update, context: Context) -> None:
    """The Sociale Agenda themes as buttons."""
    await _send(context, update, texts.TOPICS_INTRO, _topics_markup(context))


async def unknown_command(update: Update, context: Context) -> None:
    """A command we do not have."""
    await _send(context, update, texts.UNKNOWN_COMMAND)


# --- messages ----------------------------------------------------------------------------

async def question(update: Update, context: Context) -> None:
    """Free text (new or edited): the assistant's answer. An edit is answered as a new question."""
    message = update.effective_message
    text = without_mention(message.text or "", context.bot.username)
    if not text:
        await _send(context, update, texts.ASK_QUESTION)
        return
    await _answer(context, update, lambda assistant: assistant.ask(text), record=True)


async def not_text(update: Update, context: Context) -> None:
    """Photos, voice, stickers, files, video, locations: we read text only."""
    await _send(context, update, texts.ONLY_TEXT)


# --- buttons -----------------------------------------------------------------------------

async def button(update: Update, context: Context) -> None:
    """Route a pressed inline button by the prefix of its callback data."""
    query = update.callback_query
    kind, _, value = (query.data or "").partition(":")
    handler = {SUGGESTION: _suggestion, CHOOSE: _choose, TOPIC: _topic,
               FEEDBACK: _feedback}.get(kind)
    if handler is None:
        await query.answer()
        return
    await handler(update, context, value)


async def _suggestion(update: Update, context: Context, value: str) -> None:
    suggestions = _assistant(context).suggestions()
    if not value.isdigit() or int(value) >= len(suggestions):
        await update.callback_query.answer(texts.CHOICE_GONE)
        return
    await update.callback_query.answer()
    text = suggestions[int(value)]
    await _answer(context, update, lambda assistant: assistant.ask(text), record=True)


async def _choose(update: Update, context: Context, value: str) -> None:
    try:
        answer = _assistant(context).choose(value)
    except KeyError:
        await update.callback_query.answer(texts.CHOICE_GONE)
        return
    await update.callback_query.answer()
    # A choice continues an earlier question (already counted), so it is not recorded again.
    await _answer(context, update, lambda _: answer, record=False)


async def _topic(update: Update, context: Context, value: str) -> None:
    query = update.callback_query
    await query.answer()
    topic = next((t for t in _assistant(context).topics() if t.id == value), None)
    if topic is None:
        text, markup = texts.TOPICS_INTRO, _topics_markup(context)
    else:
        text = texts.TOPIC_SERVICES.format(title=topic.title)
        markup = choices_keyboard(topic.services, back=True)
    try:
        await query.edit_message_text(text, reply_markup=markup)
    except BadRequest:  # e.g. "message is not modified" after a double press
        log.info("onderwerpenlijst niet bijgewerkt")


async def _feedback(update: Update, context: Context, value: str) -> None:
    query = update.callback_query
    useful, _, service = value.partition(":")
    if useful not in ("0", "1") or not SERVICE_ID.match(service) or not _on_its_message(query):
        await query.answer()
        return
    await query.answer()
    stats = context.bot_data.get(STATS_KEY)
    if stats is not None:
        try:
            await asyncio.to_thread(stats.record_feedback, service, useful == "1", "telegram")
        except Exception as exc:  # statistics must never cost a resident an answer
            log.warning("feedback niet opgeslagen: %s", type(exc).__name__)
    try:
        await query.edit_message_text(texts.THANKS)  # no reply_markup: the buttons go away
    except BadRequest:
        log.info("feedbackbericht niet bijgewerkt")


def _on_its_message(query: CallbackQuery) -> bool:
    """True when the pressed data is a button of the message it came from."""
    # Telegram sends that message's keyboard as it is: crafted data (or a second press, once
    # the thanks replaced the buttons) matches none of its buttons.
    message = query.message
    markup = message.reply_markup if isinstance(message, Message) else None
    return markup is not None and any(
        button.callback_data == query.data for row in markup.inline_keyboard for button in row)


# --- answering ---------------------------------------------------------------------------

async def _answer(context: Context, update: Update, get_answer: Callable[[Assistant], Answer],
                  record: bool) -> None:
    """Check the chat's limit, get the answer, count it, and send it."""
    chat_id = update.effective_chat.id
    verdict = context.bot_data[CHAT_LIMIT_KEY].check(chat_id)
    if verdict is not Verdict.ALLOW:
        if verdict is Verdict.WARN:
            await _send(context, update, texts.RATE_LIMITED)
        return
    # Off the event loop: a new question waits for the language model.
    answer = await asyncio.to_thread(get_answer, _assistant(context))
    if record:
        await _record(context, answer)
    await send_answer(context, update, answer)


async def send_answer(context: Context, update: Update, answer: Answer) -> None:
    """Send an answer; a crisis answer goes first and alone, without buttons."""
    if answer.crisis:
        await _send(context, update, answer.answer)
        return
    markup = choices_keyboard(answer.choices) if answer.choices else None
    await _send(context, update, answer.answer, markup)
    if answer.outcome == "answered" and answer.service:
        await _send(context, update, texts.FEEDBACK_QUESTION, feedback_keyboard(answer.service),
                    quote=False)


async def _send(context: Context, update: Update, text: str, markup: object = None,
                quote: bool = True) -> None:
    """Send text as plain text, split at Telegram's limit; buttons go on the last part.

    In groups and for edited messages the first part replies to the resident's message,
    so it is clear which question it answers.
    """
    parts = split_message(text)
    reply_to = _reply_parameters(update) if quote else None
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        await context.bot.send_message(update.effective_chat.id, part,
                                       reply_markup=markup if last else None,  # type: ignore[arg-type]
                                       reply_parameters=reply_to if index == 0 else None)


def _reply_parameters(update: Update) -> ReplyParameters | None:
    message = update.message or update.edited_message
    if message is None:
        return None
    if update.edited_message is None and message.chat.type == ChatType.PRIVATE:
        return None
    return ReplyParameters(message.message_id, allow_sending_without_reply=True)


def _topics_markup(context: Context) -> object:
    return topics_keyboard([(t.id, t.title) for t in _assistant(context).topics()])


def _assistant(context: Context) -> Assistant:
    return context.bot_data[ASSISTANT_KEY]


async def _record(context: Context, answer: Answer) -> None:
    stats: EventSink | None = context.bot_data.get(STATS_KEY)
    if stats is None:
        return
    try:  # committed before the answer is sent; a PostgreSQL round trip stays off the loop
        await asyncio.to_thread(stats.record, answer, "telegram")
    except Exception as exc:  # statistics must never cost a resident an answer
        log.warning("statistiek niet bijgewerkt: %s", type(exc).__name__)


# --- errors ------------------------------------------------------------------------------

_KINDS = ("message", "edited_message", "callback_query", "channel_post", "my_chat_member",
          "chat_member", "inline_query")


async def on_error(update: object, context: Context) -> None:
    """Log the error type and the kind of update only: never contents, chat ids or text."""
    error = context.error
    kind = next((k for k in _KINDS if isinstance(update, Update) and getattr(update, k)),
                "geen update" if update is None else "andere")
    if isinstance(error, TelegramError):
        log.warning("Telegram-fout bij een %s-update: %s", kind, type(error).__name__)
        return
    frames = "".join(traceback.format_tb(error.__traceback__)) if error else ""
    log.error("Fout bij een %s-update: %s\n%s", kind, type(error).__name__, frames)
    if isinstance(update, Update) and update.effective_chat:
        try:
            await context.bot.send_message(update.effective_chat.id, texts.SORRY)
        except TelegramError as exc:
            log.warning("excuusbericht niet verstuurd: %s", type(exc).__name__)
