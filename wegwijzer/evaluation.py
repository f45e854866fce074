"""`wegwijzer eval`: our matcher beside two baselines, on the same questions, in one run.

Baselines (no crisis detection, no decision layer beyond a floor): rapidfuzz WRatio of
the question against each service's title and answer text, and BM25 over that text.
Metric definitions follow CONTRACT section 5.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from rank_bm25 import BM25Okapi
from rapidfuzz import fuzz

from wegwijzer.assistant import Assistant
from wegwijzer.text import STOPWORDS, tokenize

METRICS = ("top1", "top3", "crisis_recall", "false_crisis", "out_of_scope_declined", "emergency_112_first",
           "language", "child_addressed", "false_child", "number_given", "expected_number")
SYSTEMS = ("wegwijzer", "rapidfuzz", "bm25")
# A Dutch phone number as the answers write them: 071-541 35 36, 0800-2000, 14071, 113, 112.
PHONE = re.compile(r"(?<![\d-])(0\d{2,3}-? ?\d{3,4}(?: \d{2}){0,2}|14 ?071|11[23])(?![\d-])")
RAPIDFUZZ_FLOOR = 50.0  # below this WRatio the baseline answers "no service"


@dataclass(frozen=True)
class Question:
    """One line of an evaluation file."""

    q: str
    expect: tuple[str, ...]
    crisis: bool
    kind: str
    lang: str | None = None  # the language it is written in, where the set says so
    emergency: bool = False  # 112 now: the answer must open with it
    child: bool = False  # written by a child or teenager: the answer says "je" and names De Kindertelefoon
    number: str | None = None  # the (national) number the answer should give, where the set says so


@dataclass(frozen=True)
class Prediction:
    """What a system answered, reduced to what the metrics need."""

    service: str | None
    alternatives: tuple[str, ...]
    clarify: bool
    crisis: bool
    language: str | None = None  # baselines do not tell
    first_line: str = ""  # the first line of the reply (baselines: none)
    young: bool | None = None  # answered as to a child (baselines do not tell)
    number: bool | None = None  # the reply gives a phone number to call
    digits: str = ""  # the reply's digits, to look for an expected number


def read_questions(path: Path) -> list[Question]:
    """Parse a JSON Lines file; a bad line raises ValueError naming file and line."""
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            out.append(Question(str(row["q"]), tuple(row.get("expect", [])), bool(row.get("crisis", False)),
                                str(row.get("kind", "onbekend")), row.get("lang"),
                                bool(row.get("emergency", False)), bool(row.get("child", False)),
                                row.get("number")))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: deze regel is geen geldige vraag ({exc}); verwacht "
                             '{"q": "...", "expect": ["dienst"], "crisis": false, "kind": "..."}') from None
    return out


def _text(service: object) -> str:
    return f"{service.title} {service.answer}"  # type: ignore[attr-defined]


def rapidfuzz_baseline(assistant: Assistant) -> Callable[[str], Prediction]:
    """WRatio of the question against each service's title and answer."""
    docs = [(s.id, _text(s).lower()) for s in assistant.kb.services]
    crisis = {s.id for s in assistant.kb.services if s.crisis}

    def predict(question: str) -> Prediction:
        scores = sorted(((fuzz.WRatio(question.lower(), d), i) for i, d in docs), reverse=True)
        if not scores or scores[0][0] < RAPIDFUZZ_FLOOR:
            return Prediction(None, (), False, False)
        return Prediction(scores[0][1], tuple(i for _, i in scores[1:3]), False, scores[0][1] in crisis)
    return predict


def bm25_baseline(assistant: Assistant) -> Callable[[str], Prediction]:
    """BM25 (Okapi) over each service's title and answer, plain lower-case tokens."""
    def toks(text: str) -> list[str]:
        return [t for t in tokenize(text) if t not in STOPWORDS]
    ids = [s.id for s in assistant.kb.services]
    bm25 = BM25Okapi([toks(_text(s)) for s in assistant.kb.services])
    crisis = {s.id for s in assistant.kb.services if s.crisis}

    def predict(question: str) -> Prediction:
        scores = sorted(zip(bm25.get_scores(toks(question)), ids), reverse=True)
        if not scores or scores[0][0] <= 0:
            return Prediction(None, (), False, False)
        return Prediction(scores[0][1], tuple(i for s, i in scores[1:3] if s > 0), False, scores[0][1] in crisis)
    return predict


def wegwijzer_system(assistant: Assistant) -> Callable[[str], Prediction]:
    """The project's own assistant."""
    def predict(question: str) -> Prediction:
        a = assistant.ask(question)
        return Prediction(a.service, a.alternatives, a.clarify, a.crisis, a.language,
                          a.answer.split("\n", 1)[0], "Kindertelefoon" in a.answer and "je" in a.answer.split(),
                          bool(PHONE.search(a.answer)), re.sub(r"\D", "", a.answer))
    return predict


