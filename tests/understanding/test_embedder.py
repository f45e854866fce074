"""The language model and its vector cache (wegwijzer.understanding.embedder), with the real model."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

import numpy as np

from wegwijzer.understanding.embedder import CACHE_FILE, DIM, VectorCache, shared_embedder


class CountingEmbedder:
    """The real model, counting the texts it is asked to embed (to see what the cache saves)."""

    def __init__(self) -> None:
        self.model = shared_embedder(1)
        self.name = self.model.name
        self.embedded: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded += list(texts)
        return self.model.embed(texts)


def test_vectors_are_unit_length_and_meaning_is_close_across_languages() -> None:
    model = shared_embedder(1)
    dutch, ukrainian, other = model.embed(["Ik heb schulden", "У мене борги", "Waar kan mijn kind sporten?"])
    assert dutch.shape == (DIM,) and abs(float(np.linalg.norm(dutch)) - 1.0) < 1e-3
    assert float(dutch @ ukrainian) > float(dutch @ other)


def test_the_model_runs_on_one_thread_unless_told_otherwise() -> None:
    model = shared_embedder(1)
    assert os.environ.get("OMP_NUM_THREADS") == "1"  # set before the engine first loaded
    assert model is shared_embedder(1)  # one model per process


def test_a_lone_surrogate_does_not_break_the_model() -> None:
    vector = shared_embedder(1).embed(["hallo \ud800 daar"])[0]
    assert np.isfinite(vector).all()


def test_a_second_start_embeds_only_changed_texts(tmp_path: Path) -> None:
    first = CountingEmbedder()
    VectorCache(first, tmp_path).vectors(["een", "twee"])
    assert first.embedded == ["een", "twee"] and (tmp_path / CACHE_FILE).exists()
    again = CountingEmbedder()
    matrix = VectorCache(again, tmp_path).vectors(["een", "twee", "drie"])
    assert again.embedded == ["drie"] and matrix.shape == (3, DIM)


def test_the_file_keeps_only_the_current_texts(tmp_path: Path) -> None:
    VectorCache(CountingEmbedder(), tmp_path).vectors(["oud", "blijft"])
    VectorCache(CountingEmbedder(), tmp_path).vectors(["blijft", "nieuw"])
    with np.load(tmp_path / CACHE_FILE) as data:
        assert len(data["keys"]) == 2


def test_a_damaged_cache_file_is_embedded_again(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"geen npz")
    model = CountingEmbedder()
    assert VectorCache(model, tmp_path).vectors(["tekst"]).shape == (1, DIM)
    assert model.embedded == ["tekst"]


def test_the_seed_holds_every_text_of_the_shipped_knowledge_base() -> None:
    from wegwijzer.knowledge.base import load_or_raise
    from wegwijzer.settings import REPO_ROOT
    from wegwijzer.understanding.embedder import SEED_FILE
    from wegwijzer.understanding.semantic import documents

    texts = [t for _, t in documents(load_or_raise(REPO_ROOT / "knowledge"))]
    model = CountingEmbedder()
    model.name = shared_embedder(1).name  # the seed's keys
    VectorCache(model, None).vectors(texts)
    assert model.embedded == [], f"{SEED_FILE.name} is verouderd: draai 'make vectors'"
