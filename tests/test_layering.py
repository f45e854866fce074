"""The layering rules, read from the source with ast: the core never imports a channel,
channels never reach past the assistant into matching, text, safety or small talk."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "wegwijzer"
CORE = ("knowledge/base", "text", "understanding/matching", "safety/check", "safety/rules", "safety/signs", "safety/scan",
        "understanding/smalltalk", "assistant", "knowledge/readability", "checks", "evaluation", "answer", "settings",
        "events", "knowledge/contacts", "knowledge/entries", "replies", "safety/danger")
CHANNEL_PACKAGES = ("wegwijzer.web", "wegwijzer.telegram", "wegwijzer.cli", "wegwijzer.stats")
MATCHING_INTERNALS = ("wegwijzer.understanding.matching", "wegwijzer.text", "wegwijzer.safety.check", "wegwijzer.safety.rules",
                      "wegwijzer.safety.signs", "wegwijzer.safety.scan",
                      "wegwijzer.safety.model", "wegwijzer.safety.train", "wegwijzer.safety.knn",
                      "wegwijzer.safety.knn_train", "wegwijzer.understanding.smalltalk", "wegwijzer.understanding",
                      "wegwijzer.in_language", "wegwijzer.knowledge.translations", "wegwijzer.replies",
                      "wegwijzer.knowledge.entries", "wegwijzer.safety.danger")
CORE_PACKAGES = ("understanding", "safety", "knowledge")  # packages of the core (the channels are web, telegram, stats)


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
    """The named core modules, plus any other top-level module that is not an entry point."""
    named = [PACKAGE / f"{name}.py" for name in CORE]
    others = [p for p in sorted(PACKAGE.glob("*.py"))
              if p.stem not in CORE and p.stem not in ("cli", "__main__", "__init__")]
    return named + others + [p for package in CORE_PACKAGES for p in sorted((PACKAGE / package).rglob("*.py"))]


def test_the_core_packages_are_checked() -> None:
    assert PACKAGE / "understanding" / "embedder.py" in core_files()


def test_understanding_reads_no_safety_assistant_or_channel() -> None:
    # understanding/ is the bottom layer beside safety: it may use text and knowledge only
    allowed = ("wegwijzer.understanding", "wegwijzer.text", "wegwijzer.knowledge.base",
               "wegwijzer.settings")
    for path in files("understanding"):
        wegwijzer = {name for name in imports(path) if name.startswith("wegwijzer.")}
        assert reaches(wegwijzer, allowed) == sorted(wegwijzer), path


def test_the_modules_exist() -> None:
    for path in core_files():
        assert path.exists(), path
    assert (PACKAGE / "web").is_dir() and (PACKAGE / "telegram").is_dir() and (PACKAGE / "stats").is_dir()


def test_import_reader_sees_late_imports() -> None:
    # the reader itself: a check that sees nothing would pass on anything
    web = PACKAGE / "web" / "app.py"
    assert "wegwijzer.assistant" in imports(web)
    assert "wegwijzer.telegram" in imports(web)  # imported inside a function
    assert reaches({"wegwijzer.understanding.matching", "wegwijzer.web.app"}, ("wegwijzer.web",)) == ["wegwijzer.web.app"]


@pytest.mark.parametrize("path", core_files(), ids=lambda p: p.stem)
def test_core_never_imports_a_channel_or_the_statistics(path: Path) -> None:
    assert reaches(imports(path), CHANNEL_PACKAGES) == []


# The web app may import wegwijzer.telegram: `wegwijzer serve` also serves the bot by webhook
# when TELEGRAM_WEBHOOK_URL is set. Channels may use the statistics package.
@pytest.mark.parametrize("path", files("web", "telegram", "cli.py"), ids=lambda p: module_name(p))
def test_channels_never_import_matching_internals(path: Path) -> None:
    assert reaches(imports(path), MATCHING_INTERNALS) == []


# cli starts the web server (`wegwijzer serve`), so only the bot is held to this.
@pytest.mark.parametrize("path", files("telegram"), ids=lambda p: module_name(p))
def test_telegram_does_not_import_the_web(path: Path) -> None:
    assert reaches(imports(path), ("wegwijzer.web",)) == []


@pytest.mark.parametrize("path", files("stats"), ids=lambda p: module_name(p))
def test_statistics_do_not_import_matching_or_channels(path: Path) -> None:
    # stats keeps its own word list and lemmatises with simplemma itself; it does not use
    # wegwijzer.text either, so changes to the matcher's normalisation cannot change what is counted
    forbidden = MATCHING_INTERNALS + ("wegwijzer.web", "wegwijzer.telegram", "wegwijzer.cli")
    assert reaches(imports(path), forbidden) == []
