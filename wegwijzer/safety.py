"""Crisis signals: violence at home, abuse, suicidal thoughts, acute danger.

Checked before any matching. The rules are phrases on the folded text and on its
lemmas, so "sloeg", "slaat" and "geslagen" are all "slaan". Tuned for recall: a
missed crisis is the worst failure this product has. Kept in code, not in the
staff-editable knowledge base, so an edit to the knowledge base cannot switch them off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from wegwijzer.text import lemma, tokenize

CrisisKind = Literal["veilig-thuis", "zelfmoordpreventie"]

# Well-known national numbers (free, 24/7). Shown even if the knowledge base is wrong.
NUMBERS = {"veilig-thuis": "0800-2000", "zelfmoordpreventie": "0800-0113", "112": "112"}

_PERSON = (r"(?:man|vrouw|partner|vriend|vriendin|vader|moeder|papa|mama|pa|ma|ouders?|stiefvader|"
           r"stiefmoeder|zoon|dochter|broer|zus|oom|tante|opa|oma|ex|echtgenoot|echtgenote|"
           r"schoonvader|schoonmoeder|vent|verzorger|verzorgster|thuiszorg|buurman|hij|zij|"
           r"husband|wife|boyfriend|girlfriend|father|mother|dad|mum|mom|stepfather|he|she|uncle)")
_HURT = (r"(?:slaan|schoppen|stompen|wurgen|mishandelen|bedreigen|dreigen|duwen|knijpen|"
         r"pijn doen|hit|hits|beat|beats|hurt|hurts|kick|kicks|choke|chokes|threaten|threatens)")
_VICTIM = r"(?:me|mij|ons|haar|hem|mama|papa|mijn \w+|m n \w+|onze \w+|my \w+|us|her|him)"

_VIOLENCE = [
    r"\b(huiselijk geweld|kindermishandeling|ouderenmishandeling|mishandel\w*|misbruik\w*|"
    r"verkracht\w*|aangerand|aanranding|incest|seksueel misbruik|domestic (violence|abuse)|"
    r"abused?|abusing|child abuse|geweld (thuis|in huis|bij ons)|thuis geweld)\b",
    rf"\b{_PERSON}( \w+){{0,3}} {_HURT}\b(?! (ander|andere|terug)\b)",
    rf"\b{_HURT}( \w+){{0,2}} {_VICTIM}\b(?! om de o)",
    rf"\b{_PERSON} doen (\w+ ){{0,2}}pijn\b",
    r"\b(word|wordt|worden|werd|ben|is) (\w+ ){0,4}(geslagen|mishandeld|bedreigd|geschopt|gewurgd|misbruikt)\b",
    r"\bdurf\w* (\w+ ){0,2}niet (meer )?(naar )?(huis|thuis)\b",
    rf"\bbang (voor|van) (mijn|m n|onze|de|haar|zijn) {_PERSON}\b",
    r"\b(niet |on)veilig (\w+ ){0,2}(thuis|in huis|bij ons)\b|\bthuis (\w+ ){0,2}(niet |on)veilig\b|\bnot safe at home\b",
    rf"\bafraid of (my )?{_PERSON}\b",
    rf"\b{_PERSON} (\w+ ){{0,2}}(zit|zat|zitten) (\w+ )?aan (me|mij)\b",
    r"\b(aan (me|mij) zitten)\b",
    r"\bmag (\w+ ){0,3}niet (\w+ ){0,4}(de deur uit|naar buiten|alleen weg)\b",
    r"\b(sluit|sluiten|sloot) (me|mij|ons|haar|hem|de kinderen) op\b|\bopgesloten\b|\bsluit (\w+ ){0,3}op\b",
    r"\bblauwe plekken\b|\bbruises?\b|\b(wordt|worden|werd|werden) (\w+ ){0,3}verwaarloosd\b|\bverwaarlozing\b|\bverwaarloost (\w+ ){0,2}(haar|zijn|mijn|de|hun) \w+|\bkrijgt geen eten\b",
    rf"\b{_PERSON} (\w+ ){{0,8}}{_HURT}\b(?! (ander|andere|terug)\b)",
    rf"\bbang (\w+ ){{0,3}}(voor|van) (hem|haar|mijn {_PERSON}|m n {_PERSON})\b|\bbang (om|te) (\w+ ){{0,2}}(naar huis|thuis)\b",
    r"\b(dreigt|dreigde|dreigen|bedreigt) (\w+ ){0,3}(me|mij|ons|haar|hem|de kinderen|mijn \w+)\b",
    r"\b(schreeuwen|gillen|gegil|geschreeuw) (\w+ ){0,6}(slaan|klappen|bonken|pijn|help)\b|\b(slaan|klappen) (\w+ ){0,6}(schreeuwen|gillen)\b",
    r"\b(dronken|drinkt) (\w+ ){0,8}(slaan|schoppen|bedreigen|bang|opgesloten|sluiten)\b",
]
# Threats with a weapon or to kill: a crisis on their own, and acute (112 first).
_THREAT = [
    r"\b(met|pakt|pakte|pakken|heeft|had|zwaait|dreigt|dreigen) (\w+ ){0,2}(mes|pistool|wapen|vuurwapen|knife|gun)\b",
    r"\b(vermoord\w*|doodmaken|dood maken|maakt (me|mij|ons) dood|kill (me|us|her|him))\b",
]
_ACUTE = _THREAT + [
    r"\b(nu|now) (\w+ ){0,3}(voor de deur|binnen|in huis|at the door)\b",
    r"\b(direct|acuut|meteen) gevaar\b|\bin gevaar\b",
]
_SUICIDE = [
    r"\b(zelfmoord\w*|zelfdoding|suicid\w*|suicide\w*|suicidaal)\b",
    r"\b(wil|wilt|wou|wilde|willen|want to|wanna) (\w+ ){0,2}(dood|sterven|die)\b",
    r"\bdood (wil|willen|zijn)\b(?! moe)",
    r"\bniet meer (wil |wilt |willen )?(leven|leve|levn|leefe|wakker (worden|te worden)|verder (leven|willen))\b",
    r"\b(wil|wilt|willen|hoef|hoeft) (\w+ ){0,3}niet meer (leven|leve|levn|verder|zijn|bestaan)\b",
    r"\bals ik (er )?niet meer (was|ben|zou zijn|besta)\b|\bniemand (zou|zal) (me|mij) missen\b",
    r"\b(er|hier) niet meer (zijn|willen zijn|wil zijn)\b",
    r"\bzie (het|t|alles|het leven) (\w+ )?niet meer zitten\b",
    r"\b(geen zin (meer )?in (het|mijn) leven|(het|mijn) leven (heeft|is) geen zin|leven zinloos)\b",
    r"\b(eind|einde) (\w+ ){0,2}(aan|maken aan) (mijn leven|alles|het leven|het allemaal)\b",
    r"\b(mezelf|mijzelf) (van kant|iets aan(doen)?|ophangen|doden|dood\w*)\b|\bvan kant maken\b",
    r"\bme (van kant|iets aan(doen)?|ophangen)\b|\bmijn leven (beeindigen|nemen)\b",
    r"\buit het leven (stappen|gaan)\b|\bbeter af zonder mij\b|\bvoor de trein\b",
    r"\b(kill|hurt|hang) myself\b|\bend (my life|it all)\b|\bno reason to live\b",
    r"\b(dont|do not|don t) want to (live|be alive|wake up|be here)\b|\bwant to die\b",
    r"\b(het|t) hoeft (voor mij )?niet meer\b|\bklaar met (het leven|leven|alles|mijn leven)\b",
    r"\bafscheidsbrie\w*|\bafscheid (\w+ ){0,3}(nemen|genomen) van (iedereen|jullie)\b",
    r"\bwil (\w+ ){0,2}(verdwijnen|slapen en nooit|nooit meer wakker)\b|\bnooit meer wakker\b",
    r"\b(can t|cannot|can not) go on\b|\b(want|wanna) to disappear\b|\bbetter off without me\b",
    r"\b(overdosis|pillen (innemen|slikken) (om|zodat))\b|\bpillen (\w+ )?(gespaard|verzameld|opgespaard)\b",
    r"\b(pillen|medicijnen|tabletten) (\w+ ){0,8}(allemaal|tegelijk) (\w+ ){0,2}(in te nemen|innemen|slikken)\b",
    r"\b(van|op) (een|de) (brug|flat|dak) (springen|af springen|te springen)\b|\bsta (\w+ ){0,3}op (een|de) brug\b",
]
_FUZZY_WORDS = {"zelfmoord": "zelfmoordpreventie", "suicide": "zelfmoordpreventie",
                "mishandeling": "veilig-thuis", "mishandeld": "veilig-thuis",
                "kindermishandeling": "veilig-thuis", "huiselijk": "veilig-thuis"}
_RULES = {"veilig-thuis": _VIOLENCE, "zelfmoordpreventie": _SUICIDE, "acute": _ACUTE, "threat": _THREAT}
_COMPILED = {kind: [re.compile(p) for p in rules] for kind, rules in _RULES.items()}
# One alternation per kind: a single pass says whether any rule of that kind matches.
# Most messages match none, so the rules one by one (for the matched words) run rarely.
_ANY = {kind: re.compile("|".join(f"(?:{p})" for p in rules)) for kind, rules in _RULES.items()}


@dataclass(frozen=True)
class Signal:
    """A detected crisis: which service, whether danger is acute, and the words that showed it."""

    kind: CrisisKind
    acute: bool
    matched: tuple[str, ...]
    also: CrisisKind | None = None  # the other kind, when both show


def _hits(kind: str, texts: tuple[str, ...]) -> list[str]:
    if not any(_ANY[kind].search(text) for text in texts):
        return []
    return [m.group(0) for rx in _COMPILED[kind] for text in texts for m in [rx.search(text)] if m]


def _fuzzy_hits(tokens: list[str]) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {}
    for token in tokens:
        if len(token) < 6:
            continue
        for word, kind in _FUZZY_WORDS.items():
            if fuzz.ratio(token, word) >= 85 or (len(token) > len(word) and token.startswith(word)):
                hits.setdefault(kind, []).append(token)
    return hits


def detect(text: str) -> Signal | None:
    """The crisis signal in a message, or None. Runs before any other step."""
    tokens = tokenize(text)
    texts = (" ".join(tokens), " ".join(lemma(t) for t in tokens))
    fuzzy = _fuzzy_hits(tokens)
    suicide = _hits("zelfmoordpreventie", texts) + fuzzy.get("zelfmoordpreventie", [])
    violence = _hits("veilig-thuis", texts) + fuzzy.get("veilig-thuis", []) + _hits("threat", texts)
    if not suicide and not violence:
        return None
    acute = bool(_hits("acute", texts))
    if suicide:
        return Signal("zelfmoordpreventie", acute, tuple(dict.fromkeys(suicide)),
                      "veilig-thuis" if violence else None)
    return Signal("veilig-thuis", acute, tuple(dict.fromkeys(violence)))
