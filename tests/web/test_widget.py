"""The widget end to end in real headless Chromium: embedded on another site's page,
refused on a site that is not allowed, clarification buttons, keyboard only, markup
shown as text, axe-core (WCAG 2.1 A/AA), sessionStorage, small screens and zoom."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiohttp import web
from playwright.sync_api import Page, expect

from tests.browser_helpers import axe_run, axe_violations
from tests.conftest import REPO, RecordingSink, free_socket, screenshot_path
from wegwijzer.assistant import build_assistant
from wegwijzer.settings import Settings
from wegwijzer.web import create_app

LAUNCHER = "Open de Wegwijzer"
XSS = '<img src=x onerror="window.__pwned=1">'

HOST_PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Gemeente Voorbeeld</title>
<style>body{{font-family:Georgia,serif;margin:0;color:#222}} header{{background:#1d3557;padding:1rem}}
header a{{color:#fff;margin-right:1rem}} main{{padding:1rem 2rem;max-width:40rem}}
button{{background:red;font-size:30px}} p{{line-height:2}}</style></head>
<body><header><nav aria-label="Hoofdmenu"><a href="/">Home</a><a href="/zorg">Zorg en welzijn</a></nav></header>
<main><h1>{title}</h1>
<p>Welkom op de website van de gemeente. Hier vindt u informatie over wonen, werken en zorg.</p>
<p>Heeft u een vraag over hulp of geld? Stel hem aan de Wegwijzer, rechtsonder op deze pagina.</p></main>
<script src="{widget}/widget.js" defer{attrs}></script>
</body></html>"""

SERVICE = """\
id: {id}
title: {title}
summary: {title}.
theme: samen-leven
doel: sl-1
answer: |
  {answer}
next_step: Kijk op https://example.org/{id}.
contact:
  organisation: Sportpunt Test
  phone:
    value: 071 - 123 45 67
    source: https://example.org/bron
    date: "2026-01"
    grade: A
words:
  - {word}
  - {word}en
  - les
  - lessen
examples:
{examples}
sources:
  - document: Testbron
    section: "1"
last_checked: 2026-01-01
"""


def lessons_knowledge(root: Path) -> Path:
    """A tiny knowledge base: two overlapping services (so 'les' needs a choice)."""
    (root / "services").mkdir(parents=True)
    for name in ("themes.yaml", "gemeente.yaml"):
        shutil.copy(REPO / "knowledge" / name, root / name)
    for sid, title, word, answer in [
        ("zwemles", "Zwemles voor kinderen", "zwem",
         'Zwemles <b>vet</b> <img src=x onerror="window.__pwned=2"> in het zwembad.'),
        ("fietsles", "Fietsles voor volwassenen", "fiets", "Fietsles voor volwassenen op het plein."),
    ]:
        examples = "\n".join(f"  - ik wil {word}les nummer {i}" for i in range(8))
        (root / "services" / f"{sid}.yaml").write_text(
            SERVICE.format(id=sid, title=title, word=word, answer=answer, examples=examples), encoding="utf-8")
    return root


def host_app(widget_url: str, attrs: str) -> web.Application:
    """Another site (the municipality's) with the one-line embed on every page."""
    async def page(request: web.Request) -> web.Response:
        title = "Zorg en welzijn" if request.path == "/zorg" else "Gemeente Voorbeeld"
        return web.Response(text=HOST_PAGE.format(title=title, widget=widget_url, attrs=attrs),
                            content_type="text/html")
    app = web.Application()
    app.router.add_get("/", page)
    app.router.add_get("/zorg", page)
    return app


@dataclass
class Site:
    widget: str  # the Wegwijzer server (API and widget.js)
    host: str  # the page that embeds it
    sink: RecordingSink


