"""Checking a changed service on a temporary copy: problems beside their field, the preview."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO
from wegwijzer.knowledge.edit import form_values, parse, render
from wegwijzer.knowledge_trial import form_trial, plain, summary, try_service


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return Path(shutil.copytree(REPO / "knowledge", tmp_path / "knowledge"))


def trial_of(kb_dir: Path, **changed: str):
    path = kb_dir / "services" / "schuldhulp.yaml"
    content = path.read_text(encoding="utf-8")
    values = dict(form_values(parse(content)), **changed)
    return try_service(kb_dir, path, render(content, values), "schuldhulp", values["antwoord"])


def test_je_is_an_error_beside_the_answer_and_the_folder_is_untouched(kb_dir: Path) -> None:
    before = (kb_dir / "services" / "schuldhulp.yaml").read_text(encoding="utf-8")
    trial = trial_of(kb_dir, antwoord="Heb je schulden? Bel ons.")
    assert [p.message for p in trial.by_field["antwoord"]] == ["Hier staat 'je'; Wegwijzer spreekt inwoners aan met 'u'"]
    assert trial.errors == 1
    assert (kb_dir / "services" / "schuldhulp.yaml").read_text(encoding="utf-8") == before


def test_long_sentences_give_the_figures_and_the_longest_sentence(kb_dir: Path) -> None:
    long = ("Als u schulden heeft en u weet niet meer hoe u alle rekeningen die elke maand binnenkomen "
            "moet betalen dan kunt u contact opnemen met de gemeente.")
    trial = trial_of(kb_dir, antwoord=long)
    messages = " ".join(p.message for p in trial.by_field["antwoord"])
    assert "de zinnen zijn te lang" in messages and "Langste zin (27 woorden)" in messages
    assert trial.readability.longest_words == 27


def test_the_preview_is_the_answer_residents_get(kb_dir: Path) -> None:
    trial = trial_of(kb_dir, antwoord="Heeft u schulden? Vraag hulp.")
    assert trial.preview is not None and trial.preview.startswith("Heeft u schulden? Vraag hulp.\n\n")
    shipped = yaml.safe_load((REPO / "knowledge" / "services" / "schuldhulp.yaml").read_text(encoding="utf-8"))
    assert summary(trial)["examples"] == len(shipped["examples"]) and trial.errors == 0


def test_example_questions_that_go_elsewhere_are_counted(kb_dir: Path) -> None:
    trial = trial_of(kb_dir, voorbeeldvragen="\n".join(["Ik heb schulden"] * 7 + ["Ik wil een rolstoel"]))
    assert [q for q, _ in trial.elsewhere] == ["Ik wil een rolstoel"]
    assert any("gaat naar" in p.message for p in trial.by_field["voorbeeldvragen"])


def test_the_form_alone_refuses_a_fact_without_source() -> None:
    trial = form_trial({"phone_waarde": "071 123", "antwoord": "Tekst."}, "schuldhulp.yaml")
    assert trial is not None and trial.errors == 3 and set(trial.by_field) == {
        "phone_bron", "phone_datum", "phone_betrouwbaarheid"}
    assert form_trial({"antwoord": "Tekst."}, "schuldhulp.yaml") is None


def test_plain_drops_only_a_leading_field_name() -> None:
    assert plain("contact.phone: de bron ontbreekt") == "De bron ontbreekt"
    assert plain("de voorbeeldvraag gaat naar wmo") == "de voorbeeldvraag gaat naar wmo"