def score(questions: list[Question], predictions: list[Prediction]) -> dict[str, float | int | None]:
    """The CONTRACT section 5 metrics for one system on a list of questions."""
    def share(hits: Iterable[bool]) -> float | None:
        hits = list(hits)
        return round(sum(hits) / len(hits), 4) if hits else None
    pairs = list(zip(questions, predictions))
    top1 = [p.service in q.expect if q.expect else p.service is None for q, p in pairs]
    top3 = [bool(set(((p.service,) if p.service else ()) + p.alternatives)
                 .intersection(q.expect)) if q.expect else p.service is None
            for q, p in ((q, _first3(p)) for q, p in pairs)]
    return {"n": len(pairs), "top1": share(top1), "top3": share(top3),
            "crisis_recall": share(p.crisis for q, p in pairs if q.crisis),
            "false_crisis": share(p.crisis for q, p in pairs if not q.crisis),
            "out_of_scope_declined": share(p.service is None and not p.clarify for q, p in pairs if not q.expect),
            # Beyond CONTRACT section 5: 112 in the first line where it is needed now, and the language
            "emergency_112_first": share("112" in p.first_line for q, p in pairs if q.emergency),
            "language": share(p.language == q.lang for q, p in pairs if q.lang and p.language is not None),
            "child_addressed": share(bool(p.young) for q, p in pairs if q.child and p.young is not None),
            "false_child": share(bool(p.young) for q, p in pairs if not q.child and p.young is not None),
            # Issue 13: where a service is expected, the reply gives a number to call
            "number_given": share(bool(p.number) for q, p in pairs if q.expect and p.number is not None),
            "expected_number": share(re.sub(r"\D", "", q.number) in p.digits for q, p in pairs
                                     if q.number and p.number is not None)}


def _first3(p: Prediction) -> Prediction:
    keep = 3 - (1 if p.service else 0)
    return Prediction(p.service, p.alternatives[:keep], p.clarify, p.crisis)


@dataclass(frozen=True)
class Report:
    """Scores per system, overall and per kind, and the questions each system missed."""

    n: int
    overall: dict[str, dict[str, float | int | None]]
    by_kind: dict[str, dict[str, dict[str, float | int | None]]]
    by_lang: dict[str, dict[str, dict[str, float | int | None]]]
    misses: list[tuple[Question, Prediction]]

    def to_dict(self) -> dict[str, object]:
        """The JSON of `wegwijzer eval --json`."""
        data: dict[str, object] = {"n": self.n}
        for system in SYSTEMS:
            data[system] = dict(self.overall[system],
                                by_kind={k: v[system] for k, v in sorted(self.by_kind.items())},
                                by_lang={k: v[system] for k, v in sorted(self.by_lang.items())})
        return data


def evaluate(assistant: Assistant, questions: list[Question]) -> Report:
    """Run all three systems on the same questions."""
    systems = {"wegwijzer": wegwijzer_system(assistant), "rapidfuzz": rapidfuzz_baseline(assistant),
               "bm25": bm25_baseline(assistant)}
    predictions = {name: [predict(q.q) for q in questions] for name, predict in systems.items()}
    by_kind = _breakdown(questions, predictions, lambda q: q.kind)
    by_lang = _breakdown(questions, predictions, lambda q: q.lang) if any(q.lang for q in questions) else {}
    overall = {name: score(questions, predictions[name]) for name in SYSTEMS}
    misses = [(q, p) for q, p in zip(questions, predictions["wegwijzer"])
              if not (p.service in q.expect if q.expect else p.service is None) or p.crisis != q.crisis]
    return Report(len(questions), overall, by_kind, by_lang, misses)


def _breakdown(questions: list[Question], predictions: dict[str, list[Prediction]],
               key: Callable[[Question], str | None]) -> dict[str, dict[str, dict[str, float | int | None]]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, q in enumerate(questions):
        groups[key(q) or "?"].append(i)
    return {group: {name: score([questions[i] for i in idx], [predictions[name][i] for i in idx])
                    for name in SYSTEMS} for group, idx in groups.items()}


def _fmt(value: float | int | None) -> str:
    return "  -  " if value is None else f"{value:5.2f}" if isinstance(value, float) else f"{value:5d}"


def format_report(report: Report, failures: bool = False) -> str:
    """Plain-text tables: systems side by side, then top-1/top-3 per kind."""
    lines = [f"{report.n} vragen", "", f"{'':24}" + "".join(f"{s:>11}" for s in SYSTEMS)]
    for metric in METRICS:
        lines.append(f"{metric:24}" + "".join(f"{_fmt(report.overall[s][metric]):>11}" for s in SYSTEMS))
    for title, table in (("per soort", report.by_kind), ("per taal", report.by_lang)):
        if not table:
            continue
        lines += ["", f"{title + ' (top1 / top3)':24}{'n':>5}" + "".join(f"{s:>15}" for s in SYSTEMS)]
        for group, per in sorted(table.items()):
            cells = "".join(f"{_fmt(per[s]['top1']) + ' /' + _fmt(per[s]['top3']):>15}" for s in SYSTEMS)
            lines.append(f"{group:24}{per['wegwijzer']['n']:>5}{cells}")
    if failures:
        lines += ["", "Fout bij Wegwijzer:"]
        for q, p in report.misses:
            got = p.service or ("kiezen: " + ",".join(p.alternatives) if p.clarify else "geen")
            lines.append(f"  [{q.kind}] {q.q!r}: verwacht {list(q.expect) or 'geen'}"
                         f"{' (crisis)' if q.crisis else ''}, kreeg {got}{' (crisis)' if p.crisis else ''}")
    return "\n".join(lines)
