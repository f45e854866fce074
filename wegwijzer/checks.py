"""`wegwijzer check`: everything staff need to know about a knowledge directory.

Errors (exit 1): what the loader finds, answers that are not plain Dutch, "je" where
we say "u", example questions that go to another service. Warnings: fields still to
fill in, examples that make the assistant ask a choice, stale checks, overlap.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from wegwijzer.assistant import Assistant
from wegwijzer.knowledge import TO_FILL, KnowledgeBase, Problem, load_knowledge
from wegwijzer.readability import measure

MIN_FLESCH_DOUMA = 65.0
MAX_WORDS_PER_SENTENCE = 12.0
STALE_AFTER_DAYS = 365
OVERLAP_WARNING = 0.5  # share of a service's own words that another service also claims
_INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)


def check_directory(directory: Path, today: dt.date | None = None) -> list[Problem]:
    """All problems and warnings for a knowledge directory, in file order."""
    kb, problems = load_knowledge(Path(directory))
    if kb is None:
        return problems
    assistant = Assistant(kb)
    problems += _to_fill(kb) + _plain_language(kb) + _examples(kb, assistant)
    problems += _stale(kb, today or dt.date.today()) + _overlap(kb, assistant)
    return sorted(problems, key=lambda p: (p.file, p.line))


def _to_fill(kb: KnowledgeBase) -> list[Problem]:
    out = []
    for s in kb.services:
        for key in ("website", "phone", "address", "hours"):
            if getattr(s.contact, key) == TO_FILL:
                file, line = kb.where(s.id, f"contact.{key}")
                out.append(Problem(file, line, f"contact.{key} is nog '{TO_FILL}'; het antwoord laat het "
                                               "weg tot iemand het invult", "waarschuwing"))
    return out


def _plain_language(kb: KnowledgeBase) -> list[Problem]:
    out = []
    for s in kb.services:
        file, line = kb.where(s.id, "answer")
        r = measure(s.answer)
        if r.flesch_douma < MIN_FLESCH_DOUMA:
            out.append(Problem(file, line, f"het antwoord is niet eenvoudig genoeg: leesbaarheid "
                                           f"(Flesch-Douma) {r.flesch_douma:.0f}, minimaal {MIN_FLESCH_DOUMA:.0f}. "
                                           "Gebruik kortere woorden en zinnen."))
        if r.words_per_sentence > MAX_WORDS_PER_SENTENCE:
            out.append(Problem(file, line, f"de zinnen zijn te lang: gemiddeld {r.words_per_sentence:.1f} woorden, "
                                           f"maximaal {MAX_WORDS_PER_SENTENCE:.0f}. Langste zin "
                                           f"({r.longest_words} woorden): \"{r.longest_sentence}\""))
        for field in ("answer", "next_step", "summary"):
            found = _INFORMAL.search(getattr(s, field))
            if found:
                file, line = kb.where(s.id, field)
                out.append(Problem(file, line, f"{field}: hier staat '{found.group(0)}'; "
                                               "Wegwijzer spreekt inwoners aan met 'u'"))
    return out


def _examples(kb: KnowledgeBase, assistant: Assistant) -> list[Problem]:
    out = []
    for s in kb.services:
        for i, example in enumerate(s.examples):
            answer = assistant.ask(example)
            if answer.service == s.id:
                continue
            file, line = kb.where(s.id, f"examples.{i}")
            if answer.clarify and s.id in answer.alternatives:
                out.append(Problem(file, line, f"bij de voorbeeldvraag \"{example}\" vraagt Wegwijzer de inwoner "
                                               f"te kiezen tussen {', '.join(answer.alternatives)}", "waarschuwing"))
                continue
            went = answer.service or {"fallback": "geen antwoord", "clarify": "een keuzevraag"}.get(
                answer.outcome, answer.outcome)
            out.append(Problem(file, line, f"de voorbeeldvraag \"{example}\" gaat naar {went}, niet naar "
                                           f"{s.id}. Voeg woorden toe bij 'words', of pas de vraag aan."))
    return out


def _stale(kb: KnowledgeBase, today: dt.date) -> list[Problem]:
    out = []
    for s in kb.services:
        if (today - s.last_checked).days > STALE_AFTER_DAYS:
            file, line = kb.where(s.id, "last_checked")
            out.append(Problem(file, line, f"deze dienst is sinds {s.last_checked} niet meer gecontroleerd "
                                           "(meer dan een jaar)", "waarschuwing"))
    return out


def _overlap(kb: KnowledgeBase, assistant: Assistant) -> list[Problem]:
    """Services whose residents' words are largely claimed by another service too."""
    norm = assistant.index.normaliser
    words = {s.id: {t for w in s.words for t in norm.base_terms(w)} for s in kb.services}
    out = []
    for a in kb.services:
        for b in kb.services:
            if a.id >= b.id or not words[a.id] or not words[b.id]:
                continue
            shared = words[a.id] & words[b.id]
            share = len(shared) / min(len(words[a.id]), len(words[b.id]))
            if share >= OVERLAP_WARNING:
                file, line = kb.where(a.id, "words")
                out.append(Problem(file, line, f"{a.id} en {b.id} delen veel woorden ({share:.0%}: "
                                               f"{', '.join(sorted(shared)[:8])}); vragen worden dan onduidelijk",
                                   "waarschuwing"))
    return out
