"""The allow-list for signal words: only words we already know may be counted.

A fallback question can hold anything, including a name or an address. So nothing of
it is kept unless the word is on a fixed list: the knowledge base's own words plus a
shipped list of common Dutch words. Words with digits, short words and words that are
also common first names or surnames are never kept.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import simplemma

from wegwijzer.knowledge import KnowledgeBase

MIN_LENGTH = 3
MAX_LENGTH = 30
# A piece of text between spaces that holds a digit, "@" or a web address is dropped
# whole (so "06-12345678", "2352AB" or an e-mail address never yields a word).
_SUSPECT = re.compile(r"\d|@|://|^www\.")
_TOKEN = re.compile(r"[^\s.,;:!?()\[\]{}\"'/\\<>@#&*+=|~^`]+")
_WORD = re.compile(r"^[a-zà-öø-ÿ]+$")


def _read_list(name: str) -> frozenset[str]:
    text = resources.files("wegwijzer.stats").joinpath(name).read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The shipped list of common Dutch words (common_nl.txt)."""
    return _read_list("common_nl.txt")


@lru_cache(maxsize=1)
def excluded_words() -> frozenset[str]:
    """Words never kept: they are also common first names or surnames (excluded_nl.txt)."""
    return _read_list("excluded_nl.txt")


def _lowercase_words(text: str) -> set[str]:
    """Words written in lowercase somewhere in the text: capitalised-only words are names."""
    return {w for w in (t.strip("-") for t in _TOKEN.findall(text)) if w and _WORD.match(w)}


def knowledge_words(kb: KnowledgeBase) -> frozenset[str]:
    """The knowledge base's own words: titles, summaries, answers, words and examples."""
    found: set[str] = set()
    for service in kb.services:
        for text in (service.title, service.summary, service.answer, service.next_step,
                     *service.words, *service.examples):
            found |= {p for w in _lowercase_words(text) for p in w.split("-")}
    for theme in kb.themes:
        found |= _lowercase_words(theme.title)
    found |= {p for w in kb.synonyms for p in _lowercase_words(w)}
    for topic in kb.municipality.out_of_scope:
        for text in (topic.title, *topic.words):
            found |= _lowercase_words(text)
    return frozenset(w for w in found if len(w) >= MIN_LENGTH)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Function words that are never signal words (stopwords_nl.txt)."""
    return _read_list("stopwords_nl.txt")


class Vocabulary:
    """Decides which words of a question may be counted as signal words."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        words = set(common_words())
        if kb is not None:
            words |= knowledge_words(kb)
        self._excluded = excluded_words() | stop_words()
        self._allowed = frozenset(words - self._excluded)

    def __contains__(self, word: str) -> bool:
        return self.allows(word)

    def __len__(self) -> int:
        return len(self._allowed)

    def allows(self, word: str) -> bool:
        """True when this lowercase word may be stored."""
        if not (MIN_LENGTH <= len(word) <= MAX_LENGTH) or not _WORD.match(word):
            return False
        if word in self._excluded:  # names and function words
            return False
        if word in self._allowed:
            return True
        lemma = _lemma(word)
        return lemma not in self._excluded and lemma in self._allowed

    def signal_words(self, text: str) -> tuple[str, ...]:
        """The allowed words of a text, each once, in alphabetical order (never in text order)."""
        pieces = (p.lower() for p in text.split() if not _SUSPECT.search(p))
        parts = {w for p in pieces for t in _TOKEN.findall(p) for w in t.split("-")}
        return tuple(sorted(w for w in parts if self.allows(w)))


@lru_cache(maxsize=4096)
def _lemma(word: str) -> str:
    return str(simplemma.lemmatize(word, lang="nl")).lower()
