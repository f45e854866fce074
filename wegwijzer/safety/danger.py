"""The safety step in one place: rules, word model, nearest questions, and 112.

Three readers, each catching what the others miss: phrase rules (wegwijzer.safety.check) for
what we foresaw, the word model (wegwijzer.safety.model) for Dutch words in new orders, and
the nearest development questions in meaning (wegwijzer.safety.knn) for any language.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from wegwijzer.safety import lexicon
from wegwijzer.safety.check import Signal, acute, anger_at_things, care_resisted, detect, emergency, hitting_denied
from wegwijzer.safety.denied import denies_violence
from wegwijzer.safety.idioms import idiom
from wegwijzer.safety.knn import CrisisNeighbours, Nearest, Vote
from wegwijzer.safety.model import SafetyModel, Score, features
from wegwijzer.safety.topic import about_the_work, without_topic
from wegwijzer.settings import MatchSettings
from wegwijzer.understanding.reading import Reading


@dataclass(frozen=True)
class Danger:
    """What the safety step found in one question."""

    crisis: Signal | None  # answer with the crisis number first
    urgent: tuple[str, ...]  # why 112 is needed now (empty: it is not)
    worry: float  # the word model's probability, for the matcher's crisis net
    hint: str | None  # the crisis service whose number goes above an ordinary answer
    nearest: Nearest | None = None  # the nearest development questions (matching reads them too)
    neighbours: float = 0.0  # their weighted share of crises
    calm: bool = False  # an idiom of dying or killing ("umieram z nudów"): no crisis service by meaning
    about: str | None = None  # a question about the work: the crisis service it asks about, as information


# Languages the rules and the word model read (Dutch, and English, which the development sets and the
# English rules cover): there the nearest questions need the word model's worry too. In December 2026 an
# English "my bin was not emptied" sat at 0.88 from "I don't want to live anymore"; on the dev sets no
# English crisis was found by the neighbours alone.
_READ = ("nl", "en")


def assess(reading: Reading, small_talk: bool, model: SafetyModel, neighbours: CrisisNeighbours,
           m: MatchSettings) -> Danger:
    """Rules first; then the word model; then the nearest questions; 112 beside all three."""
    near = neighbours.nearest(reading.vector) if reading.vector is not None else None
    vote = neighbours.vote_of(near) if near is not None else None
    said = idiom(reading.text)
    calm = said is not None  # "umieram z nudów": near a crisis in meaning only
    if vote is not None and calm:  # so the neighbours neither vote for a crisis or 112 nor push towards one
        vote = dataclasses.replace(vote, crisis=0.0, emergency=0.0)
    urgent = _urgent(reading, vote, m)
    signal = detect(reading.text, reading.clauses) or _in_other_words(reading.text, said)
    if signal is not None:  # the rules are sure: the other readers cannot change their answer
        return _by_rules(signal, urgent, reading.text, near)
    score = _word_score(reading, model)
    signal = None if small_talk else _learnt_signal(reading, score, vote, urgent, m)
    if signal is not None and _not_for_veilig_thuis(signal, urgent, reading.text):
        signal = None
    # A question about the work ("hoe merk je dat iemand aan zelfmoord denkt, is daar een training voor?")
    # gets that service's information as an ordinary answer, not the crisis answer, unless danger is acute.
    about = signal.kind if signal is not None and not signal.acute and about_the_work(reading.text) else None
    signal = None if about else signal
    short_dutch = reading.language in _READ and reading.words <= 4
    hint_at = m.safety_hint_threshold if reading.language in _READ else m.safety_hint_threshold_other
    hint = _hint(score.probability, score.kind, vote, m, short_dutch, hint_at)
    return Danger(signal, urgent, score.probability, hint,
                  None if calm else near, vote.crisis if vote is not None else 0.0, calm, about)


def _by_rules(signal: Signal, urgent: tuple[str, ...], text: str, near: Nearest | None) -> Danger:
    """What a rule's signal gives: nothing for violence outside the home, the service's information
    for a question about the work, else the crisis answer (with 112 when danger is acute)."""
    if _not_for_veilig_thuis(signal, urgent, text):
        return Danger(None, urgent, 0.0, None, near)
    if not (signal.acute or urgent) and about_the_work(text):
        return Danger(None, urgent, 0.0, None, near, about=signal.kind)
    return Danger(dataclasses.replace(signal, acute=signal.acute or bool(urgent)), urgent, 0.0, None, near)


def _word_score(reading: Reading, model: SafetyModel) -> Score:
    """The word model's worry; "13" or "??" has no words to hear a worry in."""
    score = model.score_of(features(reading.text, reading.clauses))
    if not any(ch.isalpha() for ch in reading.text):
        score = dataclasses.replace(score, probability=0.0, words=())
    return score


