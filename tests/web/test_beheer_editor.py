"""/beheer/kennisbank/<id> over HTTP: check, publish, history, undo, roles, and changes made meanwhile.

A real app on a copy of knowledge/ behind aiohttp's test server; the staff accounts are
real accounts in the test's staff database.
"""

from __future__ import annotations

import dataclasses
import html
import re
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from tests.conftest import REPO
from wegwijzer.knowledge.edit import digest, form_values, parse
from wegwijzer.reload import LiveAssistant
from wegwijzer.settings import Settings
from wegwijzer.staff import StaffStore
from wegwijzer.staff.history import History
from wegwijzer.web import create_app

PASSWORD = "een-lang-wachtwoord-voor-de-test"
SERVICE = "schuldhulp"
NEW_ANSWER = "Heeft u schulden? Wacht dan niet te lang.\nIncluzio Leiderdorp helpt u met geld en post."

Login = Callable[[str], Awaitable[TestClient]]


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return Path(shutil.copytree(REPO / "knowledge", tmp_path / "knowledge"))


def service_file(kb_dir: Path) -> Path:
    return kb_dir / "services" / f"{SERVICE}.yaml"


@pytest.fixture
async def login(settings: Settings, kb_dir: Path) -> AsyncIterator[Login]:
    """Factory: a client logged in with a fresh account of the given role."""
    staff = StaffStore(settings.data_dir)
    live = LiveAssistant(kb_dir)
    clients: list[TestClient] = []

    async def make(role: str) -> TestClient:
        staff.add(f"test-{role}", role, PASSWORD)
        client = TestClient(TestServer(create_app(dataclasses.replace(settings, rate_limit=0), live),
                                       host="127.0.0.1"))
        await client.start_server()
        clients.append(client)
        page = await client.get("/beheer/login")
        response = await client.post("/beheer/login", allow_redirects=False, data={
            "csrf": csrf_of(await page.text()), "gebruikersnaam": f"test-{role}", "wachtwoord": PASSWORD})
        assert response.status == 303
        return client

    yield make
    for client in clients:
        await client.close()
    staff.close()


def csrf_of(text: str, name: str = "csrf") -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', text)
    assert found, f"no {name} on the page"
    return found.group(1)


async def open_form(client: TestClient) -> dict[str, str]:
    """The edit form's fields as the browser would send them."""
    page = await client.get(f"/beheer/kennisbank/{SERVICE}")
    assert page.status == 200
    text = await page.text()
    fields = {"csrf": csrf_of(text), "bestandshash": csrf_of(text, "bestandshash"), "reden": ""}
    for name, value in re.findall(r'<input id="([a-z_]+)" name="[a-z_]+" type="text"[^>]*value="([^"]*)"', text):
        fields[name] = html.unescape(value)
    for name, value in re.findall(r'<textarea id="([a-z_]+)"[^>]*>([^<]*)</textarea>', text):
        fields[name] = html.unescape(value)
    for name, value in re.findall(r'<select id="([a-z_]+)".*?<option value="([A-C]?)"[^>]*selected', text, re.S):
        fields[name] = value
    return fields


async def send(client: TestClient, fields: dict[str, str], action: str, path: str = "") -> tuple[int, str]:
    response = await client.post(f"/beheer/kennisbank/{SERVICE}{path}", data=dict(fields, actie=action),
                                 allow_redirects=False)
    return response.status, await response.text()


async def test_the_form_shows_the_file_in_plain_fields(login: Login, kb_dir: Path) -> None:
    fields = await open_form(await login("redacteur"))
    expected = form_values(parse(service_file(kb_dir).read_text(encoding="utf-8")))
    assert fields["antwoord"] == expected["antwoord"]
    assert fields["phone_waarde"] == "071-541 35 36" and fields["phone_betrouwbaarheid"] == "A"
    assert fields["bestandshash"] == digest(service_file(kb_dir).read_text(encoding="utf-8"))


