"""The safety step in one place: rules, word model, nearest questions, and 112.

Three readers, each catching what the others miss: phrase rules (wegwijzer.safety) for
what we foresaw, the word model (wegwijzer.safety_model) for Dutch words in new orders, and
the nearest development questions in meaning (wegwijzer.safety_knn) for any language.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from wegwijzer.safety import Signal, detect, emergency
from wegwijzer.safety_knn import CrisisNeighbours, Vote
from wegwijzer.safety_model import SafetyModel, features
from wegwijzer.settings import MatchSettings
from wegwijzer.understanding.reading import Reading


@dataclass(frozen=True)
class Danger:
    """What the safety step found in one question."""

    crisis: Signal | None  # answer with the crisis number first
    urgent: tuple[str, ...]  # why 112 is needed now (empty: it is not)
    worry: float  # the word model's probability, for the matcher's crisis net
    hint: str | None  # the crisis service whose number goes above an ordinary answer


def assess(reading: Reading, small_talk: bool, model: SafetyModel, neighbours: CrisisNeighbours,
           m: MatchSettings) -> Danger:
    """Rules first; then the word model; then the nearest questions; 112 beside all three."""
    vote = neighbours.vote(reading.vector) if reading.vector is not None else None
    urgent = _urgent(reading, vote, m)
    signal = detect(reading.text, reading.clauses)
    if signal is not None:  # the rules are sure: the other readers cannot change a crisis answer
        return Danger(dataclasses.replace(signal, acute=signal.acute or bool(urgent)), urgent, 0.0, None)
    score = model.score_of(features(reading.text, reading.clauses))
    if score.probability >= m.safety_model_threshold:
        why = score.words + (f"woordmodel {score.probability:.2f}",)
        signal = Signal(score.kind, bool(urgent), why)  # type: ignore[arg-type]
    # In Dutch the rules and the word model know the words, and the embedding alone puts idioms
    # next to crises ("ik verveel me dood" beside "ik wil dood"): there the nearest questions
    # need some worry from the word model too. A message of only thanks is never a crisis.
    elif vote is not None and not small_talk and vote.crisis >= m.neighbours_threshold \
            and (reading.language != "nl" or score.probability >= m.neighbours_worry):
        why = (f"lijkt op crisisvraag: '{vote.nearest}' ({vote.similarity:.2f})", f"buren {vote.crisis:.2f}")
        signal = Signal(vote.kind, bool(urgent), why)  # type: ignore[arg-type]
    return Danger(signal, urgent, score.probability, _hint(score.probability, score.kind, vote, m))


def _urgent(reading: Reading, vote: Vote | None, m: MatchSettings) -> tuple[str, ...]:
    found = emergency(reading.text, reading.clauses)
    if vote is not None and vote.emergency >= m.emergency_threshold:
        found += (f"lijkt op 112-vraag: '{vote.nearest}'",)
    return found


def _hint(probability: float, kind: str, vote: Vote | None, m: MatchSettings) -> str | None:
    if probability >= m.safety_hint_threshold:
        return kind
    if vote is not None and vote.crisis >= m.neighbours_hint_threshold:
        return vote.kind
    return None
