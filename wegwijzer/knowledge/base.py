"""Load the YAML knowledge base into immutable, validated models.

Every problem is reported as a `Problem` with the file and line, in words a staff
member can act on. Loading never raises for content errors: it returns what it could
load plus the problems, so `wegwijzer check` can list them all at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from wegwijzer.knowledge.contacts import TO_FILL, Contact, Line, Sourced
from wegwijzer.knowledge.entries import Entry
from wegwijzer.knowledge.yamlfile import Problem, read_yaml, validate

__all__ = ["TO_FILL", "Contact", "KnowledgeBase", "KnowledgeError", "Problem", "Service", "Sourced"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Doel(_Model):
    id: str
    title: str


class Theme(_Model):
    id: str
    title: str
    opgave: str = ""
    doelen: tuple[Doel, ...]


class Source(_Model):
    document: str
    section: str


class Service(_Model):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    title: str
    summary: str
    theme: str
    doel: str
    answer: str
    next_step: str
    contact: Contact
    words: tuple[str, ...] = Field(min_length=3)
    examples: tuple[str, ...] = Field(min_length=8)
    sources: tuple[Source, ...] = Field(min_length=1)
    last_checked: dt.date
    crisis: bool = False
    # For a child or teenager who writes: the same help, said with "je" (optional).
    answer_young: str = ""
    next_step_young: str = ""
    entries: tuple[Entry, ...] = ()  # specific questions with their own short answer

    @field_validator("words", "examples")
    @classmethod
    def _no_empty(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not v.strip() for v in value):
            raise ValueError("er staat een lege regel in de lijst")
        return value


# The id of a topic outside the social domain ("buiten:paspoort"), in the ranking, the semantic layer
# and the lines of gemeente.yaml (it cannot clash with a service id).
OUT_OF_SCOPE_PREFIX = "buiten:"


class OutOfScopeTopic(_Model):
    id: str
    title: str
    words: tuple[str, ...] = Field(min_length=1)
    where: str | None = None  # who helps instead, when that is not the municipality
    examples: tuple[str, ...] = ()  # questions residents ask about it, compared by meaning


class Municipality(_Model):
    name: str
    contact: Contact | None = None
    children_line: Line | None = None  # named in every answer to a child or teenager
    out_of_scope: tuple[OutOfScopeTopic, ...] = ()


@dataclass(frozen=True)
class KnowledgeBase:
    """The whole knowledge base: themes, services, shared synonyms, municipality."""

    themes: tuple[Theme, ...]
    services: tuple[Service, ...]
    synonyms: dict[str, str]
    municipality: Municipality
    lines: dict[tuple[str, str], tuple[str, int]]  # (service id, field) -> (file, line)
    languages: dict[str, Any] = field(default_factory=dict)  # code -> translations.LanguagePack

    def service(self, service_id: str) -> Service:
        """The service with this id (KeyError when there is none)."""
        for service in self.services:
            if service.id == service_id:
                return service
        raise KeyError(service_id)

    def theme(self, theme_id: str) -> Theme:
        """The theme with this id (KeyError when there is none)."""
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    def where(self, service_id: str, field: str = "id") -> tuple[str, int]:
        """File and line of a service's field, for messages to staff."""
        return self.lines.get((service_id, field)) or self.lines.get((service_id, "id"), ("?", 0))


