"""`wegwijzer check`: everything staff need to know about a knowledge directory.

Errors (exit 1): what the loader finds, answers that are not plain Dutch, "je" where
we say "u", example questions that go to another service, contact facts without a
source. Warnings: grade C facts (not shown), sources older than two years, examples
that make the assistant ask a choice, stale checks, overlap, an answer given for two services
that does not name the other's number. The live reload runs the same checks and keeps the last
good version while any of them reports an error.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from wegwijzer.assistant import Assistant
from wegwijzer.knowledge.contacts import FIELDS, PUBLISHABLE, SOURCE_MAX_AGE_DAYS, TO_FILL, Sourced, oldest_source
from wegwijzer.knowledge.base import OUT_OF_SCOPE_PREFIX, KnowledgeBase, Problem, Service, load_knowledge
from wegwijzer.knowledge.readability import measure
from wegwijzer.understanding.embedder import VectorCache

MIN_FLESCH_DOUMA = 65.0
MAX_WORDS_PER_SENTENCE = 12.0
STALE_AFTER_DAYS = 365
OVERLAP_WARNING = 0.5  # share of a service's own words that another service also claims
_INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
_FORMAL = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)


def check_directory(directory: Path, today: dt.date | None = None,
                    vectors: VectorCache | None = None) -> list[Problem]:
    """All problems and warnings for a knowledge directory, in file order. With `vectors` the
    example questions are asked as the running server asks them (with the language model)."""
    kb, problems = load_knowledge(Path(directory))
    if kb is None:
        return problems
    assistant = Assistant(kb, vectors=vectors)
    return sorted(problems + check_knowledge(kb, assistant, today), key=lambda p: (p.file, p.line))


def check_knowledge(kb: KnowledgeBase, assistant: Assistant, today: dt.date | None = None) -> list[Problem]:
    """The checks beyond loading; the live reload keeps the last good version while any of them
    reports an error (example questions are knowledge-base texts: their vectors are cached)."""
    today = today or dt.date.today()
    problems = _contacts(kb, today) + _plain_language(kb) + _examples(kb, assistant)
    return problems + _covers(kb, assistant) + _stale(kb, today) + _overlap(kb, assistant)


def _contacts(kb: KnowledgeBase, today: dt.date) -> list[Problem]:
    """Every contact fact has a source of grade A or B; one warning per service for old sources."""
    out = []
    for s in kb.services:
        for key in FIELDS:
            value = getattr(s.contact, key)
            file, line = kb.where(s.id, f"contact.{key}")
            if isinstance(value, str) and value != TO_FILL:
                out.append(Problem(file, line, f"contact.{key}: de bron ontbreekt. Schrijf onder {key}: value "
                                               "(de waarde), source (de webpagina), date (de datum op die pagina) "
                                               "en grade (A of B)"))
            elif isinstance(value, Sourced) and value.grade not in PUBLISHABLE:
                out.append(Problem(file, line, f"contact.{key}: bron met betrouwbaarheid {value.grade}; inwoners "
                                               "zien dit pas na controle (zet dan grade op A of B)", "waarschuwing"))
        oldest = oldest_source(s.contact)
        if oldest is not None and (today - oldest.day()).days > SOURCE_MAX_AGE_DAYS:
            file, line = kb.where(s.id, "contact")
            out.append(Problem(file, line, f"de oudste bron van de contactgegevens is van {oldest.date} (meer dan "
                                           "twee jaar oud); bel of kijk op de website of het nog klopt",
                               "waarschuwing"))
    return out


def _covers(kb: KnowledgeBase, assistant: Assistant) -> list[Problem]:
    """A service that answers for two (settings: covers) names the other's phone number."""
    out = []
    services = {s.id: s for s in kb.services}
    for first, second in assistant.match.covers:
        if first not in services or second not in services:
            continue
        phone = services[second].contact.phone
        if isinstance(phone, Sourced) and phone.value not in assistant.choose(first).answer:
            file, line = kb.where(first, "contact")
            out.append(Problem(file, line, f"twijfelt een inwoner tussen {first} en {second}, dan krijgt hij dit "
                                           f"antwoord; noem daarom ook {services[second].contact.organisation} "
                                           f"({phone.value}) onder contact: lines", "waarschuwing"))
    return out


