"""No personal data reaches disk: questions full of it go through the web API and the
Telegram bot, then every byte of every file in the data directory is searched."""

from __future__ import annotations

import dataclasses

import pytest
from tests.fake_bot_api import PRIVATE_CHAT, RESIDENT, FakeBotApi, buttons, running_bot
from tests.stats_helpers import all_bytes

from wegwijzer.settings import Settings
from wegwijzer.stats import StatsStore, read_report

QUESTIONS = [
    "Ik ben Jan de Vries en ik heb schulden",
    "Mijn nummer is 06-12345678, kunt u mij terugbellen over huurtoeslag?",
    "Mail mij op jan.devries@example.nl over mantelzorg voor mijn moeder",
    "Mijn BSN is 123456782, waar moet ik dat invullen?",
    "Mijn IBAN is NL91ABNA0417164300, kan ik geld terugkrijgen?",
    "Ik woon op Hoofdstraat 12, 2352 AB Leiderdorp en mijn paspoort is verlopen",
    "Ik ben geboren op 12-03-1985 en ik zoek werk",
    "Jan de Vries, 06-12345678, Hoofdstraat 12, 2352 AB Leiderdorp: waar haal ik een parkeervergunning?",
]
FORBIDDEN = [
    "Jan de Vries", "Vries", "vries", "devries", "jan.devries@example.nl", "example.nl", "devries@",
    "06-12345678", "0612345678", "12345678", "123456782", "NL91ABNA0417164300", "ABNA",
    "0417164300", "Hoofdstraat", "hoofdstraat", "2352 AB", "2352", "12-03-1985", "1985",
    str(PRIVATE_CHAT), RESIDENT["first_name"], "terugbellen over huurtoeslag",
]


def assert_nothing_personal(directory) -> None:
    files = [p for p in directory.rglob("*") if p.is_file()]
    assert files, "the store wrote its database"
    assert {p.name for p in files} <= {"statistieken.sqlite3", "statistieken.sqlite3-wal",
                                       "statistieken.sqlite3-shm"}  # no logs, nothing else
    data = all_bytes(directory)
    for text in FORBIDDEN:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert text.encode(encoding) not in data, f"{text!r} ({encoding}) was written"


async def test_questions_through_the_web_api_leave_no_personal_data(make_client, settings):
    store = StatsStore(settings.data_dir)
    client = await make_client(stats=store, rate_limit=0)
    for question in QUESTIONS:
        response = await client.post("/api/ask", json={"question": question})
        assert response.status == 200
        body = await response.json()
        if body["service"]:
            await client.post("/api/feedback", json={"service": body["service"], "useful": False,
                                                     "feedback_token": body["feedback_token"]})
    assert_nothing_personal(settings.data_dir)  # while running: database and WAL
    store.close()
    assert_nothing_personal(settings.data_dir)  # after the final flush
    report = read_report(settings)
    assert report["total"] == len(QUESTIONS) and report["by_channel"] == {"web": len(QUESTIONS)}
    assert {w["word"] for w in report["signal_words"]} >= {"paspoort", "parkeervergunning"}


@pytest.fixture
async def api():
    async with FakeBotApi() as server:
        yield server


async def test_questions_through_the_telegram_bot_leave_no_personal_data(api, settings, shipped_assistant):
    settings = dataclasses.replace(settings, telegram_token=api.token,
                                   telegram_api_base_url=api.base_url, rate_limit=0)
    store = StatsStore(settings.data_dir)
    async with running_bot(api, settings, shipped_assistant, store):
        for question in QUESTIONS:
            before = len(api.calls("sendMessage"))
            api.message(question)
            await api.wait_for("sendMessage", before + 1)
        api.message("/help")  # updates are handled in order: once this is answered, all are
        sent = await api.wait_for("sendMessage", len(api.calls("sendMessage")) + 1)
        feedback = next(m for m in sent if any(d.startswith("f:0:") for _, d in buttons(m)))
        before = len(api.calls("editMessageText"))
        api.press(feedback, next(d for _, d in buttons(feedback) if d.startswith("f:0:")))
        await api.wait_for("editMessageText", before + 1)
        assert_nothing_personal(settings.data_dir)
    store.close()
    assert_nothing_personal(settings.data_dir)
    report = read_report(Settings(data_dir=settings.data_dir))
    assert report["total"] == len(QUESTIONS) and report["by_channel"] == {"telegram": len(QUESTIONS)}
