"""Edit one service file from plain form fields, keeping the file's comments and order.

The editor in /beheer/kennisbank/<id> shows a service as a few text boxes; this module
turns the file into those values and back. It uses ruamel.yaml's round trip, so a
comment, the order of the keys and the fields the form does not show (theme, sources,
entries, the text for children) stay exactly as they were; only a changed field is
written again. Files are replaced atomically (a temporary file, then os.replace), so
the live reload never reads half a file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import io
import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML, YAMLError
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from wegwijzer.knowledge.contacts import DATE, FIELDS, TO_FILL
from wegwijzer.knowledge.edit_entries import EntryForm, apply_entries, entries_text

TEXTS = {"titel": "title", "omschrijving": "summary", "antwoord": "answer", "volgende_stap": "next_step"}
LISTS = {"woorden": "words", "voorbeeldvragen": "examples"}
SOURCE_PARTS = {"waarde": "value", "bron": "source", "datum": "date", "betrouwbaarheid": "grade"}
CONTACT_NAMES = {"phone": "Telefoon", "address": "Adres", "hours": "Openingstijden", "website": "Website",
                 "email": "E-mail"}
PART_NAMES = {"waarde": "", "bron": "bron", "datum": "datum van de bron", "betrouwbaarheid": "betrouwbaarheid"}
LABELS = {"titel": "Titel", "omschrijving": "Korte omschrijving", "antwoord": "Antwoord",
          "volgende_stap": "Volgende stap", "organisatie": "Organisatie"} | {
    f"{key}_{part}": f"{name} {PART_NAMES[part]}".strip()
    for key, name in CONTACT_NAMES.items() for part in SOURCE_PARTS} | {
    "woorden": "Woorden van inwoners", "voorbeeldvragen": "Voorbeeldvragen",
    "vragen": "Concrete vragen", "last_checked": "Datum laatste controle"}


# Characters YAML cannot carry in a file (control characters, lone surrogates, a BOM inside)
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\x85\u2028\u2029]")


def safe_text(value: str) -> str:
    """Form text as YAML can store it: ordinary line breaks, no control characters, no tabs."""
    return _UNSAFE.sub("", _LINE_BREAKS.sub("\n", value).replace("\t", " "))


def yaml_round_trip() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line that was one line
    yaml.indent(mapping=2, sequence=4, offset=2)  # the style of knowledge/services/*.yaml
    return yaml


def parse(content: str) -> CommentedMap:
    """The round-trip data of a service file (ValueError when it cannot be read as one)."""
    try:
        data = yaml_round_trip().load(content)
    except YAMLError as exc:
        raise ValueError(f"de YAML klopt niet ({getattr(exc, 'problem', None) or exc})") from exc
    if not isinstance(data, CommentedMap):
        raise ValueError("een dienst moet een lijst velden zijn (naam: waarde)")
    return data


def digest(content: str) -> str:
    """The hash the edit form carries, to notice a change made since it was opened."""
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _text(value: Any) -> str:
    return "" if value is None or value == TO_FILL else str(value).strip()


def form_values(data: Mapping[str, Any]) -> dict[str, str]:
    """The service as the edit form shows it: one string per form field."""
    values = {name: _text(data.get(key)) for name, key in TEXTS.items()}
    values |= {name: "\n".join(_text(v) for v in data.get(key) or ()) for name, key in LISTS.items()}
    contact = data.get("contact") or {}
    values["organisatie"] = _text(contact.get("organisation"))
    for key in FIELDS:
        fact = contact.get(key)
        for part, sub in SOURCE_PARTS.items():
            values[f"{key}_{part}"] = _text(fact.get(sub)) if isinstance(fact, Mapping) else (
                _text(fact) if part == "waarde" else "")
    values["vragen"] = entries_text(data)  # shown in the history's comparison, not as one box
    values["last_checked"] = _text(data.get("last_checked"))
    return values


def fact_problems(values: Mapping[str, str]) -> dict[str, list[str]]:
    """Contact facts filled in without a usable source, per form field, in plain Dutch."""
    out: dict[str, list[str]] = {}
    for key, name in CONTACT_NAMES.items():
        get = {part: values.get(f"{key}_{part}", "").strip() for part in SOURCE_PARTS}
        if not get["waarde"]:
            continue
        if not get["bron"].startswith(("http://", "https://")) or " " in get["bron"]:
            out.setdefault(f"{key}_bron", []).append(f"{name}: vul het webadres van de bron in (begint met https://)")
        if not DATE.match(get["datum"]):
            out.setdefault(f"{key}_datum", []).append(f"{name}: schrijf de datum als 2024-05-01, 2024-05 of 2024, "
                                                      "of schrijf: zonder datum")
        if get["betrouwbaarheid"] not in ("A", "B", "C"):
            out.setdefault(f"{key}_betrouwbaarheid", []).append(f"{name}: kies hoe betrouwbaar de bron is")
    return out


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def _clean(value: str) -> str:
    return "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").strip().split("\n"))


def _set_text(data: CommentedMap, key: str, value: str) -> None:
    old = data.get(key)
    if _text(old) == value:
        return
    data[key] = LiteralScalarString(value + "\n") if "\n" in value or isinstance(old, LiteralScalarString) \
        else value


def _set_list(data: CommentedMap, key: str, items: list[str]) -> None:
    seq = data.get(key)
    if seq is None or [_text(v) for v in seq] == items:
        if seq is None and items:
            data[key] = items
        return
    del seq[len(items):]  # changed in place: the comments around the list stay
    for i, item in enumerate(items):
        if i < len(seq):
            seq[i] = item
        else:
            seq.append(item)


def _set_fact(contact: CommentedMap, key: str, parts: dict[str, str]) -> None:
    if not parts["value"]:
        contact.pop(key, None)  # an empty field means "still to fill in", the default
        return
    fact = contact.get(key)
    if not isinstance(fact, CommentedMap):
        fact = contact[key] = CommentedMap()
    for sub, value in parts.items():
        if _text(fact.get(sub)) != value:
            # quoted: a bare 2024-05-01 would be read back as a date, not as text
            fact[sub] = DoubleQuotedScalarString(value) if sub in ("value", "date") else value


def apply(data: CommentedMap, values: Mapping[str, str], today: dt.date | None = None) -> None:
    """Write the form's values into the service data; only changed fields are touched."""
    values = {name: safe_text(value) for name, value in values.items()}
    for name, key in TEXTS.items():
        _set_text(data, key, _clean(values.get(name, "")))
    for name, key in LISTS.items():
        _set_list(data, key, _lines(values.get(name, "")))
    contact = data.setdefault("contact", CommentedMap())
    if _text(contact.get("organisation")) != values.get("organisatie", "").strip():
        contact["organisation"] = values.get("organisatie", "").strip()
    for key in FIELDS:
        _set_fact(contact, key, {sub: values.get(f"{key}_{part}", "").strip() for part, sub in SOURCE_PARTS.items()})
    if today is not None:
        data["last_checked"] = today