def _plain_language(kb: KnowledgeBase) -> list[Problem]:
    out = []
    for s in kb.services:
        out += _readability(s.answer, *kb.where(s.id, "answer"))
        for field in ("answer", "next_step", "summary"):
            found = _INFORMAL.search(getattr(s, field))
            if found:
                file, line = kb.where(s.id, field)
                out.append(Problem(file, line, f"{field}: hier staat '{found.group(0)}'; "
                                               "Wegwijzer spreekt inwoners aan met 'u'"))
        out += _young(kb, s) + _entries(kb, s)
    return out


def _readability(text: str, file: str, line: int, prefix: str = "") -> list[Problem]:
    """A text residents read must be plain Dutch: Flesch-Douma and sentence length."""
    r = measure(text)
    out = []
    if r.flesch_douma < MIN_FLESCH_DOUMA:
        out.append(Problem(file, line, f"{prefix}het antwoord is niet eenvoudig genoeg: leesbaarheid "
                                       f"(Flesch-Douma) {r.flesch_douma:.0f}, minimaal {MIN_FLESCH_DOUMA:.0f}. "
                                       "Gebruik kortere woorden en zinnen."))
    if r.words_per_sentence > MAX_WORDS_PER_SENTENCE:
        out.append(Problem(file, line, f"{prefix}de zinnen zijn te lang: gemiddeld {r.words_per_sentence:.1f} "
                                       f"woorden, maximaal {MAX_WORDS_PER_SENTENCE:.0f}. Langste zin "
                                       f"({r.longest_words} woorden): \"{r.longest_sentence}\""))
    return out


def _entries(kb: KnowledgeBase, s: Service) -> list[Problem]:
    """A specific answer is plain Dutch with "u", like the service's own answer."""
    out = []
    file, line = kb.where(s.id, "entries")
    for entry in s.entries:
        found = _INFORMAL.search(entry.answer)
        if found:
            out.append(Problem(file, line, f"entries: het antwoord op \"{entry.question}\" zegt '{found.group(0)}'; "
                                           "Wegwijzer spreekt inwoners aan met 'u'"))
        out += _readability(entry.answer, file, line, f"entries, \"{entry.question}\": ")
    return out


def _young(kb: KnowledgeBase, s: Service) -> list[Problem]:
    """The text for children and teenagers says "je", and comes with a next step."""
    out = []
    for field in ("answer_young", "next_step_young"):
        found = _FORMAL.search(getattr(s, field))
        if found:
            file, line = kb.where(s.id, field)
            out.append(Problem(file, line, f"{field}: hier staat '{found.group(0)}'; de tekst voor kinderen "
                                           "en jongeren zegt 'je'"))
    if bool(s.answer_young) != bool(s.next_step_young):
        file, line = kb.where(s.id, "answer_young" if s.answer_young else "next_step_young")
        out.append(Problem(file, line, "vul answer_young en next_step_young allebei in, of geen van beide"))
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
    return out + _topic_examples(kb, assistant)


def _topic_examples(kb: KnowledgeBase, assistant: Assistant) -> list[Problem]:
    """An example question of a topic outside the social domain gets the answer that says so."""
    out = []
    for topic in kb.municipality.out_of_scope:
        for i, example in enumerate(topic.examples):
            answer = assistant.ask(example)
            if answer.outcome != "out_of_scope":
                file, line = kb.where(OUT_OF_SCOPE_PREFIX + topic.id, f"examples.{i}")  # the loader records each
                went = answer.service or answer.outcome
                out.append(Problem(file, line, f"de voorbeeldvraag \"{example}\" van '{topic.title}' gaat naar "
                                               f"{went}, niet naar 'buiten het sociaal domein'. Voeg woorden toe "
                                               "bij 'words', of pas de vraag aan."))
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
