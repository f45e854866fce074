"""The `wegwijzer` command: ask (text, JSON, batch, explain), check, eval, and the environment."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from wegwijzer.cli import main
from wegwijzer.understanding.embedder import CACHE_FILE

REPO = Path(__file__).resolve().parent.parent
KNOWLEDGE = REPO / "knowledge"
CONTRACT_KEYS = {"question", "service", "confidence", "alternatives", "clarify", "crisis", "theme", "answer"}


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The shipped knowledge base, and an empty data dir that must stay empty."""
    return {"WEGWIJZER_KNOWLEDGE_DIR": str(KNOWLEDGE), "WEGWIJZER_DATA_DIR": str(tmp_path / "data")}


def run(args: list[str], env: dict[str, str], stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, args, input=stdin, env=env, catch_exceptions=False)


def assert_nothing_written(env: dict[str, str]) -> None:
    """No statistics and nothing of the question: only the knowledge base's vectors (a cache)."""
    data = Path(env["WEGWIJZER_DATA_DIR"])
    assert not data.exists() or [p.name for p in data.iterdir()] == [CACHE_FILE]


def small_kb(tmp_path: Path, **changes: object) -> Path:
    root = tmp_path / "kb"
    (root / "services").mkdir(parents=True)
    for name in ("themes.yaml", "gemeente.yaml", "synonyms.yaml"):
        shutil.copy(KNOWLEDGE / name, root / name)
    shutil.copy(KNOWLEDGE / "services" / "mantelzorg.yaml", root / "services" / "mantelzorg.yaml")
    data = yaml.safe_load((KNOWLEDGE / "services" / "schuldhulp.yaml").read_text(encoding="utf-8")) | changes
    (root / "services" / "schuldhulp.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                                                       encoding="utf-8")
    return root


# --- ask -----------------------------------------------------------------------------------

def test_ask_prints_the_reply(env: dict[str, str]) -> None:
    result = run(["ask", "ik heb schulden en de deurwaarder komt"], env)
    assert result.exit_code == 0
    assert "schulden" in result.output and "Incluzio" in result.output
    assert not result.output.lstrip().startswith("{")
    assert_nothing_written(env)


def test_ask_json_prints_one_contract_object(env: dict[str, str]) -> None:
    result = run(["ask", "--json", "ik heb schulden en de deurwaarder komt"], env)
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert CONTRACT_KEYS <= set(data)
    assert data["service"] == "schuldhulp" and data["theme"] == "zelfstandig-leven"
    assert data["question"] == "ik heb schulden en de deurwaarder komt"
    assert data["crisis"] is False and data["clarify"] is False
    assert 0 <= data["confidence"] <= 1 and len(data["alternatives"]) <= 3


def test_ask_json_crisis(env: dict[str, str]) -> None:
    data = json.loads(run(["ask", "--json", "ik wil niet meer leven"], env).output)
    assert data["crisis"] is True and data["service"] == "zelfmoordpreventie"
    assert "0800-0113" in data["answer"].splitlines()[0]


def test_batch_prints_json_lines_in_order(env: dict[str, str]) -> None:
    questions = ["ik heb schulden", "", "waar kan ik mijn paspoort verlengen", "mijn man slaat me"]
    result = run(["ask", "--json"], env, stdin="\n".join(questions) + "\n")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.strip().splitlines()]
    assert [r["question"] for r in rows] == [q for q in questions if q]  # the empty line is skipped
    assert all(CONTRACT_KEYS <= set(r) for r in rows)
    assert rows[1]["service"] is None and rows[2]["crisis"] is True
    assert_nothing_written(env)


def test_batch_without_json_flag_still_prints_json_lines(env: dict[str, str]) -> None:
    result = run(["ask"], env, stdin="ik heb schulden\nhallo\n")
    rows = [json.loads(line) for line in result.output.strip().splitlines()]
    assert [r["question"] for r in rows] == ["ik heb schulden", "hallo"]


def test_explain_shows_candidates_scores_and_words(env: dict[str, str]) -> None:
    result = run(["ask", "--explain", "ik heb schulden en de deurwaarder komt"], env)
    assert result.exit_code == 0
    assert "[answered]" in result.output
    line = next(l for l in result.output.splitlines() if l.strip().startswith("schuldhulp"))
    assert "score" in line and "deurwaarder" in line


def test_explain_json_has_explanation(env: dict[str, str]) -> None:
    data = json.loads(run(["ask", "--json", "--explain", "ik heb schulden"], env).output)
    assert data["explanation"][0]["service"] == "schuldhulp" and data["reason"]


def test_knowledge_dir_from_environment(tmp_path: Path, env: dict[str, str]) -> None:
    root = small_kb(tmp_path, answer="Dit antwoord komt uit de testmap. Vraag hulp.")
    env = env | {"WEGWIJZER_KNOWLEDGE_DIR": str(root)}
    data = json.loads(run(["ask", "--json", "de deurwaarder komt"], env).output)
    assert data["service"] == "schuldhulp"
    assert "uit de testmap" in data["answer"]
    other = json.loads(run(["ask", "--json", "ik zoek vrijwilligerswerk"], env).output)
    assert other["service"] != "vrijwilligerswerk"  # not in this knowledge base


def test_broken_knowledge_dir_is_a_clear_error(tmp_path: Path, env: dict[str, str]) -> None:
    root = small_kb(tmp_path, theme="nergens")
    result = run(["ask", "hallo"], env | {"WEGWIJZER_KNOWLEDGE_DIR": str(root)})
    assert result.exit_code == 1
    assert "schuldhulp.yaml:" in result.output and "nergens" in result.output


