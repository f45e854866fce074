"""Crisis signals: violence at home, abuse, suicidal thoughts, acute danger.

Checked before any matching. The rules (wegwijzer.safety.rules and signs) are
phrases and word pairs on the folded text and on its lemmas, so "sloeg", "slaat" and
"geslagen" are all "slaan". Tuned for recall: a missed crisis is the worst failure this
product has. Kept in code, not in the staff-editable knowledge base, so an edit to the
knowledge base cannot switch them off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate
from typing import Iterable, Literal, Sequence

from rapidfuzz import fuzz

from wegwijzer.safety import quiet, rules, selfharm, signs, urgent
from wegwijzer.safety.scan import Scanner
from wegwijzer.text import clauses, lemma

CrisisKind = Literal["veilig-thuis", "zelfmoordpreventie"]

# Well-known national numbers (free, 24/7). Shown even if the knowledge base is wrong.
NUMBERS = {"veilig-thuis": "0800-2000", "zelfmoordpreventie": "0800-0113", "112": "112"}

_FUZZY_WORDS = {"zelfmoord": "zelfmoordpreventie", "suicide": "zelfmoordpreventie",
                "mishandeling": "veilig-thuis", "mishandeld": "veilig-thuis",
                "kindermishandeling": "veilig-thuis", "huiselijk": "veilig-thuis"}
_RULES = {"veilig-thuis": rules.VIOLENCE + quiet.VIOLENCE, "zelfmoordpreventie": selfharm.SUICIDE, "acute": rules.ACUTE,
          "threat": rules.THREAT, "emergency": urgent.EMERGENCY, "unresponsive": urgent.UNRESPONSIVE}
_ORGANISATION = re.compile(urgent.ORGANISATIONS)
_THINGS = re.compile(rules.ANGER_AT_THINGS)
_NO_HITTING = re.compile(r"\b(slaat|sloeg|schopt|schopte) (\w+ )?(niet|niemand|nooit)\b|\bniet dat (hij|zij|ze) (slaat|sloeg)\b|"
                         r"\b(heeft|hebben) (me|mij|ons|haar|hem) (\w+ )?nooit aangeraakt\b|\braakt (me|mij|ons) (nooit|niet) aan\b|"
                         r"\b(never|not) (\w+ )?(hurt|hit|touched) (anyone|anybody|me|us)\b")  # ("not violent": safety.denied)
# A parent with dementia who hits out while being washed or dressed ("hij meent het niet"): care that is
# resisted, a question for dementia support, unless someone hurts the parent ("mijn broer slaat haar").
_DEMENTIA = re.compile(r"\b(dementie|dement\w*|alzheimer\w*|demencj\w*|demans|деменц\w*|альцгеймер\w*)\b|الخرف|زهايمر|ሕማም ምርሳዕ")
_CARE_ACT = re.compile(r"\b(wassen|wast|aankleden|aan te kleden|aankleed\w*|douchen|verschon\w*|naar de wc|naar het toilet|"
                       r"helpen|help|hielp|helpt|verzorg\w*|thuiszorg|uitkleden|meent het niet|bedoelt het niet|"
                       r"snapt (\w+ )?niet|weet (\w+ )?niet (meer )?wat|not on purpose|doesn t mean it|nie celowo|nie specjalnie|"
                       r"bilerek yapm\w*|kas[iı]tl[iı] de[gğ]il|не навмисно|не спеціально)\b|(مش|مو|ما) (بيقصد|قصده)|بدون قصد|ብፍላጥ ኣይኮነን")
_HURTS_THE_ILL = re.compile(r"\b(slaat|sloeg|duwt|duwde|schopt|knijpt|trapt|mishandelt|slaan|duwen|schoppen) (haar|hem|opa|oma)\b"
                            r"|\bmishandel\w*|\b(blauwe plek\w*|verwond\w*) (bij|op) (haar|hem)\b")
_HITTING = re.compile(r"\b(slaan|slaat|sloeg|geslagen|duwen|duwt|duwde|knijpen|knijpt|kneep|krabt|krabben|schoppen|schopt|"
                      r"trappen|trapt|grijpt|greep|klap|klappen|blauwe plek\w*|bijten|bijt)\b")
_WEAK = re.compile(r"\((boosheid|thuis|angst|geheim)\)$")
_ABOUT = re.compile(r"\b(film|films|serie|boek|documentaire|werkstuk|spreekbeurt|scriptie|voorlichting|les (\w+ ){0,2}over|"
                    r"gastles\w*|lesmateriaal|lesbrief\w*|"
                    r"lessen over|train\w*|traning|cursus\w*|workshop|scholing|avond over|protocol|nabestaand\w*|thriller|roman|"
                    r"podcast|toneelstuk|leesclub)\b")
_TOPIC_WORD = re.compile(r"^(zelfmoord\w*|zelfdoding|suicid\w*|suicide\w*|suicidaal|huiselijk( geweld)?|"
                         r"kindermishandeling|ouderenmishandeling)$")
# A young child's tantrum ("mijn peuter krijgt woedeaanvallen en slaat dan naar mij") is a CJG
# question, and being pushed on the school playground is bullying: there a hit on the writer
# without a named hitter ("slaat naar mij", "duwen ze me") is not violence at home.
_TANTRUM = re.compile(r"\b(peuter|peuters|kleuter|kleuters|dreumes|(zoon|dochter|zoontje|dochtertje|kind) van "
                      r"([1-5]|twee|drie|vier|vijf)( jaar)?)\b(\w| |\|)*\b(woedeaanval\w*|driftbui\w*|"
                      r"boze bui\w*|tantrum\w*|koppig\w*|gooit zich op de grond)\b")
_AT_SCHOOL = re.compile(r"\b(schoolplein|in de klas|in de pauze|elke pauze|op school|klasgenot\w*|gymles|kleedkamer|gepest)\b")
# Someone at home as the one who hits ("mama weet het niet" names no hitter)
_FAMILY = re.compile(r"\b(ouders|vader|moeder|papa|mama|pa|ma|stief\w*|broer|zus|oom|tante|opa|oma) (\w+ ){0,3}"
                     r"(slaat|sloeg|schopt|schopte|duwt|duwde|knijpt|trapt|pakt|gooit)\b|\bthuis (\w+ ){0,4}(slaat|sloeg|schopt|duwt|duwde)\b")
_HIT = (r"(slaan|slaat|sloeg|schoppen|schopt|schopte|bijten|bijt|beet|knijpen|knijpt|krabt|trappen|"
        r"trapt|duwen|duwt|duwde)")
# "slaat naar mij"; under a tantrum "hij slaat en schopt ons" is the young child ("ik sla hem" stays: a parent who hits)
_HIT_WITHOUT_HITTER = re.compile(rf"^({_HIT}( \w+){{0,2}} (me|mij|ons)|(hij|zij|ze) {_HIT}( en {_HIT})?( (me|mij|ons))?)$")
# at school, a classmate who pushes him or her ("ze duwen hem")
_HIT_AT_SCHOOL = re.compile(rf"^(?!.*\bik\b){_HIT}( \w+){{0,2}} (me|mij|ons|hem|haar)$")
# A child with autism or rages who throws things at home, and siblings who quarrel and push: a question for
# youth care or the CJG, not Veilig Thuis (hitting, threats and fear still count)
_OVERWHELMED = re.compile(r"\b(autis\w*|adhd|overprikkel\w*|woedeaanval\w*|driftbui\w*|woedebui\w*)\b")
_SIBLINGS = re.compile(r"\b(broer|zus|broertje|zusje) en ik\b(\w| |\|)*\bruzie\b|\bruzie (\w+ ){0,3}met (mijn|m n|mn) (broer|zus|broertje|zusje)\b")
_THROWN = re.compile(r"^(\w+ )?(gooit|gooide|gooien|smijt|smeet|smijten)\b")
_PUSHED = re.compile(r"\b(duw|duwen|duwt|duwde)\b")
_PAST = re.compile(urgent.PAST)
_COURSE = re.compile(r"\b(cursus\w*|\w+cursus|training|workshop|ehbo)\b")
_LEARNT = re.compile(r"(hartaanval|hartstilstand|reanim)")
# "het is niet dat ik er een eind aan wil maken", "not that I want to die": told as what it is not.
# The crisis rules skip the rest of that clause up to "maar"/"but"; what follows still counts.
_DENIED = re.compile(r"(?:\b(?:het|t) is |\bis het |^)niet (?:zo )?dat (?:ik|hij|ze|zij)\b(?:(?!\bmaar\b).)*|"
                     # "hij heeft nooit gezegd dat hij er niet meer wil zijn"; "bang dat ze denken dat ik mijn kind sla"
                     r"\b(?:heeft|hebben|had) (?:\w+ )?nooit gezegd dat (?:ik|hij|ze|zij)\b(?:(?!\bmaar\b).)*|"
                     r"\b(?:denken|denkt|dachten|vermoeden|vermoedt) (?:\w+ )?(?:dat )?ik (?:\w+ ){0,3}(?:sla|slaan|mishandel\w*|pijn doe)\b|"
                     r"\bnot that (?:i|he|she)\b(?:(?!\bbut\b).)*|\bik zou (?:mezelf|mijzelf) nooit\b(?:(?!\bmaar\b).)*|"
                     r"\bi (?:would|will) never (?:hurt|harm|kill) myself\b")
# "heeft een gat in zijn kamermuur geslagen": a wall or door, not a person (the rules' own guards
# look after the verb, "sloeg een gat in de deur"; here the verb comes last)
_WALL = re.compile(r"\b(een |twee |drie )?(gat|gaten|deuk|deuken) in (\w+ ){0,2}\w*(muur|muren|deur|deuren|wand|kast|raam)\w* "
                   r"(\w+ ){0,2}(geslagen|geschopt|gestompt|getrapt|gebeukt)\b")
# "iemand die me een schop onder mijn kont geeft": a push to get going, not a kick (dev50, December 2026)
_KICK_ON = re.compile(r"\b(een )?(schop|schopje|trap|trapje) onder (de|mijn|m n|je|zijn|z n|haar|onze|ons) (kont|reet|hol|broek)\b")
_COMPILED = {kind: [re.compile(p) for p in patterns] for kind, patterns in _RULES.items()}
_PAIR_AND_GROUP = [rx for pairs in signs.PAIRS.values() for pair in pairs
                   for rx in (pair.first, pair.second, pair.unless) if rx is not None] \
    + [group.pattern for groups in signs.GROUPS.values() for group in groups]
_ORDER = [rx for compiled in _COMPILED.values() for rx in compiled] + _PAIR_AND_GROUP
_SCANNER = Scanner(_ORDER)
_POSITION = {rx: n for n, rx in enumerate(_ORDER)}  # a rule of two kinds (ACUTE has THREAT): either place
_START = list(accumulate((len(compiled) for compiled in _COMPILED.values()), initial=0))
_SPAN = {kind: range(_START[k], _START[k + 1]) for k, kind in enumerate(_COMPILED)}


@dataclass(frozen=True)
class Signal:
    """A detected crisis: which service, whether danger is acute, and the words that showed it."""

    kind: CrisisKind
    acute: bool
    matched: tuple[str, ...]
    also: CrisisKind | None = None  # the other kind, when both show


class _Texts:
    """A message's forms, each with the rules that may match it (wegwijzer.safety.scan)."""

    def __init__(self, texts: tuple[str, ...]) -> None:
        self.forms = tuple((text, _SCANNER.possible(text)) for text in texts)
        self._any = frozenset().union(*(possible for _, possible in self.forms))

    def rules(self, kind: str) -> list[str]:
        """The matched text of each of a kind's rules, rule by rule, form by form."""
        span = _SPAN[kind]
        return [m.group(0) for n in sorted(n for n in self._any if n in span) for text, possible in self.forms
                if n in possible for m in [_ORDER[n].search(text)] if m]

    @staticmethod
    def search(rx: re.Pattern[str], text: str, possible: frozenset[int]) -> re.Match[str] | None:
        """rx.search(text), skipped when the scan showed that rx cannot match."""
        return rx.search(text) if _POSITION[rx] in possible else None

    def first(self, rx: re.Pattern[str]) -> re.Match[str] | None:
        """rx's match in the first form where it has one."""
        return next((m for text, possible in self.forms for m in [self.search(rx, text, possible)] if m), None)


