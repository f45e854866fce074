"""Loading the knowledge base, and every validation error with its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from wegwijzer.knowledge.base import KnowledgeError, Problem, load_knowledge, load_or_raise

KNOWLEDGE = Path(__file__).resolve().parent.parent.parent / "knowledge"

CONTRACT_SERVICES = {
    "incluzio": "zelfstandig-leven", "wmo-ondersteuning": "zelfstandig-leven",
    "mantelzorg": "samen-leven", "vrijwilligerswerk": "samen-leven", "vog-vergoeding": "samen-leven",
    "schuldhulp": "zelfstandig-leven", "minimaregelingen": "zelfstandig-leven",
    "werk-en-inkomen": "zelfstandig-leven", "cjg": "opgroeien-en-ontwikkelen",
    "jeugdhulp": "opgroeien-en-ontwikkelen", "jongeren": "opgroeien-en-ontwikkelen",
    "veilig-thuis": "samen-leven", "zelfmoordpreventie": "gezond-dorp",
    "statushouders": "zelfstandig-leven", "taal-en-digitaal": "zelfstandig-leven",
    "eenzaamheid": "samen-leven", "dementie": "gezond-dorp", "mentale-gezondheid": "gezond-dorp",
    "gezonde-leefstijl": "gezond-dorp", "buurt-en-veiligheid": "samen-leven",
}
CONTRACT_THEMES = {"zelfstandig-leven", "opgroeien-en-ontwikkelen", "gezond-dorp", "samen-leven"}


def make_kb(tmp_path: Path, services: tuple[str, ...] = ("schuldhulp", "mantelzorg")) -> Path:
    """A small knowledge dir: the shipped shared files plus a few shipped services."""
    root = tmp_path / "kb"
    (root / "services").mkdir(parents=True)
    for name in ("themes.yaml", "gemeente.yaml", "synonyms.yaml"):
        shutil.copy(KNOWLEDGE / name, root / name)
    for service in services:
        shutil.copy(KNOWLEDGE / "services" / f"{service}.yaml", root / "services" / f"{service}.yaml")
    return root


def write_service(root: Path, name: str, data: dict) -> tuple[Path, str]:
    """Write a service file from data; returns its path and text (to look up lines)."""
    path = root / "services" / f"{name}.yaml"
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return path, text


def line_of(text: str, start: str) -> int:
    """1-based number of the first line that starts with `start`."""
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith(start):
            return n
    raise AssertionError(f"no line starts with {start!r}")


def shipped(name: str) -> dict:
    return yaml.safe_load((KNOWLEDGE / "services" / f"{name}.yaml").read_text(encoding="utf-8"))


def errors(root: Path) -> list[Problem]:
    kb, problems = load_knowledge(root)
    assert kb is None, "a broken knowledge base must not load"
    found = [p for p in problems if p.severity == "fout"]
    assert found
    return found


def only(problems: list[Problem], word: str) -> Problem:
    hits = [p for p in problems if word in p.message]
    assert hits, f"no problem mentions {word!r}: {problems}"
    return hits[0]


# --- the shipped knowledge base ------------------------------------------------------

def test_shipped_knowledge_loads_without_errors() -> None:
    kb, problems = load_knowledge(KNOWLEDGE)
    assert kb is not None
    assert [p for p in problems if p.severity == "fout"] == []
    assert len(kb.services) >= 20
    assert {t.id for t in kb.themes} == CONTRACT_THEMES
    assert len(kb.themes) == 4


def test_shipped_knowledge_has_every_contract_service_with_its_theme() -> None:
    kb = load_or_raise(KNOWLEDGE)
    for service_id, theme in CONTRACT_SERVICES.items():
        assert kb.service(service_id).theme == theme, service_id
    ids = [s.id for s in kb.services]
    assert len(ids) == len(set(ids))


def test_shipped_doelen_belong_to_their_themes() -> None:
    kb = load_or_raise(KNOWLEDGE)
    for service in kb.services:
        assert service.doel in {d.id for d in kb.theme(service.theme).doelen}, service.id


def test_crisis_services_are_marked() -> None:
    kb = load_or_raise(KNOWLEDGE)
    assert kb.service("veilig-thuis").crisis and kb.service("zelfmoordpreventie").crisis
    assert not kb.service("schuldhulp").crisis


def test_models_are_immutable() -> None:
    kb = load_or_raise(KNOWLEDGE)
    with pytest.raises(Exception):
        kb.service("schuldhulp").title = "iets anders"  # type: ignore[misc]


def test_unknown_service_id_is_key_error() -> None:
    with pytest.raises(KeyError):
        load_or_raise(KNOWLEDGE).service("bestaat-niet")


def test_where_points_at_the_line_of_a_field() -> None:
    kb = load_or_raise(KNOWLEDGE)
    file, line = kb.where("schuldhulp", "answer")
    assert file.endswith("services/schuldhulp.yaml")
    text = (KNOWLEDGE / "services" / "schuldhulp.yaml").read_text(encoding="utf-8")
    assert line == line_of(text, "answer:")


def test_small_copy_loads(tmp_path: Path) -> None:
    kb, problems = load_knowledge(make_kb(tmp_path))
    assert kb is not None and {s.id for s in kb.services} == {"schuldhulp", "mantelzorg"}
    assert not [p for p in problems if p.severity == "fout"]


# --- every validation error, with file and line ---------------------------------------

def test_invalid_yaml_reports_the_line_of_the_error(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    path = root / "services" / "schuldhulp.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith("summary:"))
    lines[n] = "summary: Hulp: bij schulden"  # a second ': ' on one line is not YAML
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problem = only(errors(root), "YAML")
    assert problem.file.endswith("services/schuldhulp.yaml")
    assert problem.line == n + 1
    assert "klopt niet" in problem.message


def test_missing_field_is_named(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    data = shipped("schuldhulp")
    del data["next_step"]
    write_service(root, "schuldhulp", data)
    problem = only(errors(root), "next_step")
    assert problem.file.endswith("services/schuldhulp.yaml")
    assert problem.line == 1  # a missing field has no line of its own: the top of the file
    assert "ontbreekt" in problem.message


def test_missing_nested_field_points_at_its_parent(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    data = shipped("schuldhulp")
    del data["contact"]["organisation"]
    _, text = write_service(root, "schuldhulp", data)
    problem = only(errors(root), "organisation")
    assert problem.line == line_of(text, "contact:")
    assert "ontbreekt" in problem.message


def test_misspelled_field_is_unknown_at_its_line(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    path = root / "services" / "schuldhulp.yaml"
    text = path.read_text(encoding="utf-8").replace("\nnext_step:", "\nnext_stap:")
    path.write_text(text, encoding="utf-8")
    problems = errors(root)
    problem = only(problems, "next_stap")
    assert problem.file.endswith("services/schuldhulp.yaml")
    assert problem.line == line_of(text, "next_stap:")
    assert "onbekend" in problem.message
    assert "ontbreekt" in only(problems, "'next_step'").message


def test_duplicate_id_names_both_files(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    shutil.copy(root / "services" / "schuldhulp.yaml", root / "services" / "schuldhulp-kopie.yaml")
    problem = only(errors(root), "bestaat al")
    text = (root / "services" / "schuldhulp.yaml").read_text(encoding="utf-8")
    # files load in name order: 'schuldhulp-kopie.yaml' first, so the original is the duplicate
    assert problem.file.endswith("services/schuldhulp.yaml")
    assert problem.line == line_of(text, "id:")
    assert "schuldhulp-kopie.yaml" in problem.message and "'schuldhulp'" in problem.message


def test_unknown_theme_lists_the_real_ones(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    data = shipped("schuldhulp") | {"theme": "zelfstandig-levn"}
    _, text = write_service(root, "schuldhulp", data)
    problem = only(errors(root), "zelfstandig-levn")
    assert problem.file.endswith("services/schuldhulp.yaml")
    assert problem.line == line_of(text, "theme:")
    assert "bestaat niet" in problem.message and "gezond-dorp" in problem.message


def test_doel_of_another_theme(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    data = shipped("schuldhulp") | {"doel": "sl-1"}
    _, text = write_service(root, "schuldhulp", data)
    problem = only(errors(root), "sl-1")
    assert problem.line == line_of(text, "doel:")
    assert "hoort niet bij" in problem.message and "zl-1" in problem.message


def test_too_few_examples(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    data = shipped("schuldhulp")
    data["examples"] = data["examples"][:2]
    _, text = write_service(root, "schuldhulp", data)
    problem = only(errors(root), "voorbeeldvragen")
    assert problem.line == line_of(text, "examples:")
    assert "te weinig" in problem.message and "8" in problem.message


def test_too_few_words(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    data = shipped("schuldhulp") | {"words": ["schulden"]}
    _, text = write_service(root, "schuldhulp", data)
    problem = only(errors(root), "woorden")
    assert problem.line == line_of(text, "words:")


def test_bad_date(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    data = shipped("schuldhulp") | {"last_checked": "23-11-2026"}
    _, text = write_service(root, "schuldhulp", data)
    problem = only(errors(root), "last_checked")
    assert problem.line == line_of(text, "last_checked:")
    assert "JJJJ-MM-DD" in problem.message


def test_bad_id_characters(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    data = shipped("schuldhulp") | {"id": "Schuld Hulp"}
    _, text = write_service(root, "schuldhulp", data)
    problem = only(errors(root), "kleine letters")
    assert problem.line == line_of(text, "id:")


def test_service_that_is_not_a_mapping(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    (root / "services" / "lijst.yaml").write_text("- een\n- twee\n", encoding="utf-8")
    problem = only(errors(root), "naam: waarde")
    assert problem.file.endswith("services/lijst.yaml") and problem.line == 1


def test_error_in_themes_file(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    text = (root / "themes.yaml").read_text(encoding="utf-8").replace("    doelen:", "    doelens:", 1)
    (root / "themes.yaml").write_text(text, encoding="utf-8")
    problem = only(errors(root), "doelens")
    assert problem.file == "kb/themes.yaml"
    assert problem.line == line_of(text, "    doelens:")


def test_missing_gemeente_file(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    (root / "gemeente.yaml").unlink()
    problem = only(errors(root), "gemeente.yaml")
    assert "ontbreekt" in problem.message


def test_bad_synonym_line(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    text = "synonyms:\n  poen: geld\n  centen: [geld]\n"
    (root / "synonyms.yaml").write_text(text, encoding="utf-8")
    kb, problems = load_knowledge(root)
    problem = only(problems, "centen")
    assert problem.file == "kb/synonyms.yaml" and problem.line == 3


def test_empty_services_dir(tmp_path: Path) -> None:
    root = make_kb(tmp_path, services=())
    only(errors(root), "geen diensten")


def test_missing_directory(tmp_path: Path) -> None:
    kb, problems = load_knowledge(tmp_path / "nergens")
    assert kb is None and "bestaat niet" in problems[0].message


def test_filename_not_matching_id_is_a_warning(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    (root / "services" / "schuldhulp.yaml").rename(root / "services" / "geld.yaml")
    kb, problems = load_knowledge(root)
    assert kb is not None
    warning = only(problems, "schuldhulp.yaml")
    assert warning.severity == "waarschuwing" and warning.file.endswith("services/geld.yaml")


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    write_service(root, "schuldhulp", shipped("schuldhulp") | {"theme": "nergens"})
    write_service(root, "mantelzorg", shipped("mantelzorg") | {"last_checked": "gisteren"})
    files = {p.file for p in errors(root)}
    assert any(f.endswith("schuldhulp.yaml") for f in files)
    assert any(f.endswith("mantelzorg.yaml") for f in files)


def test_load_or_raise_lists_file_and_line(tmp_path: Path) -> None:
    root = make_kb(tmp_path)
    _, text = write_service(root, "schuldhulp", shipped("schuldhulp") | {"theme": "nergens"})
    with pytest.raises(KnowledgeError) as info:
        load_or_raise(root)
    assert info.value.problems
    assert f"schuldhulp.yaml:{line_of(text, 'theme:')}: fout:" in str(info.value)