async def test_the_check_refuses_je_beside_the_answer(login: Login, kb_dir: Path) -> None:
    client = await login("redacteur")
    before = service_file(kb_dir).read_text(encoding="utf-8")
    fields = dict(await open_form(client), antwoord="Heb je schulden? Bel ons.")
    status, text = await send(client, fields, "controleren")
    assert status == 200 and 'role="alert"' in text
    assert re.search(r'id="fout-antwoord">\s*<li class="error">Fout: Hier staat &#39;je&#39;', text)
    assert 'aria-invalid="true"' in text
    status, text = await send(client, fields, "publiceren")
    assert status == 422 and "Niet gepubliceerd" in text
    assert service_file(kb_dir).read_text(encoding="utf-8") == before


async def test_the_preview_shows_the_answer_and_where_examples_go(login: Login) -> None:
    client = await login("redacteur")
    fields = dict(await open_form(client), antwoord=NEW_ANSWER)
    status, text = await send(client, fields, "voorbeeld")
    assert status == 200
    assert "Heeft u schulden? Wacht dan niet te lang.<br>" in text
    assert re.search(r"\d+ van \d+ voorbeeldvragen zouden nu ergens anders uitkomen", text)


async def test_publishing_writes_the_file_keeps_comments_and_records_history(
        login: Login, kb_dir: Path, settings: Settings) -> None:
    client = await login("redacteur")
    fields = dict(await open_form(client), antwoord=NEW_ANSWER, reden="nieuwe tekst na overleg")
    status, _ = await send(client, fields, "publiceren")
    assert status == 303
    written = service_file(kb_dir).read_text(encoding="utf-8")
    assert "  Heeft u schulden? Wacht dan niet te lang.\n" in written
    assert "intake: true  # geen eigen contact: deze organisatie doet de intake" in written
    live = LiveAssistant(kb_dir)
    assert live.choose(SERVICE).answer.startswith("Heeft u schulden? Wacht dan niet te lang.")
    versions = History(StaffStore(settings.data_dir)).versions(SERVICE)
    assert [(v.who, v.reason, v.fields) for v in versions] == [
        ("test-redacteur", "nieuwe tekst na overleg", ("Antwoord",)),
        ("buiten de editor", "de versie van vóór de editor", ())]
    page = await client.get(f"/beheer/kennisbank/{SERVICE}/geschiedenis")
    text = await page.text()
    assert text.index("nieuwe tekst na overleg") < text.index("de versie van vóór de editor")


async def test_an_old_version_comes_back_as_a_new_publication(login: Login, kb_dir: Path) -> None:
    client = await login("beheerder")
    original = service_file(kb_dir).read_text(encoding="utf-8")
    assert (await send(client, dict(await open_form(client), antwoord=NEW_ANSWER), "publiceren"))[0] == 303
    page = await (await client.get(f"/beheer/kennisbank/{SERVICE}/geschiedenis")).text()
    oldest = re.findall(r'name="versie" value="([0-9a-f]+)"', page)[-1]
    form = {"csrf": csrf_of(page), "bestandshash": csrf_of(page, "bestandshash"), "versie": oldest}
    status, _ = await send(client, form, "", "/terugzetten")
    assert status == 303
    assert service_file(kb_dir).read_text(encoding="utf-8") == original
    page = await (await client.get(f"/beheer/kennisbank/{SERVICE}/geschiedenis")).text()
    assert page.count(">Terugzetten</button>") == 3 and "Teruggezet naar de versie van" in page


