"""Specific question-answer entries inside a service: chosen by meaning, checked like answers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO
from wegwijzer.assistant import Assistant
from wegwijzer.checks import check_directory
from wegwijzer.knowledge.base import load_or_raise
from wegwijzer.settings import Settings
from wegwijzer.assistant import vector_cache


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"))
    return Assistant(load_or_raise(REPO / "knowledge"), settings.match, vectors=vector_cache(settings))


def test_a_specific_question_gets_the_entry_and_the_services_contact(assistant: Assistant) -> None:
    answer = assistant.ask("wanneer kan ik me dit jaar opgeven voor de mantelzorgwaardering?")
    assert answer.service == "mantelzorg"
    assert "één keer per jaar" in answer.answer and "071-541 35 36" in answer.answer
    assert "vraag: 'Hoe vraag ik de mantelzorgwaardering aan?'" in answer.reason


def test_a_general_question_or_one_word_gets_the_services_own_answer(assistant: Assistant) -> None:
    general = assistant.choose("mantelzorg").answer
    assert assistant.ask("mantelzorg").answer == general
    assert "vraag: '" not in assistant.ask("ik zorg voor mijn zieke moeder en ben moe").reason


def test_an_entry_that_says_je_is_an_error(tmp_path: Path) -> None:
    kb = Path(shutil.copytree(REPO / "knowledge", tmp_path / "knowledge"))
    path = kb / "services" / "mantelzorg.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["entries"][0]["answer"] = "Die vraag je aan bij Incluzio Leiderdorp."
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    errors = [p for p in check_directory(kb) if p.severity == "fout"]
    assert len(errors) == 1 and "entries" in errors[0].message and "'je'" in errors[0].message


def test_an_entry_needs_a_grade_a_or_b_source(tmp_path: Path) -> None:
    kb = Path(shutil.copytree(REPO / "knowledge", tmp_path / "knowledge"))
    path = kb / "services" / "mantelzorg.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["entries"][0]["source"]["grade"] = "C"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    errors = [p for p in check_directory(kb) if p.severity == "fout"]
    assert errors[0].file.endswith("mantelzorg.yaml") and "kies een van deze waarden: 'A' or 'B'" in errors[0].message