def _learnt_signal(reading: Reading, score: Score, vote: Vote | None, urgent: tuple[str, ...],
                   m: MatchSettings) -> Signal | None:
    """The word model's crisis, else the nearest questions' crisis, where the words allow it."""
    # A message of only thanks ("bedankt!") is never the word model's crisis: farewell letters
    # in the development sets thank people too. The rules still read it ("bedankt voor alles, ik ga nu").
    # Outside Dutch the model knows fewer words: one word alone ("tonight") is no crisis there.
    alone = reading.language != "nl" and len(score.words) < 2
    # No Veilig Thuis by the word model alone for an emergency without a word of violence ("opa heeft
    # pijn op zijn borst": 112 alone), anger at things ("mijn zoon slaat dingen kapot als hij boos is")
    # or hitting denied in so many words ("hij slaat niet ofzo, maar het is schreeuwen").
    # Anger at things also keeps the nearest questions from a Veilig Thuis crisis: they only vote,
    # the words say it is things. ("Hij slaat me niet, maar hij leest mijn berichten" stays theirs.)
    # A parent with dementia who hits out at their care, and violence denied in so many words in any
    # language ("hij is niet gewelddadig", "مش عنيف"), count as anger at things here (December 2026, dev47, dev48).
    things = anger_at_things(reading.text) or care_resisted(reading.text) or denies_violence(reading.text)
    no_violence = score.kind == "veilig-thuis" and (
        (bool(urgent) and not _VIOLENT.search(reading.text.lower())) or things or hitting_denied(reading.text))
    # The model learnt mostly Dutch words; in other languages a few weak words ("tonight", "of the")
    # reach a Dutch threshold, so there it needs the higher one (the lexicon and neighbours read those).
    threshold = m.safety_model_threshold if reading.language == "nl" else m.safety_model_threshold_other
    if score.probability >= threshold and not alone and not no_violence:
        why = score.words + (f"woordmodel {score.probability:.2f}",)
        return Signal(score.kind, _now(reading, urgent), why)  # type: ignore[arg-type]
    # In Dutch and English the rules and the word model know the words, and the embedding alone puts idioms
    # next to crises ("ik verveel me dood" beside "ik wil dood"): there the nearest questions
    # need some worry from the word model too.
    # Elsewhere the nearest question must be a crisis itself, or the vote strong (settings.neighbours_strong).
    if vote is not None and vote.crisis >= m.neighbours_threshold and not (vote.kind == "veilig-thuis" and things) \
            and (score.probability >= m.neighbours_worry if reading.language in _READ
                 else vote.nearest_crisis or vote.crisis >= m.neighbours_strong):
        why = (f"lijkt op crisisvraag: '{vote.nearest}' ({vote.similarity:.2f})", f"buren {vote.crisis:.2f}")
        # Unsure which crisis (the neighbours are split): both numbers, the likelier one first.
        return Signal(vote.kind, _now(reading, urgent), why, vote.other_kind(m.neighbours_both_kinds))  # type: ignore[arg-type]
    return None


def _now(reading: Reading, urgent: tuple[str, ...]) -> bool:
    """Whether the crisis is happening now (112 beside the crisis number)."""
    return bool(urgent) or acute(reading.text, reading.clauses)


def _in_other_words(text: str, idiom_said: str | None) -> Signal | None:
    """The crisis words of the newcomers' languages (wegwijzer.safety.lexicon), as a rule signal.

    Words inside an idiom ("ብጭንቀት ክመውት እየ", I will die of worry) and the topic of a workshop or
    leaflet asked for ("ورشة عن العنف الأسري") do not count.
    """
    hits = [h for h in lexicon.find(without_topic(text)) if idiom_said is None or h.words not in idiom_said]
    if any(h.kind == "veilig-thuis" for h in hits) and care_resisted(text):
        # a parent with dementia who hits out at the carer: not Veilig Thuis (read only when it matters)
        hits = [h for h in hits if h.kind != "veilig-thuis"]
    if not hits:
        return None
    kinds = {h.kind for h in hits}
    also = "veilig-thuis" if len(kinds) > 1 else None
    return Signal(hits[0].kind, False, tuple(f"{h.words} ({h.language})" for h in hits), also)  # type: ignore[arg-type]


# Who or where makes violence "at home": then Veilig Thuis stays first, beside 112.
_HOME = (r"thuis|huis|woning|kamer|mijn (man|vrouw|ex|partner|vriend|vriendin|vader|moeder|stiefvader|"
         r"broer)|m[ny]n? (man|ex|vader|pa|moeder|ma)|stiefvader|schoonvader|papa|mama|"
         r"home|my (husband|wife|ex|partner|father|dad|mother|mom)")
