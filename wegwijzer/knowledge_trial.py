"""Try a changed service before it is published: every check, and the answer as residents see it.

The changed file is written into a temporary copy of the knowledge folder and checked
there exactly as `wegwijzer check` (check_directory) and the live reload check it, so
what passes here is what the running server accepts. Each problem in the service's own
file is tied to the form field it is about (by its line), so the editor can show it
next to that field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wegwijzer.assistant import Assistant
from wegwijzer.checks import check_knowledge
from wegwijzer.knowledge.contacts import FIELDS
from wegwijzer.knowledge.edit import CONTACT_NAMES, fact_problems
from wegwijzer.knowledge.base import load_knowledge
from wegwijzer.knowledge.yamlfile import Problem, read_yaml
from wegwijzer.knowledge.readability import Readability, measure
from wegwijzer.understanding.embedder import VectorCache

# top-level key of a service file -> the form field its problems are shown beside
_FORM_FIELD = {"title": "titel", "summary": "omschrijving", "answer": "antwoord", "next_step": "volgende_stap",
               "contact": "organisatie", "words": "woorden", "examples": "voorbeeldvragen",
               "last_checked": "last_checked", "entries": "vragen", "id": "id", "theme": "thema", "doel": "doel",
               "sources": "bron"}
OUTCOME_WORDS = {"fallback": "geen antwoord", "clarify": "een keuzevraag"}
# the YAML names that start some check messages; beside the field they only get in the way
_PREFIX = re.compile(r"^(title|summary|answer|next_step|entries|contact\.(" + "|".join(CONTACT_NAMES) + r")): ")


@dataclass(frozen=True)
class Trial:
    """What the checks and the preview say about a changed service."""

    by_field: dict[str, list[Problem]]  # form field -> problems in the service's file
    general: list[Problem]  # problems that belong to no one field, or to other files
    readability: Readability
    preview: str | None = None  # the answer as the widget and Telegram show it
    elsewhere: list[tuple[str, str]] = field(default_factory=list)  # example question, where it goes now
    examples: int = 0

    @property
    def problems(self) -> list[Problem]:
        """Every problem, the general ones first."""
        return self.general + [p for found in self.by_field.values() for p in found]

    @property
    def errors(self) -> int:
        """How many problems are errors (a publication waits until there are none)."""
        return sum(p.severity == "fout" for p in self.problems)


def try_service(directory: Path, path: Path, content: str | None, service_id: str, answer: str,
                vectors: VectorCache | None = None, today: dt.date | None = None) -> Trial:
    """Check `content` as the new text of `path` (a file in `directory`) on a temporary copy;
    None: without that file (a service taken out of use)."""
    directory = Path(directory)
    relative = Path(path).relative_to(directory)
    with tempfile.TemporaryDirectory(prefix="wegwijzer-controle-") as scratch:
        copy = Path(scratch) / directory.name  # same folder name: messages name the same files
        shutil.copytree(directory, copy, ignore=shutil.ignore_patterns(".*"))
        if content is None:
            (copy / relative).unlink(missing_ok=True)
        else:
            (copy / relative).write_text(content, encoding="utf-8")
        display = f"{directory.name}/{relative.as_posix()}"
        kb, problems = load_knowledge(copy)
        preview, elsewhere, examples = None, [], 0
        if kb is not None:  # the same steps as check_directory, keeping the assistant for the preview
            assistant = Assistant(kb, vectors=vectors)
            problems = sorted(problems + check_knowledge(kb, assistant, today), key=lambda p: (p.file, p.line))
            preview, elsewhere, examples = _preview(assistant, service_id)
        fields = _field_lines(copy / relative, display) if content is not None else []
    mine = [p for p in problems if p.file == display]
    others = [p for p in problems if p.file != display and (p.severity == "fout" or service_id in p.message)]
    by_field: dict[str, list[Problem]] = {}
    general = list(others)
    for problem in mine:
        name = _field_of(fields, problem.line)
        problem = dataclasses.replace(problem, message=plain(problem.message))
        (by_field.setdefault(name, []) if name else general).append(problem)
    return Trial(by_field, general, measure(answer), preview, elsewhere, examples)


def form_trial(values: dict[str, str], display: str, extra: dict[str, list[str]] | None = None) -> Trial | None:
    """A trial of the form alone: contact facts (and `extra`, e.g. entries) not usable (None when all is well)."""
    found = fact_problems(values) | (extra or {})
    if not found:
        return None
    return Trial({name: [Problem(display, 0, message) for message in messages] for name, messages in found.items()},
                 [], measure(values.get("antwoord", "")))


def plain(message: str) -> str:
    """A check message shown beside its field: without the YAML name of that field in front."""
    rest = _PREFIX.sub("", message)
    return rest[:1].upper() + rest[1:] if rest != message else message


def _preview(assistant: Assistant, service_id: str) -> tuple[str | None, list[tuple[str, str]], int]:
    """The answer text, and the example questions that would go somewhere else."""
    try:
        service = assistant.kb.service(service_id)
    except KeyError:
        return None, [], 0
    elsewhere = []
    titles = {s.id: s.title for s in assistant.kb.services}
    for question in service.examples:
        answer = assistant.ask(question)
        if answer.service != service_id:
            went = titles.get(answer.service or "", "") or OUTCOME_WORDS.get(answer.outcome, answer.outcome)
            elsewhere.append((question, went))
    return assistant.choose(service_id).answer, elsewhere, len(service.examples)


def _field_lines(path: Path, display: str) -> list[tuple[int, str]]:
    """(first line, form field) for each field of the file, in line order."""
    _, lines, _ = read_yaml(path, display)
    out: list[tuple[int, str]] = []
    for key, line in lines.items():
        if len(key) == 1:
            out.append((line, _FORM_FIELD.get(str(key[0]), "")))
        elif len(key) == 2 and key[0] == "contact" and key[1] in FIELDS:
            out.append((line, f"{key[1]}_waarde"))
        elif len(key) == 2 and key[0] == "contact":
            out.append((line, "organisatie"))
    return sorted(out)


def _field_of(fields: list[tuple[int, str]], line: int) -> str:
    """The form field of the last field that starts at or before `line` ('' for none)."""
    found = ""
    for start, name in fields:
        if start > line:
            break
        found = name
    return found


def summary(trial: Trial) -> dict[str, Any]:
    """Counts for the page's status line."""
    warnings = sum(p.severity == "waarschuwing" for p in trial.problems)
    return {"errors": trial.errors, "warnings": warnings, "elsewhere": len(trial.elsewhere),
            "examples": trial.examples}
