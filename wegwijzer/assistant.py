"""Question in, Answer out: crisis first, then small talk, then matching and the decision.

The decision uses two calibrated tests (settings.MatchSettings): an absolute
confidence threshold and a minimum relative gap between the first and second
service (stricter for one- or two-word questions). Outcomes: answered, clarify
(close candidates: the resident chooses) or fallback (nothing fits).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from wegwijzer.answer import Answer, Candidate, Choice
from wegwijzer.answer_cache import AnswerCache
from wegwijzer.knowledge.entries import EntryFinder, Match
from wegwijzer.knowledge.base import OUT_OF_SCOPE_PREFIX, KnowledgeBase, Service, load_or_raise
from wegwijzer.understanding.matching import Index, Ranking, Scored
from wegwijzer.safety.danger import assess
from wegwijzer.in_language import in_language
from wegwijzer.priorities import (alternatives_beside, clear_answer, front_door_last, one_answer_for_two,
                                  youth_first, youth_over_choice)
from wegwijzer.replies import PRIVACY_NOTE, SAFETY_HINTS, Replies
from wegwijzer.safety.check import Signal
from wegwijzer.safety.knn import CrisisNeighbours, Nearest, shipped_neighbours
from wegwijzer.safety.net import caught, keeps_crisis_lines
from wegwijzer.safety.model import SafetyModel, shipped_model
from wegwijzer.settings import MatchSettings, Settings
from wegwijzer.understanding.smalltalk import Smalltalk, classify, mentions_own_name, strip_personal_data
from wegwijzer.text import tokenize
from wegwijzer.understanding.embedder import KnownFirst, VectorCache, shared_embedder
from wegwijzer.understanding.reading import Reading, read
from wegwijzer.understanding.writer import young_writer
from wegwijzer.understanding.writer_model import WriterModel, shipped_writer_model
from wegwijzer.understanding.fusion import Bonus, fuse
from wegwijzer.understanding.semantic import SemanticIndex

GUESSED = ("nl", "en")  # languages whose typos and compounds the word index may guess at
SUGGESTED = ("schuldhulp", "mantelzorg", "wmo-ondersteuning", "cjg")
MAX_QUESTION = 2000  # channels limit further; the core stays fast on anything


@dataclass(frozen=True)
class Topic:
    """A Sociale Agenda theme with its services, for browsing."""

    id: str
    title: str
    services: tuple[Choice, ...]


class Assistant:
    """Answers residents' messages from one knowledge base. Pure and synchronous."""

    def __init__(self, kb: KnowledgeBase, match: MatchSettings | None = None,
                 safety: SafetyModel | None = None, vectors: VectorCache | None = None,
                 neighbours: CrisisNeighbours | None = None, writer: WriterModel | None = None):
        self.kb = kb
        self._safety = safety or shipped_model()
        self._writer = writer or shipped_writer_model()
        self._neighbours = neighbours or shipped_neighbours()
        self.match = match or MatchSettings()
        self.index = Index(kb, fuzzy_cutoff=self.match.fuzzy_cutoff)
        self.semantic = SemanticIndex(kb, vectors) if vectors is not None and self.match.semantic else None
        self._entries = EntryFinder({s.id: s.entries for s in kb.services if s.entries}, vectors) \
            if self.semantic is not None else None
        self._embedder = KnownFirst(vectors) if self.semantic is not None else None
        self._services = {s.id: s for s in kb.services}
        self._crisis_ids = frozenset(s.id for s in kb.services if s.crisis)
        self._routable = frozenset(self._services) - self._crisis_ids  # where the nearest questions may push
        self.replies = Replies(kb)
        self._cache = AnswerCache(self.match.answer_cache)

    # --- public API ----------------------------------------------------------------

    def ask(self, question: str) -> Answer:
        """The answer object for one message from a resident."""
        answer = self._cache.get(question)
        if answer is None:
            answer = self._ask(question)
            self._cache.put(question, answer)
        return answer

    @property
    def model_name(self) -> str:
        """The language model's name, or '' when the semantic layer is off."""
        return self._embedder.name if self._embedder is not None else ""

    def cached(self, question: str) -> Answer | None:
        """The answer to an exact repeat, without touching the model (None when not seen)."""
        return self._cache.get(question)

    def _ask(self, question: str) -> Answer:
        reading = read(question[:MAX_QUESTION], self._embedder)
        return in_language(self._route(question, reading), reading.language, self.kb.languages)

    def _route(self, question: str, reading: Reading) -> Answer:
        """Safety first (rules, word model, neighbours, 112), then small talk, then matching."""
        cleaned, personal = strip_personal_data(reading.text)
        tokens = tokenize(cleaned) if personal else reading.tokens  # unchanged text: read once
        talk = classify(cleaned, tokens)  # only a message that is all greeting or thanks ("bedankt!")
        danger = assess(reading, talk is not None, self._safety, self._neighbours, self.match)
        young = young_writer(reading.text, self._writer, self.match.writer_threshold, reading.tokens)
        if danger.urgent and not danger.crisis:
            return self._emergency(question, danger.urgent)
        if talk and not danger.crisis:
            return self._smalltalk(question, talk)
        ranking = self.index.rank(cleaned, self._meaning(reading.vector, danger.nearest, reading.words),
                                  guess=reading.language in GUESSED, tokens=tokens)
        if danger.crisis:
            return self._crisis(question, danger.crisis, young, ranking)
        if danger.about in self._services:  # a question about the work: that service's information
            sure = next((c.confidence for c in ranking.candidates if c.id == danger.about), self.match.clarify_threshold)
            return self._answered(question, self._services[danger.about], sure, (),
                                  ranking.candidates, f"vraag over het werk: {danger.about}", "", young)
        hint = SAFETY_HINTS[danger.hint] if danger.hint else ""
        privacy = PRIVACY_NOTE if personal or mentions_own_name(cleaned) else ""
        # An idiom ("this job is killing me") is no question for a crisis line, and neither is a
        # question that shares only everyday words with one ("hoe laat begint de training?").
        if danger.calm or (reading.language in GUESSED and not keeps_crisis_lines(
                ranking, self.index, self._crisis_ids, danger.worry, self.match)):
            ranking = dataclasses.replace(ranking, candidates=tuple(
                c for c in ranking.candidates if c.id not in self._crisis_ids))
        short = ranking.content_words <= 2 and reading.words <= 2
        return self._decide(question, ranking, "\n\n".join(filter(None, (hint, privacy))), danger.worry, short,
                            young, reading.vector,
                            reading.language not in GUESSED and danger.neighbours >= self.match.foreign_crisis_neighbours)

    def _meaning(self, vector: np.ndarray | None, near: Nearest | None, words: int) -> Bonus:
        """The semantic layer's share of each document's score, with why ({} when it is off)."""
        if self.semantic is None or vector is None:
            return {}
        m = self.match
        bonus = self.semantic.bonus(vector, m.semantic_weight, m.semantic_floor, m.semantic_top)
        if m.route_weight <= 0 or near is None:
            return bonus
        return fuse(bonus, self._neighbours.routes(near), self._routable, words, m)

    def choose(self, service_id: str) -> Answer:
        """The answer for a service the resident picked (KeyError for an unknown id)."""
        service = self._services[service_id]
        if service.crisis:
            return self._crisis(service.title, Signal(service.id, False, ()))  # type: ignore[arg-type]
        return self._answered(service.title, service, 1.0, (), (), "gekozen door de inwoner", "")

    def welcome(self) -> str:
        """The greeting in plain Dutch."""
        return self.replies.welcome()

    def suggestions(self) -> tuple[str, ...]:
        """A few example questions to offer as buttons."""
        return tuple(self._services[s].examples[0] for s in SUGGESTED if s in self._services)

    def topics(self) -> tuple[Topic, ...]:
        """The Sociale Agenda themes, each with its services (crisis services excluded)."""
        return tuple(
            Topic(t.id, t.title, tuple(Choice(s.id, s.title) for s in self.kb.services
                                       if s.theme == t.id and not s.crisis))
            for t in self.kb.themes)

    # --- decisions -----------------------------------------------------------------

    def _decide(self, question: str, ranking: Ranking, preamble: str, worry: float, short: bool,
                young: bool = False, vector: np.ndarray | None = None, foreign: bool = False) -> Answer:
        m = self.match
        services = [c for c in ranking.candidates if not c.out_of_scope]
        top = ranking.candidates[0] if ranking.candidates else None
        if top is None or top.confidence < m.clarify_threshold:
            return self._fallback(question, ranking, preamble, "geen dienst haalt de ondergrens", young)
        if top.out_of_scope:
            return self._out_of_scope(question, ranking, top, self._close(services, top), preamble, young)
        services, top = front_door_last(services, top, m)
        if young:
            services, top = youth_first(services, top, m)
        close = self._close(services, top)
        sure, why = clear_answer(services, top, close, short, m)
        # Not a child when a place for young people is among the choices (youth_over_choice: the best
        # of those; when that is the top candidate, it stays the answer).
        if young and not sure and (chosen := youth_over_choice(services, close)) is not None:
            (services, top), sure = chosen, True
        if not sure and (chosen := one_answer_for_two(services, close, m.covers)) is not None:
            (services, top), sure = chosen, True
            why += f"; één antwoord voor twee: {top.id} noemt ook de lijn van {services[1].id}"
        if sure:
            if caught(top, ranking, worry, self.index, self._crisis_ids, m, foreign):
                # Safety net: the matcher heard a crisis that the signals missed.
                return self._crisis(question, Signal(top.id, False, top.matched), young, ranking)  # type: ignore[arg-type]
            alternatives = alternatives_beside(services, top, young, m)
            # One or two words ("mantelzorg") ask about the service, not one of its questions.
            entry = self._entry(top.id, vector) if not (young or short) else None
            if entry is not None:
                return self._entry_answer(question, self._services[top.id], entry, top.confidence, alternatives,
                                          self._explain(ranking), "antwoord: " + why, preamble)
            return self._answered(question, self._services[top.id], top.confidence, alternatives,
                                  self._explain(ranking), "antwoord: " + why, preamble, young)
        return self._clarify(question, ranking, close, "kiezen: " + why, preamble, young)

    def _answered(self, question: str, service: Service, confidence: float, alternatives: tuple[str, ...],
                  explanation: tuple[Candidate, ...], reason: str, preamble: str, young: bool = False) -> Answer:
        text = self.replies.answered(service, preamble, young)
        reason += "; schrijver is jong" if young else ""
        return Answer(question, service.id, confidence, alternatives, False, False, service.theme, text,
                      "answered", service.doel, (), explanation, reason)

    def _entry(self, service_id: str, vector: np.ndarray | None) -> Match | None:
        if self._entries is None or vector is None:
            return None
        return self._entries.find(service_id, vector, self.match.entry_threshold)

    def _entry_answer(self, question: str, service: Service, match: Match, confidence: float,
                      alternatives: tuple[str, ...], explanation: tuple[Candidate, ...], reason: str,
                      preamble: str) -> Answer:
        text = self.replies.entry(service, match.entry, preamble)
        reason += f"; vraag: '{match.entry.question}' (lijkt op '{match.nearest}', {match.similarity:.2f})"
        return Answer(question, service.id, confidence, alternatives, False, False, service.theme, text,
                      "answered", service.doel, (), explanation, reason)

    def _crisis(self, question: str, signal: Signal, young: bool = False, ranking: Ranking | None = None) -> Answer:
        service = self._services.get(signal.kind)
        reason = "veiligheid: " + ", ".join(signal.matched) if signal.matched else "veiligheid"
        reason += "; schrijver is jong" if young else ""
        others = self._other_help(ranking)
        alternatives = ((signal.also,) if signal.also else ()) + tuple(c.id for c in others)
        return Answer(question, signal.kind, 1.0, alternatives[:self.match.max_alternatives], False, True,
                      service.theme if service else None, self.replies.crisis(signal, young, others), "crisis",
                      service.doel if service else None, others, self._explain(ranking) if ranking else (), reason,
                      acute=signal.acute)

    def _other_help(self, ranking: Ranking | None) -> tuple[Choice, ...]:
        """The ordinary services that also fit a crisis question, best first (settings.crisis_other_help)."""
        if ranking is None:
            return ()
        fits = [c for c in ranking.candidates if not c.out_of_scope and c.id not in self._crisis_ids
                and c.confidence >= self.match.clarify_threshold]
        return tuple(Choice(c.id, self._services[c.id].title) for c in fits[:self.match.crisis_other_help])

    def _emergency(self, question: str, urgent: tuple[str, ...]) -> Answer:
        return Answer(question, None, 1.0, (), False, False, None, self.replies.emergency(), "emergency", None,
                      (), (), "112: " + ", ".join(urgent))

    def _clarify(self, question: str, ranking: Ranking, close: list[Scored], reason: str,
                 preamble: str, young: bool = False) -> Answer:
        choices = tuple(Choice(c.id, self._services[c.id].title) for c in close)
        return Answer(question, None, close[0].confidence, tuple(c.id for c in choices), True, False, None,
                      self.replies.clarify(choices, preamble, young), "clarify", None, choices,
                      self._explain(ranking), reason)

    def _fallback(self, question: str, ranking: Ranking, preamble: str, reason: str,
                  young: bool = False) -> Answer:
        top = ranking.candidates[0].confidence if ranking.candidates else 0.0
        return Answer(question, None, top, (), False, False, None, self.replies.fallback(preamble, young),
                      "fallback", None, (), self._explain(ranking), reason)

    def _out_of_scope(self, question: str, ranking: Ranking, top: Scored, close: list[Scored],
                      preamble: str, young: bool = False) -> Answer:
        """Where to go instead; a service that also fits well is offered to choose
        ("schulden bij de belasting": the tax office, and debt help)."""
        choices = tuple(Choice(c.id, self._services[c.id].title) for c in close)
        topic = next(t for t in self.kb.municipality.out_of_scope if OUT_OF_SCOPE_PREFIX + t.id == top.id)
        return Answer(question, None, top.confidence, tuple(c.id for c in choices), False, False, None,
                      self.replies.out_of_scope(topic, choices, preamble, young), "out_of_scope", None, choices,
                      self._explain(ranking), f"buiten het sociaal domein: {topic.title}")

    def _smalltalk(self, question: str, talk: Smalltalk) -> Answer:
        return Answer(question, None, 1.0, (), False, False, None, self.replies.smalltalk(talk.kind), "smalltalk",
                      None, (), (), f"geen vraag: {talk.kind}")

    # --- helpers -------------------------------------------------------------------

    def _close(self, services: list[Scored], top: Scored) -> list[Scored]:
        """The services near enough to the best candidate to offer as choices, best first."""
        return [c for c in services if c.score >= self.match.close_ratio * top.score][:self.match.max_alternatives]

    def _explain(self, ranking: Ranking, n: int = 5) -> tuple[Candidate, ...]:
        return tuple(Candidate(c.id, c.score, c.confidence, c.matched) for c in ranking.candidates[:n])


def vector_cache(settings: Settings) -> VectorCache | None:
    """The language model with its cache under the data directory (None: semantic layer off)."""
    if not settings.match.semantic:
        return None
    return VectorCache(shared_embedder(settings.model_threads), settings.data_dir)


def build_assistant(settings: Settings) -> Assistant:
    """Load the knowledge base named in settings and build the assistant (raises KnowledgeError)."""
    return Assistant(load_or_raise(settings.knowledge_dir), settings.match, vectors=vector_cache(settings))
