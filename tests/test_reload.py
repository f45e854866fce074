"""LiveAssistant: a good edit is swapped in, a broken edit keeps the last good version."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from wegwijzer.knowledge.base import KnowledgeError
from wegwijzer.reload import LiveAssistant, watching

NEW_LINE = "Dit is de nieuwe tekst over schulden."


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    """A copy of the shipped knowledge/ that the test may edit."""
    return Path(shutil.copytree(REPO / "knowledge", tmp_path / "knowledge"))


def edit_answer(kb_dir: Path, line: str) -> str:
    """Put `line` at the start of schuldhulp's answer; returns the original file text."""
    path = kb_dir / "services" / "schuldhulp.yaml"
    original = path.read_text(encoding="utf-8")
    assert "answer: |\n" in original
    path.write_text(original.replace("answer: |\n", f"answer: |\n  {line}\n", 1), encoding="utf-8")
    return original


def break_file(kb_dir: Path) -> None:
    path = kb_dir / "services" / "schuldhulp.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nwords: [schuld\n", encoding="utf-8")


def test_a_good_edit_is_swapped_in(kb_dir: Path) -> None:
    live = LiveAssistant(kb_dir)
    before = live.ask("ik heb schulden")
    assert before.service == "schuldhulp" and NEW_LINE not in before.answer
    edit_answer(kb_dir, NEW_LINE)
    assert live.reload() is True
    assert NEW_LINE in live.ask("ik heb schulden").answer
    assert live.problems == [] and not live.broken


def test_a_broken_edit_keeps_the_old_answers_and_exposes_the_problem(kb_dir: Path) -> None:
    live = LiveAssistant(kb_dir)
    old = live.ask("ik heb schulden").answer
    old_kb = live.kb
    break_file(kb_dir)
    assert live.reload() is False
    assert live.broken and live.kb is old_kb
    assert live.ask("ik heb schulden").answer == old
    problem = live.problems[0]
    assert problem.file.endswith("services/schuldhulp.yaml") and problem.line > 1
    assert "YAML" in problem.message and problem.severity == "fout"


def test_recovers_when_the_file_is_fixed(kb_dir: Path) -> None:
    live = LiveAssistant(kb_dir)
    original = edit_answer(kb_dir, NEW_LINE)
    break_file(kb_dir)
    assert live.reload() is False
    (kb_dir / "services" / "schuldhulp.yaml").write_text(original, encoding="utf-8")
    edit_answer(kb_dir, NEW_LINE)
    assert live.reload() is True
    assert not live.broken and NEW_LINE in live.ask("ik heb schulden").answer


def test_a_validation_error_names_file_and_line(kb_dir: Path) -> None:
    live = LiveAssistant(kb_dir)
    path = kb_dir / "services" / "schuldhulp.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("last_checked:", "last_checked: gisteren\nx_old:", 1),
                    encoding="utf-8")
    assert live.reload() is False
    assert any(p.file.endswith("schuldhulp.yaml") and p.line > 0 for p in live.problems)
    assert live.ask("ik heb schulden").service == "schuldhulp"


def test_the_interface_is_the_assistants(kb_dir: Path) -> None:
    live = LiveAssistant(kb_dir)
    inner = live.current
    assert live.welcome() == inner.welcome()
    assert live.suggestions() == inner.suggestions()
    assert live.topics() == inner.topics()
    assert live.choose("schuldhulp").service == "schuldhulp"
    assert live.index is inner.index
    with pytest.raises(KeyError):
        live.choose("bestaat-niet")


def test_the_first_load_must_succeed(kb_dir: Path) -> None:
    break_file(kb_dir)
    with pytest.raises(KnowledgeError):
        LiveAssistant(kb_dir)


async def test_the_watcher_reloads_after_a_save(kb_dir: Path) -> None:
    live = LiveAssistant(kb_dir)
    context = watching(live)(None)
    await context.__anext__()
    try:
        await asyncio.sleep(0.3)  # let the watcher start before the edit
        edit_answer(kb_dir, NEW_LINE)
        async with asyncio.timeout(5):
            while NEW_LINE not in live.ask("ik heb schulden").answer:
                await asyncio.sleep(0.05)
        break_file(kb_dir)
        async with asyncio.timeout(5):
            while not live.broken:
                await asyncio.sleep(0.05)
        assert NEW_LINE in live.ask("ik heb schulden").answer
    finally:
        with pytest.raises(StopAsyncIteration):
            await context.__anext__()


