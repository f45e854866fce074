"""The specific question-answer entries of a service as form fields, and back into the file.

The edit page shows each entry (question, answer, example questions, source) as a few
text boxes numbered v1_, v2_, ... and one empty set to add an entry. Only a changed
part of an entry is written again (ruamel.yaml round trip), so comments stay. A form
that carries no entry fields (an older form, the review page) leaves the entries alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from wegwijzer.knowledge.contacts import DATE

PARTS = ("vraag", "antwoord", "voorbeelden", "url", "datum", "betrouwbaarheid")
# "Vraag 2: ..." in the form; never "Antwoord" or "Voorbeeldvragen", the names of the service's own boxes
PART_LABELS = {"vraag": "de vraag", "antwoord": "uitleg voor de inwoner",
               "voorbeelden": "andere manieren om het te vragen", "url": "bron (webadres)", "datum": "datum van de bron", "betrouwbaarheid": "betrouwbaarheid"}
COUNT_FIELD = "vragen_aantal"  # hidden: how many entries the form was opened with
MIN_EXAMPLES = 2


@dataclass(frozen=True)
class EntryForm:
    """One entry as the form sends it; `index` is its place in the file (None: a new entry)."""

    number: int  # 1-based, as in the field names
    index: int | None
    values: dict[str, str]
    remove: bool = False

    @property
    def empty(self) -> bool:
        """A new entry's boxes left empty: nothing to add."""
        return not any(self.values.get(part, "").strip() for part in PARTS)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def entry_values(data: Mapping[str, Any]) -> list[dict[str, str]]:
    """Each entry of the service as the form shows it: one string per part."""
    out = []
    for entry in data.get("entries") or ():
        source = entry.get("source") or {}
        out.append({"vraag": _text(entry.get("question")), "antwoord": _text(entry.get("answer")),
                    "voorbeelden": "\n".join(_text(v) for v in entry.get("examples") or ()),
                    "url": _text(source.get("url")), "datum": _text(source.get("date")),
                    "betrouwbaarheid": _text(source.get("grade"))})
    return out


def entries_text(data: Mapping[str, Any]) -> str:
    """All entries as one readable text, to compare two versions in the history."""
    return "\n\n".join(f"{e['vraag']}\n{e['antwoord']}\nVoorbeelden: {'; '.join(e['voorbeelden'].splitlines())}\n"
                       f"Bron: {e['url']} ({e['datum']}, {e['betrouwbaarheid']})" for e in entry_values(data))


def read_entry_forms(get: Callable[[str], str]) -> list[EntryForm] | None:
    """The entries from a submitted form (None when the form has no entry fields)."""
    count = get(COUNT_FIELD)
    if not count.isdigit():
        return None
    forms = []
    for number in range(1, int(count) + 2):  # the existing ones and the empty one to add
        values = {part: get(f"v{number}_{part}") for part in PARTS}
        index = number - 1 if number <= int(count) else None
        forms.append(EntryForm(number, index, values, bool(get(f"v{number}_verwijderen"))))
    return forms


def entry_problems(forms: list[EntryForm]) -> dict[str, list[str]]:
    """Entries that cannot be written as they are, per form field, in plain Dutch."""
    out: dict[str, list[str]] = {}
    for form in forms:
        if not (form.remove or (form.index is None and form.empty)):
            for part, message in _problems_of(form.values):
                out.setdefault(f"v{form.number}_{part}", []).append(f"Vraag {form.number}: {message}")
    return out


def _problems_of(values: Mapping[str, str]) -> list[tuple[str, str]]:
    """(part, message) for each part of one entry that is missing or not usable."""
    get = values.get
    found = [(part, what) for part, what in (("vraag", "vul de vraag in"), ("antwoord", "vul het antwoord in"))
             if not get(part, "").strip()]
    if len(_lines(get("voorbeelden", ""))) < MIN_EXAMPLES:
        found.append(("voorbeelden", f"schrijf minstens {MIN_EXAMPLES} voorbeeldvragen, één per regel"))
    url = get("url", "").strip()
    if not url.startswith(("http://", "https://")) or " " in url:
        found.append(("url", "vul het webadres van de bron in (begint met https://)"))
    if not DATE.match(get("datum", "").strip()):
        found.append(("datum", "schrijf de datum als 2024-05-01, 2024-05 of 2024, of schrijf: zonder datum"))
    if get("betrouwbaarheid", "") not in ("A", "B"):
        found.append(("betrouwbaarheid", "kies A of B: inwoners krijgen alleen een antwoord met een betrouwbare bron"))
    return found


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def _set(node: CommentedMap, key: str, value: str, style: Callable[[str], Any] = str) -> None:
    if _text(node.get(key)) != value:
        node[key] = style(value)


def _answer_style(old: Any) -> Callable[[str], Any]:
    def style(value: str) -> Any:
        if "\n" in value or isinstance(old, LiteralScalarString):
            return LiteralScalarString(value + "\n")
        return value
    return style


def _write(entry: CommentedMap, values: Mapping[str, str]) -> CommentedMap:
    """Put one form's values into an entry; only changed parts are written again."""
    answer = "\n".join(line.rstrip() for line in values.get("antwoord", "").strip().split("\n"))
    _set(entry, "question", values.get("vraag", "").strip(), DoubleQuotedScalarString)
    _set(entry, "answer", answer, _answer_style(entry.get("answer")))
    examples = _lines(values.get("voorbeelden", ""))
    if [_text(v) for v in entry.get("examples") or ()] != examples:
        entry["examples"] = CommentedSeq(DoubleQuotedScalarString(v) for v in examples)
    source = entry.get("source")
    if not isinstance(source, CommentedMap):
        source = entry["source"] = CommentedMap()
    _set(source, "url", values.get("url", "").strip())
    _set(source, "date", values.get("datum", "").strip(), DoubleQuotedScalarString)  # a bare date reads as a date
    _set(source, "grade", values.get("betrouwbaarheid", "").strip())
    return entry


def apply_entries(data: CommentedMap, forms: list[EntryForm]) -> None:
    """Write the entry forms into the service data: changed, added and removed entries."""
    seq = data.get("entries")
    old = list(seq) if seq is not None else []
    items = []
    for form in forms:
        if form.remove or (form.index is None and form.empty):
            continue
        entry = old[form.index] if form.index is not None and form.index < len(old) else CommentedMap()
        items.append(_write(entry, form.values))
    if not items:
        data.pop("entries", None)
        return
    if seq is None:
        seq = data["entries"] = CommentedSeq()
    del seq[len(items):]
    for i, item in enumerate(items):
        if i >= len(seq):
            seq.append(item)
        elif seq[i] is not item:
            seq[i] = item