_AT_HOME = re.compile(rf"\b({_HOME}|slaat (me|mij|haar|hem)|mishandel\w*)\b")
_HOME_PEOPLE = re.compile(rf"\b({_HOME})\b")  # (who, not "mishandeld": strangers abuse too)


_VIOLENT = re.compile(r"\b(slaa?t|sloeg|geslagen|schopt|geschopt|duwt|mishandel\w*|geweld|dreig\w*|bedreig\w*|mes|"
                      r"vermoord\w*|wurg\w*|pijn doet|hits?|beats?|kicks?|knife|threat\w*)\b")
# Places outside the home, named as such (not "buiten": "hij staat buiten voor de deur").
_OUTSIDE = re.compile(r"(straat\b|\bsnackbar\b|\bkroeg\b|\bcaf[eé]\b|\bparkeerplaats\b|\bparkeerterrein\b|\bwinkelcentrum|\btankstation|\bstation\b|plein\b|\bpark\b|\bspeeltuin\b|\bbushalte\b|\bin het water\b|"
                      r"\bin de (bus|trein|winkel|supermarkt)\b|\bop de stoep\b|\bstreet\b|\bin the water\b|"
                      r"\bshopping centre\b|\bgas station\b|\bgemeentehuis|\bstadhuis|\bloket\b|\bbibliotheek\b|\bwachtkamer\b|"
                      r"\bsporthal\b|\btown hall\b|\bparking lot\b|\bcar park\b)")


def _not_for_veilig_thuis(signal: Signal, urgent: tuple[str, ...], text: str) -> bool:
    """Violence that is not at home: an emergency in the street (112) or a crime by strangers."""
    return _in_the_street(signal, urgent, text) or _a_crime(signal, text)


def _in_the_street(signal: Signal, urgent: tuple[str, ...], text: str) -> bool:
    """An emergency that the resident places outside the home (a knife in the street, someone
    in the water) needs 112, not Veilig Thuis: 112 first, with no crisis service."""
    lowered = text.lower()
    return bool(urgent) and signal.kind == "veilig-thuis" and bool(_OUTSIDE.search(lowered)) \
        and not _AT_HOME.search(lowered)


# A crime by strangers outside the home, told as a victim (Slachtofferhulp), is no Veilig Thuis case.
_STRANGERS = re.compile(r"\b(onbekend\w*|vreemde\w*|die jongens|een groep|dader\w*|overval\w*|beroofd|gestolen|"
                        r"uitgaan|uitgang|kroeg|cafe|café|strangers?|robbed|mugged)\b")
_SEXUAL = re.compile(r"\b(verkracht\w*|aangerand|aanranding|misbruik\w*|rape[sd]?|assaulted sexually)\b")  # stays a crisis
_CRIME = re.compile(r"\b(aangifte|slachtoffer\w*|getuige|politie|rechtbank|dader\w*|schadevergoeding|victim|police)\b")


def _a_crime(signal: Signal, text: str) -> bool:
    """Violence by strangers that the resident reports as a crime ("mishandeld door onbekenden,
    aangifte gedaan"): legal help and Slachtofferhulp, not the crisis answer of Veilig Thuis."""
    lowered = text.lower()
    return signal.kind == "veilig-thuis" and not _HOME_PEOPLE.search(lowered) and not _SEXUAL.search(lowered) \
        and bool(_OUTSIDE.search(lowered) or _STRANGERS.search(lowered)) and bool(_CRIME.search(lowered))


def _urgent(reading: Reading, vote: Vote | None, m: MatchSettings) -> tuple[str, ...]:
    found = emergency(reading.text, reading.clauses)
    found += tuple(f"{h.words} ({h.language})" for h in lexicon.emergency(reading.text))
    if vote is not None and vote.emergency >= m.emergency_threshold:
        found += (f"lijkt op 112-vraag: '{vote.nearest}'",)
    return found


def _hint(probability: float, kind: str, vote: Vote | None, m: MatchSettings, short_dutch: bool,
          hint_at: float) -> str | None:
    if probability >= hint_at:
        return kind
    # A short Dutch question's nearest questions alone are no reason for a crisis number: "ik wil
    # opvoedadvies" sits near "ik wil dood" in meaning; there the word model must hear some worry.
    if vote is not None and vote.crisis >= m.neighbours_hint_threshold \
            and (not short_dutch or probability >= m.neighbours_hint_worry):
        return vote.kind
    return None
