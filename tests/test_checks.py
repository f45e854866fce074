"""`check_directory`: plain language, 'u', examples that route elsewhere, stale checks, sourced contacts."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import yaml

from wegwijzer.checks import check_directory
from wegwijzer.knowledge.base import Problem

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
TODAY = dt.date(2026, 11, 23)
LONG = ("Ten behoeve van de implementatie van de gemeentelijke schuldhulpverleningsregeling dient de "
        "aanvrager zich overeenkomstig de geldende beleidsregels tot het daartoe aangewezen "
        "bestuursorgaan te wenden.")


def make_kb(tmp_path: Path, **changes: object) -> tuple[Path, str]:
    """schuldhulp and mantelzorg from the shipped base; `changes` edit schuldhulp. Returns dir and its text."""
    root = tmp_path / "kb"
    (root / "services").mkdir(parents=True)
    for name in ("themes.yaml", "gemeente.yaml", "synonyms.yaml"):
        shutil.copy(KNOWLEDGE / name, root / name)
    shutil.copy(KNOWLEDGE / "services" / "mantelzorg.yaml", root / "services" / "mantelzorg.yaml")
    data = yaml.safe_load((KNOWLEDGE / "services" / "schuldhulp.yaml").read_text(encoding="utf-8"))
    data |= changes
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)
    (root / "services" / "schuldhulp.yaml").write_text(text, encoding="utf-8")
    return root, text


def line_of(text: str, needle: str) -> int:
    for n, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(needle)


def matching(problems: list[Problem], word: str, severity: str) -> list[Problem]:
    hits = [p for p in problems if word in p.message and p.severity == severity]
    assert hits, f"no {severity} with {word!r} in {problems}"
    return hits


def test_shipped_knowledge_has_no_errors() -> None:
    problems = check_directory(KNOWLEDGE)
    assert [str(p) for p in problems if p.severity == "fout"] == []


def test_problems_are_sorted_by_file_and_line(tmp_path: Path) -> None:
    root, _ = make_kb(tmp_path)
    problems = check_directory(root, today=TODAY)
    assert problems == sorted(problems, key=lambda p: (p.file, p.line))


def test_long_sentence_is_an_error_that_quotes_it(tmp_path: Path) -> None:
    root, text = make_kb(tmp_path, answer=LONG)
    problems = check_directory(root, today=TODAY)
    long = matching(problems, "te lang", "fout")[0]
    assert long.file.endswith("services/schuldhulp.yaml")
    assert long.line == line_of(text, "answer:")
    assert LONG in long.message
    assert matching(problems, "Flesch-Douma", "fout")[0].line == line_of(text, "answer:")


def test_je_is_an_error(tmp_path: Path) -> None:
    root, text = make_kb(tmp_path, next_step="Bel je budgetcoach bij Incluzio.")
    problem = matching(check_directory(root, today=TODAY), "'je'", "fout")[0]
    assert problem.line == line_of(text, "next_step:")
    assert "'u'" in problem.message


def test_example_that_routes_elsewhere_is_an_error(tmp_path: Path) -> None:
    shipped = yaml.safe_load((KNOWLEDGE / "services" / "schuldhulp.yaml").read_text(encoding="utf-8"))
    stray = "Ik zorg al jaren voor mijn zieke moeder en ben overbelast"
    root, text = make_kb(tmp_path, examples=list(shipped["examples"]) + [stray])
    problem = matching(check_directory(root, today=TODAY), stray, "fout")[0]
    assert problem.line == line_of(text, stray)
    assert "mantelzorg" in problem.message and "schuldhulp" in problem.message


def test_an_out_of_scope_example_that_gets_a_service_is_an_error_in_gemeente_yaml(tmp_path: Path) -> None:
    root, _ = make_kb(tmp_path)
    stray = "Ik zorg al jaren voor mijn zieke moeder en ben overbelast"
    path = root / "gemeente.yaml"
    text = path.read_text(encoding="utf-8").replace("    examples:\n      - Welke apotheek is vannacht open?",
                                                    f"    examples:\n      - {stray}\n      - Welke apotheek is vannacht open?")
    path.write_text(text, encoding="utf-8")
    problem = matching(check_directory(root, today=TODAY), stray, "fout")[0]
    assert problem.file.endswith("gemeente.yaml") and problem.line == line_of(text, stray)
    assert "mantelzorg" in problem.message and "buiten het sociaal domein" in problem.message


def test_stale_check_date_is_a_warning(tmp_path: Path) -> None:
    root, text = make_kb(tmp_path, last_checked=dt.date(2020, 1, 1))
    problem = matching(check_directory(root, today=TODAY), "2020-01-01", "waarschuwing")[0]
    assert problem.line == line_of(text, "last_checked:")
    recent, _ = make_kb(tmp_path / "recent", last_checked=TODAY)
    assert not [p for p in check_directory(recent, today=TODAY) if "gecontroleerd" in p.message]


def test_an_unsourced_contact_field_is_an_error_with_its_line(tmp_path: Path) -> None:
    contact = yaml.safe_load((KNOWLEDGE / "services" / "schuldhulp.yaml").read_text(encoding="utf-8"))["contact"]
    root, text = make_kb(tmp_path, contact=contact | {"phone": "071 123 45 67"})
    problems = check_directory(root, today=TODAY)
    phone = matching(problems, "contact.phone: de bron ontbreekt", "fout")
    assert any(p.file.endswith("schuldhulp.yaml") and p.line == line_of(text, "  phone:") for p in phone)


def test_an_unfilled_field_is_left_out_without_a_problem(tmp_path: Path) -> None:
    contact = yaml.safe_load((KNOWLEDGE / "services" / "schuldhulp.yaml").read_text(encoding="utf-8"))["contact"]
    root, _ = make_kb(tmp_path, contact=contact | {"hours": "IN TE VULLEN"})
    problems = check_directory(root, today=TODAY)
    assert not [p for p in problems if p.severity == "fout"]
    assert not [p for p in problems if "contact.hours" in p.message]


def test_loader_errors_are_passed_through(tmp_path: Path) -> None:
    root, text = make_kb(tmp_path, theme="nergens")
    problems = check_directory(root, today=TODAY)
    problem = matching(problems, "nergens", "fout")[0]
    assert problem.line == line_of(text, "theme:")


def test_an_answer_for_two_that_drops_the_others_number_is_a_warning(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    shutil.copytree(KNOWLEDGE, root)
    path = root / "services" / "wonen-en-opvang.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["contact"].pop("lines")  # Het Juridisch Loket, for a landlord who wants the tenant out
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")
    problems = check_directory(root, today=TODAY)
    warning = matching(problems, "twijfelt een inwoner tussen wonen-en-opvang en juridische-hulp", "waarschuwing")
    assert "Het Juridisch Loket (0900-8020)" in warning[0].message and warning[0].file.endswith("wonen-en-opvang.yaml")
    assert not [p for p in check_directory(KNOWLEDGE, today=TODAY) if "twijfelt een inwoner" in p.message]
