"""The vector index: a folder of files (manifest, FAISS vectors, documents, sentence vectors, embedding cache).

Builds write to a temporary folder and then flip the CURRENT pointer file atomically, so a crash mid-build
leaves the previous index serving. Unchanged text is never re-embedded: vectors are reused by content hash.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from .corpus import CHUNKER_VERSION, Corpus, Document, source_fingerprint
from .embedder import Embedder
from .named import NAMES_VERSION, names_of
from .text import content_hash

POINTER = "CURRENT"
NAMES_FILE = "names.json"
Progress = Callable[[int, int], None]


class IndexUnavailable(RuntimeError):
    """The index is missing or unreadable; the message says what to run."""


def _faiss():
    import faiss

    return faiss


@dataclass
class Status:
    fresh: bool
    reasons: list[str]
    path: str | None
    counts: dict[str, int] = field(default_factory=dict)
    model: str = ""
    built_at: str = ""

    def to_dict(self) -> dict:
        return {
            "status": "fresh" if self.fresh else "stale",
            "fresh": self.fresh,
            "reasons": self.reasons,
            "path": self.path,
            "model": self.model,
            "built_at": self.built_at,
            "counts": self.counts,
        }


@dataclass
class BuildReport:
    path: str
    counts: dict[str, int]
    embedded: int
    reused: int
    seconds: float

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "counts": self.counts,
            "embedded": self.embedded,
            "reused": self.reused,
            "seconds": round(self.seconds, 3),
        }


class VectorIndex:
    """Documents with their vectors in FAISS (inner product over unit vectors) and per-sentence vectors."""

    def __init__(self, documents: list[Document], vectors: np.ndarray, sentence_vectors: np.ndarray,
                 manifest: dict, path: Path | None = None, sentence_names: dict[str, frozenset[str]] | None = None):
        faiss = _faiss()
        self.documents = documents
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.sentence_vectors = np.ascontiguousarray(sentence_vectors, dtype=np.float32)
        self.manifest = manifest
        self.path = path
        self.faiss = faiss.IndexFlatIP(self.vectors.shape[1])
        if len(self.vectors):
            self.faiss.add(self.vectors)
        # Row offsets of each document's sentences in sentence_vectors (only page chunks have them).
        self.sentence_offsets: list[int] = []
        offset = 0
        for doc in documents:
            self.sentence_offsets.append(offset)
            offset += len(doc.sentences) if doc.kind == "page" else 0
        self.by_id = {d.id: i for i, d in enumerate(documents)}
        # People named in each page sentence, found at build time; a sentence missing here is parsed when asked.
        self.sentence_names = sentence_names or {}

    def __len__(self) -> int:
        return len(self.documents)

    def sentence_rows(self, position: int) -> np.ndarray:
        doc = self.documents[position]
        start = self.sentence_offsets[position]
        return self.sentence_vectors[start:start + len(doc.sentences)]

    def search_many(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, positions) of the k nearest documents for each query vector."""
        k = max(1, min(k, len(self.documents)))
        return self.faiss.search(np.ascontiguousarray(queries, dtype=np.float32), k)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        scores, positions = self.search_many(query.reshape(1, -1), k)
        return scores[0], positions[0]


def current_path(index_dir: Path) -> Path | None:
    """The folder the CURRENT pointer names, if it exists."""
    pointer = Path(index_dir) / POINTER
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    folder = Path(index_dir) / name
    return folder if name and (folder / "manifest.json").is_file() else None


def read_manifest(index_dir: Path) -> dict | None:
    folder = current_path(index_dir)
    if folder is None:
        return None
    try:
        return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def status(index_dir: Path, corpus_dir: Path, model_name: str) -> Status:
    """Whether the index on disk matches the corpus and model, and why not."""
    folder = current_path(index_dir)
    manifest = read_manifest(index_dir)
    if manifest is None:
        return Status(False, ["no index has been built yet"], None)
    reasons = []
    if manifest.get("model") != model_name:
        reasons.append(f"model changed from {manifest.get('model')} to {model_name}")
    if manifest.get("chunker_version") != CHUNKER_VERSION:
        reasons.append("the chunker has changed")
    old = manifest.get("sources", {})
    new = source_fingerprint(corpus_dir)
    for name in sorted(set(old) | set(new)):
        if name not in old:
            reasons.append(f"{name} was added")
        elif name not in new:
            reasons.append(f"{name} was removed")
        elif old[name] != new[name]:
            reasons.append(f"{name} changed")
    return Status(not reasons, reasons, str(folder), manifest.get("counts", {}), manifest.get("model", ""),
                  manifest.get("built_at", ""))