def _hits(kind: str, texts: _Texts) -> list[str]:
    # One rule at a time: each keeps re's fast scan for its first word, which one big
    # alternation of all rules loses (measured: the alternation was slower than all rules).
    # Only the rules whose words the message contains are run (the scan, one pass).
    return texts.rules(kind) + _pair_hits(kind, texts) + _score_hits(kind, texts)


def _pair_hits(kind: str, texts: _Texts) -> list[str]:
    """Words of both groups of a pair rule, when both occur and nothing cancels them."""
    found: list[str] = []
    for pair in signs.PAIRS.get(kind, ()):
        if pair.unless and texts.first(pair.unless):
            continue  # checked on every form: lemmas can hide a word ("peuter" -> "peuteren")
        for text, possible in texts.forms:
            first, second = texts.search(pair.first, text, possible), texts.search(pair.second, text, possible)
            if first and second and first.group(0) != second.group(0):
                found += [first.group(0), second.group(0)]
                break
    return found


def _score_hits(kind: str, texts: _Texts) -> list[str]:
    """The signs of each group that shows, when together they reach the threshold."""
    shown = []
    for group in signs.GROUPS.get(kind, ()):
        hit = texts.first(group.pattern)
        if hit:
            shown.append((group, hit.group(0)))
    score = sum(group.weight for group, _ in shown)
    if score < signs.SCORE_THRESHOLD or not any(group.core for group, _ in shown):
        return []
    return [f"{word} ({group.name})" for group, word in shown]


