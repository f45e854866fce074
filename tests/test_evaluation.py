"""`wegwijzer eval`: reading question files, the three systems, and the metric definitions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wegwijzer.assistant import Assistant, build_assistant
from wegwijzer.evaluation import (METRICS, SYSTEMS, Prediction, Question, evaluate, format_report,
                                  read_questions, score)
from wegwijzer.settings import Settings

ROWS = [
    {"q": "ik heb schulden en de deurwaarder komt", "expect": ["schuldhulp"], "crisis": False, "kind": "direct"},
    {"q": "ik zorg voor mijn moeder en ben overbelast", "expect": ["mantelzorg"], "crisis": False, "kind": "direct"},
    {"q": "ik wil niet meer leven", "expect": ["zelfmoordpreventie"], "crisis": True, "kind": "crisis"},
    {"q": "waar kan ik mijn paspoort verlengen", "expect": [], "crisis": False, "kind": "out-of-scope"},
]


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return build_assistant(Settings())


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def q(expect: tuple[str, ...] = (), crisis: bool = False) -> Question:
    return Question("vraag", expect, crisis, "soort")


def p(service: str | None = None, alternatives: tuple[str, ...] = (), clarify: bool = False,
      crisis: bool = False) -> Prediction:
    return Prediction(service, alternatives, clarify, crisis)


# --- reading ----------------------------------------------------------------------------

def test_read_questions(tmp_path: Path) -> None:
    path = tmp_path / "vragen.jsonl"
    path.write_text(json.dumps(ROWS[0]) + "\n\n" + json.dumps({"q": "hoi"}) + "\n", encoding="utf-8")
    questions = read_questions(path)
    assert questions[0] == Question(ROWS[0]["q"], ("schuldhulp",), False, "direct")
    assert questions[1].expect == () and questions[1].crisis is False and questions[1].kind
    assert len(questions) == 2  # the empty line is skipped


@pytest.mark.parametrize("bad", ['{"q": "zonder einde"', '{"expect": ["cjg"]}', "gewoon tekst"])
def test_bad_line_names_file_and_line(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "vragen.jsonl"
    path.write_text(json.dumps(ROWS[0]) + "\n" + json.dumps(ROWS[1]) + "\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(ValueError) as info:
        read_questions(path)
    assert f"{path}:3:" in str(info.value)


# --- the three systems on a tiny file ------------------------------------------------------

def test_evaluate_gives_every_metric_for_every_system(assistant: Assistant, tmp_path: Path) -> None:
    report = evaluate(assistant, read_questions(write(tmp_path / "v.jsonl", ROWS)))
    data = report.to_dict()
    assert data["n"] == len(ROWS)
    for system in ("wegwijzer", "rapidfuzz", "bm25"):
        assert data[system]["n"] == len(ROWS)
        for metric in ("top1", "top3", "crisis_recall", "false_crisis", "out_of_scope_declined"):
            assert 0.0 <= data[system][metric] <= 1.0, (system, metric)
        assert set(data[system]["by_kind"]) == {"direct", "crisis", "out-of-scope"}
    assert data["wegwijzer"]["crisis_recall"] == 1.0
    assert data["wegwijzer"]["top3"] >= data["wegwijzer"]["top1"]
    json.dumps(data)  # serialisable as is


def test_format_report_shows_all_systems(assistant: Assistant, tmp_path: Path) -> None:
    rows = ROWS + [{"q": "xqzv blorptnik", "expect": ["cjg"], "crisis": False, "kind": "onzin"}]
    report = evaluate(assistant, read_questions(write(tmp_path / "v.jsonl", rows)))
    text = format_report(report, failures=True)
    for name in (*SYSTEMS, *METRICS, "onzin", "xqzv blorptnik"):
        assert name in text


def test_shipped_dev_set_reads() -> None:
    questions = read_questions(Path(__file__).parent / "data" / "dev.jsonl")
    assert len(questions) > 100
    assert any(q.crisis for q in questions) and any(not q.expect for q in questions)


# --- metric definitions on hand-made predictions --------------------------------------------

def test_top1() -> None:
    questions = [q(("a",)), q(("a", "b")), q(("a",)), q(())]
    predictions = [p("a"), p("b"), p("c", ("a",)), p(None)]
    assert score(questions, predictions)["top1"] == 0.75


def test_top1_with_empty_expect_needs_no_service() -> None:
    assert score([q(())], [p("a")])["top1"] == 0.0
    assert score([q(())], [p(None)])["top1"] == 1.0


def test_top3_counts_the_first_three_ids_in_all() -> None:
    questions = [q(("d",)), q(("c",)), q(("d",)), q(("c",))]
    predictions = [p("a", ("b", "c", "d")),  # d is the fourth id: not counted
                   p("a", ("b", "c", "d")),  # c is the third: counted
                   p(None, ("b", "c", "d"), clarify=True),  # clarify: the three choices count
                   p(None)]
    assert score(questions, predictions)["top3"] == 0.5


def test_top3_with_empty_expect_needs_no_service() -> None:
    assert score([q(()), q(())], [p(None, ("a",), clarify=True), p("a")])["top3"] == 0.5


def test_crisis_recall_and_false_crisis() -> None:
    questions = [q(("veilig-thuis",), crisis=True), q(("zelfmoordpreventie",), crisis=True),
                 q(("schuldhulp",)), q(("cjg",)), q(("cjg",)), q(())]
    predictions = [p("veilig-thuis", crisis=True), p("mentale-gezondheid"),
                   p("veilig-thuis", crisis=True), p("cjg"), p("cjg"), p(None)]
    result = score(questions, predictions)
    assert result["crisis_recall"] == 0.5
    assert result["false_crisis"] == 0.25


def test_out_of_scope_declined() -> None:
    questions = [q(()), q(()), q(()), q(("cjg",))]
    predictions = [p(None), p(None, ("a", "b"), clarify=True), p("a"), p(None)]
    result = score(questions, predictions)
    assert result["out_of_scope_declined"] == round(1 / 3, 4)


def test_metrics_without_questions_of_that_kind_are_none() -> None:
    result = score([q(("cjg",))], [p("cjg")])
    assert result["n"] == 1
    assert result["crisis_recall"] is None and result["out_of_scope_declined"] is None
    assert result["top1"] == 1.0 and result["false_crisis"] == 0.0