def _load_cache(folder: Path | None, model_name: str) -> dict[str, np.ndarray]:
    if folder is None:
        return {}
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("model") != model_name:
            return {}
        with np.load(folder / "cache.npz", allow_pickle=False) as data:
            return dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    except (OSError, ValueError, KeyError):
        return {}


def _embed_missing(texts: dict[str, str], cache: dict[str, np.ndarray], embedder: Embedder, batch_size: int,
                   progress: Progress | None) -> int:
    """Embed the texts whose hash is not cached, in batches, adding them to the cache; returns how many."""
    # Sorted by length so each batch pads to similar lengths: much less wasted work.
    todo = sorted(((h, t) for h, t in texts.items() if h not in cache), key=lambda item: len(item[1]))
    done = 0
    if progress:
        progress(0, len(todo))
    for start in range(0, len(todo), batch_size):
        batch = todo[start:start + batch_size]
        vectors = embedder.embed([t for _, t in batch])
        for (h, _), v in zip(batch, vectors, strict=True):
            cache[h] = v
        done += len(batch)
        if progress:
            progress(done, len(todo))
    return len(todo)


def _load_names(folder: Path | None) -> dict[str, list[str]]:
    """The names found in an earlier build, by sentence hash; none if they were found another way or are missing."""
    try:
        data = json.loads((folder / NAMES_FILE).read_text(encoding="utf-8")) if folder else {}
    except (OSError, ValueError):
        return {}
    return data.get("names", {}) if isinstance(data, dict) and data.get("version") == NAMES_VERSION else {}


def _find_names(documents: list[Document], known: dict[str, list[str]]) -> dict[str, list[str]]:
    """The people named in every page sentence, by sentence hash: unchanged sentences keep what was found before, and
    only new ones are parsed."""
    sentences = list(dict.fromkeys(s for d in documents if d.kind == "page" for s in d.sentences))
    hashes = [content_hash("sentence", s) for s in sentences]
    todo = [i for i, h in enumerate(hashes) if h not in known]
    found = names_of([sentences[i] for i in todo])
    fresh = {hashes[i]: sorted(n) for i, n in zip(todo, found, strict=True)}
    return {h: known[h] if h in known else fresh[h] for h in hashes}


class _BuildLock:
    """A lock file so two builds never write at once; a lock left by a dead process is taken over."""

    def __init__(self, index_dir: Path, stale_after: float = 600.0):
        self.path = Path(index_dir) / ".build.lock"
        self.stale_after = stale_after

    def __enter__(self):
        deadline = time.monotonic() + self.stale_after
        while True:
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
                os.write(fd, str(os.getpid()).encode())
                os.close(fd)
                return self
            except FileExistsError:
                if self._stale() or time.monotonic() > deadline:
                    self.path.unlink(missing_ok=True)
                    continue
                time.sleep(0.2)

    def _stale(self) -> bool:
        try:
            pid = int(self.path.read_text() or 0)
            age = time.time() - self.path.stat().st_mtime
        except (OSError, ValueError):
            return True
        if age > self.stale_after:
            return True
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except (PermissionError, OSError):
            return False
        return False

    def __exit__(self, *exc):
        self.path.unlink(missing_ok=True)


