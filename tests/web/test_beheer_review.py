"""/beheer/kennisbank/nalezen: fallback and clarify counts per week and signal words from the
suppressed report, and the button that adds a word to a service (a real publication)."""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from tests.conftest import REPO
from tests.stats_helpers import answer
from wegwijzer.knowledge.base import load_knowledge
from wegwijzer.reload import LiveAssistant
from wegwijzer.settings import Settings
from wegwijzer.staff import StaffStore
from wegwijzer.staff.history import History
from wegwijzer.stats import StatsStore
from wegwijzer.stats.vocabulary import Vocabulary
from wegwijzer.web import create_app

PASSWORD = "een-lang-wachtwoord-voor-de-test"
QUESTION = "mijn scootmobiel is kapot en de rolstoel ook"


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return Path(shutil.copytree(REPO / "knowledge", tmp_path / "knowledge"))


@pytest.fixture
async def clients(settings: Settings, kb_dir: Path) -> AsyncIterator[dict[str, TestClient]]:
    """A client logged in as a redacteur and one as beleid, over counted fallback questions."""
    kb, _ = load_knowledge(kb_dir)
    stats = StatsStore(settings.data_dir, Vocabulary(kb))
    for _ in range(6):
        stats.record(answer("fallback", None, QUESTION), "web")
    staff = StaffStore(settings.data_dir)
    out = {}
    for role in ("redacteur", "beleid"):
        staff.add(role, role, PASSWORD)
        client = TestClient(TestServer(_app(settings, kb_dir, stats), host="127.0.0.1"))
        await client.start_server()
        page = await (await client.get("/beheer/login")).text()
        await client.post("/beheer/login", data={"csrf": csrf_of(page), "gebruikersnaam": role, "wachtwoord": PASSWORD})
        out[role] = client
    yield out
    for client in out.values():
        await client.close()
    staff.close()
    stats.close()


def _app(settings: Settings, kb_dir: Path, stats: StatsStore):
    """One app per client (a test server takes an app once); they share the folder and databases."""
    return create_app(dataclasses.replace(settings, rate_limit=0), LiveAssistant(kb_dir), stats)


def csrf_of(text: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', text)
    assert found
    return found.group(1)


async def test_the_page_shows_weeks_and_signal_words(clients) -> None:
    page = await (await clients["redacteur"].get("/beheer/kennisbank/nalezen")).text()
    assert re.search(r"<td class=\"num\">6</td><td class=\"num\">0</td>", page)  # 6 without an answer
    assert "<strong>scootmobiel</strong> (6 keer)" in page and "Toevoegen aan de woorden" in page
    assert QUESTION not in page


async def test_adding_a_word_publishes_it_with_history(clients, kb_dir: Path, settings: Settings) -> None:
    client = clients["redacteur"]
    page = await (await client.get("/beheer/kennisbank/nalezen")).text()
    response = await client.post("/beheer/kennisbank/nalezen/woord", allow_redirects=False,
                                 data={"csrf": csrf_of(page), "woord": "kapot", "dienst": "wmo-ondersteuning"})
    assert response.status == 303, await response.text()
    assert "  - kapot\n" in (kb_dir / "services" / "wmo-ondersteuning.yaml").read_text(encoding="utf-8")
    newest = History(StaffStore(settings.data_dir)).versions("wmo-ondersteuning")[0]
    assert newest.who == "redacteur" and "kapot" in newest.reason and newest.fields == ("Woorden van inwoners",)


async def test_only_listed_words_and_only_editors(clients, kb_dir: Path) -> None:
    before = (kb_dir / "services" / "wmo-ondersteuning.yaml").read_text(encoding="utf-8")
    for role, word, status in (("redacteur", "iets-anders", 400), ("beleid", "kapot", 403)):
        page = await (await clients[role].get("/beheer/kennisbank/nalezen")).text()
        response = await clients[role].post("/beheer/kennisbank/nalezen/woord", allow_redirects=False,
                                            data={"csrf": csrf_of(page), "woord": word, "dienst": "wmo-ondersteuning"})
        assert response.status == status
    assert (kb_dir / "services" / "wmo-ondersteuning.yaml").read_text(encoding="utf-8") == before