def _fuzzy_hits(tokens: list[str]) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {}
    for token in tokens:
        if len(token) < 6:
            continue
        for word, kind in _FUZZY_WORDS.items():
            if fuzz.ratio(token, word) >= 85 or (len(token) > len(word) and token.startswith(word)):
                hits.setdefault(kind, []).append(token)
    return hits


def detect(text: str, parts: Sequence[Sequence[str]] | None = None) -> Signal | None:
    """The crisis signal in a message, or None. Runs before any other step.

    `parts`: the message's clauses when already read (wegwijzer.understanding.reading).
    """
    # Phrases stay inside a clause ("ik rook me dood, wil stoppen" is no "dood wil"): the
    # clauses are joined with "|", which no rule's word gaps (\w+ ) can cross.
    parts = _undenied(clauses(text) if parts is None else parts)
    tokens = [t for clause in parts for t in clause]
    texts = _forms(parts)
    fuzzy = _fuzzy_hits(tokens)
    suicide = _about_the_topic(_hits("zelfmoordpreventie", texts) + fuzzy.get("zelfmoordpreventie", []), texts)
    violence = _care_resisted(_not_at_home(_about_the_topic(_hits("veilig-thuis", texts) + fuzzy.get("veilig-thuis", []),
                                                            texts), texts), texts) + _hits("threat", texts)
    if not suicide and not violence:
        return None
    acute = bool(_hits("acute", texts))
    if suicide:
        return Signal("zelfmoordpreventie", acute, tuple(dict.fromkeys(suicide)),
                      "veilig-thuis" if violence else None)
    return Signal("veilig-thuis", acute, tuple(dict.fromkeys(violence)))


