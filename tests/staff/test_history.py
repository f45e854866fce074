"""The editor's publications in the staff database, on SQLite and a real PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from wegwijzer.knowledge.edit import digest
from wegwijzer.staff import StaffStore
from wegwijzer.staff.history import OUTSIDE, RETIRED, History, one_line, publish, retire

ORIGINAL = "id: x\ntitle: Oud\n"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["sqlite", "postgresql"])
def history(request, tmp_path):
    url = None if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    staff = StaffStore(tmp_path, url)
    yield History(staff, clock=Clock())
    staff.close()


@pytest.fixture
def service_file(tmp_path: Path) -> Path:
    path = tmp_path / "x.yaml"
    path.write_text(ORIGINAL, encoding="utf-8")
    return path


def test_publications_are_kept_newest_first_with_the_version_before(history, service_file) -> None:
    first = publish(history, service_file, "x", "anna", "nieuwe titel", digest(ORIGINAL), "id: x\ntitle: Nieuw\n")
    assert first is not None and service_file.read_text(encoding="utf-8") == "id: x\ntitle: Nieuw\n"
    versions = history.versions("x")
    assert [(v.who, v.fields) for v in versions] == [("anna", ("Titel",)), (OUTSIDE, ())]
    assert versions[1].content == ORIGINAL and history.version("x", versions[1].id) == versions[1]
    assert history.versions("y") == [] and history.version("x", "onbekend") is None


def test_a_stale_form_is_refused_and_the_file_kept(history, service_file) -> None:
    assert publish(history, service_file, "x", "anna", "", digest("iets anders"), "id: x\n") is None
    assert service_file.read_text(encoding="utf-8") == ORIGINAL and history.versions("x") == []


def test_a_change_by_hand_becomes_a_version_of_its_own(history, service_file) -> None:
    publish(history, service_file, "x", "anna", "", digest(ORIGINAL), "id: x\ntitle: Nieuw\n")
    service_file.write_text("id: x\ntitle: Met de hand\n", encoding="utf-8")
    publish(history, service_file, "x", "bob", "weer anders", digest("id: x\ntitle: Met de hand\n"),
            "id: x\ntitle: Bob\n")
    assert [(v.who, v.reason) for v in history.versions("x")] == [
        ("bob", "weer anders"), (OUTSIDE, "gewijzigd in het bestand zelf"), ("anna", ""),
        (OUTSIDE, "de versie van vóór de editor")]


def test_the_reason_is_one_short_line() -> None:
    assert one_line("een\nreden  met\tspaties") == "een reden met spaties"
    assert len(one_line("x" * 1000)) == 200


def test_a_service_taken_out_of_use_moves_and_comes_back(history, service_file, tmp_path) -> None:
    away = tmp_path / "buiten-gebruik" / "x.yaml"
    assert retire(history, service_file, away, "x", "anna", "stopt", "verkeerde hash") is None
    done = retire(history, service_file, away, "x", "anna", "stopt", digest(ORIGINAL))
    assert done is not None and done.content == "" and done.fields == (RETIRED,)
    assert not service_file.exists() and away.read_text(encoding="utf-8") == ORIGINAL
    assert [v.who for v in history.versions("x")] == ["anna", OUTSIDE]  # the text before is kept
    assert retire(history, service_file, away, "x", "anna", "nog eens", digest("")) is None
    back = publish(history, service_file, "x", "bert", "terug", digest(""), ORIGINAL)
    assert back is not None and service_file.read_text(encoding="utf-8") == ORIGINAL


def test_a_new_file_is_published_without_a_version_before(history, tmp_path) -> None:
    path = tmp_path / "nieuw.yaml"
    assert publish(history, path, "nieuw", "anna", "nieuwe dienst", digest(""), ORIGINAL) is not None
    assert [v.reason for v in history.versions("nieuw")] == ["nieuwe dienst"]
    assert publish(history, path, "nieuw", "bert", "ook nieuw", digest(""), ORIGINAL) is None  # it exists now
