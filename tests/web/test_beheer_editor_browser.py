"""The knowledge-base editor in real Chromium (issue 15): a redacteur changes an answer, the check
refuses a "je", the fix passes, the preview shows it, Publiceren puts it live (the running
server's live reload), and Terugzetten brings the old answer back. Every page: axe 0
violations; the buttons work by keyboard. With WEGWIJZER_SCREENSHOTS=1 the pictures for
docs/kennisbank.md are written to docs/screenshots/."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser_helpers import axe_violations
from tests.conftest import REPO, screenshot_path
from tests.stats_helpers import answer
from tests.web.test_beheer_new import NEW as HUISWERK
from wegwijzer.knowledge.base import load_knowledge
from wegwijzer.knowledge.new import new_service
from wegwijzer.reload import LiveAssistant, watching
from wegwijzer.staff import StaffStore
from wegwijzer.stats import StatsStore
from wegwijzer.stats.vocabulary import Vocabulary
from wegwijzer.web import create_app

PASSWORD = "een-lang-wachtwoord-voor-de-test"
SERVICE = "schuldhulp"
FIXED = "Heeft u schulden? Wacht dan niet te lang.\nIncluzio Leiderdorp helpt u met geld en post."
LIVE_WITHIN = 20.0  # seconds: a deadline for the live reload on a busy machine, not a benchmark


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return Path(shutil.copytree(REPO / "knowledge", tmp_path / "knowledge"))


@pytest.fixture
def served(settings, live_server, kb_dir):
    staff = StaffStore(settings.data_dir)
    staff.add("redacteur", "redacteur", PASSWORD)
    staff.close()
    live = LiveAssistant(kb_dir)
    stats = StatsStore(settings.data_dir, Vocabulary(load_knowledge(kb_dir)[0]))
    for _ in range(6):  # six questions without an answer, for the review page
        stats.record(answer("fallback", None, "mijn scootmobiel is kapot"), "web")
    app = create_app(dataclasses.replace(settings, rate_limit=0), live, stats)
    app.cleanup_ctx.append(watching(live))  # as `wegwijzer serve` does
    yield live_server(app), live
    stats.close()


def log_in(page, url: str) -> None:
    page.goto(url + "/beheer/login")
    page.get_by_label("Gebruikersnaam").fill("redacteur")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_label("Wachtwoord").press("Enter")
    expect(page.get_by_role("link", name="Kennisbank", exact=True)).to_be_visible()


def press_button_after_reason(page, name: str, tabs: int) -> None:
    """Reach a button by keyboard from the Reden box, and press it with Enter."""
    page.get_by_role("textbox", name="Reden").focus()
    for _ in range(tabs):
        page.keyboard.press("Tab")
    expect(page.get_by_role("button", name=name)).to_be_focused()
    page.keyboard.press("Enter")


def served_answer(page, url: str) -> str:
    response = page.request.post(url + "/api/choose", data={"service": SERVICE})
    assert response.ok
    return response.json()["answer"]


def wait_for_answer(page, url: str, start: str) -> None:
    deadline = time.monotonic() + LIVE_WITHIN
    while not served_answer(page, url).startswith(start):
        assert time.monotonic() < deadline, "the live reload did not pick up the publication"
        time.sleep(0.2)


def shoot(page, name: str, tmp_path: Path) -> None:
    target = screenshot_path(name, tmp_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    png = page.screenshot(full_page=False, animations="disabled", caret="hide")
    if not target.exists() or target.read_bytes() != png:
        target.write_bytes(png)


def test_a_redacteur_edits_publishes_and_undoes_with_screenshots(page, served, kb_dir, tmp_path):
    server, live = served
    page.set_default_timeout(60_000)  # each check loads the whole knowledge base on a copy
    original = live.choose(SERVICE).answer
    log_in(page, server.url)
    page.goto(server.url + "/beheer/kennisbank")
    page.get_by_role("link", name="Hulp bij schulden").click()
    expect(page.get_by_role("heading", name="Hulp bij schulden bewerken")).to_be_visible()
    assert axe_violations(page) == []

    answer = page.get_by_role("textbox", name="Antwoord")
    answer.fill("Heb je schulden? Wacht dan niet te lang.\nIncluzio Leiderdorp helpt je met geld en post.")
    press_button_after_reason(page, "Controleren", 1)
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Hier staat 'je'")
    expect(page.get_by_role("textbox", name="Antwoord")).to_have_attribute("aria-invalid", "true")
    assert axe_violations(page) == []
    shoot(page, "editor-controleren.png", tmp_path)

    page.get_by_role("textbox", name="Antwoord").fill(FIXED)
    press_button_after_reason(page, "Voorbeeld", 2)
    expect(page.get_by_role("status")).to_contain_text("0 fouten")
    expect(page.get_by_role("heading", name="Voorbeeld: zo ziet de inwoner het antwoord")).to_be_visible()
    expect(page.get_by_text("voorbeeldvragen zouden nu ergens anders uitkomen")).to_be_visible()
    assert axe_violations(page) == []
    shoot(page, "editor-voorbeeld.png", tmp_path)

    page.get_by_role("textbox", name="Reden").fill("kortere zinnen")
    press_button_after_reason(page, "Publiceren", 3)
    expect(page.get_by_role("status")).to_contain_text("Gepubliceerd")
    wait_for_answer(page, server.url, "Heeft u schulden? Wacht dan niet te lang.")

    page.get_by_role("link", name="Geschiedenis van deze dienst").click()
    rows = page.get_by_role("table", name="Publicaties, nieuwste eerst").get_by_role("row")
    expect(rows.nth(1)).to_contain_text("kortere zinnen")
    expect(rows.nth(1)).to_contain_text("redacteur")
    expect(rows.nth(2)).to_contain_text("de versie van vóór de editor")
    page.get_by_role("button", name="Vergelijken").click()
    expect(page.get_by_role("table", name="Verschil van")).to_contain_text("Antwoord")
    assert axe_violations(page) == []
    shoot(page, "editor-geschiedenis.png", tmp_path)

    rows.nth(2).get_by_role("button", name="Terugzetten").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Teruggezet")
    wait_for_answer(page, server.url, original.split("\n")[0])
    assert served_answer(page, server.url) == original


def test_the_second_editor_sees_the_difference_and_the_page_has_no_axe_violations(browser, page, served):
    server, _ = served
    page.set_default_timeout(60_000)
    other = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800})
    try:
        second = other.new_page()
        second.set_default_timeout(60_000)
        for each in (page, second):
            log_in(each, server.url)
            each.goto(f"{server.url}/beheer/kennisbank/{SERVICE}")
        page.get_by_role("textbox", name="Antwoord").fill(FIXED)
        press_button_after_reason(page, "Publiceren", 3)
        expect(page.get_by_role("status")).to_contain_text("Gepubliceerd")
        second.get_by_role("textbox", name="Volgende stap").fill("Bel Incluzio Leiderdorp. Zij helpen u.")
        press_button_after_reason(second, "Publiceren", 3)
        expect(second.get_by_role("alert")).to_contain_text("Iemand anders heeft deze dienst intussen gewijzigd")
        expect(second.get_by_role("table", name="Verschil tussen het bestand nu en uw versie")).to_contain_text(
            "Volgende stap")
        assert axe_violations(second) == []
    finally:
        other.close()


def test_the_review_page_adds_a_word_by_keyboard_without_axe_violations(page, served, kb_dir):
    server, _ = served
    page.set_default_timeout(60_000)
    log_in(page, server.url)
    page.goto(server.url + "/beheer/kennisbank")
    page.get_by_role("link", name="Nalezen").click()
    expect(page.get_by_role("table", name="Per week, nieuwste eerst")).to_contain_text("6")
    assert axe_violations(page) == []
    choice = page.get_by_label("Dienst voor 'kapot'")
    choice.select_option("wmo-ondersteuning")
    choice.press("Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("'kapot' is toegevoegd")
    assert "  - kapot\n" in (kb_dir / "services" / "wmo-ondersteuning.yaml").read_text(encoding="utf-8")
    assert axe_violations(page) == []


def test_the_new_service_page_entries_and_retiring_have_no_axe_violations(page, served, kb_dir):
    server, _ = served
    page.set_default_timeout(60_000)
    log_in(page, server.url)
    page.goto(server.url + "/beheer/kennisbank")
    page.get_by_role("link", name="Nieuwe dienst").click()
    expect(page.get_by_role("heading", name="Nieuwe dienst")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("textbox", name="Id", exact=True).fill("Huiswerk Hulp")
    page.get_by_role("combobox", name="Thema").select_option("opgroeien-en-ontwikkelen")
    page.get_by_role("button", name="Controleren").click()
    expect(page.get_by_role("alert")).to_contain_text("kleine letters, cijfers en streepjes")
    expect(page.get_by_role("textbox", name="Id", exact=True)).to_have_attribute("aria-invalid", "true")
    assert axe_violations(page) == []

    page.goto(f"{server.url}/beheer/kennisbank/mantelzorg")
    expect(page.get_by_role("textbox", name="Vraag 1: de vraag")).to_have_value(
        "Hoe vraag ik de mantelzorgwaardering aan?")
    expect(page.get_by_role("combobox", name="Vraag 1: betrouwbaarheid")).to_have_value("A")
    expect(page.get_by_text("kan niet buiten gebruik worden gesteld")).to_be_visible()
    assert axe_violations(page) == []

    (kb_dir / "services" / "huiswerkhulp.yaml").write_text(new_service(HUISWERK, dt.date.today()), encoding="utf-8")
    deadline = time.monotonic() + LIVE_WITHIN
    while page.goto(f"{server.url}/beheer/kennisbank/huiswerkhulp").status != 200:
        assert time.monotonic() < deadline, "the live reload did not pick up the new file"
        time.sleep(0.2)
    expect(page.get_by_role("button", name="Buiten gebruik stellen")).to_be_visible()
    assert axe_violations(page) == []
