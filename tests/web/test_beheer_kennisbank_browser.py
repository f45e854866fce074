"""/beheer/kennisbank in real Chromium: axe (WCAG 2.1 A/AA) with a tried question shown,
and with a reload error shown; the form works by keyboard."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser_helpers import axe_violations
from tests.conftest import REPO
from wegwijzer.reload import LiveAssistant
from wegwijzer.web import create_app

PASSWORD = "een-lang-beheerwachtwoord"


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return Path(shutil.copytree(REPO / "knowledge", tmp_path / "knowledge"))


@pytest.fixture
def served(settings, live_server, kb_dir):
    live = LiveAssistant(kb_dir)
    server = live_server(create_app(dataclasses.replace(settings, admin_password=PASSWORD), live))
    return server, live


def log_in(page, url: str) -> None:
    page.goto(url + "/beheer/kennisbank")
    expect(page).to_have_url(url + "/beheer/login")
    page.get_by_label("Gebruikersnaam").fill("beheer")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_label("Wachtwoord").press("Enter")
    page.goto(url + "/beheer/kennisbank")
    expect(page.get_by_role("heading", name="Kennisbank", exact=True)).to_be_visible()


def test_a_tried_question_has_no_axe_violations(page, served):
    server, live = served
    log_in(page, server.url)
    assert axe_violations(page) == []
    box = page.get_by_label("Vraag zoals een inwoner die stelt")
    box.fill("ik heb schulden en de deurwaarder komt")
    box.press("Enter")
    expect(page.get_by_role("heading", name="Dit ziet de inwoner")).to_be_visible()
    first = live.ask("ik heb schulden en de deurwaarder komt").answer.split("\n")[0]
    expect(page.get_by_role("main")).to_contain_text(first)
    expect(page.get_by_role("table", name="Beste kandidaten")).to_contain_text("schuld")
    assert axe_violations(page) == []


def test_the_reload_error_is_announced_and_has_no_axe_violations(page, served, kb_dir):
    server, live = served
    path = kb_dir / "services" / "schuldhulp.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nwords: [schuld\n", encoding="utf-8")
    assert live.reload() is False
    log_in(page, server.url)
    problem = live.problems[0]
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text(f"{problem.file}, regel {problem.line}")
    assert axe_violations(page) == []
