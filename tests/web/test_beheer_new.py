"""/beheer/kennisbank/nieuw and .../buiten-gebruik over HTTP: add a service, take one out of use, bring it back.

A real app on a copy of knowledge/ behind aiohttp's test server, with the live reload
running as `wegwijzer serve` runs it; the staff accounts are real accounts.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import re
import shutil
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from tests.conftest import REPO
from wegwijzer.knowledge.new import new_service, retired_path
from wegwijzer.reload import LiveAssistant, watching
from wegwijzer.settings import Settings
from wegwijzer.staff import StaffStore
from wegwijzer.staff.history import History
from wegwijzer.web import create_app

PASSWORD = "een-lang-wachtwoord-voor-de-test"
LIVE_WITHIN = 20.0  # seconds: a deadline for the live reload on a busy machine, not a benchmark
NEW = dict(
    id="huiswerkhulp", titel="Hulp bij huiswerk", thema="opgroeien-en-ontwikkelen", doel="oo-3",
    omschrijving="Gratis hulp bij huiswerk voor kinderen.", bron="https://www.leiderdorp.nl",
    antwoord="Heeft uw kind moeite met huiswerk?\nEr is gratis hulp bij huiswerk in de bibliotheek.\n"
             "Vrijwilligers helpen uw kind.",
    volgende_stap="Vraag in de bibliotheek naar de huiswerkklas.", organisatie="Bibliotheek Leiderdorp",
    woorden="huiswerk\nhuiswerkbegeleiding\nhuiswerkklas\nbijles\nhulp bij huiswerk\nhuiswerkhulp",
    voorbeeldvragen="\n".join([
        "Waar kan mijn zoon hulp krijgen bij zijn huiswerk?", "Is er een huiswerkklas?",
        "Mijn dochter heeft bijles nodig", "Huiswerkbegeleiding in Leiderdorp", "Wie helpt mijn kind met huiswerk?",
        "Is huiswerkbegeleiding gratis?", "Mijn kind snapt zijn huiswerk niet", "Bijles voor mijn kind"]))

Login = Callable[[str], Awaitable[TestClient]]


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return Path(shutil.copytree(REPO / "knowledge", tmp_path / "knowledge"))


def with_new_service(kb_dir: Path) -> Path:
    """The copy with a service that is not one of the fixed ones, as if added earlier."""
    path = kb_dir / "services" / f"{NEW['id']}.yaml"
    path.write_text(new_service(NEW, dt.date.today()), encoding="utf-8")
    return path


@pytest.fixture
async def login(settings: Settings, kb_dir: Path) -> AsyncIterator[Login]:
    """Factory: a client logged in with a fresh account of the given role, on one live app
    (started at the first login, so a test can change the knowledge folder before)."""
    staff = StaffStore(settings.data_dir)
    servers: list[TestServer] = []
    clients: list[TestClient] = []

    async def make(role: str) -> TestClient:
        if not servers:
            live = LiveAssistant(kb_dir)
            app = create_app(dataclasses.replace(settings, rate_limit=0), live)
            app.cleanup_ctx.append(watching(live))  # as `wegwijzer serve` does
            servers.append(TestServer(app, host="127.0.0.1"))
            await servers[0].start_server()
        staff.add(f"test-{role}", role, PASSWORD)
        client = TestClient(servers[0])
        clients.append(client)
        page = await client.get("/beheer/login")
        response = await client.post("/beheer/login", allow_redirects=False, data={
            "csrf": field(await page.text(), "csrf"), "gebruikersnaam": f"test-{role}", "wachtwoord": PASSWORD})
        assert response.status == 303
        return client

    yield make
    for client in clients:
        await client.session.close()
    for server in servers:
        await server.close()
    staff.close()


def field(text: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', text)
    assert found, f"no {name} on the page"
    return found.group(1)


async def post(client: TestClient, path: str, data: dict[str, str]) -> tuple[int, str]:
    response = await client.post(f"/beheer/kennisbank{path}", data=data, allow_redirects=False)
    return response.status, await response.text()


async def new_form(client: TestClient) -> dict[str, str]:
    page = await client.get("/beheer/kennisbank/nieuw")
    assert page.status == 200
    return dict(NEW, csrf=field(await page.text(), "csrf"), reden="huiswerk komt veel voor")


async def chosen(client: TestClient, service: str) -> tuple[int, str]:
    response = await client.post("/api/choose", json={"service": service})
    return response.status, (await response.json()).get("answer", "") if response.status == 200 else ""


async def until(client: TestClient, service: str, status: int) -> None:
    deadline = time.monotonic() + LIVE_WITHIN
    while (await chosen(client, service))[0] != status:
        assert time.monotonic() < deadline, "the live reload did not pick up the publication"
        await asyncio.sleep(0.2)


async def test_a_new_service_is_published_and_residents_get_its_answer(login: Login, kb_dir: Path,
                                                                       settings: Settings) -> None:
    client = await login("redacteur")
    assert "Nieuwe dienst" in await (await client.get("/beheer/kennisbank")).text()
    form = await new_form(client)
    status, text = await post(client, "/nieuw", dict(form, actie="voorbeeld"))
    assert status == 200 and "Heeft uw kind moeite met huiswerk?<br>" in text and "0 fouten" in text
    status, _ = await post(client, "/nieuw", dict(form, actie="publiceren"))
    assert status == 303
    written = (kb_dir / "services" / "huiswerkhulp.yaml").read_text(encoding="utf-8")
    assert written.startswith("id: huiswerkhulp\ntitle: Hulp bij huiswerk\n") and "phone: IN TE VULLEN" in written
    await until(client, "huiswerkhulp", 200)
    assert (await chosen(client, "huiswerkhulp"))[1].startswith("Heeft uw kind moeite met huiswerk?")
    [version] = History(StaffStore(settings.data_dir)).versions("huiswerkhulp")
    assert (version.who, version.reason) == ("test-redacteur", "huiswerk komt veel voor")


async def test_a_new_service_needs_a_free_id_and_passing_checks(login: Login, kb_dir: Path) -> None:
    client = await login("redacteur")
    form = await new_form(client)
    status, text = await post(client, "/nieuw", dict(form, id="schuldhulp", actie="publiceren"))
    assert status == 422 and "De id &#39;schuldhulp&#39; bestaat al" in text
    status, text = await post(client, "/nieuw", dict(form, id="Huiswerk Hulp", actie="controleren"))
    assert status == 200 and "kleine letters, cijfers en streepjes" in text
    few = "Is er een huiswerkklas?\nBijles voor mijn kind"
    status, text = await post(client, "/nieuw", dict(form, voorbeeldvragen=few, actie="publiceren"))
    assert status == 422 and "minstens 8" in text
    status, text = await post(client, "/nieuw", dict(form, antwoord="Heb je moeite met huiswerk?", actie="publiceren"))
    assert status == 422 and "Hier staat &#39;je&#39;" in text
    assert not (kb_dir / "services" / "huiswerkhulp.yaml").exists()


async def test_a_contract_service_cannot_be_taken_out_of_use(login: Login, kb_dir: Path) -> None:
    client = await login("beheerder")
    page = await (await client.get("/beheer/kennisbank/schuldhulp")).text()
    assert "kan niet buiten gebruik worden gesteld" in page and "Buiten gebruik stellen</button>" not in page
    before = (kb_dir / "services" / "schuldhulp.yaml").read_text(encoding="utf-8")
    status, text = await post(client, "/schuldhulp/buiten-gebruik", {
        "csrf": field(page, "csrf"), "bestandshash": field(page, "bestandshash"), "reden_buiten_gebruik": "weg"})
    assert status == 403 and "vaste diensten" in text
    assert (kb_dir / "services" / "schuldhulp.yaml").read_text(encoding="utf-8") == before


async def test_a_service_taken_out_of_use_comes_back_with_terugzetten(login: Login, kb_dir: Path) -> None:
    path = with_new_service(kb_dir)
    client = await login("redacteur")
    original = path.read_text(encoding="utf-8")
    page = await (await client.get("/beheer/kennisbank/huiswerkhulp")).text()
    form = {"csrf": field(page, "csrf"), "bestandshash": field(page, "bestandshash")}
    status, text = await post(client, "/huiswerkhulp/buiten-gebruik", dict(form, reden_buiten_gebruik=""))
    assert status == 422 and "waarom deze dienst buiten gebruik gaat" in text and path.exists()
    status, _ = await post(client, "/huiswerkhulp/buiten-gebruik", dict(form, reden_buiten_gebruik="project gestopt"))
    assert status == 303 and not path.exists()
    assert retired_path(kb_dir, "huiswerkhulp").read_text(encoding="utf-8") == original
    await until(client, "huiswerkhulp", 404)
    assert "huiswerkhulp: geschiedenis" in await (await client.get("/beheer/kennisbank")).text()
    history = await (await client.get("/beheer/kennisbank/huiswerkhulp/geschiedenis")).text()
    assert "project gestopt" in history and "Deze dienst staat buiten gebruik" in history
    [version] = re.findall(r'name="versie" value="([0-9a-f]+)"', history)  # not on the retirement itself
    status, _ = await post(client, "/huiswerkhulp/terugzetten", {
        "csrf": field(history, "csrf"), "bestandshash": field(history, "bestandshash"), "versie": version})
    assert status == 303
    assert path.read_text(encoding="utf-8") == original and not retired_path(kb_dir, "huiswerkhulp").exists()
    await until(client, "huiswerkhulp", 200)


async def test_beleid_gets_403_on_add_retire_and_entries_and_nothing_changes(login: Login, kb_dir: Path) -> None:
    with_new_service(kb_dir)
    client = await login("beleid")
    before = {p: p.read_text(encoding="utf-8") for p in sorted(kb_dir.rglob("*.yaml"))}
    form = dict(await new_form(client), id="nog-een-dienst")
    assert (await post(client, "/nieuw", dict(form, actie="publiceren")))[0] == 403
    page = await (await client.get("/beheer/kennisbank/huiswerkhulp")).text()
    assert "Buiten gebruik stellen</button>" not in page
    hidden = {"csrf": field(page, "csrf"), "bestandshash": field(page, "bestandshash")}
    assert (await post(client, "/huiswerkhulp/buiten-gebruik", dict(hidden, reden_buiten_gebruik="weg")))[0] == 403
    entry = dict(hidden, actie="publiceren", vragen_aantal="0", v1_vraag="Is het gratis?", v1_antwoord="Ja.",
                 v1_voorbeelden="gratis?\nkost het geld?", v1_url="https://www.leiderdorp.nl", v1_datum="2024",
                 v1_betrouwbaarheid="A")
    assert (await post(client, "/huiswerkhulp", entry))[0] == 403
    assert {p: p.read_text(encoding="utf-8") for p in sorted(kb_dir.rglob("*.yaml"))} == before
