"""A small word model for crisis signals, beside the phrase rules of wegwijzer.safety.check.

The phrase rules catch what someone writes in words we foresaw; tested on questions
written later by other people, they missed about half. This model scores every word
and word pair of a message (logistic regression: crisis or not),
learnt from the development sets' crisis and near-miss questions (see wegwijzer.safety.train).
It is explainable: the words that weigh most for a message are returned with the score.
A second model, learnt from the crisis questions only, tells 113 from Veilig Thuis.
The weights are a JSON file in the package, so a knowledge-base edit cannot change them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from wegwijzer.text import STOPWORDS, clauses, lemma
from wegwijzer.understanding.logistic import pieces, read_weights, sigmoid

MODEL_FILE = Path(__file__).parent / "model.json"
# Words that are stopwords for routing but carry meaning for safety ("ik wil niet meer").
KEEP = frozenset("niet meer geen nooit dood me mij mezelf alleen iedereen niemand thuis altijd".split())


# "sinds mijn man er niet meer is": someone else has died, which the model should not read as the
# writer's "ik wil er niet meer zijn" (a widow's loneliness sat at 0.63 after relearning in December 2026)
_OTHERS = frozenset("man vrouw partner echtgenoot echtgenote moeder vader ma pa mama papa opa oma zoon dochter "
                    "broer zus vriend vriendin kind hij zij ze".split())
_GONE = ("er", "niet", "meer")


def someone_died(tokens: Sequence[str]) -> list[str]:
    """The clause with "<someone> er niet meer is/was" read as "<someone> overleden"."""
    out = list(tokens)
    for i in range(len(out) - 4, 0, -1):
        if out[i - 1] in _OTHERS and tuple(out[i:i + 3]) == _GONE and out[i + 3] in ("is", "was"):
            out[i:i + 4] = ["overleden"]
    return out


def features(text: str, parts: Sequence[Sequence[str]] | None = None) -> frozenset[str]:
    """Lemmas, adjacent lemma pairs and the words' four-letter pieces, within each clause."""
    found: set[str] = set()
    for tokens in (someone_died(c) for c in (clauses(text) if parts is None else parts)):
        lemmas = [lemma(t) for t in tokens if not t.isdigit()]  # ages and dates: too few to learn
        found.update(t for t in lemmas if t not in STOPWORDS or t in KEEP)
        found.update(f"{a} {b}" for a, b in zip(lemmas, lemmas[1:]))
        # Pieces keep the numbers: "113" and "0800" mostly come with questions about a helpline.
        # (With them and L2 1e-2, cross-validated recall on the first seven sets went 0.46 -> 0.57
        # at 0.5% false alarms: "mesje" shares "#mesj" with "mes".)
        found.update(pieces(tokens))
    return frozenset(found)


@dataclass(frozen=True)
class Score:
    """The model's probability for one crisis service, and the words that weighed most."""

    kind: str
    probability: float
    words: tuple[str, ...]


class SafetyModel:
    """Two logistic models: crisis or not, and (for a crisis) 113 or Veilig Thuis."""

    def __init__(self, weights: dict[str, dict[str, float]], bias: dict[str, float]) -> None:
        self.weights = weights  # "crisis" and "suicide": feature -> weight
        self.bias = bias

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> "SafetyModel":
        """Read the shipped weights."""
        return cls(*read_weights(path))

    def score(self, text: str) -> Score:
        """The probability that a message signals a crisis, which service, and why."""
        return self.score_of(features(text))

    def score_of(self, found: frozenset[str]) -> Score:
        """The same, for features already taken from a message."""
        crisis, words = self._logit("crisis", found)
        suicide, _ = self._logit("suicide", found)
        kind = "zelfmoordpreventie" if suicide >= 0.5 else "veilig-thuis"
        return Score(kind, crisis, words)

    def _logit(self, name: str, found: frozenset[str]) -> tuple[float, tuple[str, ...]]:
        weights = self.weights[name]
        parts = sorted(((weights[f], f) for f in found if f in weights), reverse=True)
        z = self.bias[name] + sum(w for w, _ in parts)
        # Explanations name words and word pairs; letter pieces are too cryptic to show.
        return sigmoid(z), tuple(f for w, f in parts if w > 0 and not f.startswith("#"))[:4]


@lru_cache(maxsize=1)
def shipped_model() -> SafetyModel:
    """The model in the package, loaded once."""
    return SafetyModel.load()
