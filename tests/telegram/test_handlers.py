"""The conversation, end to end: the real PTB bot long-polls a fake Bot API server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.fake_bot_api import GROUP_CHAT, PRIVATE_CHAT, RESIDENT, FakeBotApi, buttons, running_bot
from telegram.ext import Application

from wegwijzer.answer import Answer
from wegwijzer.assistant import Assistant, build_assistant
from wegwijzer.settings import REPO_ROOT, Settings
from wegwijzer.telegram import texts

DEBT = "Ik heb schulden en de deurwaarder komt"
CRISIS = "ik wil niet meer leven"


class RecordingSink:
    """A real EventSink that keeps what it is given, to check what leaves the handlers."""

    def __init__(self) -> None:
        self.answers: list[tuple[str | None, str, str]] = []
        self.feedback: list[tuple[str | None, bool, str]] = []

    def record(self, answer: Answer, channel: str) -> None:
        self.answers.append((answer.service, answer.outcome, channel))

    def record_feedback(self, service: str | None, useful: bool, channel: str) -> None:
        self.feedback.append((service, useful, channel))


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return build_assistant(Settings())


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
def settings(api: FakeBotApi) -> Settings:
    return Settings(telegram_token=api.token, telegram_api_base_url=api.base_url, rate_limit=0)


@pytest.fixture
async def bot(api: FakeBotApi, settings: Settings, assistant: Assistant,
              sink: RecordingSink) -> AsyncIterator[Application]:
    async with running_bot(api, settings, assistant, sink) as application:
        yield application


async def _replies(api: FakeBotApi, count: int) -> list[dict[str, Any]]:
    return await api.wait_for("sendMessage", count)


async def _after_sentinel(api: FakeBotApi, before: int) -> list[dict[str, Any]]:
    """Everything sent for earlier updates, once the reply to a /help sent last has arrived.

    The bot handles one update at a time, in order, so this shows that nothing else came.
    """
    api.message("/help")
    sent = await api.wait_for("sendMessage", before + 1,
                              where=lambda p: p["chat_id"] == PRIVATE_CHAT)
    everything = api.calls("sendMessage")
    assert everything[-1]["text"] == texts.HELP
    return everything[:-1]


# --- questions ---------------------------------------------------------------------------

async def test_debt_question_gets_the_schuldhulp_answer_and_feedback_buttons(
        api: FakeBotApi, bot: Application, assistant: Assistant, sink: RecordingSink) -> None:
    api.message(DEBT)
    answer, feedback = await _replies(api, 2)
    expected = assistant.ask(DEBT)
    assert expected.service == "schuldhulp"
    assert answer["text"] == expected.answer
    assert answer["chat_id"] == PRIVATE_CHAT
    assert "parse_mode" not in answer  # plain text: nothing to escape
    assert feedback["text"] == texts.FEEDBACK_QUESTION
    assert buttons(feedback) == [("Ja", "f:1:schuldhulp"), ("Nee", "f:0:schuldhulp")]
    assert sink.answers == [("schuldhulp", "answered", "telegram")]


async def test_crisis_answer_comes_alone_with_the_113_number_first(
        api: FakeBotApi, bot: Application, assistant: Assistant, sink: RecordingSink) -> None:
    api.message(CRISIS)
    sent = await _after_sentinel(api, 1)
    assert len(sent) == 1  # no feedback question, nothing else
    crisis = sent[0]
    assert crisis["text"] == assistant.ask(CRISIS).answer
    assert "reply_markup" not in crisis
    first_number = re.search(r"\d[\d-]*\d", crisis["text"])
    assert first_number and first_number.group() in ("113", "0800-0113")
    assert "0800-0113" in crisis["text"].splitlines()[0]
    assert sink.answers == [("zelfmoordpreventie", "crisis", "telegram")]


UKRAINIAN_DEBT = "У нас великі борги, прийшов лист від deurwaarder, що нам робити?"
UKRAINIAN_CRISIS = "Я більше не хочу жити, я хочу вбити себе"


async def test_a_ukrainian_question_gets_the_ukrainian_opening_then_the_dutch_text(
        api: FakeBotApi, bot: Application, assistant: Assistant, sink: RecordingSink) -> None:
    api.message(UKRAINIAN_DEBT)
    answer, _feedback = await _replies(api, 2)
    expected = assistant.ask(UKRAINIAN_DEBT)
    assert (expected.language, expected.service) == ("uk", "schuldhulp")
    assert answer["text"] == expected.answer
    opening = answer["text"].split("\n\n")[0]
    assert opening == assistant.kb.languages["uk"].services["schuldhulp"].text
    assert assistant.choose("schuldhulp").answer in answer["text"]  # the Dutch text follows
    assert sink.answers == [("schuldhulp", "answered", "telegram")]


async def test_a_ukrainian_crisis_gets_the_number_first_in_ukrainian(
        api: FakeBotApi, bot: Application, assistant: Assistant, sink: RecordingSink) -> None:
    api.message(UKRAINIAN_CRISIS)
    [crisis] = await _after_sentinel(api, 1)
    first_line = crisis["text"].splitlines()[0]
    assert "0800-0113" in first_line and re.search("[а-яіїє]", first_line)
    assert re.search(r"\d[\d-]*\d", crisis["text"]).group() in ("113", "0800-0113")
    assert "reply_markup" not in crisis
    assert sink.answers == [("zelfmoordpreventie", "crisis", "telegram")]


@pytest.mark.parametrize("kind", ["photo", "voice", "sticker", "document", "video", "location"])
async def test_what_is_not_text_gets_the_friendly_reply(
        api: FakeBotApi, bot: Application, sink: RecordingSink, kind: str) -> None:
    api.media(kind)
    [reply] = await _replies(api, 1)
    assert reply["text"] == texts.ONLY_TEXT == "Ik kan alleen tekst lezen. Typ uw vraag in een zin."
    assert sink.answers == []


async def test_an_edited_question_is_answered_as_a_new_question(
        api: FakeBotApi, bot: Application, assistant: Assistant) -> None:
    original = api.message("hallo")
    await _replies(api, 1)
    api.edit(original, "ik heb schulden")
    sent = await _replies(api, 3)
    assert sent[1]["text"] == assistant.ask("ik heb schulden").answer
    assert sent[1]["reply_parameters"]["message_id"] == original["message_id"]


async def test_an_unknown_command_gets_a_hint(api: FakeBotApi, bot: Application) -> None:
    api.message("/paspoort")
    [reply] = await _replies(api, 1)
    assert reply["text"] == texts.UNKNOWN_COMMAND


# --- commands and buttons --------------------------------------------------------------------

async def test_start_greets_and_offers_example_questions(
        api: FakeBotApi, bot: Application, assistant: Assistant) -> None:
    api.message("/start")
    [greeting] = await _replies(api, 1)
    assert greeting["text"].startswith(assistant.welcome())
    suggestions = assistant.suggestions()
    assert buttons(greeting) == [(q, f"q:{i}") for i, q in enumerate(suggestions)]


async def test_commands_are_registered_for_the_menu(api: FakeBotApi, bot: Application) -> None:
    [call] = await api.wait_for("setMyCommands")
    assert [c["command"] for c in call["commands"]] == ["start", "onderwerpen", "help", "privacy"]
    assert all(c["description"] for c in call["commands"])


async def test_an_example_button_asks_that_question(
        api: FakeBotApi, bot: Application, assistant: Assistant, sink: RecordingSink) -> None:
    api.message("/start")
    [greeting] = await _replies(api, 1)
    query_id = api.press(greeting, "q:0")
    sent = await _replies(api, 2)
    assert sent[1]["text"] == assistant.ask(assistant.suggestions()[0]).answer
    [answered] = await api.wait_for("answerCallbackQuery")
    assert answered["callback_query_id"] == query_id
    assert len(sink.answers) == 1


@pytest.mark.parametrize("command,text", [("/help", texts.HELP), ("/privacy", texts.PRIVACY)])
async def test_help_and_privacy(api: FakeBotApi, bot: Application, command: str, text: str) -> None:
    api.message(command)
    [reply] = await _replies(api, 1)
    assert reply["text"] == text


def test_privacy_text_says_what_is_and_is_not_kept() -> None:
    assert "onderwerp" in texts.PRIVACY and "Nooit de tekst van uw vraag" in texts.PRIVACY
    assert "naam" in texts.PRIVACY and "chat-nummer" in texts.PRIVACY


async def test_browse_topics_to_a_service(
        api: FakeBotApi, bot: Application, assistant: Assistant, sink: RecordingSink) -> None:
    api.message("/onderwerpen")
    [listing] = await _replies(api, 1)
    assert buttons(listing) == [(t.title, f"t:{t.id}") for t in assistant.topics()]
    topic = next(t for t in assistant.topics() if t.id == "zelfstandig-leven")
    api.press(listing, "t:zelfstandig-leven")
    [edit] = await api.wait_for("editMessageText")
    assert edit["message_id"] == listing["_message_id"]
    assert buttons(edit)[:-1] == [(c.title, f"c:{c.id}") for c in topic.services]
    assert buttons(edit)[-1] == (texts.BACK_TO_TOPICS, "t:")
    api.press(listing, "c:schuldhulp")
    sent = await _replies(api, 3)
    assert sent[1]["text"] == assistant.choose("schuldhulp").answer
    assert buttons(sent[2])[0] == ("Ja", "f:1:schuldhulp")
    assert len(await api.wait_for("answerCallbackQuery", 2)) == 2
    assert sink.answers == []  # browsing is not a question


async def test_feedback_button_records_and_thanks(
        api: FakeBotApi, bot: Application, sink: RecordingSink) -> None:
    api.message(DEBT)
    _, feedback = await _replies(api, 2)
    api.press(feedback, "f:0:schuldhulp")
    [edit] = await api.wait_for("editMessageText")
    assert edit["text"] == texts.THANKS
    assert "reply_markup" not in edit  # the buttons are gone
    assert edit["message_id"] == feedback["_message_id"]
    await api.wait_for("answerCallbackQuery")
    assert sink.feedback == [("schuldhulp", False, "telegram")]


async def test_forged_feedback_data_records_nothing(
        api: FakeBotApi, bot: Application, sink: RecordingSink) -> None:
    api.message("/start")
    [greeting] = await _replies(api, 1)
    api.press(greeting, "f:1:<script>")
    api.press(greeting, "zz:onbekend")
    await api.wait_for("answerCallbackQuery", 2)
    assert sink.feedback == []


async def test_feedback_for_a_service_not_on_the_message_counts_nothing(
        api: FakeBotApi, bot: Application, sink: RecordingSink) -> None:
    api.message(DEBT)
    _, feedback = await _replies(api, 2)
    api.press(feedback, "f:1:mantelzorg")  # well-formed, but not a button of this message
    api.message("/start")
    greeting = (await _replies(api, 3))[2]
    api.press(greeting, "f:1:schuldhulp")  # a real service, on a message without that button
    await _after_sentinel(api, 3)  # both presses handled
    assert sink.feedback == [] and api.calls("editMessageText") == []


async def test_a_second_press_after_the_thanks_counts_nothing(
        api: FakeBotApi, bot: Application, sink: RecordingSink) -> None:
    api.message(DEBT)
    _, feedback = await _replies(api, 2)
    api.press(feedback, "f:1:schuldhulp")
    await api.wait_for("editMessageText")  # the thanks replaced the buttons
    api.press(feedback, "f:1:schuldhulp")
    await _after_sentinel(api, 2)  # the second press handled
    assert sink.feedback == [("schuldhulp", True, "telegram")]


# --- clarification (a small knowledge base with two overlapping services) ---------------------

@pytest.fixture
def overlapping(tmp_path: Path) -> Assistant:
    """The shipped themes and gemeente, plus schuldhulp and minimaregelingen sharing a word."""
    source = REPO_ROOT / "knowledge"
    (tmp_path / "services").mkdir()
    for name in ("themes.yaml", "gemeente.yaml"):
        shutil.copy(source / name, tmp_path / name)
    for service in ("schuldhulp", "minimaregelingen"):
        data = yaml.safe_load((source / "services" / f"{service}.yaml").read_text("utf-8"))
        data["words"] = [*data["words"], "geldkwestie"]
        (tmp_path / "services" / f"{service}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True), "utf-8")
    # Words only: the two services tie on "geldkwestie", which the language model would break.
    settings = Settings(knowledge_dir=tmp_path)
    return build_assistant(dataclasses.replace(settings, match=dataclasses.replace(settings.match, semantic=False)))


async def test_clarification_buttons_give_the_chosen_answer(
        api: FakeBotApi, settings: Settings, overlapping: Assistant, sink: RecordingSink) -> None:
    question = overlapping.ask("ik heb een geldkwestie")
    assert question.clarify and len(question.choices) == 2
    async with running_bot(api, settings, overlapping, sink):
        api.message("ik heb een geldkwestie")
        [clarify] = await _replies(api, 1)
        assert clarify["text"] == question.answer
        assert buttons(clarify) == [(c.title, f"c:{c.id}") for c in question.choices]
        query_id = api.press(clarify, "c:minimaregelingen")
        sent = await _replies(api, 3)
        [answered] = await api.wait_for("answerCallbackQuery")
    assert answered["callback_query_id"] == query_id
    assert sent[1]["text"] == overlapping.choose("minimaregelingen").answer
    assert buttons(sent[2]) == [("Ja", "f:1:minimaregelingen"), ("Nee", "f:0:minimaregelingen")]
    assert sink.answers == [(None, "clarify", "telegram")]


async def test_a_stale_choice_is_answered_kindly(
        api: FakeBotApi, bot: Application) -> None:
    api.message("/onderwerpen")
    [listing] = await _replies(api, 1)
    api.press(listing, "c:bestaat-niet")
    [answered] = await api.wait_for("answerCallbackQuery")
    assert answered["text"] == texts.CHOICE_GONE


async def test_the_assistant_is_looked_up_per_update(
        api: FakeBotApi, bot: Application, overlapping: Assistant) -> None:
    bot.bot_data["wegwijzer.assistant"] = overlapping  # what a live reload will do
    api.message("geldkwestie")
    [reply] = await _replies(api, 1)
    assert reply["text"] == overlapping.ask("geldkwestie").answer


# --- groups ------------------------------------------------------------------------------------

async def test_in_a_group_only_messages_addressed_to_the_bot_are_answered(
        api: FakeBotApi, bot: Application, assistant: Assistant) -> None:
    api.group_message("ik heb schulden")
    api.group_message("/help")
    api.media("photo", chat_id=GROUP_CHAT, chat_type="supergroup")
    addressed = api.group_message("@wegwijzer_test_bot ik heb schulden")
    sent = await _replies(api, 1)
    assert sent[0]["text"] == assistant.ask("ik heb schulden").answer
    assert sent[0]["reply_parameters"]["message_id"] == addressed["message_id"]
    api.group_message("hoe zit het met mantelzorg?", reply_to_bot=True)
    api.group_message("/help@wegwijzer_test_bot")
    sent = await api.wait_for("sendMessage", where=lambda p: p["text"] == texts.HELP)
    texts_sent = api.sent_texts(GROUP_CHAT)
    assert texts_sent[2] == assistant.ask("hoe zit het met mantelzorg?").answer
    assert texts_sent[-1] == texts.HELP and len(texts_sent) == 5  # answer, feedback, x2, help


async def test_a_bare_mention_asks_for_the_question(api: FakeBotApi, bot: Application) -> None:
    api.group_message("@wegwijzer_test_bot")
    [reply] = await _replies(api, 1)
    assert reply["text"] == texts.ASK_QUESTION


# --- robustness --------------------------------------------------------------------------------

async def test_flood_control_429_is_waited_out_and_the_reply_arrives(
        api: FakeBotApi, bot: Application, assistant: Assistant) -> None:
    api.fail_next("sendMessage", times=1, retry_after=1)
    api.message(DEBT)
    answer, _ = await _replies(api, 2)
    assert answer["text"] == assistant.ask(DEBT).answer
    assert len(api.calls("sendMessage", failed=True)) == 3  # the 429, then both messages


async def test_bad_gateway_is_retried(api: FakeBotApi, bot: Application, assistant: Assistant) -> None:
    api.fail_next_with("sendMessage", 2, 502, "Bad Gateway")
    api.message(DEBT)
    answer, _ = await _replies(api, 2)
    assert answer["text"] == assistant.ask(DEBT).answer


async def test_an_error_does_not_stop_the_bot_and_logs_no_contents(
        api: FakeBotApi, bot: Application, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    api.fail_next_with("sendMessage", 1, 400, "Bad Request: chat not found")
    api.message(DEBT)
    sent = await _after_sentinel(api, 0)
    assert sent == []  # the first reply was refused; the bot went on to the next update
    assert "BadRequest" in caplog.text and "message-update" in caplog.text
    _assert_nothing_personal(caplog.text, api)


async def test_logs_hold_no_text_ids_names_or_token(
        api: FakeBotApi, bot: Application, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    api.fail_next("sendMessage", times=1, retry_after=1)
    api.message(DEBT)
    api.group_message("@wegwijzer_test_bot ik heb schulden")
    await _replies(api, 4)
    assert "flood control" in caplog.text
    _assert_nothing_personal(caplog.text, api)


def _assert_nothing_personal(log_text: str, api: FakeBotApi) -> None:
    for secret in (DEBT, "schulden", str(PRIVATE_CHAT), str(GROUP_CHAT), RESIDENT["first_name"],
                   api.token, "deurwaarder"):
        assert secret not in log_text


async def test_per_chat_rate_limit_warns_once(
        api: FakeBotApi, settings: Settings, assistant: Assistant) -> None:
    limited = Settings(telegram_token=settings.telegram_token,
                       telegram_api_base_url=settings.telegram_api_base_url, rate_limit=2)
    async with running_bot(api, limited, assistant):
        for _ in range(4):
            api.message("ik heb schulden")
        sent = await _after_sentinel(api, 5)
    assert [p["text"] for p in sent].count(assistant.ask("ik heb schulden").answer) == 2
    assert [p["text"] for p in sent][-1] == texts.RATE_LIMITED
    assert len(sent) == 5  # 2 x (answer + feedback), one warning, then silence


async def test_the_bot_shuts_down_cleanly(
        api: FakeBotApi, settings: Settings, assistant: Assistant) -> None:
    async with running_bot(api, settings, assistant) as application:
        api.message(DEBT)
        await _replies(api, 2)
    assert not application.running and not application.updater.running
    await asyncio.sleep(0)
    leftover = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()
                and "telegram" in repr(t.get_coro())]
    assert leftover == []
    # PTB marked the fetched updates as read on the way out (getUpdates with the next offset).
    last = api.calls("getUpdates")[-1]
    assert last["timeout"] == 0 and last["offset"] > 1