def render(content: str, values: Mapping[str, str], today: dt.date | None = None,
           entries: list[EntryForm] | None = None) -> str:
    """The file's new text: `content` with the form's values (and entries, if given) applied (round trip)."""
    data = parse(content)
    apply(data, values, today)
    if entries is not None:
        apply_entries(data, [EntryForm(e.number, e.index, {k: safe_text(v) for k, v in e.values.items()}, e.remove)
                             for e in entries])
    out = io.StringIO()
    yaml_round_trip().dump(data, out)
    return out.getvalue()


@dataclass(frozen=True)
class Change:
    """One field that differs between two versions, for staff."""

    label: str
    old: str
    new: str


def changes(old: Mapping[str, str], new: Mapping[str, str]) -> list[Change]:
    """The fields that differ, in the order of the form."""
    return [Change(label, old.get(name, ""), new.get(name, "")) for name, label in LABELS.items()
            if old.get(name, "").strip() != new.get(name, "").strip()]


def content_changes(old: str, new: str) -> list[Change]:
    """Per-field differences between two file texts (a text that cannot be read counts as empty)."""
    def values(content: str) -> dict[str, str]:
        try:
            return form_values(parse(content))
        except Exception:  # noqa: BLE001 - an old broken version still shows as a difference
            return {}
    return changes(values(old), values(new))


@contextlib.contextmanager
def locked(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on a folder: one publication at a time on this machine."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def write_atomically(path: Path, content: str) -> None:
    """Replace a file in one step: the live reload sees the old text or the new, never half."""
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(name, mode)
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
