"""A crisis head on the embeddings: the nearest development questions vote.

The phrase rules and the word model read Dutch words; a resident who writes "mój mąż mnie
bije" or "Я хочу вбити себе" uses none of them. The multilingual embedding puts such a
message near the crisis questions of the development sets, in whatever language those were
written. The k nearest questions (cosine) vote: the share that was a crisis, which kind,
and the share that needed 112 now. Learnt by wegwijzer.safety.knn_train from the dev sets
only; shipped in the package, so a knowledge-base edit cannot change it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

KNN_FILE = Path(__file__).parent / "knn.npz"
CALM, VIOLENCE, SUICIDE = 0, 1, 2  # labels of a development question


@dataclass(frozen=True)
class Vote:
    """What the nearest development questions say about a message, and the nearest one."""

    crisis: float  # share of the k nearest that were a crisis
    kind: str  # "veilig-thuis" or "zelfmoordpreventie", by majority of the crisis neighbours
    emergency: float  # share that needed 112 now
    nearest: str
    similarity: float
    suicide: float = 0.0  # of the crisis neighbours' weight, the share that was about suicide or self-harm
    nearest_crisis: bool = False  # whether the nearest question itself was a crisis

    def other_kind(self, share: float) -> str | None:
        """The other crisis kind, when at least `share` of the crisis neighbours were that kind."""
        other = self.suicide if self.kind == "veilig-thuis" else 1.0 - self.suicide
        if not self.crisis or other < share:
            return None
        return "zelfmoordpreventie" if self.kind == "veilig-thuis" else "veilig-thuis"


@dataclass(frozen=True)
class Nearest:
    """The k development questions nearest a message (rows, nearest first) and their weights."""

    rows: np.ndarray
    weights: np.ndarray
    similarity: float  # cosine of the nearest one


class CrisisNeighbours:
    """Unit vectors of labelled development questions; k nearest by cosine."""

    def __init__(self, vectors: np.ndarray, labels: np.ndarray, emergency: np.ndarray,
                 texts: list[str], k: int = 11, sharpness: float = 0.02, leave_out_same: bool = False,
                 services: list[str] | None = None) -> None:
        self.vectors = vectors.astype(np.float32)
        self.services = services or [""] * len(texts)  # "id" or "id1|id2"; "" outside the social domain
        self.labels = labels
        self.emergency = emergency
        self.texts = texts
        self.k = k
        # Nearer neighbours weigh more: weight exp((cos - best cos) / sharpness). Leave-one-out
        # on the dev sets, k 5..15 and sharpness 0.01..0.05 or none: k 11 and 0.02 gave the most
        # recall at <= 1.5% false alarms (0.78 at threshold 0.60), unweighted k 7 gave 0.71.
        self.sharpness = sharpness
        # For measuring on the dev sets themselves: a question never votes for itself.
        self.leave_out_same = leave_out_same

    @classmethod
    def load(cls, path: Path = KNN_FILE) -> "CrisisNeighbours":
        """Read the shipped vectors and labels."""
        with np.load(path, allow_pickle=False) as data:
            services = [str(t) for t in data["services"]] if "services" in data else None
            return cls(data["vectors"], data["labels"], data["emergency"], [str(t) for t in data["texts"]],
                       services=services)

    def nearest(self, vector: np.ndarray, skip: int | None = None) -> Nearest:
        """The k nearest questions and their vote weights (`skip`: leave one out)."""
        sims = self.vectors @ vector
        if skip is not None:
            sims[skip] = -1.0
        if self.leave_out_same:
            sims[sims > 0.9999] = -1.0
        near = np.argpartition(-sims, self.k)[:self.k]
        near = near[np.argsort(-sims[near])]
        weights = np.exp((sims[near] - sims[near[0]]) / self.sharpness)
        return Nearest(near, weights / weights.sum(), float(sims[near[0]]))

    def vote(self, vector: np.ndarray, skip: int | None = None) -> Vote:
        """The vote of the k nearest questions (`skip`: leave one out, for cross-validation)."""
        return self.vote_of(self.nearest(vector, skip))

    def vote_of(self, near: Nearest) -> Vote:
        """What these nearest questions say: crisis or not, which kind, 112 or not."""
        labels = self.labels[near.rows]
        suicide = float(near.weights[labels == SUICIDE].sum())
        crisis = float(near.weights[labels != CALM].sum())
        kind = "zelfmoordpreventie" if suicide * 2 >= crisis and suicide else "veilig-thuis"
        emergency = float(near.weights[self.emergency[near.rows] == 1].sum())
        return Vote(crisis, kind, emergency, self.texts[int(near.rows[0])], near.similarity,
                    suicide / crisis if crisis else 0.0, bool(labels[0] != CALM))

    def routes(self, near: Nearest) -> dict[str, tuple[float, str]]:
        """Service id -> (weighted share of these nearest questions that went there, the nearest
        of them): the development questions' answers as a second opinion on the service."""
        out: dict[str, tuple[float, str]] = {}
        for i, w in zip(near.rows, near.weights):
            for service in filter(None, self.services[int(i)].split("|")):
                share, text = out.get(service, (0.0, self.texts[int(i)]))
                out[service] = (share + float(w), text)
        return out


@lru_cache(maxsize=1)
def shipped_neighbours() -> CrisisNeighbours:
    """The head in the package, loaded once."""
    return CrisisNeighbours.load()
