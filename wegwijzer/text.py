"""Dutch-aware normalisation: tokens, spreektaal, lemmas, compound words, typos.

`Normaliser` is built once per knowledge base: compounds are split, and typos
corrected, only against the knowledge base's own vocabulary, because a part or a
correction that the index does not contain cannot match anything anyway.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

import simplemma
from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

# Function words in Dutch and simple English, plus the frame of a question
# ("waar kan ik terecht"): they say nothing about which service is meant. "dood" is here
# too: mostly an idiom ("als de dood", "dood graag"); the crisis rules read it in context.
STOPWORDS = frozenset("""
aan al alle alleen als altijd ander andere ben bij binnen daar daarom dan dat de deze die dit doe doen
door dus een eens en er even geen had heb hebben heeft hem hen het hier hij hoe hun iemand iets ik in
is ja je jij jou jouw kan kon kunnen laat maar me meer men met mij mijn moet moeten na naar niet niets
nog nu of ok oké om omdat ons onze ook op over te terecht toe tot u uw uit van veel voor waar wanneer
wat we wel welk welke wie wij wil willen worden wordt zal ze zelf zich zij zijn zo zou zonder graag
iets echt heel erg soms vaak weer nou hoor hè eigenlijk gewoon beetje misschien denk weet vind zit
kun kunt zullen mag mogen gaan ga gaat doet deed krijg krijgen hebt had hadden was waren word werd
a an and are am be can do does for from have has how i i'm im is it its me my of on or please the to
what where who with you your want would could should need get got there this that at in about any
af kom komt komen kwam gemeente leiderdorp municipality zeg zegt zeggen zei dag hallo hoi hey hi goedemorgen goedemiddag goedenavond beste dank bedankt vraag vragen weten
achter naast tegen tijdens sinds vanaf via rond zoals zodat alles elk enig erover eruit ervoor juist steeds toch bijna
our too yet much more through
goed staan stond stonden sta staat dood regel regelen nodig aanmelden afmelden aanvragen opzeggen ergens mezelf mijzelf jezelf zichzelf onszelf hemzelf haarzelf myself yourself himself herself
""".split())

# Contractions of spoken Dutch, expanded before tokenising.
_CONTRACTIONS = {"m'n": "mijn", "z'n": "zijn", "d'r": "haar", "'t": "het", "'s": "", "da's": "dat is",
                 "'k": "ik", "zo'n": "zo een", "i'm": "i am", "don't": "do not", "can't": "can not"}
# Whole words only: the "'s" of "'s nachts", not the start of "'sorry'".
_CONTRACTION_RE = re.compile(r"(?<![\w'])(?:" + "|".join(
    re.escape(k) for k in sorted(_CONTRACTIONS, key=len, reverse=True)) + r")(?!\w)")
_TOKEN_RE = re.compile(r"[a-z0-9]+")
_CLAUSE_RE = re.compile(r"[.,;:!?\n]+")
_LINKS = ("", "s", "e", "en")  # Dutch linking sounds between compound parts: mantelzorg-s-...
# Where simplemma's Dutch lemma changes the meaning: "niet meer" is not "niet veel", a toddler
# is no verb, and losing weight is no rubbish.
_LEMMA_FIXES = {"meer": "meer", "peuter": "peuter", "afvallen": "afvallen"}
_STEM = 5  # letters a known word shares with the vocabulary word it may be read as


def fold(text: str) -> str:
    """Lower case, accents removed, curly quotes made straight."""
    if text.isascii():  # most messages: nothing to decompose
        return text.lower()
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[str]:
    """Folded word tokens, with spoken contractions expanded."""
    folded = _CONTRACTION_RE.sub(lambda m: " " + _CONTRACTIONS[m.group(0)] + " ", fold(text))
    return _TOKEN_RE.findall(folded)


def clauses(text: str) -> list[list[str]]:
    """The tokens of each clause (split at punctuation), empty clauses left out."""
    return [tokens for part in _CLAUSE_RE.split(text) if (tokens := tokenize(part))]


@lru_cache(maxsize=65536)
def lemma(token: str) -> str:
    """Dutch lemma (English as a second guess), e.g. schulden -> schuld, debts -> debt."""
    if token.isdigit() or len(token) < 3:
        return token
    if token in _LEMMA_FIXES:
        return _LEMMA_FIXES[token]
    return fold(simplemma.lemmatize(token, lang=("nl", "en")))


def everyday(word: str) -> float:
    """How common a word is in Dutch or English (Zipf scale: 1 rare .. 7 "de"), from wordfreq."""
    return max(zipf_frequency(word, "nl"), zipf_frequency(word, "en"))


@dataclass(frozen=True)
class Term:
    """One normalised query term and how it was found (for explanations)."""

    term: str
    source: str  # the resident's word it came from
    how: str  # "exact", "synoniem", "samenstelling", "spelling"
    quality: float  # 1.0 exact; lower for corrections and compound parts


class Normaliser:
    """Turns text into index terms; knows the vocabulary for compounds and typos."""

    def __init__(self, synonyms: Mapping[str, str], vocabulary: Iterable[str] = (),
                 fuzzy_cutoff: float = 84.0, forms: Mapping[str, str] | None = None):
        self.synonyms = {fold(k): tuple(tokenize(v)) for k, v in synonyms.items()}
        self.vocabulary = frozenset(vocabulary)
        self.forms = dict(forms or {})  # a written form -> its vocabulary word ("schulden" -> "schuld")
        self.fuzzy_cutoff = fuzzy_cutoff
        self._by_length: dict[int, list[str]] = {}
        # Sorted: a typo as close to two words ("pasport": paspoort, passport) goes to the first
        # choice, and set order changes with Python's hash seed, so unsorted it changed per run.
        for word in sorted(self.vocabulary | self.forms.keys()):
            self._by_length.setdefault(len(word), []).append(word)
        self._split = lru_cache(maxsize=65536)(self._split_uncached)
        self._correct = lru_cache(maxsize=65536)(self._correct_uncached)

    def base_terms(self, text: str) -> list[str]:
        """Tokens with synonyms applied, lemmatised, without stopwords (used for indexing)."""
        out: list[str] = []
        for token in tokenize(text):
            for word in self.synonyms.get(token, (token,)):
                term = lemma(word)
                if term not in STOPWORDS and word not in STOPWORDS:
                    out.append(term)
        return out

    def query_terms(self, text: str, tokens: Sequence[str] | None = None) -> list[Term]:
        """Query terms with compounds split and typos corrected against the vocabulary.

        `tokens`: tokenize(text) when already read (wegwijzer.understanding.reading).
        """
        terms: list[Term] = []
        tokens = tokenize(text) if tokens is None else tokens
        for a, b in zip(tokens, tokens[1:]):  # "burger net" -> burgernet
            joined = lemma(a + b)
            if len(a) > 1 and len(b) > 1 and a not in STOPWORDS and b not in STOPWORDS \
                    and joined in self.vocabulary:  # "op en" is no "open"
                terms.append(Term(joined, f"{a} {b}", "samengevoegd", 0.9))
        for token in tokens:
            replaced = self.synonyms.get(token)
            for word in replaced or (token,):
                if word in STOPWORDS:
                    continue
                term = lemma(word)
                if term in STOPWORDS:
                    continue
                terms.extend(self._resolve(term, token, "synoniem" if replaced else "exact"))
        return terms

    def _resolve(self, term: str, source: str, how: str) -> list[Term]:
        # simplemma is not idempotent (sporte -> sporten -> sport): try the second step too.
        term = next((t for t in (term, lemma(term), source) if t in self.vocabulary), term)
        if term in self.vocabulary or not self.vocabulary or term.isdigit():
            result = [Term(term, source, how, 1.0)]
            # A known word splits only into real words (verlopen is not ver + lopen).
            parts = self._split(term) if len(term) >= 8 else ()
            parts = parts if all(len(p) >= 4 for p in parts) else ()
            return result + [Term(p, source, "samenstelling", 0.8) for p in parts if p != term]
        parts = self._split(term)
        if parts and min(len(p) for p in parts) >= 4:  # weekend is not week + end
            return [Term(p, source, "samenstelling", 0.9) for p in parts]
        corrected = self._correct(term)
        if corrected:
            word, score = corrected
            result = [Term(word, source, "spelling", score / 100.0)]
            parts = self._split(word) if len(word) >= 8 else ()
            return result + [Term(p, source, "samenstelling", 0.7) for p in parts if p != word]
        return [Term(term, source, how, 1.0)]  # unknown: kept, it matches nothing

    def _split_uncached(self, word: str) -> tuple[str, ...]:
        """Best split of a compound into vocabulary words: fewest parts, longest shortest part."""
        best: dict[int, tuple[int, int, tuple[str, ...]]] = {0: (0, 99, ())}
        for end in range(3, len(word) + 1):
            for start in list(best):
                for link in _LINKS:
                    part = word[start:end - len(link)] if link else word[start:end]
                    if link and not word[start:end].endswith(link):
                        continue
                    if len(part) < 3 or part == word or part not in self.vocabulary:
                        continue
                    n, shortest, parts = best[start]
                    candidate = (n + 1, min(shortest, len(part)), parts + (part,))
                    if end not in best or (candidate[0], -candidate[1]) < (best[end][0], -best[end][1]):
                        best[end] = candidate
        found = best.get(len(word))
        if not found or found[0] < 2 or found[1] < 4 and found[0] > 2:
            return ()
        # A part that is itself a compound contributes its own parts as well.
        return found[2]

    def _correct_uncached(self, word: str) -> tuple[str, float] | None:
        """The closest vocabulary word of similar length, if close enough."""
        if len(word) < 4:
            return None
        choices = [w for n in range(len(word) - 2, len(word) + 3) for w in self._by_length.get(n, ())]
        if simplemma.is_known(word, lang="nl"):
            # A real Dutch word is no typo ("kopen" is not "open"); it may still be another
            # form of a vocabulary word: begeleidt -> begeleiding.
            choices = [w for w in choices if w[:_STEM] == word[:_STEM]]
        match = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=self.fuzzy_cutoff)
        return (self.forms.get(match[0], match[0]), float(match[1])) if match else None