@pytest.fixture
def embed(tmp_path, live_server, shipped_assistant):
    """Factory: a Wegwijzer server plus a host site on another origin (allowed or not)."""
    def make(allowed: bool = True, lessons: bool = False, attrs: str = "", **overrides) -> Site:
        widget_sock, host_sock = free_socket(), free_socket()
        host_origin = f"http://127.0.0.1:{host_sock.getsockname()[1]}"
        settings = Settings(**{"data_dir": tmp_path / "data", "rate_limit": 0,
                               "allowed_origins": (host_origin,) if allowed else (), **overrides})
        if lessons:
            settings = Settings(**{**settings.__dict__, "knowledge_dir": lessons_knowledge(tmp_path / "kb")})
        assistant = build_assistant(settings) if lessons else shipped_assistant
        sink = RecordingSink()
        widget = live_server(create_app(settings, assistant, sink), widget_sock)
        host = live_server(host_app(widget.url, attrs), host_sock)
        return Site(widget.url, host.url, sink)
    return make


def open_chat(page: Page, url: str) -> None:
    page.goto(url)
    page.get_by_role("button", name=LAUNCHER).click()
    expect(textbox(page)).to_be_focused()


def textbox(page: Page):
    return page.get_by_role("textbox", name=re.compile("vraag", re.I))


def ask(page: Page, question: str) -> None:
    textbox(page).fill(question)
    page.get_by_role("button", name="Verstuur", exact=True).click()


def replies(page: Page):
    return page.get_by_role("log").locator(".bot")


