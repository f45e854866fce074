"""The staff pages in real Chromium: login by keyboard, axe (WCAG 2.1 AA), a laptop screen,
and the screenshot for the README (docs/screenshots/dashboard.png)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest
from playwright.sync_api import expect
from tests.stats_helpers import Clock, answer

from tests.browser_helpers import axe_violations
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, screenshot_path
from wegwijzer.stats import StatsStore
from wegwijzer.web import create_app

PASSWORD = "een-lang-beheerwachtwoord"
# Fixed dates and a fixed seed: the screenshot is the same on every run.
MONTHS = [dt.date(2025, m, 3) for m in (9, 10, 11, 12)] + [dt.date(2026, m, 3) for m in (1, 2, 3)]
WEIGHTS = {"schuldhulp": 14, "minimaregelingen": 8, "wmo-ondersteuning": 9, "mantelzorg": 7,
           "cjg": 6, "dementie": 5, "zelfmoordpreventie": 1}
FALLBACK = ["waar vraag ik een paspoort aan", "wanneer wordt het afval opgehaald",
            "parkeervergunning aanvragen", "ik zoek een huurwoning", "paspoort verlopen"]


def fill(store: StatsStore, clock: Clock) -> None:
    rng = random.Random(5)
    for month in MONTHS:
        for day in range(0, 26, 3):
            clock.day = month + dt.timedelta(days=day)
            for service, weight in WEIGHTS.items():
                for _ in range(rng.randint(0, weight // 2 + 1)):
                    outcome = "crisis" if service == "zelfmoordpreventie" else "answered"
                    store.record(answer(outcome, service), rng.choice(["web", "web", "telegram"]))
            for _ in range(rng.randint(0, 3)):
                store.record(answer("out_of_scope", None, rng.choice(FALLBACK)), "web")
            store.record_feedback(rng.choice(list(WEIGHTS)), rng.random() < 0.6, "web")


@pytest.fixture(scope="module")
def browser():
    """Chromium for this module only, stopped at its end.

    The shared session browser (conftest) would keep Playwright's event loop alive
    for the rest of the run, and this module sorts before the asyncio test modules.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def dashboard(settings, shipped_assistant, live_server):
    clock = Clock(MONTHS[0])
    store = StatsStore(settings.data_dir, today=clock)
    fill(store, clock)
    server = live_server(create_app(dataclasses.replace(settings, admin_password=PASSWORD),
                                    shipped_assistant, store))
    yield server
    store.close()


def log_in(page, url: str) -> None:
    page.goto(url + "/beheer/")
    expect(page).to_have_url(url + "/beheer/login")
    page.get_by_label("Gebruikersnaam").fill("beheer")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_label("Wachtwoord").press("Enter")
    expect(page.get_by_role("heading", name="Vragen van inwoners")).to_be_visible()


def test_login_page_and_overview_have_no_axe_violations(page, dashboard):
    page.goto(dashboard.url + "/beheer/login")
    assert axe_violations(page) == []
    page.get_by_label("Gebruikersnaam").fill("beheer")
    page.get_by_label("Wachtwoord").fill("fout")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("alert")).to_contain_text("klopt niet")
    assert axe_violations(page) == []
    log_in(page, dashboard.url)
    assert axe_violations(page) == []
    page.get_by_label("Per periode", exact=True).select_option("week")
    page.get_by_role("button", name="Toon").click()
    expect(page.get_by_role("heading", name="Vragen per thema, per week")).to_be_visible()
    assert axe_violations(page) == []


def test_the_chart_has_a_name_and_a_table_with_the_same_figures(page, dashboard):
    log_in(page, dashboard.url)
    chart = page.get_by_role("img", name="Vragen per thema, per maand")
    expect(chart).to_be_visible()
    table = page.get_by_role("table", name="Vragen per thema, per maand")
    expect(table.get_by_role("row")).to_have_count(len(MONTHS) + 1)
    expect(page.get_by_role("table", name="Meest gebruikte signaalwoorden")).to_contain_text("paspoort")
    expect(page.get_by_role("link", name="Download als CSV (voor Excel, puntkomma's)")).to_be_visible()


def test_fits_a_laptop_screen_without_sideways_scrolling(browser, dashboard):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="nl-NL")
    try:
        page = context.new_page()
        log_in(page, dashboard.url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 1366
        # logging out is a form with the CSRF token: it works from the page
        page.get_by_role("button", name="Uitloggen").click()
        expect(page).to_have_url(dashboard.url + "/beheer/login")
    finally:
        context.close()


def test_screenshot_for_the_readme(browser, dashboard, tmp_path):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    try:
        page = context.new_page()
        log_in(page, dashboard.url)
        png = page.screenshot(full_page=False, animations="disabled", caret="hide")
        target = screenshot_path("dashboard.png", tmp_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_bytes() != png:
            target.write_bytes(png)
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == 1280
    finally:
        context.close()