def build(index_dir: Path, corpus_dir: Path, embedder: Embedder, batch_size: int = 64,
          progress: Progress | None = None, force: bool = False) -> BuildReport:
    """Build the index for the corpus, reusing vectors of unchanged text unless force, and swap it in."""
    started = time.perf_counter()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with _BuildLock(index_dir):
        corpus = Corpus.load(corpus_dir)
        documents = corpus.documents()
        previous = current_path(index_dir)
        cache = {} if force else _load_cache(previous, embedder.name)

        texts: dict[str, str] = {}
        for doc in documents:
            texts[doc.hash] = doc.embed_text
            for sentence in doc.sentences if doc.kind == "page" else []:
                texts[content_hash("sentence", sentence)] = sentence
        embedded = _embed_missing(texts, cache, embedder, batch_size, progress)
        cache = {h: cache[h] for h in texts}  # drop vectors of text that is gone
        people = _find_names(documents, {} if force else _load_names(previous))

        dimension = embedder.dimension
        vectors = np.stack([cache[d.hash] for d in documents]) if documents else np.zeros((0, dimension))
        sentence_keys = [content_hash("sentence", s) for d in documents if d.kind == "page" for s in d.sentences]
        sentence_vectors = np.stack([cache[h] for h in sentence_keys]) if sentence_keys else np.zeros((0, dimension))
        counts = {
            "pages": len(corpus.pages),
            "chunks": sum(d.kind == "page" for d in documents),
            "questions": len(corpus.questions),
            "sentences": len(sentence_keys),
            "documents": len(documents),
        }
        manifest = {
            "model": embedder.name,
            "dimension": int(dimension),
            "chunker_version": CHUNKER_VERSION,
            "counts": counts,
            "sources": source_fingerprint(corpus_dir),
            "items": {d.id: d.hash for d in documents},
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "embedded": embedded,
            "reused": len(texts) - embedded,
        }
        folder = _write(index_dir, documents, vectors, sentence_vectors, cache, manifest, people)
        _swap(index_dir, folder)
        _prune(index_dir, keep={folder.name, previous.name if previous else ""})
    return BuildReport(str(folder), counts, embedded, len(texts) - embedded, time.perf_counter() - started)


def _write(index_dir: Path, documents: list[Document], vectors: np.ndarray, sentence_vectors: np.ndarray,
           cache: dict[str, np.ndarray], manifest: dict, people: dict[str, list[str]]) -> Path:
    faiss = _faiss()
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=index_dir))
    try:
        flat = faiss.IndexFlatIP(vectors.shape[1])
        if len(vectors):
            flat.add(np.ascontiguousarray(vectors, dtype=np.float32))
        faiss.write_index(flat, str(tmp / "vectors.faiss"))
        np.save(tmp / "sentences.npy", np.asarray(sentence_vectors, dtype=np.float32))
        keys = list(cache)
        np.savez(tmp / "cache.npz", keys=np.array(keys, dtype=str),
                 vectors=np.stack([cache[k] for k in keys]).astype(np.float32) if keys else np.zeros((0, 1)))
        (tmp / NAMES_FILE).write_text(json.dumps({"version": NAMES_VERSION, "names": people}), encoding="utf-8")
        with open(tmp / "documents.jsonl", "w", encoding="utf-8") as out:
            for doc in documents:
                out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        # The manifest is written last: a folder without one is never loaded.
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        final = index_dir / f"build-{datetime.now(timezone.utc):%Y%m%dT%H%M%S%f}"
        os.replace(tmp, final)
        return final
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _swap(index_dir: Path, folder: Path) -> None:
    pointer = index_dir / POINTER
    tmp = index_dir / f".{POINTER}.{os.getpid()}"
    tmp.write_text(folder.name, encoding="utf-8")
    os.replace(tmp, pointer)


def _prune(index_dir: Path, keep: set[str]) -> None:
    """Remove old builds and abandoned temporary folders, keeping the current and previous build."""
    for child in index_dir.iterdir():
        if child.is_dir() and child.name.startswith(("build-", ".tmp-")) and child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)


def load(index_dir: Path) -> VectorIndex:
    """The current index, read whole into memory."""
    folder = current_path(index_dir)
    if folder is None:
        raise IndexUnavailable(f"no index in {index_dir}; run: assistant index build")
    faiss = _faiss()
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        flat = faiss.read_index(str(folder / "vectors.faiss"))
        vectors = flat.reconstruct_n(0, flat.ntotal) if flat.ntotal else np.zeros((0, manifest["dimension"]))
        sentence_vectors = np.load(folder / "sentences.npy", allow_pickle=False)
        with open(folder / "documents.jsonl", encoding="utf-8") as lines:
            documents = [Document(**json.loads(line)) for line in lines if line.strip()]
        people = _load_names(folder)
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        raise IndexUnavailable(f"index at {folder} is unreadable ({exc.__class__.__name__}); "
                          "run: assistant index build --force") from None
    hashed = {s: content_hash("sentence", s) for d in documents if d.kind == "page" for s in d.sentences}
    by_text = {s: frozenset(people[h]) for s, h in hashed.items() if h in people}
    return VectorIndex(documents, vectors, sentence_vectors, manifest, folder, by_text)
