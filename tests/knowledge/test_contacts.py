"""Contact details with their source: what residents see, and what staff are told."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import yaml

from tests.conftest import REPO
from wegwijzer.checks import check_directory
from wegwijzer.knowledge.contacts import Contact, contact_lines, oldest_source
from wegwijzer.knowledge.base import load_or_raise

SOURCE = "https://www.example.org/pagina"


def fact(value: str, grade: str = "A", date: str = "2025-01-02") -> dict[str, str]:
    return {"value": value, "source": SOURCE, "date": date, "grade": grade}


def test_the_phone_comes_first_then_address_and_hours_then_the_website() -> None:
    contact = Contact.model_validate({"organisation": "Incluzio Leiderdorp", "website": fact("https://a.nl"),
                                      "hours": fact("maandag 9 tot 12 uur"), "address": fact("Straat 1"),
                                      "phone": fact("071-000 00 00")})
    assert contact_lines(contact) == ["Bel Incluzio Leiderdorp: 071-000 00 00", "Adres: Straat 1",
                                      "Open: maandag 9 tot 12 uur", "Website: https://a.nl"]


def test_a_grade_c_fact_is_never_shown() -> None:
    contact = Contact.model_validate({"organisation": "Gemeente", "phone": fact("071-111 11 11", grade="C"),
                                      "website": fact("https://b.nl")})
    lines = contact_lines(contact)
    assert not any("071" in line for line in lines) and "Website: https://b.nl" in lines


def test_an_intake_organisation_says_so_unless_the_text_already_names_it() -> None:
    contact = Contact.model_validate({"organisation": "Incluzio Leiderdorp", "intake": True,
                                      "phone": fact("071-000 00 00")})
    assert contact_lines(contact)[0] == "Dit loopt via Incluzio Leiderdorp. Zij helpen u verder."
    assert contact_lines(contact, said="Bel Incluzio Leiderdorp.")[0].startswith("Bel Incluzio")


def test_the_oldest_source_counts_and_an_undated_one_is_oldest() -> None:
    contact = Contact.model_validate({"organisation": "X", "phone": fact("0800-0000", date="2020-09"),
                                      "website": fact("https://c.nl", date="zonder datum")})
    assert oldest_source(contact).date == "zonder datum"
    assert Contact.model_validate({"organisation": "X", "phone": fact("1", date="2020-09")}
                                  ).sourced()["phone"].day() == dt.date(2020, 9, 1)


def _edit(kb: Path, service: str, change: dict) -> None:
    path = kb / "services" / f"{service}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["contact"].update(change)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_check_demands_a_source_and_warns_once_per_service_about_old_ones(tmp_path: Path) -> None:
    kb = Path(shutil.copytree(REPO / "knowledge", tmp_path / "knowledge"))
    _edit(kb, "cjg", {"phone": "071-222 22 22"})  # no source
    problems = check_directory(kb, today=dt.date(2026, 12, 6))
    errors = [p for p in problems if p.severity == "fout"]
    assert len(errors) == 1 and "cjg.yaml" in errors[0].file and "bron ontbreekt" in errors[0].message
    old = [p for p in problems if "oudste bron" in p.message and "incluzio.yaml" in p.file]
    assert len(old) == 1  # one warning for the service, not one per field


def test_every_shipped_contact_fact_is_sourced_and_publishable() -> None:
    kb = load_or_raise(REPO / "knowledge")
    for service in kb.services:
        for key, fact_ in service.contact.all_sources():
            assert fact_.grade in ("A", "B"), (service.id, key)
            assert fact_.source.startswith("https://"), (service.id, key)
    incluzio = kb.service("incluzio").contact.sourced()
    assert incluzio["phone"].value == "071-541 35 36"


def test_every_service_answer_gives_a_phone_number_or_a_website(shipped_assistant) -> None:
    for service in shipped_assistant.kb.services:
        answer = shipped_assistant.choose(service.id).answer
        assert re.search(r"\b0\d{2,3}-?\s?\d{3,4}|\b14071\b|\b113\b|https://", answer), service.id