async def test_beleid_gets_403_on_every_change(login: Login, kb_dir: Path) -> None:
    editor, policy = await login("redacteur"), await login("beleid")
    assert (await send(editor, dict(await open_form(editor), antwoord=NEW_ANSWER), "publiceren"))[0] == 303
    before = service_file(kb_dir).read_text(encoding="utf-8")
    fields = dict(await open_form(policy), antwoord="Een andere tekst. Kort en goed.")
    assert ">Publiceren</button>" not in (await (await policy.get(f"/beheer/kennisbank/{SERVICE}")).text())
    assert (await send(policy, fields, "publiceren"))[0] == 403
    page = await (await policy.get(f"/beheer/kennisbank/{SERVICE}/geschiedenis")).text()
    assert "Terugzetten" not in page
    version = History(StaffStore(kb_dir.parent / "data")).versions(SERVICE)[-1].id
    form = {"csrf": fields["csrf"], "bestandshash": fields["bestandshash"], "versie": version}
    assert (await send(policy, form, "", "/terugzetten"))[0] == 403
    assert service_file(kb_dir).read_text(encoding="utf-8") == before


async def test_a_second_editor_is_told_before_overwriting(login: Login, kb_dir: Path) -> None:
    first, second = await login("redacteur"), await login("beheerder")
    mine, theirs = await open_form(first), await open_form(second)
    assert (await send(first, dict(mine, antwoord=NEW_ANSWER), "publiceren"))[0] == 303
    written = service_file(kb_dir).read_text(encoding="utf-8")
    status, text = await send(second, dict(theirs, volgende_stap="Bel ons vandaag nog."), "publiceren")
    assert status == 409 and "Iemand anders heeft deze dienst intussen gewijzigd" in text
    assert "Volgende stap" in text and "Antwoord" in text  # the difference, per field
    assert service_file(kb_dir).read_text(encoding="utf-8") == written


async def test_a_change_on_disk_is_shown_not_overwritten(login: Login, kb_dir: Path) -> None:
    client = await login("redacteur")
    fields = await open_form(client)
    path = service_file(kb_dir)
    by_hand = path.read_text(encoding="utf-8").replace("title: Hulp bij schulden", "title: Hulp bij geldzorgen")
    path.write_text(by_hand, encoding="utf-8")
    status, text = await send(client, dict(fields, reden="poging"), "controleren")
    assert status == 200 and "het bestand is gewijzigd sinds u dit formulier opende" in text
    status, text = await send(client, dict(fields, antwoord=NEW_ANSWER), "publiceren")
    assert status == 409 and "Hulp bij geldzorgen" in text
    assert path.read_text(encoding="utf-8") == by_hand


async def test_an_unknown_service_is_404(login: Login) -> None:
    client = await login("redacteur")
    assert (await client.get("/beheer/kennisbank/bestaat-niet")).status == 404
    assert (await client.get("/beheer/kennisbank/..%2Fgemeente")).status == 404


async def test_a_contact_fact_without_a_source_is_refused_in_plain_dutch(login: Login, kb_dir: Path) -> None:
    client = await login("redacteur")
    before = service_file(kb_dir).read_text(encoding="utf-8")
    fields = dict(await open_form(client), email_waarde="info@voorbeeld.nl", email_datum="vorige week")
    status, text = await send(client, fields, "publiceren")
    assert status == 422
    assert "E-mail: vul het webadres van de bron in" in text and "E-mail: kies hoe betrouwbaar" in text
    assert "Sourced" not in text and "contact.email" not in text
    assert service_file(kb_dir).read_text(encoding="utf-8") == before


async def test_a_broken_file_is_named_not_a_500(login: Login, kb_dir: Path) -> None:
    client = await login("redacteur")
    service_file(kb_dir).write_text("id: schuldhulp\ntitle: [kapot\n", encoding="utf-8")
    page = await client.get(f"/beheer/kennisbank/{SERVICE}")
    assert page.status == 409 and "kan nu niet worden gelezen" in await page.text()


ENTRY_SERVICE = "mantelzorg"


