"""Read one YAML file with the line of every field, and say what is wrong in Dutch.

Staff edit these files by hand; every problem carries the file and line so they can find it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ValidationError

MAX_FILE_BYTES = 256 * 1024
MAX_DEPTH = 12


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or to be filled in) in the knowledge base."""

    file: str
    line: int
    message: str
    severity: Literal["fout", "waarschuwing"] = "fout"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.severity}: {self.message}"


class _SafeLoader(yaml.SafeLoader):
    """SafeLoader without aliases: anchors/aliases enable 'billion laughs' bombs."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: D401
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(None, None, "verwijzingen (*) zijn niet toegestaan",
                                       event.start_mark)
        return super().compose_node(parent, index)


def _node_lines(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], int],
                depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        raise ValueError("het bestand is te diep genest")
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            out[path + (key.value,)] = key.start_mark.line + 1
            _node_lines(value, path + (key.value,), out, depth + 1)
            out[path + (key.value,)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _node_lines(item, path + (i,), out, depth + 1)


def read_yaml(path: Path, display: str) -> tuple[Any, dict[tuple[Any, ...], int], list[Problem]]:
    """Parse one YAML file; returns data, a path -> line map, and problems."""
    try:
        if not path.is_file():  # a named pipe or device would block reading for good
            return None, {}, [Problem(display, 1, "dit is geen gewoon bestand; zet hier alleen YAML-bestanden")]
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, {}, [Problem(display, 1, f"het bestand is groter dan {MAX_FILE_BYTES // 1024} kB; "
                                                  "splits het of maak het korter")]
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, {}, [Problem(display, 1, "het bestand is geen UTF-8-tekst; sla het op als UTF-8")]
    except OSError as exc:
        return None, {}, [Problem(display, 1, f"het bestand kan niet gelezen worden ({exc.strerror})")]
    try:
        loader = _SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, {}, [Problem(display, 1, "het bestand is leeg")]
            lines: dict[tuple[Any, ...], int] = {}
            _node_lines(node, (), lines)
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = exc.problem or exc.context or "onbekende fout"
        return None, {}, [Problem(display, line, f"de YAML klopt niet ({what}); kijk naar inspringing, "
                                                 "dubbele punten en aanhalingstekens")]
    except RecursionError:
        return None, {}, [Problem(display, 1, "het bestand is te diep genest; gebruik hooguit "
                                              f"{MAX_DEPTH} niveaus inspringing")]
    except (yaml.YAMLError, ValueError) as exc:
        return None, {}, [Problem(display, 1, f"het bestand kan niet gelezen worden: {exc}")]
    return data, lines, []


_FIELD_NAMES = {
    "id": "id", "title": "titel (title)", "summary": "korte omschrijving (summary)",
    "theme": "thema (theme)", "doel": "doel", "answer": "antwoord (answer)",
    "next_step": "volgende stap (next_step)", "contact": "contact", "words": "woorden (words)",
    "examples": "voorbeeldvragen (examples)", "sources": "bronnen (sources)",
    "last_checked": "datum laatste controle (last_checked)",
}


def _explain(error: dict[str, Any]) -> str:
    loc = [str(p) for p in error["loc"]]
    field = _FIELD_NAMES.get(loc[0], loc[0]) if loc else "bestand"
    kind = error["type"]
    if kind == "missing":
        return f"het veld '{'.'.join(loc)}' ontbreekt"
    if kind == "extra_forbidden":
        return f"het veld '{'.'.join(loc)}' is onbekend (spelfout in de naam?)"
    if kind == "too_short":
        need = error.get("ctx", {}).get("min_length")
        return f"{field}: er zijn er te weinig; er zijn er minstens {need} nodig"
    if kind.startswith("date"):
        return f"{field}: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-23"
    if kind == "literal_error":
        return f"{'.'.join(loc)}: kies een van deze waarden: {error.get('ctx', {}).get('expected', '')}"
    if kind == "string_pattern_mismatch":
        return f"{field}: gebruik alleen kleine letters, cijfers en streepjes"
    return f"{field}: {error['msg']}"


def validate(model: type[BaseModel], data: Any, display: str,
             lines: dict[tuple[Any, ...], int], prefix: tuple[Any, ...] = ()) -> tuple[Any, list[Problem]]:
    """Validate data against a model; problems carry the line of the offending field."""
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = prefix + tuple(error["loc"])
            line = next((lines[loc[:i]] for i in range(len(loc), -1, -1) if loc[:i] in lines), 1)
            problems.append(Problem(display, line, _explain(error)))
        return None, problems
