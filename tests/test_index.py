"""Building, saving, loading and refreshing the index (fake embedder: fast and deterministic)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from conftest import write_page

from assistant import index as index_mod
from assistant.embedder import FakeEmbedder


def build(corpus: Path, index_dir: Path, embedder, **kw):
    return index_mod.build(index_dir, corpus, embedder, batch_size=8, **kw)


def test_build_writes_a_folder_with_manifest_vectors_and_documents(tiny_corpus, tmp_path, fake_embedder):
    report = build(tiny_corpus, tmp_path / "idx", fake_embedder)
    folder = Path(report.path)
    assert {p.name for p in folder.iterdir()} >= {"manifest.json", "vectors.faiss", "documents.jsonl",
                                                   "sentences.npy", "cache.npz"}
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["model"] == "fake-hash" and manifest["dimension"] == 256
    assert manifest["counts"]["pages"] == 3 and manifest["counts"]["questions"] == 4
    assert len(manifest["items"]) == manifest["counts"]["documents"]
    assert manifest["built_at"]
    loaded = index_mod.load(tmp_path / "idx")
    assert len(loaded) == manifest["counts"]["documents"]
    assert np.allclose(np.linalg.norm(loaded.vectors, axis=1), 1.0, atol=1e-5)


def test_status_is_fresh_after_build_and_stale_with_reasons(tiny_corpus, tmp_path, fake_embedder):
    idx = tmp_path / "idx"
    assert index_mod.status(idx, tiny_corpus, "fake-hash").reasons == ["no index has been built yet"]
    build(tiny_corpus, idx, fake_embedder)
    assert index_mod.status(idx, tiny_corpus, "fake-hash").fresh
    page = tiny_corpus / "pages" / "cats.md"
    page.write_text(page.read_text() + "\nAn extra closing sentence about the cat.\n")
    write_page(tiny_corpus, "new", "New page", {"Section": "Fresh words. " * 30})
    state = index_mod.status(idx, tiny_corpus, "fake-hash")
    assert not state.fresh
    assert state.reasons == ["pages/cats.md changed", "pages/new.md was added"]
    assert "model changed" in index_mod.status(idx, tiny_corpus, "other-model").reasons[0]


def test_rebuild_after_editing_one_page_embeds_only_that_page(tiny_corpus, tmp_path):
    idx = tmp_path / "idx"
    first = FakeEmbedder()
    build(tiny_corpus, idx, first)
    unchanged = build(tiny_corpus, idx, FakeEmbedder())
    assert unchanged.embedded == 0 and unchanged.reused > 0

    page = tiny_corpus / "pages" / "reviews.md"
    page.write_text(page.read_text().replace("not the service delivery", "not the delivery of services"))
    second = FakeEmbedder()
    report = build(tiny_corpus, idx, second)
    reviews_texts = 1 + 1  # the changed chunk and its changed sentence
    assert report.embedded == reviews_texts == sum(second.calls)
    assert index_mod.status(idx, tiny_corpus, "fake-hash").fresh


def test_force_re_embeds_everything(tiny_corpus, tmp_path, fake_embedder):
    idx = tmp_path / "idx"
    first = build(tiny_corpus, idx, fake_embedder)
    forced = build(tiny_corpus, idx, FakeEmbedder(), force=True)
    assert forced.embedded == first.embedded and forced.reused == 0


class Crash(RuntimeError):
    pass


class CrashingEmbedder(FakeEmbedder):
    def embed(self, texts):
        raise Crash("killed mid-build")


def test_a_crash_mid_build_leaves_the_previous_index_serving(tiny_corpus, tmp_path, fake_embedder):
    idx = tmp_path / "idx"
    good = build(tiny_corpus, idx, fake_embedder)
    write_page(tiny_corpus, "extra", "Extra", {"More": "Different words entirely. " * 30})
    with pytest.raises(Crash):
        build(tiny_corpus, idx, CrashingEmbedder())
    assert str(index_mod.current_path(idx)) == good.path
    assert len(index_mod.load(idx)) == good.counts["documents"]
    assert not any(p.name.startswith(".tmp-") for p in idx.iterdir())
    assert not (idx / ".build.lock").exists()
    retry = build(tiny_corpus, idx, fake_embedder)
    assert retry.counts["pages"] == 4


def test_a_half_written_folder_is_never_loaded(tiny_corpus, tmp_path, fake_embedder):
    idx = tmp_path / "idx"
    good = build(tiny_corpus, idx, fake_embedder)
    (idx / "build-99999999T000000000000").mkdir()  # no manifest: an interrupted write
    (idx / "CURRENT").write_text("build-99999999T000000000000")
    with pytest.raises(index_mod.IndexUnavailable, match="assistant index build"):
        index_mod.load(idx)
    (idx / "CURRENT").write_text(Path(good.path).name)
    assert len(index_mod.load(idx)) == good.counts["documents"]


def test_old_builds_are_pruned_keeping_current_and_previous(tiny_corpus, tmp_path, fake_embedder):
    idx = tmp_path / "idx"
    paths = [build(tiny_corpus, idx, fake_embedder).path for _ in range(4)]
    remaining = sorted(str(p) for p in idx.iterdir() if p.name.startswith("build-"))
    assert remaining == sorted(paths[-2:])


def test_a_stale_lock_from_a_dead_process_is_taken_over(tiny_corpus, tmp_path, fake_embedder):
    idx = tmp_path / "idx"
    idx.mkdir()
    (idx / ".build.lock").write_text("999999999")
    assert build(tiny_corpus, idx, fake_embedder).counts["pages"] == 3