def acute(text: str, parts: Sequence[Sequence[str]] | None = None) -> bool:
    """Whether a message shows danger now (a weapon, someone at the door, an overdose taken, a
    height): for a crisis that the word model or the neighbours heard, 112 goes first too."""
    return bool(_hits("acute", _forms(clauses(text) if parts is None else parts)))


def emergency(text: str, parts: Sequence[Sequence[str]] | None = None) -> tuple[str, ...]:
    """The words that show acute danger needing 112 now (someone unconscious, a fire), or ()."""
    parts = clauses(text) if parts is None else parts
    # "vorige week is mijn auto in de fik gestoken": what the resident places in the past is no
    # 112 now, so a clause that does is left out (the rest of the message still counts).
    texts = _Texts((_joined(c for c in parts if not _PAST.search(" ".join(c))),))
    found = _hits("emergency", texts)
    lowered = text.lower()
    if _COURSE.search(lowered):  # "waar kan ik een reanimatiecursus doen": learning first aid, no 112
        found = [word for word in found if not _LEARNT.match(word)]
    if not _ORGANISATION.search(lowered):  # "de werkgever reageert niet" is no one lying still
        found += _hits("unresponsive", texts)
    return tuple(dict.fromkeys(found))


def _undenied(parts: Sequence[Sequence[str]]) -> list[list[str]]:
    """The clauses without what they deny ("het is niet dat ik dood wil"), a wall hit or a kick to get going."""
    kept = (_KICK_ON.sub("", _WALL.sub("", _DENIED.sub("", " ".join(clause)))).split() for clause in parts)
    return [clause for clause in kept if clause]