async def entry_form(client: TestClient) -> dict[str, str]:
    """The whole edit form of a service with entries, the entry boxes (v1_, v2_, ...) included."""
    text = await (await client.get(f"/beheer/kennisbank/{ENTRY_SERVICE}")).text()
    fields = {"csrf": csrf_of(text), "bestandshash": csrf_of(text, "bestandshash"),
              "vragen_aantal": csrf_of(text, "vragen_aantal"), "reden": ""}
    for name, value in re.findall(r'<input id="([a-z0-9_]+)" name="[a-z0-9_]+" type="text"[^>]*value="([^"]*)"', text):
        fields[name] = html.unescape(value)
    for name, value in re.findall(r'<textarea id="([a-z0-9_]+)"[^>]*>([^<]*)</textarea>', text):
        fields[name] = html.unescape(value)
    for name, value in re.findall(r'<select id="([a-z0-9_]+)".*?<option value="([A-C]?)"[^>]*selected', text, re.S):
        fields[name] = value
    return fields


def entry_file(kb_dir: Path) -> Path:
    return kb_dir / "services" / f"{ENTRY_SERVICE}.yaml"


async def test_entries_are_edited_added_and_removed_on_the_edit_page(login: Login, kb_dir: Path) -> None:
    client = await login("redacteur")
    fields = await entry_form(client)
    assert fields["vragen_aantal"] == "1" and fields["v1_betrouwbaarheid"] == "A"
    assert fields["v1_vraag"] == "Hoe vraag ik de mantelzorgwaardering aan?" and fields["v2_vraag"] == ""
    added = {"v2_vraag": "Kan ik even vrij van de zorg?", "v2_antwoord": "Ja, dat kan.\nVraag naar respijtzorg.",
             "v2_voorbeelden": "even vrij van de zorg\nwie neemt de zorg over?", "v2_url": "https://www.leiderdorp.nl",
             "v2_datum": "2024-05", "v2_betrouwbaarheid": "B"}
    edited = dict(fields, v1_antwoord="U vraagt de mantelzorgwaardering één keer per jaar aan.", **added)
    status, text = await send_to(client, edited, "publiceren")
    assert status == 303, text
    service = LiveAssistant(kb_dir).kb.service(ENTRY_SERVICE)
    assert [e.question for e in service.entries] == ["Hoe vraag ik de mantelzorgwaardering aan?",
                                                   "Kan ik even vrij van de zorg?"]
    assert service.entries[0].answer.startswith("U vraagt de mantelzorgwaardering")
    assert service.entries[1].source.grade == "B"
    fields = await entry_form(client)
    status, _ = await send_to(client, dict(fields, v1_verwijderen="1"), "publiceren")
    assert status == 303
    assert [e.question for e in LiveAssistant(kb_dir).kb.service(ENTRY_SERVICE).entries] == [
        "Kan ik even vrij van de zorg?"]


async def test_an_entry_that_says_je_or_lacks_a_source_is_refused(login: Login, kb_dir: Path) -> None:
    client = await login("redacteur")
    before = entry_file(kb_dir).read_text(encoding="utf-8")
    fields = await entry_form(client)
    informal = dict(fields, v1_antwoord="Je vraagt hem één keer per jaar aan.")
    status, text = await send_to(client, informal, "publiceren")
    assert status == 422 and "Niet gepubliceerd" in text
    assert "Het antwoord op &#34;Hoe vraag ik de mantelzorgwaardering aan?&#34; zegt &#39;Je&#39;" in text
    status, text = await send_to(client, dict(fields, v1_url="zie website", v1_voorbeelden="een vraag"), "publiceren")
    assert status == 422
    assert "Vraag 1: vul het webadres van de bron in" in text and "Vraag 1: schrijf minstens 2 voorbeeldvragen" in text
    assert entry_file(kb_dir).read_text(encoding="utf-8") == before


async def send_to(client: TestClient, fields: dict[str, str], action: str) -> tuple[int, str]:
    response = await client.post(f"/beheer/kennisbank/{ENTRY_SERVICE}", data=dict(fields, actie=action),
                                 allow_redirects=False)
    return response.status, await response.text()
