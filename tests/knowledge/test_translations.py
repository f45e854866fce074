"""Texts in residents' languages (wegwijzer.knowledge.translations): what check refuses and warns about."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from wegwijzer.checks import check_directory
from wegwijzer.knowledge.base import load_knowledge
from wegwijzer.settings import REPO_ROOT
from wegwijzer.knowledge.translations import GENERAL, LANGUAGES, wrong_script


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(REPO_ROOT / "knowledge", target)
    return target


def edit(kb_dir: Path, code: str, change) -> None:  # type: ignore[no-untyped-def]
    path = kb_dir / "languages" / f"{code}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_shipped_languages_are_complete_and_await_review() -> None:
    kb, problems = load_knowledge(REPO_ROOT / "knowledge")
    assert kb is not None and not [p for p in problems if p.severity == "fout"]
    assert set(kb.languages) == set(LANGUAGES)
    for pack in kb.languages.values():
        assert set(GENERAL) <= set(pack.general)
        assert {s.id for s in kb.services} == set(pack.services)
    assert kb.languages["ar"].direction == "rtl" and kb.languages["uk"].direction == "ltr"


def test_text_in_the_wrong_script_is_an_error_with_file_and_line(kb_dir: Path) -> None:
    edit(kb_dir, "ar", lambda d: d["services"]["schuldhulp"].update(text="Please call Incluzio Leiderdorp."))
    kb, problems = load_knowledge(kb_dir)
    assert kb is None  # live reload keeps the last good version
    [problem] = [p for p in problems if p.severity == "fout"]
    assert problem.file.endswith("languages/ar.yaml") and problem.line > 1
    assert "Arabisch" in problem.message and "services.schuldhulp" in problem.message


def test_a_number_the_dutch_text_does_not_give_is_an_error(kb_dir: Path) -> None:
    edit(kb_dir, "en", lambda d: d["services"]["schuldhulp"].update(text="Call Incluzio on 071-1234567."))
    _, problems = load_knowledge(kb_dir)
    assert any("071-1234567" in p.message and p.severity == "fout" for p in problems)


def test_a_crisis_text_without_its_number_is_an_error(kb_dir: Path) -> None:
    edit(kb_dir, "pl", lambda d: d["general"]["zelfmoordpreventie"].update(text="Zadzwoń do 113."))
    _, problems = load_knowledge(kb_dir)
    assert any("0800-0113" in p.message and p.severity == "fout" for p in problems)


def test_a_missing_translation_is_one_warning_per_service(kb_dir: Path) -> None:
    edit(kb_dir, "tr", lambda d: d["services"].pop("mantelzorg"))
    edit(kb_dir, "uk", lambda d: d["services"].pop("mantelzorg"))
    problems = check_directory(kb_dir)
    [warning] = [p for p in problems if "vertaling" in p.message]
    assert warning.severity == "waarschuwing" and "tr" in warning.message and "uk" in warning.message
    assert not [p for p in problems if p.severity == "fout"]


@pytest.mark.parametrize("text, code, ok", [
    ("اتصل بـ Incluzio Leiderdorp للمساعدة في الديون والرسائل", "ar", True),
    ("Зателефонуйте до Incluzio Leiderdorp", "uk", True),
    ("Call Incluzio Leiderdorp", "uk", False),
    ("Lütfen Incluzio Leiderdorp'u arayın", "tr", True),
    ("Будь ласка", "pl", False),
])
def test_wrong_script(text: str, code: str, ok: bool) -> None:
    assert (wrong_script(text, code) == "") is ok
