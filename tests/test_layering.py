"""The layering rules, read from the source with ast. Dependencies flow one way:
channels (web, telegram, cli, stats, staff) -> the assistant and what runs it (checks, reload,
knowledge_trial) -> understanding / safety / knowledge -> text. Channels never reach past the
assistant into safety or understanding; the three core packages never import the assistant
or a channel; text, settings and answer import nothing of wegwijzer."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "wegwijzer"
CORE_PACKAGES = ("understanding", "safety", "knowledge")
CHANNELS = ("web", "telegram", "stats", "staff", "cli.py")
CHANNEL_PACKAGES = ("wegwijzer.web", "wegwijzer.telegram", "wegwijzer.cli", "wegwijzer.stats", "wegwijzer.staff")
# What a channel may import of the core: the assistant and its answer, settings, the events seam,
# what runs the assistant for staff (check, live reload, trying an edit) and the knowledge base
# itself (/beheer edits its files; the statistics label services by their titles).
CHANNEL_MAY_USE = ("wegwijzer.answer", "wegwijzer.assistant", "wegwijzer.settings", "wegwijzer.events",
                   "wegwijzer.checks", "wegwijzer.reload", "wegwijzer.knowledge_trial", "wegwijzer.knowledge",
                   "wegwijzer.stats", "wegwijzer.staff")
# The packages below the assistant, and what each may import (itself included).
BELOW_THE_ASSISTANT = {
    "knowledge": ("wegwijzer.knowledge", "wegwijzer.text"),
    "understanding": ("wegwijzer.understanding", "wegwijzer.knowledge", "wegwijzer.text", "wegwijzer.settings"),
    "safety": ("wegwijzer.safety", "wegwijzer.understanding", "wegwijzer.text", "wegwijzer.settings"),
}
# A build-time script, never imported at run time: it reads the question sets with eval's reader.
EXCEPTIONS = {("safety/knn_train.py", "wegwijzer.evaluation")}
LEAVES = ("text.py", "settings.py", "answer.py")  # everyone imports these; they import nothing of ours


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> set[str]:
    """Every module a file imports (top level or inside functions), absolute names."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            # `from wegwijzer import matching` imports the module wegwijzer.understanding.matching
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def reaches(imported: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(name for name in imported for bad in forbidden
                  if name == bad or name.startswith(bad + "."))


def files(*relative: str) -> list[Path]:
    out: list[Path] = []
    for rel in relative:
        path = PACKAGE / rel
        out += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return out


def core_files() -> list[Path]:
    """Every top-level module that is not an entry point, and the core packages."""
    top = [p for p in sorted(PACKAGE.glob("*.py")) if p.stem not in ("cli", "__main__", "__init__")]
    return top + files(*CORE_PACKAGES)


def ours(path: Path) -> set[str]:
    """The wegwijzer modules a file imports."""
    return {name for name in imports(path) if name.startswith("wegwijzer.")}


def test_the_core_packages_are_checked() -> None:
    checked = core_files()
    for package in CORE_PACKAGES:
        assert (PACKAGE / package / "__init__.py") in checked
    assert PACKAGE / "understanding" / "matching.py" in checked and PACKAGE / "safety" / "rules.py" in checked


def test_import_reader_sees_late_imports() -> None:
    # the reader itself: a check that sees nothing would pass on anything
    web = PACKAGE / "web" / "app.py"
    assert "wegwijzer.assistant" in imports(web)
    assert "wegwijzer.telegram" in imports(web)  # imported inside a function
    assert "wegwijzer.safety.rules" in imports(PACKAGE / "safety" / "check.py")  # from wegwijzer.safety import rules
    assert reaches({"wegwijzer.safety.check", "wegwijzer.web.app"}, ("wegwijzer.web",)) == ["wegwijzer.web.app"]
    assert reaches({"wegwijzer.safetynet"}, ("wegwijzer.safety",)) == []


@pytest.mark.parametrize("path", core_files(), ids=lambda p: module_name(p))
def test_core_never_imports_a_channel(path: Path) -> None:
    assert reaches(imports(path), CHANNEL_PACKAGES) == []


@pytest.mark.parametrize("path", files(*CORE_PACKAGES), ids=lambda p: module_name(p))
def test_below_the_assistant_only_what_lies_lower(path: Path) -> None:
    # no assistant, no channel, nothing above: understanding may read knowledge, safety may read understanding
    package = path.relative_to(PACKAGE).parts[0]
    allowed = BELOW_THE_ASSISTANT[package]
    rel = path.relative_to(PACKAGE).as_posix()
    excepted = tuple(name for where, name in EXCEPTIONS if where == rel)
    wrong = [name for name in sorted(ours(path)) if not reaches({name}, allowed + excepted)]
    assert wrong == []


@pytest.mark.parametrize("name", LEAVES)
def test_leaves_import_nothing_of_wegwijzer(name: str) -> None:
    assert ours(PACKAGE / name) == set()


# The web app may import wegwijzer.telegram: `wegwijzer serve` also serves the bot by webhook
# when TELEGRAM_WEBHOOK_URL is set; cli starts both and runs `wegwijzer eval`.
@pytest.mark.parametrize("path", files(*CHANNELS), ids=lambda p: module_name(p))
def test_channels_use_the_assistant_not_what_lies_below_it(path: Path) -> None:
    own = "wegwijzer." + path.relative_to(PACKAGE).with_suffix("").parts[0]
    extra = {"wegwijzer.web": ("wegwijzer.telegram",),
             "wegwijzer.cli": ("wegwijzer.web", "wegwijzer.telegram", "wegwijzer.evaluation")}.get(own, ())
    allowed = CHANNEL_MAY_USE + (own,) + extra
    assert [name for name in sorted(ours(path)) if not reaches({name}, allowed)] == []
    assert reaches(imports(path), ("wegwijzer.safety", "wegwijzer.understanding", "wegwijzer.text")) == []


# cli starts the web server (`wegwijzer serve`), so only the bot is held to this.
@pytest.mark.parametrize("path", files("telegram"), ids=lambda p: module_name(p))
def test_telegram_does_not_import_the_web(path: Path) -> None:
    assert reaches(imports(path), ("wegwijzer.web",)) == []


@pytest.mark.parametrize("path", files("stats"), ids=lambda p: module_name(p))
def test_statistics_do_not_import_the_assistant_or_channels(path: Path) -> None:
    # stats keeps its own word list and lemmatises with simplemma itself; it does not use
    # wegwijzer.text either, so changes to the matcher's normalisation cannot change what is counted
    forbidden = ("wegwijzer.assistant", "wegwijzer.web", "wegwijzer.telegram", "wegwijzer.cli", "wegwijzer.staff")
    assert reaches(imports(path), forbidden) == []


def test_every_exception_is_still_needed() -> None:
    # an exception nobody needs any more would quietly allow the import again
    for rel, name in EXCEPTIONS:
        assert name in ours(PACKAGE / rel), rel
