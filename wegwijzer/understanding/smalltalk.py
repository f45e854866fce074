"""Messages that are not questions: greetings, thanks, 'are you human?', personal data.

These are sorted out before matching, so a greeting is not routed to a service and
a typed phone number never reaches the index (nor, through it, the statistics).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Sequence

from wegwijzer.text import STOPWORDS, fold, tokenize

Kind = Literal["greeting", "thanks", "human", "goodbye"]

_GREETINGS = {"hoi", "hallo", "hey", "hi", "hello", "goedemorgen", "goedemiddag", "goedenavond",
              "dag", "hoii", "heey", "yo", "beste", "morgen", "middag", "avond", "goedendag"}
_THANKS = {"dank", "bedankt", "thanks", "thank", "thx", "dankjewel", "dankuwel", "merci", "top", "fijn",
           "super", "mooi", "duidelijk", "oke", "ok", "prima", "helder", "geweldig", "bedankje"}
_BYE = {"doei", "dag", "tot", "ziens", "bye", "groetjes", "doeg", "later"}
_HUMAN = re.compile(r"\b(ben (je|jij|u) (een )?(mens|robot|computer|bot|echt|echte persoon)|"
                    r"(praat|chat|spreek) ik (met )?(een )?(mens|robot|computer|bot|echt persoon)|"
                    r"are you (a )?(human|robot|bot|real)|is dit een (robot|bot|computer|mens)|"
                    r"wie ben (je|jij|u)|echt persoon)\b")

# Personal data a resident might type. Removed before matching; the reply reminds them.
_PERSONAL = [
    re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b"),  # e-mail
    re.compile(r"\b[a-z]{2}\d{2}\s?[a-z]{4}(\s?\d){10}\b", re.I),  # IBAN (NL)
    re.compile(r"(?<!\d)(\+31|0031|0)\s?6[\s-]?(\d[\s-]?){8}(?!\d)"),  # mobile number
    re.compile(r"(?<!\d)0\d{2,3}[\s-]?\d{6,7}(?!\d)"),  # landline
    re.compile(r"(?<!\d)\d{9}(?!\d)"),  # BSN
    re.compile(r"(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](19|20)\d{2}(?!\d)"),  # date of birth
    re.compile(r"\b\d{4}\s?[a-z]{2}\b", re.I),  # postcode
    re.compile(r"\b[a-z]+(straat|laan|weg|plein|singel|gracht|kade|hof|dreef|park)\s+\d+\w?\b", re.I),
]
# Each pattern above needs a digit or an "@": without either, none can match.
_MAYBE_PERSONAL = re.compile(r"[\d@]")
_OWN_NAME = re.compile(r"\b(mijn naam is|ik heet|my name is|naam:)\s+\w")


@dataclass(frozen=True)
class Smalltalk:
    """A message that is not a question, and which kind."""

    kind: Kind


def classify(text: str, tokens: Sequence[str] | None = None) -> Smalltalk | None:
    """Greeting, thanks, goodbye or 'are you human?' — when that is all the message says.

    `tokens`: tokenize(text) when already read (wegwijzer.understanding.reading).
    """
    folded = " ".join(tokenize(text) if tokens is None else tokens)
    if _HUMAN.search(folded):
        return Smalltalk("human")
    words = set(folded.split())
    if not words:
        return None
    rest = words - STOPWORDS
    for kind, vocab in (("thanks", _THANKS), ("greeting", _GREETINGS), ("goodbye", _BYE)):
        if words & vocab and not (rest - vocab - _GREETINGS - _THANKS - _BYE):
            return Smalltalk(kind)  # type: ignore[arg-type]
    return None


def strip_personal_data(text: str) -> tuple[str, bool]:
    """The text with e-mail, phone, BSN, IBAN, postcode, address and dates removed."""
    found = False
    if not _MAYBE_PERSONAL.search(text):  # most questions: skip the eight patterns
        return text, found
    for pattern in _PERSONAL:
        text, n = pattern.subn(" ", text)
        found = found or n > 0
    return text, found


def mentions_own_name(text: str) -> bool:
    """'Ik ben Jan de Vries' / 'mijn naam is ...': a name typed in."""
    return bool(_OWN_NAME.search(fold(text)))