def anger_at_things(text: str) -> bool:
    """Whether the message tells of anger at things ("slaat dingen kapot"), which the rules do not
    read as violence against a person."""
    return bool(_THINGS.search(text.lower()))


def hitting_denied(text: str) -> bool:
    """Whether the message says in so many words that no one hits ("hij slaat niet ofzo")."""
    return bool(_NO_HITTING.search(text.lower()))


def _about_the_topic(hits: list[str], texts: _Texts) -> list[str]:
    """The hits, without the bare name of the topic ("zelfmoord", "huiselijk geweld") where a message
    about a film, a paper or a lesson tells what it is about ("een film waarin iemand zelfmoord
    pleegt", "een werkstuk over huiselijk geweld"). "Na die film denk ik aan zelfmoord" keeps it."""
    written = texts.forms[0][0]
    if not _ABOUT.search(written):
        return hits
    return [hit for hit in hits if not (_TOPIC_WORD.match(hit) and re.search(
        rf"\b(over|waarin|door|about)( \w+){{0,3}} {re.escape(hit)}|"
        rf"\b{re.escape(hit)}( \w+){{0,3}} (herken\w*|signaleer\w*|signaleren|bespreekbaar|train\w*|traning|cursus\w*)\b|"
        rf"\b(train\w*|traning|cursus\w*|workshop|scholing)( \w+){{0,4}} {re.escape(hit)}\b", written))]


def _not_at_home(hits: list[str], texts: _Texts) -> list[str]:
    """The hits, without a hit on the writer that names no hitter where a young child's tantrum or
    bullying at school (and no one at home) is told, things thrown by a child with autism or rages, and
    a push between quarrelling siblings."""
    written = texts.forms[0][0]
    if _OVERWHELMED.search(written):
        hits = [hit for hit in hits if not _THROWN.match(hit)]
    if _SIBLINGS.search(written):
        hits = [hit for hit in hits if not _PUSHED.search(hit)]
    if _TANTRUM.search(written):
        hits = [hit for hit in hits if not _HIT_WITHOUT_HITTER.match(hit)]
    if _AT_SCHOOL.search(written) and not _FAMILY.search(written):
        hits = [hit for hit in hits if not (_HIT_WITHOUT_HITTER.match(hit) or _HIT_AT_SCHOOL.match(hit))]
    return hits


def care_resisted(text: str) -> bool:
    """Whether the message tells of a parent with dementia who hits out at their care, and of no one
    who hurts that parent."""
    lowered = text.lower()
    return bool(_DEMENTIA.search(lowered) and _CARE_ACT.search(lowered)) and not _HURTS_THE_ILL.search(lowered)


def _care_resisted(hits: list[str], texts: _Texts) -> list[str]:
    """The hits, without blows and marks where care is resisted (see care_resisted); what is left of
    the signal scores then is too weak on its own."""
    if not hits or not care_resisted(texts.forms[0][0]):
        return hits
    kept = [hit for hit in hits if not _HITTING.search(hit)]
    return [] if all(_WEAK.search(hit) for hit in kept) else kept


def _forms(parts: Sequence[Sequence[str]]) -> _Texts:
    """The words as written and their lemmas, each clause apart."""
    return _Texts((_joined(parts), _joined([lemma(t) for t in c] for c in parts)))


def _joined(parts: Iterable[Sequence[str]]) -> str:
    # Clauses joined with "|", which no rule's word gaps (\w+ ) can cross.
    return " | ".join(" ".join(c) for c in parts)
