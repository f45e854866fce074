"""A new service file from form values, and where a service taken out of use is kept."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from tests.conftest import REPO
from wegwijzer.checks import check_directory
from wegwijzer.knowledge.base import load_knowledge
from wegwijzer.knowledge.new import (CONTRACT_SERVICES, new_problems, new_service, retired_path,
                                     retired_services)

VALUES = {"id": "huiswerkhulp", "titel": "Hulp bij huiswerk", "thema": "opgroeien-en-ontwikkelen", "doel": "oo-3",
          "omschrijving": "Gratis hulp bij huiswerk.", "antwoord": "Heeft uw kind moeite met huiswerk?\nEr is hulp.",
          "volgende_stap": "Vraag in de bibliotheek naar de huiswerkklas.", "organisatie": "Bibliotheek",
          "woorden": "huiswerk\nbijles\nhuiswerkklas", "voorbeeldvragen": "Is er een huiswerkklas?\nBijles",
          "bron": "https://www.leiderdorp.nl"}


def test_every_contract_service_is_shipped() -> None:
    assert len(CONTRACT_SERVICES) == 23
    assert CONTRACT_SERVICES <= {p.stem for p in (REPO / "knowledge" / "services").glob("*.yaml")}


def test_a_new_service_is_written_in_the_order_of_the_shipped_files() -> None:
    text = new_service(VALUES, dt.date(2026, 12, 6))
    keys = [line.split(":")[0] for line in text.splitlines() if line and not line.startswith((" ", "-"))]
    assert keys == ["id", "title", "summary", "theme", "doel", "answer", "next_step", "contact", "words",
                    "examples", "sources", "last_checked", "crisis"]
    assert "answer: |\n  Heeft uw kind moeite met huiswerk?\n  Er is hulp.\n" in text
    assert "  phone: IN TE VULLEN\n" in text and "last_checked: 2026-12-06\n" in text


def test_the_file_loads_and_the_checks_name_what_is_missing(tmp_path: Path) -> None:
    kb = Path(shutil.copytree(REPO / "knowledge", tmp_path / "knowledge"))
    (kb / "services" / "huiswerkhulp.yaml").write_text(new_service(VALUES, dt.date.today()), encoding="utf-8")
    problems = [p for p in check_directory(kb) if p.severity == "fout"]
    assert [p.message for p in problems] == [
        "voorbeeldvragen (examples): er zijn er te weinig; er zijn er minstens 8 nodig"]
    retired_path(kb, "huiswerkhulp").parent.mkdir()
    (kb / "services" / "huiswerkhulp.yaml").rename(retired_path(kb, "huiswerkhulp"))
    loaded, _ = load_knowledge(kb)
    assert loaded is not None and "huiswerkhulp" not in {s.id for s in loaded.services}  # never loaded
    assert retired_services(kb) == ["huiswerkhulp"] and retired_services(None) == []


def test_the_form_needs_a_free_id_and_every_field() -> None:
    assert new_problems(VALUES, {"schuldhulp"}) == {}
    assert "bestaat al" in new_problems(VALUES, {"huiswerkhulp"})["id"][0]
    assert "kleine letters" in new_problems(dict(VALUES, id="Huiswerk Hulp"), set())["id"][0]
    assert new_problems(dict(VALUES, titel=" "), set()) == {"titel": ["Titel: vul dit in"]}