def test_a_broken_edit_is_logged_with_file_and_line(kb_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    live = LiveAssistant(kb_dir)
    break_file(kb_dir)
    with caplog.at_level("DEBUG"):
        live.ask("mijn naam is Jan en ik heb schulden")  # a resident's words never reach the log
        assert live.reload() is False
        live.ask("mijn naam is Jan en ik heb schulden")
    problem = live.problems[0]
    assert f"{problem.file}:{problem.line}" in caplog.text and "vorige versie" in caplog.text
    assert "Jan" not in caplog.text


async def test_wegwijzer_bot_serves_an_edit_within_5_seconds_and_survives_a_broken_one(
        kb_dir: Path, tmp_path: Path) -> None:
    """The real `wegwijzer bot` process against the fake Bot API on 127.0.0.1."""
    from tests.fake_bot_api import FakeBotApi

    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEGWIJZER_"))}
    async with FakeBotApi() as api:
        env.update(WEGWIJZER_DATA_DIR=str(tmp_path / "data"), WEGWIJZER_KNOWLEDGE_DIR=str(kb_dir),
                   TELEGRAM_BOT_TOKEN=api.token, TELEGRAM_API_BASE_URL=api.base_url)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "wegwijzer", "bot", cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            await api.wait_for("getUpdates", timeout=60)  # polling: the bot is up
            await asyncio.sleep(0.5)  # the watcher starts with the loop
            edit_answer(kb_dir, NEW_LINE)
            sent, deadline = 0, time.monotonic() + 5
            while True:  # each question gets the answer and "Was dit nuttig?"
                api.message("ik heb schulden")
                sent += 2
                replies = await api.wait_for("sendMessage", sent, timeout=30)
                if NEW_LINE in replies[sent - 2]["text"]:
                    break
                assert time.monotonic() < deadline, "the edited answer was not served within 5 seconds"
                await asyncio.sleep(0.2)
            break_file(kb_dir)
            await asyncio.sleep(1.5)  # past the debounce and the load
            api.message("ik heb schulden")
            replies = await api.wait_for("sendMessage", sent + 2, timeout=30)
            assert NEW_LINE in replies[sent]["text"]  # the last good version still answers
            process.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(process.communicate(), 30)
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
    assert process.returncode == 0
    assert "schuldhulp.yaml:" in err.decode() and "vorige versie blijft actief" in err.decode()


class CountingModel:
    """The real language model, noting which texts it is asked to embed."""

    def __init__(self) -> None:
        from wegwijzer.understanding.embedder import shared_embedder

        self.model = shared_embedder(1)
        self.name = self.model.name  # the shipped seed's keys; its own in-memory cache (no `known`)
        self.embedded: list[str] = []

    def embed(self, texts):  # type: ignore[no-untyped-def]
        self.embedded += list(texts)
        return self.model.embed(texts)


def test_a_reload_embeds_only_the_texts_that_changed(kb_dir: Path, tmp_path: Path) -> None:
    from wegwijzer.understanding.embedder import VectorCache

    model = CountingModel()
    live = LiveAssistant(kb_dir, vectors=VectorCache(model, tmp_path / "data"))
    assert model.embedded == []  # the shipped seed holds every text of the shipped knowledge base
    path = kb_dir / "services" / "schuldhulp.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- Hoe werkt de Stadsbank?", "- Wat doet de Stadsbank precies?"), encoding="utf-8")
    model.embedded.clear()
    assert live.reload()
    assert model.embedded == ["Wat doet de Stadsbank precies?"]
    assert live.ask("Wat doet de Stadsbank precies?").service == "schuldhulp"


def test_an_edit_that_check_calls_an_error_is_not_published(kb_dir: Path) -> None:
    live = LiveAssistant(kb_dir)
    edit_answer(kb_dir, "Heb je schulden? Bel ons.")  # "je": residents are called "u"
    assert live.reload() is False
    assert "je" not in live.ask("ik heb schulden").answer.split()
    assert any("'je'" in p.message and p.file.endswith("schuldhulp.yaml") for p in live.problems)


def test_a_named_pipe_in_the_folder_is_reported_and_does_not_block(kb_dir: Path) -> None:
    live = LiveAssistant(kb_dir)
    os.mkfifo(kb_dir / "services" / "pijp.yaml")
    assert live.reload() is False  # returns at all: reading the pipe would wait for ever
    assert any("geen gewoon bestand" in p.message for p in live.problems)
    (kb_dir / "services" / "pijp.yaml").unlink()
    edit_answer(kb_dir, NEW_LINE)
    assert live.reload() is True and NEW_LINE in live.ask("ik heb schulden").answer


async def test_the_watcher_follows_a_folder_replaced_as_a_deploy_does(kb_dir: Path, tmp_path: Path) -> None:
    live = LiveAssistant(kb_dir)
    context = watching(live)(None)
    await context.__anext__()
    try:
        await asyncio.sleep(0.3)
        kb_dir.rename(tmp_path / "oud")  # move away, copy in
        shutil.copytree(tmp_path / "oud", kb_dir)
        await asyncio.sleep(1.5)  # the watcher notices the new folder (checked every second)
        edit_answer(kb_dir, NEW_LINE)
        async with asyncio.timeout(8):
            while NEW_LINE not in live.ask("ik heb schulden").answer:
                await asyncio.sleep(0.05)
    finally:
        with pytest.raises(StopAsyncIteration):
            await context.__anext__()
