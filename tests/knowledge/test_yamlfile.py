"""Reading one YAML file: the line of every field, and a Dutch message for every way it fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from wegwijzer.knowledge.yamlfile import MAX_DEPTH, MAX_FILE_BYTES, Problem, read_yaml, validate


def read(tmp_path: Path, text: str) -> tuple[object, dict, list[Problem]]:
    path = tmp_path / "dienst.yaml"
    path.write_text(text, encoding="utf-8")
    return read_yaml(path, "services/dienst.yaml")


def only_problem(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    assert problems[0].file == "services/dienst.yaml" and problems[0].severity == "fout"
    return problems[0]


def test_lines_of_every_field_and_item(tmp_path: Path) -> None:
    data, lines, problems = read(tmp_path, "id: a\ncontact:\n  phone: '1'\nwords:\n  - x\n  - y\n")
    assert not problems
    assert data == {"id": "a", "contact": {"phone": "1"}, "words": ["x", "y"]}
    assert lines[("id",)] == 1 and lines[("contact", "phone")] == 3
    assert lines[("words", 0)] == 5 and lines[("words", 1)] == 6


def test_broken_yaml_names_its_line(tmp_path: Path) -> None:
    _, _, problems = read(tmp_path, "id: a\nsummary: Hulp: bij schulden\n")
    problem = only_problem(problems)
    assert problem.line == 2 and "klopt niet" in problem.message


def test_alias_is_refused_at_its_line(tmp_path: Path) -> None:
    _, _, problems = read(tmp_path, "summary: &kort Hulp.\nnext_step: *kort\n")
    problem = only_problem(problems)
    assert problem.line == 2 and "verwijzingen" in problem.message


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i, name in enumerate("bcdefghi"):
        bomb.append(f"{name}: &{name} [{', '.join(['*' + 'abcdefghi'[i]] * 9)}]")
    problem = only_problem(read(tmp_path, "\n".join(bomb) + "\n")[2])
    assert problem.line == 2 and "verwijzingen" in problem.message


def test_oversized_file(tmp_path: Path) -> None:
    problem = only_problem(read(tmp_path, "id: a\n" + "# opvulling\n" * (MAX_FILE_BYTES // 10))[2])
    assert problem.line == 1 and "groter dan 256 kB" in problem.message


def test_too_deep(tmp_path: Path) -> None:
    text = "".join("  " * i + f"k{i}:\n" for i in range(MAX_DEPTH + 2)) + "  " * (MAX_DEPTH + 2) + "x: 1\n"
    problem = only_problem(read(tmp_path, text)[2])
    assert "te diep genest" in problem.message


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "dienst.yaml"
    path.write_bytes("summary: schuldén\n".encode("latin-1"))
    problem = only_problem(read_yaml(path, "services/dienst.yaml")[2])
    assert problem.line == 1 and "UTF-8" in problem.message


def test_empty_file(tmp_path: Path) -> None:
    problem = only_problem(read(tmp_path, "# alleen uitleg\n")[2])
    assert "leeg" in problem.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_named_pipe_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "dienst.yaml"
    os.mkfifo(path)  # reading a pipe would block the reload for good
    problem = only_problem(read_yaml(path, "services/dienst.yaml")[2])
    assert "geen gewoon bestand" in problem.message


class _Small(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    contact: dict[str, int]


def test_validate_points_at_the_field_and_names_it_in_dutch(tmp_path: Path) -> None:
    data, lines, _ = read(tmp_path, "id: a\ncontact:\n  phone: geen-getal\nextra: 1\n")
    model, problems = validate(_Small, data, "services/dienst.yaml", lines)
    assert model is None
    by_line = {p.line: p.message for p in problems}
    assert "contact" in by_line[3]
    assert by_line[4] == "het veld 'extra' is onbekend (spelfout in de naam?)"


def test_validate_missing_field_points_at_the_top(tmp_path: Path) -> None:
    data, lines, _ = read(tmp_path, "contact: {}\n")
    _, problems = validate(_Small, data, "services/dienst.yaml", lines)
    assert [(p.line, p.message) for p in problems] == [(1, "het veld 'id' ontbreekt")]
