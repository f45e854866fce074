"""The reply texts, as residents read them: one template per outcome, each number said once.

The assistant decides; this module only words the decision. Contact blocks come from
wegwijzer.knowledge.contacts (phone first). A child or teenager is told "je" and De Kindertelefoon.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from wegwijzer.answer import Choice
from wegwijzer.knowledge.contacts import contact_lines, line_text
from wegwijzer.knowledge.entries import Entry
from wegwijzer.knowledge.base import KnowledgeBase, OutOfScopeTopic, Service
from wegwijzer.safety.check import NUMBERS, Signal

TEMPLATES = Path(__file__).parent / "templates"
FRONT_DOOR = "incluzio"
PRIVACY_NOTE = "U hoeft geen persoonlijke gegevens te sturen, zoals uw naam, adres of telefoonnummer. Ik bewaar ze niet."
# Above an ordinary answer when the word model hears some worry, but not enough for a crisis answer.
SAFETY_HINTS = {
    "veilig-thuis": "Voelt u zich thuis niet veilig, of maakt u zich zorgen om iemand? "
                    "Bel Veilig Thuis: 0800-2000. Dat is gratis, dag en nacht.",
    "zelfmoordpreventie": "Denkt u aan zelfdoding? Bel 113: 0800-0113. Dat is gratis, dag en nacht.",
}
# A phone number in a line of text (071-541 35 36, 0800-2000, 112), not a time (8.30) or a URL (113.nl).
_NUMBER = re.compile(r"(?<!\d)(?<!\d[.,:])\d[\d -]{1,14}\d(?!\d|[.,:]\w)")


class _NoService:
    answer = ""
    answer_young = ""


class Replies:
    """Renders every reply for one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._services = {s.id: s for s in kb.services}
        line = kb.municipality.children_line  # said to every child or teenager who writes
        self._kids = f"Bel of chat met {line.name}: {line.phone.value}. Dat is {line.note}." if line else ""
        # auto_reload off: templates ship with the code; checking their mtime cost a stat() per answer.
        self._env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                                autoescape=False, keep_trailing_newline=False, trim_blocks=False,
                                auto_reload=False)
        # The most common reply, rendered once per service, preamble and form (a few hundred at most;
        # preambles are fixed sentences, never the question). A reload builds new Replies.
        self._answered = lru_cache(maxsize=1024)(self._answered_uncached)

    def answered(self, service: Service, preamble: str, young: bool) -> str:
        """A service's answer, next step and contact; in "je" form for a young writer."""
        return self._answered(service.id, preamble, young)

    def _answered_uncached(self, service_id: str, preamble: str, young: bool) -> str:
        service = self._services[service_id]
        if young:
            said = service.answer_young + service.next_step_young
            contact = contact_lines(service.contact, said, familiar=True) if service.answer_young else []
            return self._render("answer_young", service=service, contact=contact, kids=self._kids)
        return self._render("answer", service=service, contact=self.contact(service), preamble=preamble)

    def entry(self, service: Service, entry: Entry, preamble: str) -> str:
        """A specific question's own short answer, with the service's contact."""
        return self._render("answer_entry", entry=entry, service=service, preamble=preamble,
                            contact=contact_lines(service.contact, said=entry.answer))

    def crisis(self, signal: Signal, young: bool, others: tuple[Choice, ...] = ()) -> str:
        """The crisis number first, then the service's text and contact, then other help to choose."""
        service = self._services.get(signal.kind)
        return self._render("crisis", kind=signal.kind, acute=signal.acute, also=signal.also, numbers=NUMBERS,
                            service=service or _NoService(), young=young, kids=self._kids,
                            contact=self.contact(service) if service else [], others=others)

    def emergency(self) -> str:
        """112 first."""
        return self._render("emergency", numbers=NUMBERS)

    def clarify(self, choices: tuple[Choice, ...], preamble: str, young: bool) -> str:
        """Which of these fits? With the front door's number for who would rather talk."""
        door = self._services.get(FRONT_DOOR)
        call = next((line for line in contact_lines(door.contact) if line.startswith("Bel ")), "") if door else ""
        return self._render("clarify", choices=choices, preamble=preamble, young=young, call=call,
                            kids=self._kids, shared=self._shared_lines(choices))

    def _shared_lines(self, choices: tuple[Choice, ...]) -> list[str]:
        """The help lines that most choices name, at least two ("Of bel De Luisterlijn: ..."): right
        for most of what the resident may pick, so they can call at once."""
        services = [self._services[c.id] for c in choices if c.id in self._services]
        named = Counter(name for s in services for name in {line.name for line in s.contact.lines})
        most = {name for name, n in named.items() if n >= 2 and 2 * n > len(services)}
        lines = {line.name: line for s in services for line in s.contact.lines if line.name in most}
        return [text for line in lines.values() if (text := line_text(line))]

    def fallback(self, preamble: str, young: bool) -> str:
        """Nothing fits: say so, and name the front door."""
        door = self._services.get(FRONT_DOOR)
        return self._render("fallback", front_door=door, contact=self.contact(door) if door else [],
                            preamble=preamble, young=young, kids=self._kids)

    def out_of_scope(self, topic: OutOfScopeTopic, choices: tuple[Choice, ...], preamble: str,
                     young: bool = False) -> str:
        """Not the social domain: where to go instead (to a child: "je", and De Kindertelefoon)."""
        municipality = self.kb.municipality
        contact = contact_lines(municipality.contact, said=municipality.name) if municipality.contact else []
        return self._render("out_of_scope", topic=topic, municipality=municipality, contact=contact,
                            choices=choices, preamble=preamble, young=young, kids=self._kids)

    def smalltalk(self, kind: str) -> str:
        """A greeting, thanks or 'are you human?' answered in kind."""
        door = self._services.get(FRONT_DOOR)
        return self._render("smalltalk", kind=kind, welcome=self.welcome(), front_door=door,
                            contact=self.contact(door) if door else [])

    def welcome(self) -> str:
        """The greeting in plain Dutch."""
        return self._render("welcome", municipality=self.kb.municipality)

    @staticmethod
    def contact(service: Service) -> list[str]:
        """A service's contact block, without introducing an organisation its text names."""
        return contact_lines(service.contact, said=service.answer + service.next_step)

    def _render(self, name: str, **context: object) -> str:
        text = self._env.get_template(f"{name}.txt.j2").render(**context)
        out: list[str] = []
        said: set[str] = set()
        for line in (line.rstrip() for line in text.strip().splitlines()):
            numbers = {re.sub(r"\D", "", n) for n in _NUMBER.findall(line)}
            if numbers and numbers <= said:
                continue  # one number once: a crisis reply read "Bel Veilig Thuis: 0800-2000" twice
            said |= numbers
            if line or (out and out[-1]):  # at most one empty line in a row
                out.append(line)
        return "\n".join(out).strip()
