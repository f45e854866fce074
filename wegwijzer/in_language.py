"""Replies in the resident's own language: a short opening, then the Dutch text.

The opening comes from knowledge/languages/<code>.yaml: for an answer, the service's own text;
for a crisis, the crisis text (the number first; "call 112 now" above it when the Dutch reply
opens with 112); otherwise the general text for the outcome.
A language without a file (Somali, Russian, ...) and Dutch get the Dutch text only.
"""

from __future__ import annotations

import dataclasses

from wegwijzer.answer import Answer
from wegwijzer.knowledge.translations import LanguagePack

_GENERAL = ("clarify", "fallback", "out_of_scope", "emergency")  # outcomes with a general text


def opening(answer: Answer, pack: LanguagePack) -> str:
    """The text in the resident's language that goes above the Dutch reply ('' if none)."""
    if answer.outcome == "crisis" and answer.service:
        parts = [pack.general.get(answer.service)]
        if answer.acute:  # danger now: the Dutch reply opens with 112, so does this
            parts.insert(0, pack.general.get("emergency"))
        if answer.alternatives and answer.alternatives[0] != answer.service:
            parts.append(pack.general.get(answer.alternatives[0]))  # violence and suicide both
        return "\n".join(t.text for t in parts if t is not None)
    if answer.outcome == "answered" and answer.service:
        text = pack.services.get(answer.service)
        return text.text if text else ""
    text = pack.general.get(answer.outcome) if answer.outcome in _GENERAL else None
    return text.text if text else ""


def in_language(answer: Answer, language: str, packs: dict[str, LanguagePack]) -> Answer:
    """The answer with its language set and, where we have the texts, opened in that language."""
    pack = packs.get(language) if language != "nl" else None
    first = opening(answer, pack) if pack else ""
    if not pack or not first:
        return dataclasses.replace(answer, language=language)
    follows = pack.general.get("dutch_follows")
    text = "\n\n".join(filter(None, (first, follows.text if follows else "", answer.answer)))
    return dataclasses.replace(answer, language=language, answer=text, direction=pack.direction)
