"""Entries as form fields and back: a round trip keeps the file, and each part is checked in plain Dutch."""

from __future__ import annotations

from tests.conftest import REPO
from wegwijzer.knowledge.edit import form_values, parse, render
from wegwijzer.knowledge.edit_entries import (COUNT_FIELD, EntryForm, entries_text, entry_problems, entry_values,
                                         read_entry_forms)

NEW = {"vraag": "Kan ik even vrij?", "antwoord": "Ja.\nVraag naar respijtzorg.", "voorbeelden": "vrij\nrust",
       "url": "https://www.leiderdorp.nl", "datum": "2024-05", "betrouwbaarheid": "B"}


def mantelzorg() -> str:
    return (REPO / "knowledge" / "services" / "mantelzorg.yaml").read_text(encoding="utf-8")


def forms_of(content: str, *extra: EntryForm) -> list[EntryForm]:
    return [EntryForm(i + 1, i, v) for i, v in enumerate(entry_values(parse(content)))] + list(extra)


def test_unchanged_entries_write_the_file_byte_for_byte() -> None:
    content = mantelzorg()
    assert render(content, form_values(parse(content)), None, forms_of(content, EntryForm(2, None, {}))) == content


def test_an_entry_is_added_edited_and_removed_keeping_the_rest() -> None:
    content = mantelzorg()
    forms = forms_of(content, EntryForm(2, None, NEW))
    forms[0] = EntryForm(1, 0, dict(forms[0].values, antwoord="Kort."))
    data = parse(render(content, form_values(parse(content)), None, forms))
    assert [str(e["question"]) for e in data["entries"]] == ["Hoe vraag ik de mantelzorgwaardering aan?", NEW["vraag"]]
    assert str(data["entries"][0]["answer"]) == "Kort.\n" and data["entries"][0]["source"]["grade"] == "A"
    assert dict(data["entries"][1]["source"]) == {"url": NEW["url"], "date": "2024-05", "grade": "B"}
    removed = parse(render(content, form_values(parse(content)), None, [EntryForm(1, 0, {}, remove=True)]))
    assert "entries" not in removed and removed["last_checked"] is not None


def test_a_form_without_entry_fields_leaves_the_entries_alone() -> None:
    assert read_entry_forms(lambda name: "") is None
    got = {COUNT_FIELD: "1", "v1_vraag": "a", "v2_vraag": "b", "v1_verwijderen": "1"}
    forms = read_entry_forms(lambda name: got.get(name, ""))
    assert forms is not None and [(f.index, f.values["vraag"], f.remove) for f in forms] == [(0, "a", True),
                                                                                            (None, "b", False)]


def test_each_part_of_an_entry_is_checked_in_plain_dutch() -> None:
    bad = dict(NEW, voorbeelden="één", url="website", datum="vorige week", betrouwbaarheid="C", antwoord="")
    found = entry_problems([EntryForm(3, 2, bad), EntryForm(4, None, {})])
    assert set(found) == {"v3_antwoord", "v3_voorbeelden", "v3_url", "v3_datum", "v3_betrouwbaarheid"}
    assert found["v3_betrouwbaarheid"] == ["Vraag 3: kies A of B: inwoners krijgen alleen een antwoord met een "
                                           "betrouwbare bron"]
    assert entry_problems([EntryForm(1, 0, bad, remove=True), EntryForm(2, None, NEW)]) == {}


def test_the_history_compares_entries_as_text() -> None:
    text = entries_text(parse(mantelzorg()))
    assert text.startswith("Hoe vraag ik de mantelzorgwaardering aan?\n") and "(2020-09-08, A)" in text
    assert form_values(parse(mantelzorg()))["vragen"] == text
