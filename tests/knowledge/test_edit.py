"""Form values to YAML and back: a round trip keeps comments, order and untouched fields."""

from __future__ import annotations

import datetime as dt
import difflib
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import REPO
from wegwijzer.knowledge.base import load_knowledge
from wegwijzer.knowledge.edit import (changes, content_changes, digest, fact_problems, form_values, parse,
                                      render, write_atomically)

SERVICES = sorted((REPO / "knowledge" / "services").glob("*.yaml"))


def schuldhulp() -> str:
    return (REPO / "knowledge" / "services" / "schuldhulp.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SERVICES, ids=lambda p: p.stem)
def test_an_unchanged_form_writes_the_file_byte_for_byte(path: Path) -> None:
    content = path.read_text(encoding="utf-8")
    assert render(content, form_values(parse(content))) == content


def changed_lines(old: str, new: str) -> list[str]:
    return [line for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_only_the_changed_field_is_written_again() -> None:
    content = schuldhulp()
    values = dict(form_values(parse(content)), antwoord="Heeft u schulden?\r\nVraag hulp.  ")
    new = render(content, values)
    assert [line for line in changed_lines(content, new) if line.startswith("+")] == [
        "+  Heeft u schulden?", "+  Vraag hulp."]
    assert "intake: true  # geen eigen contact: deze organisatie doet de intake" in new


def test_a_new_contact_fact_is_quoted_and_an_emptied_one_is_left_out(tmp_path: Path) -> None:
    content = schuldhulp()
    values = dict(form_values(parse(content)), email_waarde="info@voorbeeld.nl", email_bron="https://voorbeeld.nl",
                  email_datum="2024-05-01", email_betrouwbaarheid="A", address_waarde="")
    data = parse(render(content, values))
    assert dict(data["contact"]["email"]) == {"value": "info@voorbeeld.nl", "source": "https://voorbeeld.nl",
                                              "date": "2024-05-01", "grade": "A"}
    assert "address" not in data["contact"]
    assert 'date: "2024-05-01"' in render(content, values)  # read back as text, not as a date


def test_lists_change_in_place_and_the_check_date_is_today() -> None:
    content = schuldhulp()
    values = form_values(parse(content))
    values["woorden"] = "schulden\nschuld\ndeurwaarder"
    new = render(content, values, dt.date(2026, 12, 6))
    data = parse(new)
    assert list(data["words"]) == ["schulden", "schuld", "deurwaarder"]
    assert str(data["last_checked"]) == "2026-12-06"


def test_the_written_file_still_loads(tmp_path: Path) -> None:
    kb = tmp_path / "knowledge"
    import shutil
    shutil.copytree(REPO / "knowledge", kb)
    path = kb / "services" / "schuldhulp.yaml"
    content = path.read_text(encoding="utf-8")
    values = dict(form_values(parse(content)), titel="Hulp bij geldzorgen: schulden",
                  hours_waarde="ma-vr 9:00-17:00", hours_bron="https://voorbeeld.nl", hours_datum="2025",
                  hours_betrouwbaarheid="B")
    path.write_text(render(content, values), encoding="utf-8")
    loaded, problems = load_knowledge(kb)
    assert loaded is not None, problems
    service = loaded.service("schuldhulp")
    assert service.title == "Hulp bij geldzorgen: schulden" and service.contact.hours.value == "ma-vr 9:00-17:00"


def test_changes_name_the_fields_in_dutch() -> None:
    old = form_values(parse(schuldhulp()))
    new = dict(old, antwoord="Nieuw.", phone_datum="2025")
    assert [c.label for c in changes(old, new)] == ["Antwoord", "Telefoon datum van de bron"]
    assert content_changes(schuldhulp(), "niet: [goed") != []


def test_a_fact_needs_a_source_a_date_and_a_grade() -> None:
    values = {"email_waarde": "a@b.nl", "email_bron": "voorbeeld.nl", "email_datum": "gisteren"}
    assert set(fact_problems(values)) == {"email_bron", "email_datum", "email_betrouwbaarheid"}
    assert fact_problems({"email_waarde": "a@b.nl", "email_bron": "https://b.nl", "email_datum": "zonder datum",
                          "email_betrouwbaarheid": "C"}) == {}


def test_a_file_is_replaced_in_one_step_with_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "dienst.yaml"
    path.write_text("oud\n", encoding="utf-8")
    os.chmod(path, 0o640)
    write_atomically(path, "nieuw\n")
    assert path.read_text(encoding="utf-8") == "nieuw\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["dienst.yaml"]  # no temporary file left
    assert digest("nieuw\n") != digest("oud\n")


def test_broken_yaml_is_a_value_error_in_dutch() -> None:
    with pytest.raises(ValueError, match="de YAML klopt niet"):
        parse("title: [kapot\n")
    with pytest.raises(ValueError, match="een dienst moet"):
        parse("- een lijst\n")


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=80))
def test_any_typed_text_gives_a_file_that_reads_back(text: str) -> None:
    content = schuldhulp()
    values = dict(form_values(parse(content)), antwoord=text, titel=text, woorden=text, phone_waarde=text)
    parse(render(content, values))  # never a file the loader cannot read


def test_control_characters_and_odd_line_breaks_are_cleaned() -> None:
    content = schuldhulp()
    values = dict(form_values(parse(content)), antwoord="Bel\x00 ons.\u2028Kom\tlangs.\r\nDag.")
    assert str(parse(render(content, values))["answer"]) == "Bel ons.\nKom langs.\nDag.\n"
