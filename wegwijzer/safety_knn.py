"""A crisis head on the embeddings: the nearest development questions vote.

The phrase rules and the word model read Dutch words; a resident who writes "mój mąż mnie
bije" or "Я хочу вбити себе" uses none of them. The multilingual embedding puts such a
message near the crisis questions of the development sets, in whatever language those were
written. The k nearest questions (cosine) vote: the share that was a crisis, which kind,
and the share that needed 112 now. Learnt by wegwijzer.safety_knn_train from the dev sets
only; shipped in the package, so a knowledge-base edit cannot change it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

KNN_FILE = Path(__file__).parent / "safety_knn.npz"
CALM, VIOLENCE, SUICIDE = 0, 1, 2  # labels of a development question


@dataclass(frozen=True)
class Vote:
    """What the nearest development questions say about a message, and the nearest one."""

    crisis: float  # share of the k nearest that were a crisis
    kind: str  # "veilig-thuis" or "zelfmoordpreventie", by majority of the crisis neighbours
    emergency: float  # share that needed 112 now
    nearest: str
    similarity: float


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

    def vote(self, vector: np.ndarray, skip: int | None = None) -> Vote:
        """The vote of the k nearest questions (`skip`: leave one out, for cross-validation)."""
        sims = self.vectors @ vector
        if skip is not None:
            sims[skip] = -1.0
        if self.leave_out_same:
            sims[sims > 0.9999] = -1.0
        near = np.argpartition(-sims, self.k)[:self.k]
        near = near[np.argsort(-sims[near])]
        weights = np.exp((sims[near] - sims[near[0]]) / self.sharpness)
        weights /= weights.sum()
        labels = self.labels[near]
        suicide = float(weights[labels == SUICIDE].sum())
        crisis = float(weights[labels != CALM].sum())
        kind = "zelfmoordpreventie" if suicide * 2 >= crisis and suicide else "veilig-thuis"
        first = int(near[0])
        return Vote(crisis, kind, float(weights[self.emergency[near] == 1].sum()), self.texts[first],
                    float(sims[first]))


    def routes(self, vector: np.ndarray, k: int, sharpness: float) -> dict[str, tuple[float, str]]:
        """Service id -> (weighted share of the k nearest questions that went there, the nearest
        of them): the development questions' answers as a second opinion on the service."""
        sims = self.vectors @ vector
        if self.leave_out_same:
            sims[sims > 0.9999] = -1.0
        near = np.argpartition(-sims, k)[:k]
        near = near[np.argsort(-sims[near])]
        weights = np.exp((sims[near] - sims[near[0]]) / sharpness)
        weights /= weights.sum()
        out: dict[str, tuple[float, str]] = {}
        for i, w in zip(near, weights):
            for service in filter(None, self.services[int(i)].split("|")):
                share, text = out.get(service, (0.0, self.texts[int(i)]))
                out[service] = (share + float(w), text)
        return out


@lru_cache(maxsize=1)
def shipped_neighbours() -> CrisisNeighbours:
    """The head in the package, loaded once."""
    return CrisisNeighbours.load()