def test_bad_setting_is_a_clear_error(env: dict[str, str]) -> None:
    result = run(["ask", "hallo"], env | {"WEGWIJZER_RATE_LIMIT": "veel"})
    assert result.exit_code != 0 and "WEGWIJZER_RATE_LIMIT" in result.output


# --- check -----------------------------------------------------------------------------------

def test_check_shipped_knowledge_exits_0(env: dict[str, str]) -> None:
    result = run(["check", str(KNOWLEDGE)], env)
    assert result.exit_code == 0, result.output
    assert "0 fout(en)" in result.output


def test_check_broken_dir_exits_1_with_file_and_line(tmp_path: Path, env: dict[str, str]) -> None:
    root = small_kb(tmp_path, doel="sl-1")
    text = (root / "services" / "schuldhulp.yaml").read_text(encoding="utf-8")
    line = next(n for n, l in enumerate(text.splitlines(), 1) if l.startswith("doel:"))
    result = run(["check", str(root)], env)
    assert result.exit_code == 1
    assert f"schuldhulp.yaml:{line}: fout:" in result.output


def test_check_strict_counts_warnings(tmp_path: Path, env: dict[str, str]) -> None:
    root = small_kb(tmp_path)  # the contact fields are still IN TE VULLEN: warnings only
    assert run(["check", str(root)], env).exit_code == 0
    assert run(["check", "--strict", str(root)], env).exit_code == 1


# --- eval ------------------------------------------------------------------------------------

def test_eval_json_prints_the_three_systems(tmp_path: Path, env: dict[str, str]) -> None:
    path = tmp_path / "vragen.jsonl"
    rows = [{"q": "ik heb schulden", "expect": ["schuldhulp"], "crisis": False, "kind": "direct"},
            {"q": "ik wil niet meer leven", "expect": ["zelfmoordpreventie"], "crisis": True, "kind": "crisis"},
            {"q": "paspoort verlengen", "expect": [], "crisis": False, "kind": "buiten"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = run(["eval", str(path), "--json"], env)
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["n"] == 3
    for system in ("wegwijzer", "rapidfuzz", "bm25"):
        assert data[system]["n"] == 3
        for metric in ("top1", "top3", "crisis_recall", "false_crisis", "out_of_scope_declined"):
            assert 0 <= data[system][metric] <= 1
    assert_nothing_written(env)


def test_eval_bad_line_names_file_and_line(tmp_path: Path, env: dict[str, str]) -> None:
    path = tmp_path / "vragen.jsonl"
    path.write_text('{"q": "ik heb schulden", "expect": ["schuldhulp"]}\nkapot\n', encoding="utf-8")
    result = run(["eval", str(path)], env)
    assert result.exit_code == 1 and f"{path}:2:" in result.output


def test_eval_text_table(tmp_path: Path, env: dict[str, str]) -> None:
    path = tmp_path / "vragen.jsonl"
    path.write_text('{"q": "ik heb schulden", "expect": ["schuldhulp"], "kind": "direct"}\n', encoding="utf-8")
    result = run(["eval", str(path)], env)
    assert result.exit_code == 0
    assert all(name in result.output for name in ("wegwijzer", "rapidfuzz", "bm25", "top1", "direct"))


# --- one real process ------------------------------------------------------------------------

def test_installed_command_batch_mode(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("WEGWIJZER_", "TELEGRAM_"))}
    environment |= {"WEGWIJZER_KNOWLEDGE_DIR": str(KNOWLEDGE), "WEGWIJZER_DATA_DIR": str(data_dir)}
    done = subprocess.run([str(REPO / ".venv" / "bin" / "wegwijzer"), "ask", "--json"],
                          input="ik heb schulden\n\nik wil niet meer leven\nhallo\n", capture_output=True,
                          text=True, env=environment, cwd=tmp_path, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["question"] for r in rows] == ["ik heb schulden", "ik wil niet meer leven", "hallo"]
    assert rows[0]["service"] == "schuldhulp" and rows[1]["crisis"] is True
    assert all(CONTRACT_KEYS <= set(r) for r in rows)
    assert not data_dir.exists() or [p.name for p in data_dir.iterdir()] == [CACHE_FILE]
    assert sorted(p.name for p in tmp_path.iterdir()) in ([], ["data"])  # nothing written in cwd


def test_staff_add_reads_the_password_from_stdin_and_lists_without_it(env):
    added = run(["staff", "add", "Anna", "--role", "redacteur"], env, stdin="een-lang-wachtwoord\n")
    assert added.exit_code == 0, added.output
    assert "anna" in added.output and "redacteur" in added.output
    listed = run(["staff", "list"], env)
    assert listed.output.strip() == "anna\tredacteur" and "wachtwoord" not in listed.output
    short = run(["staff", "add", "bert", "--role", "beleid"], env, stdin="kort\n")
    assert short.exit_code == 1 and "minstens 12 tekens" in short.output
    wrong = run(["staff", "add", "bert", "--role", "baas"], env, stdin="een-lang-wachtwoord\n")
    assert wrong.exit_code == 2 and "redacteur" in wrong.output
    assert run(["staff", "remove", "anna"], env).exit_code == 0
    assert "nog geen accounts" in run(["staff", "list"], env).output


def test_staff_link_writes_a_private_file(env):
    result = run(["staff", "link"], env)
    assert result.exit_code == 0, result.output
    path = Path(result.output.split(" staat in ")[1].split(" (")[0])
    assert path.stat().st_mode & 0o777 == 0o600 and "token=" in path.read_text()
    assert "token=" not in result.output  # only the path is shown
