"""Plain-Dutch measures: Flesch-Douma reading ease and words per sentence.

Sentences are counted with our own splitter, because textstat undercounts very short
sentences ("Bel 112."); syllables come from textstat's Dutch hyphenation (pyphen).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textstat.backend.counts import count_syllables

# A URL, without the punctuation that ends its sentence.
_URL = re.compile(r"(https?://|www\.)\S+?(?=[.,;:!?]?(\s|$))|\b\S+\.(nl|com|org)\b(/\S*?)?(?=[.,;:!?]?(\s|$))")
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+|\n+")
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
# Flesch-Douma (1960): 206.84 - 0.93 x words per sentence - 77 x syllables per word.
BASE, PER_SENTENCE, PER_SYLLABLE = 206.835, 0.93, 77.0


@dataclass(frozen=True)
class Readability:
    """The figures for one text."""

    flesch_douma: float
    words_per_sentence: float
    sentences: int
    words: int
    longest_sentence: str
    longest_words: int


def sentences(text: str) -> list[str]:
    """Split into sentences: after . ! ? : and at line breaks; URLs are left out."""
    text = _URL.sub("", text)
    parts = (p.strip() for p in _SENTENCE_END.split(text))
    return [p for p in parts if _WORD.search(p)]


def measure(text: str) -> Readability:
    """Flesch-Douma score and sentence lengths of a Dutch text."""
    found = sentences(text)
    lengths = [len(_WORD.findall(s)) for s in found]
    words = sum(lengths)
    if not words:
        return Readability(0.0, 0.0, 0, 0, "", 0)
    syllables = sum(max(1, count_syllables(w, "nl")) for s in found for w in _WORD.findall(s))
    per_sentence = words / len(found)
    score = BASE - PER_SENTENCE * per_sentence - PER_SYLLABLE * syllables / words
    longest = max(range(len(found)), key=lambda i: lengths[i])
    return Readability(round(score, 1), round(per_sentence, 1), len(found), words,
                       found[longest], lengths[longest])