def tab_to(page: Page, target, presses: int) -> bool:
    """Press Tab until target has focus (at most `presses` times)."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if target.evaluate("e => e.getRootNode().activeElement === e"):
            return True
    return False


# --- embedding ------------------------------------------------------------------------

def test_question_on_another_sites_page_gets_a_reply_in_the_log(page, embed):
    site = embed()
    open_chat(page, site.host + "/")
    log = page.get_by_role("log")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(log).to_contain_text("Waar kan ik u mee helpen")  # greeting from /api/welcome
    ask(page, "Ik heb schulden en de deurwaarder komt")
    expect(replies(page).last).to_contain_text("Incluzio Leiderdorp helpt u met geld")
    assert [(a.service, channel) for a, channel in site.sink.answers] == [("schuldhulp", "web")]
    with page.expect_response("**/api/feedback") as response:
        page.get_by_role("button", name="Ja", exact=True).click()
    assert response.value.status == 204
    expect(log).to_contain_text("Dank u wel voor uw reactie")
    assert site.sink.feedback == [("schuldhulp", True, "web")]


def test_site_not_in_allowed_origins_is_refused_with_a_friendly_message(page, embed):
    site = embed(allowed=False)
    open_chat(page, site.host + "/")
    ask(page, "Ik heb schulden")
    log = page.get_by_role("log")
    expect(log.locator(".error")).to_contain_text("het lukt nu niet om een antwoord te krijgen")
    expect(replies(page)).to_have_count(1)  # only the local greeting
    assert site.sink.answers == []


def test_rate_limit_message_is_shown_in_the_chat(page, embed):
    site = embed(rate_limit=1)
    open_chat(page, site.host + "/")
    ask(page, "Ik heb schulden")
    expect(replies(page)).to_have_count(2)
    ask(page, "Ik zorg voor mijn moeder")
    expect(page.get_by_role("log").locator(".error")).to_contain_text("U stelt veel vragen kort na elkaar")


def test_suggested_questions_are_buttons(page, embed, shipped_assistant):
    site = embed()
    open_chat(page, site.host + "/")
    first = shipped_assistant.suggestions()[0]
    page.get_by_role("button", name=first).click()
    expect(page.get_by_role("log").locator(".user").last).to_have_text(f"U: {first}")
    expect(replies(page)).to_have_count(2)


# --- clarification, keyboard --------------------------------------------------------

def test_clarification_buttons_choose_and_stay_usable(page, embed):
    site = embed(lessons=True)
    open_chat(page, site.host + "/")
    ask(page, "les")
    choice = page.get_by_role("button", name="Fietsles voor volwassenen")
    expect(choice).to_be_visible()
    # The choices are buttons only: the "- title" lines of the text are not shown as well.
    expect(replies(page).last).not_to_contain_text("- Fietsles voor volwassenen")
    expect(replies(page).last).to_contain_text("Kies een onderwerp")
    choice.click()
    expect(replies(page).last).to_contain_text("Fietsles voor volwassenen op het plein")
    ask(page, "ik wil fietsen")
    expect(replies(page)).to_have_count(4)
    page.get_by_role("button", name="Zwemles voor kinderen").click()  # an earlier quick reply
    expect(replies(page).last).to_contain_text("in het zwembad")
    assert [a.outcome for a, _ in site.sink.answers] == ["clarify", "answered"]


def test_whole_flow_by_keyboard_only(page, embed):
    site = embed(lessons=True)
    page.goto(site.host + "/")
    launcher = page.get_by_role("button", name=LAUNCHER)
    for _ in range(3):  # two menu links, then the chat button
        page.keyboard.press("Tab")
    expect(launcher).to_be_focused()
    page.keyboard.press("Enter")
    expect(textbox(page)).to_be_focused()
    page.keyboard.type("les")
    page.keyboard.press("Enter")
    choice = page.get_by_role("button", name="Zwemles voor kinderen")
    expect(choice).to_be_visible()
    page.keyboard.press("Shift+Tab")  # from the text box back to the last choice
    expect(choice).to_be_focused()
    page.keyboard.press("Enter")
    expect(replies(page).last).to_contain_text("in het zwembad")
    # From the chosen button onwards: the links in the answer, then "Was dit antwoord nuttig?"
    yes = page.get_by_role("button", name="Ja", exact=True)
    assert tab_to(page, yes, presses=5)
    # The thanks shows at once; the count is sent alongside: wait for the server's reply.
    with page.expect_response(lambda r: r.url.endswith("/api/feedback")) as sent:
        page.keyboard.press("Enter")
    assert sent.value.status == 204
    expect(page.get_by_role("log")).to_contain_text("Dank u wel voor uw reactie")
    expect(textbox(page)).to_be_focused()
    assert site.sink.feedback == [("zwemles", True, "web")]
    page.keyboard.press("Escape")
    expect(launcher).to_be_focused()
    expect(textbox(page)).to_be_hidden()
    page.keyboard.press("Enter")
    expect(textbox(page)).to_be_focused()
    expect(replies(page).last).to_contain_text("in het zwembad")  # the conversation is kept


# --- text, never HTML -----------------------------------------------------------------

def test_markup_in_questions_and_knowledge_is_shown_as_text(page, embed):
    site = embed(lessons=True)
    open_chat(page, site.host + "/")
    ask(page, f"zwemles {XSS}")
    expect(page.get_by_role("log").locator(".user").last).to_have_text(f"U: zwemles {XSS}")
    expect(replies(page).last).to_contain_text('Zwemles <b>vet</b> <img src=x onerror="window.__pwned=2">')
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelector('[data-wegwijzer]').shadowRoot"
                         ".querySelectorAll('img, b, script').length") == 0
    # Links are built from plain text: URLs and phone numbers, nothing else.
    expect(page.locator("a[href='https://example.org/zwemles']")).to_have_text(
        re.compile(r"^https://example\.org/zwemles"))
    expect(page.locator("a[href='tel:0711234567']")).to_have_text("071 - 123 45 67")


# --- the full-page chat on / -----------------------------------------------------------

def test_chat_page_is_open_from_the_start_and_shows_crisis_answers_prominently(page, live_server,
                                                                                settings, shipped_assistant):
    server = live_server(create_app(settings, shipped_assistant))
    page.goto(server.url + "/")
    expect(page.get_by_role("log")).to_contain_text("Waar kan ik u mee helpen")
    expect(page.get_by_role("button", name=LAUNCHER)).to_have_count(0)
    textbox(page).fill("ik wil niet meer leven")
    textbox(page).press("Enter")
    crisis = page.get_by_role("log").locator(".crisis")
    expect(crisis).to_contain_text("0800-0113")
    expect(crisis.locator("a[href='tel:08000113']").first).to_be_visible()
    expect(crisis.locator("a[href='tel:112']").first).to_be_visible()
    expect(page.get_by_role("button", name="Ja", exact=True)).to_have_count(0)  # no "nuttig?" here
    assert page.evaluate("getComputedStyle(document.querySelector('[data-wegwijzer]').shadowRoot"
                         ".querySelector('.crisis')).borderTopWidth") == "4px"


# --- accessibility ----------------------------------------------------------------------

def test_axe_finds_no_wcag21_violations_with_the_chat_open_and_replies(page, embed):
    site = embed()
    open_chat(page, site.host + "/")
    ask(page, "Ik heb schulden")
    expect(page.get_by_role("button", name="Ja", exact=True)).to_be_visible()
    ask(page, "geld")
    expect(replies(page).last.get_by_role("button")).not_to_have_count(0)
    assert axe_violations(page) == []


def test_an_arabic_answer_reads_right_to_left_passes_axe_and_is_the_readme_screenshot(page, embed, shipped_assistant, tmp_path):
    site = embed()
    open_chat(page, site.host + "/")
    ask(page, "أريد أن أتعلم اللغة الهولندية، أين توجد دروس للكبار؟")
    reply = replies(page).last
    expect(reply).to_contain_text(shipped_assistant.kb.languages["ar"].general["dutch_follows"].text)
    paragraphs = reply.locator("p")
    # The Arabic opening right to left, the Dutch text under it left to right.
    assert paragraphs.first.evaluate("p => getComputedStyle(p).direction") == "rtl"
    assert paragraphs.last.evaluate("p => getComputedStyle(p).direction") == "ltr"
    assert reply.get_attribute("dir") == "auto"
    assert axe_violations(page) == []
    page.get_by_role("textbox").blur()
    target = screenshot_path("widget-arabisch.png", tmp_path)  # the README's picture (make screenshots)
    target.parent.mkdir(parents=True, exist_ok=True)
    png = page.screenshot(animations="disabled", caret="hide")
    if not target.exists() or target.read_bytes() != png:
        target.write_bytes(png)


def test_axe_looks_inside_the_widget(page, embed):
    site = embed()
    open_chat(page, site.host + "/")
    page.evaluate("document.querySelector('[data-wegwijzer]').shadowRoot.querySelector('label').remove()")
    assert "label" in [v["id"] for v in axe_run(page).response["violations"]]


def test_chat_page_works_under_its_own_content_security_policy(page, live_server, settings,
                                                               shipped_assistant):
    server = live_server(create_app(settings, shipped_assistant))
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(server.url + "/")
    ask(page, "Ik heb schulden")
    expect(replies(page).last).to_contain_text("Incluzio")
    send = page.get_by_role("button", name="Verstuur", exact=True)
    assert send.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(0, 80, 125)"  # styles applied
    assert not [m for m in messages if "Content Security Policy" in m], messages


def test_axe_finds_no_violations_on_our_own_pages(page, live_server, settings, shipped_assistant):
    server = live_server(create_app(settings, shipped_assistant))
    page.goto(server.url + "/")
    ask(page, "ik wil niet meer leven")
    expect(page.get_by_role("log").locator(".crisis")).to_be_visible()
    assert axe_violations(page) == []
    page.goto(server.url + "/over")
    assert axe_violations(page) == []


def test_no_motion_when_the_resident_asks_for_reduced_motion(browser, embed):
    site = embed()
    context = browser.new_context(reduced_motion="reduce")
    try:
        page = context.new_page()
        open_chat(page, site.host + "/")
        dot = "document.querySelector('[data-wegwijzer]').shadowRoot.querySelector('.typing i')"
        assert page.evaluate(f"getComputedStyle({dot}).animationName") == "none"
        page.emulate_media(reduced_motion="no-preference")
        assert page.evaluate(f"getComputedStyle({dot}).animationName") == "ww"
    finally:
        context.close()


@pytest.mark.parametrize("width, height", [(320, 640), (640, 400)])  # a phone; 1280x800 at 200% zoom
def test_usable_on_a_small_screen_and_at_200_percent_zoom(browser, embed, width, height):
    site = embed()
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        open_chat(page, site.host + "/")
        ask(page, "Ik heb schulden")
        expect(replies(page).last).to_contain_text("Incluzio")
        for name in ("Verstuur", "Sluiten", "Gesprek wissen"):
            expect(page.get_by_role("button", name=name, exact=True)).to_be_in_viewport()
        expect(textbox(page)).to_be_in_viewport()
        box = page.get_by_role("dialog").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        context.close()


# --- sessionStorage: across pages of the site, and "Gesprek wissen" ----------------------

def test_conversation_survives_navigation_and_can_be_cleared(page, embed):
    site = embed()
    open_chat(page, site.host + "/")
    ask(page, "Ik heb schulden")
    expect(replies(page)).to_have_count(2)
    page.get_by_role("link", name="Zorg en welzijn").click()
    expect(page).to_have_title(re.compile("Zorg en welzijn"))
    log = page.get_by_role("log")
    expect(log).to_contain_text("Ik heb schulden")  # reopened with the conversation
    expect(replies(page)).to_have_count(2)
    page.get_by_role("button", name="Gesprek wissen").click()
    expect(log.locator(".user")).to_have_count(0)
    expect(replies(page)).to_have_count(1)  # the greeting again
    expect(textbox(page)).to_be_focused()
    page.reload()
    expect(replies(page)).to_have_count(1)
    expect(page.get_by_role("log").locator(".user")).to_have_count(0)
    assert page.evaluate("Object.keys(localStorage).length") == 0  # nothing kept beyond the tab


# --- options on the script tag --------------------------------------------------------

def test_data_attributes_title_colour_and_je(page, embed):
    site = embed(attrs=' data-title="Vraagbaak Wegwijzer" data-color="#ffd700" data-aanspreekvorm="je"')
    page.goto(site.host + "/")
    launcher = page.get_by_role("button", name="Open de Vraagbaak Wegwijzer")
    assert launcher.evaluate("b => getComputedStyle(b).color") == "rgb(0, 0, 0)"  # yellow: black text
    launcher.click()
    expect(page.get_by_role("textbox", name="Je vraag")).to_be_focused()
    expect(page.get_by_role("heading", name="Vraagbaak Wegwijzer")).to_be_visible()
    expect(replies(page).first).to_contain_text("Waar kan ik je mee helpen")
    ask(page, "Ik heb schulden")
    expect(replies(page).last).to_contain_text("Heeft u schulden")  # answers always say "u"
    assert axe_violations(page) == []


def test_data_api_points_the_widget_at_another_server(page, tmp_path, live_server, shipped_assistant):
    host_sock = free_socket()
    host_origin = f"http://127.0.0.1:{host_sock.getsockname()[1]}"
    settings = Settings(data_dir=tmp_path / "api-data", allowed_origins=(host_origin,),
                        knowledge_dir=lessons_knowledge(tmp_path / "kb"))
    api = live_server(create_app(settings, build_assistant(settings)))
    scripts = live_server(create_app(Settings(data_dir=tmp_path / "js-data"), shipped_assistant))
    live_server(host_app(scripts.url, f' data-api="{api.url}/"'), host_sock)
    open_chat(page, host_origin + "/")
    ask(page, "les")
    expect(page.get_by_role("button", name="Zwemles voor kinderen")).to_be_visible()


def test_dark_accent_gets_white_text(page, embed):
    site = embed(attrs=' data-color="rebeccapurple"')
    page.goto(site.host + "/")
    launcher = page.get_by_role("button", name=LAUNCHER)
    assert launcher.evaluate("b => getComputedStyle(b).color") == "rgb(255, 255, 255)"
    assert launcher.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(102, 51, 153)"


def test_host_page_styles_do_not_leak_into_the_widget(page, embed):
    site = embed()
    page.goto(site.host + "/")
    launcher = page.get_by_role("button", name=LAUNCHER)
    assert launcher.evaluate("b => getComputedStyle(b).fontSize") == "16px"  # host says buttons are 30px
    assert launcher.evaluate("b => getComputedStyle(b).backgroundColor") != "rgb(255, 0, 0)"


# --- screenshots for the README -------------------------------------------------------

@pytest.mark.parametrize("width, height", [(320, 640), (1280, 800)])
def test_screenshots_with_a_reply(browser, embed, width, height, tmp_path):
    site = embed()
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL")
    try:
        page = context.new_page()
        open_chat(page, site.host + "/")
        ask(page, "Ik heb schulden en de deurwaarder komt")
        expect(page.get_by_role("button", name="Ja", exact=True)).to_be_visible()
        page.get_by_role("textbox").blur()
        page.mouse.move(0, 0)  # no hover style on the button that was clicked
        target = screenshot_path(f"widget-{width}.png", tmp_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        png = page.screenshot(animations="disabled", caret="hide")
        if not target.exists() or target.read_bytes() != png:
            target.write_bytes(png)
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == width
    finally:
        context.close()
