"""/beheer/kennisbank and live reload under a running `wegwijzer serve`.

The acceptance test of issue 6 runs the real command on a copy of knowledge/, edits a
service, and polls /api/ask until the new answer is served (a 5 s deadline, not a
benchmark); a broken edit keeps the old answer and shows the error on the staff page.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tests.conftest import REPO, free_socket
from wegwijzer.knowledge.base import load_knowledge
from wegwijzer.reload import LiveAssistant
from wegwijzer.stats import StatsStore
from wegwijzer.stats.aggregate import read_counts
from wegwijzer.stats.database import SqliteDatabase

PASSWORD = "een-lang-beheerwachtwoord"
QUESTION = "ik heb schulden"
NEW_LINE = "Dit is de nieuwe tekst over schulden."
DEADLINE = 5.0  # seconds: the acceptance criterion


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    """A copy of the shipped knowledge/ that the test may edit."""
    return Path(shutil.copytree(REPO / "knowledge", tmp_path / "knowledge"))


def service_file(kb_dir: Path) -> Path:
    return kb_dir / "services" / "schuldhulp.yaml"


def edit_answer(kb_dir: Path) -> None:
    path = service_file(kb_dir)
    text = path.read_text(encoding="utf-8")
    assert "answer: |\n" in text
    path.write_text(text.replace("answer: |\n", f"answer: |\n  {NEW_LINE}\n", 1), encoding="utf-8")


def break_file(kb_dir: Path) -> None:
    path = service_file(kb_dir)
    path.write_text(path.read_text(encoding="utf-8") + "\nwords: [schuld\n", encoding="utf-8")


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


async def log_in(session: aiohttp.ClientSession, base: str) -> None:
    async with session.get(base + "/beheer/login") as page:
        csrf = csrf_of(await page.text())
    async with session.post(base + "/beheer/login", data={"csrf": csrf, "gebruikersnaam": "beheer", "wachtwoord": PASSWORD},
                            allow_redirects=False) as response:
        assert response.status == 303


@pytest.fixture
async def server(tmp_path: Path, kb_dir: Path) -> AsyncIterator[str]:
    """`wegwijzer serve` on 127.0.0.1 over the copy; yields its base URL."""
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()
    env = dict(os.environ, WEGWIJZER_KNOWLEDGE_DIR=str(kb_dir), WEGWIJZER_DATA_DIR=str(tmp_path / "data"),
               WEGWIJZER_ADMIN_PASSWORD=PASSWORD, WEGWIJZER_RATE_LIMIT="0")
    env.pop("TELEGRAM_BOT_TOKEN", None)
    env.pop("WEGWIJZER_TELEGRAM_WEBHOOK_URL", None)
    # One worker: this is about reloading (tests/web/test_workers.py has several workers reload).
    proc = subprocess.Popen([sys.executable, "-m", "wegwijzer", "serve", "--host", "127.0.0.1",
                             "--port", str(port), "--workers", "1"], env=env, cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as session:
            deadline = time.monotonic() + 30  # generous: start-up, not a measurement
            while True:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                try:
                    async with session.get(base + "/healthz") as response:
                        if response.status == 200:
                            break
                except aiohttp.ClientConnectionError:
                    pass
                assert time.monotonic() < deadline, "the server did not start"
                await asyncio.sleep(0.1)
        await asyncio.sleep(0.5)  # the watcher starts with the app; give it a moment
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=15)
        if proc.stderr:
            proc.stderr.close()


async def ask(session: aiohttp.ClientSession, base: str) -> str:
    async with session.post(base + "/api/ask", json={"question": QUESTION}) as response:
        assert response.status == 200
        return (await response.json())["answer"]


async def test_an_edit_is_served_within_5_seconds_and_a_broken_edit_keeps_the_old_answer(
        server: str, kb_dir: Path) -> None:
    # unsafe=True: the jar keeps cookies from an IP address such as 127.0.0.1
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        assert NEW_LINE not in await ask(session, server)
        edit_answer(kb_dir)
        deadline = time.monotonic() + DEADLINE
        while NEW_LINE not in await ask(session, server):
            assert time.monotonic() < deadline, "the edited answer was not served within 5 seconds"
            await asyncio.sleep(0.1)

        break_file(kb_dir)
        _, problems = load_knowledge(kb_dir)  # where the core says the error is
        expected = f"{problems[0].file}, regel {problems[0].line}"
        assert problems[0].line > 1
        await log_in(session, server)
        deadline = time.monotonic() + DEADLINE
        while True:
            async with session.get(server + "/beheer/kennisbank") as page:
                html = await page.text()
            if expected in html:
                break
            assert time.monotonic() < deadline, "the error did not appear on the staff page"
            await asyncio.sleep(0.1)
        assert "De laatste wijziging is niet gebruikt" in html and "YAML klopt niet" in html
        assert NEW_LINE in await ask(session, server)  # the last good version still answers


async def test_the_page_needs_a_login(make_client) -> None:
    client = await make_client(admin_password=PASSWORD)
    response = await client.get("/beheer/kennisbank?vraag=schulden", allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/beheer/login"


async def test_lists_every_service_with_its_status(make_client, shipped_assistant) -> None:
    client = await make_client(admin_password=PASSWORD)
    await log_in_client(client)
    html = await (await client.get("/beheer/kennisbank")).text()
    for service in shipped_assistant.kb.services:
        assert service.title.replace("'", "&#39;") in html
        assert f"services/{service.id}.yaml" in html
    assert "Leesbaarheid" in html and "Voorbeeldvragen" in html
    assert "herstart de server" in html  # a plain Assistant does not reload by itself


async def test_lists_the_contact_sources_oldest_first(make_client) -> None:
    client = await make_client(admin_password=PASSWORD)
    await log_in_client(client)
    html = await (await client.get("/beheer/kennisbank")).text()
    table = html[html.index('id="bronnentabel"'):]
    dates = re.findall(r"<td>(zonder datum|\d{4}(?:-\d{2}){0,2})(?:</td>| <strong)", table)
    assert dates and dates[0] == "zonder datum" and "2019-09" in dates
    years = [int(d[:4]) for d in dates if d != "zonder datum"]
    assert years == sorted(years)
    assert "071-541 35 36" in table and "(ouder dan twee jaar)" in table


async def log_in_client(client) -> None:
    page = await client.get("/beheer/login")
    response = await client.post("/beheer/login", data={"csrf": csrf_of(await page.text()),
                                                        "gebruikersnaam": "beheer", "wachtwoord": PASSWORD}, allow_redirects=False)
    assert response.status == 303


async def test_a_tried_question_shows_the_answer_and_why_and_is_not_counted(make_client, settings,
                                                                            shipped_assistant) -> None:
    store = StatsStore(settings.data_dir)
    try:
        client = await make_client(stats=store, admin_password=PASSWORD)
        await log_in_client(client)
        response = await client.get("/beheer/kennisbank", params={"vraag": QUESTION + " <b>x</b>"})
        html = await response.text()
        expected = shipped_assistant.ask(QUESTION + " <b>x</b>")
        first_line = expected.answer.split("\n")[0]
        assert first_line.replace("'", "&#39;") in html
        assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
        assert "Beste kandidaten" in html and expected.explanation[0].matched[0] in html
        assert expected.reason in html
        assert counted(store) == 0  # a staff question is not a resident's question
        assert (await client.post("/api/ask", json={"question": QUESTION})).status == 200
        assert counted(store) == 1  # while a resident's question is counted
    finally:
        store.close()


def counted(store: StatsStore) -> int:
    """Questions in the database, before suppression (the report shows small counts as <5)."""
    store.flush()
    db = SqliteDatabase(store.path)
    try:
        return sum(row.n for row in read_counts(db).questions)
    finally:
        db.close()


async def test_the_reload_error_is_shown_with_file_and_line(make_client, kb_dir: Path) -> None:
    live = LiveAssistant(kb_dir)
    client = await make_client(assistant=live, admin_password=PASSWORD)
    await log_in_client(client)
    assert "De kennisbank is in orde" in await (await client.get("/beheer/kennisbank")).text()
    break_file(kb_dir)
    assert live.reload() is False
    html = await (await client.get("/beheer/kennisbank")).text()
    problem = live.problems[0]
    assert f"{problem.file}, regel {problem.line}" in html and 'role="alert"' in html


def test_the_guides_annotated_example_is_a_valid_service(kb_dir: Path) -> None:
    """docs/kennisbank.md shows schuldhulp.yaml with comments; it must still load."""
    guide = (REPO / "docs" / "kennisbank.md").read_text(encoding="utf-8")
    example = guide.split("```yaml\n")[-1].split("```")[0]
    assert "IN TE VULLEN" in example and example.count("#") > 20
    service_file(kb_dir).write_text(example, encoding="utf-8")
    kb, problems = load_knowledge(kb_dir)
    assert kb is not None, [str(p) for p in problems]
    assert kb.service("schuldhulp").contact.organisation == "Incluzio Leiderdorp"


async def _until(check, what: str) -> None:
    deadline = time.monotonic() + DEADLINE
    while not await check():
        assert time.monotonic() < deadline, f"{what} did not happen within 5 seconds"
        await asyncio.sleep(0.1)


async def test_a_running_server_follows_every_kind_of_edit(server: str, kb_dir: Path, tmp_path: Path) -> None:
    """Issue 13: a check error, a folder replaced as a deploy does it, and a named pipe."""
    path = kb_dir / "services" / "schuldhulp.yaml"
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        await log_in(session, server)

        async def page() -> str:
            async with session.get(server + "/beheer/kennisbank") as response:
                return await response.text()

        # 1. An edit that `wegwijzer check` calls an error ("je") is not published; the page says why.
        original = path.read_text(encoding="utf-8")
        path.write_text(original.replace("answer: |\n", "answer: |\n  Heb je schulden? Dat kan gebeuren.\n", 1),
                        encoding="utf-8")
        await _until(lambda: _contains(page, "Wegwijzer spreekt inwoners aan met"), "the check error on the page")
        assert "Heb je schulden" not in await ask(session, server)
        assert "De kennisbank is in orde" not in await page()

        # 2. The knowledge folder is replaced (moved away, a fixed copy put in): the new folder is served.
        path.write_text(original, encoding="utf-8")
        kb_dir.rename(tmp_path / "oud")
        shutil.copytree(tmp_path / "oud", kb_dir)
        path.write_text(original.replace("answer: |\n", f"answer: |\n  {NEW_LINE}\n", 1), encoding="utf-8")
        await _until(lambda: _contains(lambda: ask(session, server), NEW_LINE), "serving the replaced folder")

        # 3. A named pipe is reported, the server keeps answering and follows the next edit.
        await asyncio.sleep(1.0)  # the deploy is done; staff come back a little later
        os.mkfifo(kb_dir / "services" / "pijp.yaml")
        await _until(lambda: _contains(page, "geen gewoon bestand"), "the pipe on the page")
        (kb_dir / "services" / "pijp.yaml").unlink()
        path.write_text(original, encoding="utf-8")
        await _until(lambda: _lacks(lambda: ask(session, server), NEW_LINE), "the edit after the pipe")


async def _contains(get, text: str) -> bool:
    return text in await get()


async def _lacks(get, text: str) -> bool:
    return text not in await get()