class KnowledgeError(Exception):
    """The knowledge base cannot be used; `problems` says where and why."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


# --- the whole knowledge base ------------------------------------------------------

def _load_services(root: Path) -> tuple[list[Service], dict[tuple[str, str], tuple[str, int]], list[Problem]]:
    services: list[Service] = []
    where: dict[tuple[str, str], tuple[str, int]] = {}
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    files = sorted((root / "services").glob("*.yaml")) + sorted((root / "services").glob("*.yml"))
    for path in files:
        display = str(path.relative_to(root.parent) if root.parent in path.parents else path)
        data, lines, found = read_yaml(path, display)
        problems += found
        if data is None:
            continue
        if not isinstance(data, dict):
            problems.append(Problem(display, 1, "een dienst moet een lijst velden zijn (naam: waarde)"))
            continue
        service, found = validate(Service, data, display, lines)
        problems += found
        if service is None:
            continue
        if service.id in seen:
            problems.append(Problem(display, lines.get(("id",), 1),
                                    f"de id '{service.id}' bestaat al in {seen[service.id]}; kies een andere id"))
            continue
        seen[service.id] = display
        if path.stem != service.id:
            problems.append(Problem(display, lines.get(("id",), 1),
                                    f"de bestandsnaam hoort '{service.id}.yaml' te zijn", "waarschuwing"))
        for key in list(data):
            where[(service.id, str(key))] = (display, lines.get((key,), 1))
        for i in range(len(service.examples)):
            where[(service.id, f"examples.{i}")] = (display, lines.get(("examples", i), 1))
        for key in ("website", "phone", "address", "hours", "email", "lines"):
            where[(service.id, f"contact.{key}")] = (display, lines.get(("contact", key), lines.get(("contact",), 1)))
        services.append(service)
    return services, where, problems


def _load_list(root: Path, name: str, key: str, model: type[_Model]) -> tuple[list[Any], list[Problem]]:
    path = root / name
    display = f"{root.name}/{name}"
    if not path.exists():
        return [], [Problem(display, 1, f"het bestand {name} ontbreekt")]
    data, lines, problems = read_yaml(path, display)
    if data is None:
        return [], problems
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        return [], problems + [Problem(display, 1, f"het bestand moet beginnen met '{key}:' en een lijst")]
    items = []
    for i, item in enumerate(data[key]):
        value, found = validate(model, item, display, lines, (key, i))
        problems += found
        if value is not None:
            items.append(value)
    return items, problems


def _load_synonyms(root: Path) -> tuple[dict[str, str], list[Problem]]:
    display = f"{root.name}/synonyms.yaml"
    path = root / "synonyms.yaml"
    if not path.exists():
        return {}, []
    data, lines, problems = read_yaml(path, display)
    if data is None:
        return {}, problems
    table = data.get("synonyms") if isinstance(data, dict) else None
    if not isinstance(table, dict):
        return {}, problems + [Problem(display, 1, "het bestand moet beginnen met 'synonyms:' "
                                                   "en daaronder 'woord: betekenis'")]
    out: dict[str, str] = {}
    for word, meaning in table.items():
        if not isinstance(word, str) or not isinstance(meaning, str) or not meaning.strip():
            problems.append(Problem(display, lines.get(("synonyms", word), 1),
                                    f"'{word}': schrijf het als 'woord: betekenis' (beide tekst)"))
            continue
        out[word.strip().lower()] = meaning.strip().lower()
    return out, problems


def _load_municipality(root: Path, where: dict[tuple[str, str], tuple[str, int]]
                       ) -> tuple[Municipality | None, list[Problem]]:
    """gemeente.yaml; the line of each out-of-scope example goes into `where` ("buiten:<topic>")."""
    display = f"{root.name}/gemeente.yaml"
    path = root / "gemeente.yaml"
    if not path.exists():
        return None, [Problem(display, 1, "het bestand gemeente.yaml ontbreekt")]
    data, lines, problems = read_yaml(path, display)
    if data is None:
        return None, problems
    municipality, found = validate(Municipality, data, display, lines)
    for i, topic in enumerate(municipality.out_of_scope if municipality else ()):
        for j in range(len(topic.examples)):
            where[(OUT_OF_SCOPE_PREFIX + topic.id, f"examples.{j}")] = (display, lines.get(("out_of_scope", i, "examples", j), 1))
    return municipality, problems + found


def _cross_check(themes: list[Theme], services: list[Service],
                 where: dict[tuple[str, str], tuple[str, int]]) -> list[Problem]:
    problems = []
    doelen = {t.id: {d.id for d in t.doelen} for t in themes}
    for service in services:
        file, line = where.get((service.id, "theme"), ("?", 1))
        if service.theme not in doelen:
            problems.append(Problem(file, line, f"het thema '{service.theme}' bestaat niet; kies uit: "
                                                + ", ".join(sorted(doelen))))
        elif service.doel not in doelen[service.theme]:
            file, line = where.get((service.id, "doel"), (file, line))
            problems.append(Problem(file, line, f"het doel '{service.doel}' hoort niet bij thema "
                                                f"'{service.theme}'; kies uit: " + ", ".join(sorted(doelen[service.theme]))))
    return problems


def load_knowledge(root: Path) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Load a knowledge directory; returns (knowledge base or None, problems)."""
    root = Path(root)
    if not root.is_dir():
        return None, [Problem(str(root), 0, "deze map bestaat niet")]
    themes, problems = _load_list(root, "themes.yaml", "themes", Theme)
    services, where, found = _load_services(root)
    problems += found
    synonyms, found = _load_synonyms(root)
    problems += found
    municipality, found = _load_municipality(root, where)
    problems += found + _cross_check(themes, services, where)
    # Imported here: translations builds on this module's models and YAML reader.
    from wegwijzer.knowledge.translations import load_languages, translation_problems
    languages, language_lines, found = load_languages(root)
    problems += found + translation_problems(tuple(services), languages, language_lines)
    if not services:
        problems.append(Problem(f"{root.name}/services", 0, "er staan geen diensten in deze map"))
    if any(p.severity == "fout" for p in problems) or municipality is None:
        return None, problems
    return KnowledgeBase(tuple(themes), tuple(services), synonyms, municipality, where, languages), problems


def load_or_raise(root: Path) -> KnowledgeBase:
    """Load a knowledge directory or raise KnowledgeError listing every error."""
    kb, problems = load_knowledge(root)
    if kb is None:
        raise KnowledgeError([p for p in problems if p.severity == "fout"])
    return kb
