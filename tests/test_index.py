"""Building, saving, loading and refreshing the index (fake embedder: fast and deterministic)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
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


def snapshot(idx: Path) -> dict[str, bytes]:
    """The bytes of the CURRENT pointer and of every file in the build it names."""
    folder = index_mod.current_path(idx)
    return {"CURRENT": (idx / "CURRENT").read_bytes()} | {p.name: p.read_bytes() for p in folder.iterdir()}


def assert_old_index_serves(idx: Path, good, before: dict[str, bytes]) -> None:
    assert str(index_mod.current_path(idx)) == good.path
    assert snapshot(idx) == before
    loaded = index_mod.load(idx)
    assert len(loaded) == good.counts["documents"] == len(loaded.vectors)
    assert not any(d.page == "extra" for d in loaded.documents)
    # Only finished builds carry a build- name; a half-written one must not look like a build.
    assert all((p / "manifest.json").is_file() for p in idx.iterdir() if p.name.startswith("build-"))


def break_numpy_save(monkeypatch):
    monkeypatch.setattr(np, "save", lambda *a, **k: (_ for _ in ()).throw(Crash("disk gone")))


def break_documents(monkeypatch):
    dumps = json.dumps
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) > 2:  # a few documents are written, then the process dies
            raise Crash("disk gone")
        return dumps(*args, **kwargs)

    monkeypatch.setattr(index_mod.json, "dumps", failing)


def break_pointer(monkeypatch):
    write_text = Path.write_text

    def half_then_crash(self, data, *args, **kwargs):
        if index_mod.POINTER in self.name:
            write_text(self, data[: len(data) // 2], *args, **kwargs)
            raise Crash("killed while swapping")
        return write_text(self, data, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", half_then_crash)


@pytest.mark.parametrize("breakage", [break_numpy_save, break_documents, break_pointer],
                         ids=["writing vectors", "writing documents", "swapping the pointer"])
def test_a_crash_while_writing_or_swapping_leaves_the_previous_index_serving(tiny_corpus, tmp_path, fake_embedder,
                                                                           monkeypatch, breakage):
    idx = tmp_path / "idx"
    good = build(tiny_corpus, idx, fake_embedder)
    before = snapshot(idx)
    write_page(tiny_corpus, "extra", "Extra", {"More": "Different words entirely. " * 30})
    with monkeypatch.context() as patch:
        breakage(patch)
        with pytest.raises(Crash):
            build(tiny_corpus, idx, FakeEmbedder())
    assert_old_index_serves(idx, good, before)
    assert not (idx / ".build.lock").exists()
    assert build(tiny_corpus, idx, fake_embedder).counts["pages"] == 4


def run_child(idx: Path, corpus: Path, stage: str, marker: Path) -> subprocess.Popen:
    from assistant.settings import PROJECT_ROOT

    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(PROJECT_ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, str(Path(__file__).with_name("index_child.py")), str(idx), str(corpus),
                             stage, str(marker)], env=env)


@pytest.mark.parametrize("stage", ["embedding", "writing", "swapping"])
def test_a_build_killed_at_any_stage_leaves_the_previous_index_serving(tiny_corpus, tmp_path, fake_embedder, stage):
    idx = tmp_path / "idx"
    good = build(tiny_corpus, idx, fake_embedder)
    before = snapshot(idx)
    write_page(tiny_corpus, "extra", "Extra", {"More": "Different words entirely. " * 30})
    marker = tmp_path / "reached"
    child = run_child(idx, tiny_corpus, stage, marker)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():  # the sync point: the child says it has reached the stage
            assert child.poll() is None, f"the build ended (exit {child.returncode}) before reaching {stage}"
            assert time.monotonic() < deadline, f"the build never reached {stage}"
            time.sleep(0.02)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    assert_old_index_serves(idx, good, before)
    retry = build(tiny_corpus, idx, fake_embedder)  # takes over the dead build's lock
    assert retry.counts["pages"] == 4 and any(d.page == "extra" for d in index_mod.load(idx).documents)


def test_status_reports_what_index_status_json_promises(tiny_corpus, tmp_path, fake_embedder, monkeypatch):
    idx = tmp_path / "idx"
    missing = index_mod.status(idx, tiny_corpus, "fake-hash").to_dict()
    assert missing["fresh"] is False and missing["status"] == "stale" and missing["path"] is None
    report = build(tiny_corpus, idx, fake_embedder)
    manifest = json.loads((Path(report.path) / "manifest.json").read_text())
    state = index_mod.status(idx, tiny_corpus, "fake-hash").to_dict()
    assert state == {"status": "fresh", "fresh": True, "reasons": [], "path": report.path, "model": "fake-hash",
                     "built_at": manifest["built_at"], "counts": report.counts}
    assert index_mod.status(idx, tiny_corpus, "other").reasons == ["model changed from fake-hash to other"]
    monkeypatch.setattr(index_mod, "CHUNKER_VERSION", "next")
    assert index_mod.status(idx, tiny_corpus, "fake-hash").reasons == ["the chunker has changed"]
    assert report.to_dict()["counts"] == report.counts and report.to_dict()["path"] == report.path


def test_the_index_knows_who_each_guidance_sentence_names_and_parses_only_new_sentences(tiny_corpus, tmp_path,
                                                                                        monkeypatch):
    """Answers must not put a sentence naming someone they never introduce; the names are found when the index is
    built, so no question waits for the parse, and a rebuild parses only the sentences that are new."""
    idx = tmp_path / "idx"
    page = tiny_corpus / "pages" / "cats.md"
    page.write_text(page.read_text() + "\nMrs Hughes told Gareth Price that her cat mattered most.\n")
    build(tiny_corpus, idx, FakeEmbedder())
    known = index_mod.load(idx).sentence_names
    named = next(s for s in known if "Hughes" in s)
    assert {"gareth price"} <= known[named] and not known["His cat mattered more than anything else to him."]

    parsed: list[str] = []
    real = index_mod.names_of
    monkeypatch.setattr(index_mod, "names_of", lambda sentences: parsed.extend(sentences) or real(sentences))
    build(tiny_corpus, idx, FakeEmbedder())
    assert parsed == []  # nothing changed: nothing is parsed again
    page.write_text(page.read_text() + "\nHer neighbour Tom Baker said the same of his dog.\n")
    build(tiny_corpus, idx, FakeEmbedder())
    assert parsed == ["Her neighbour Tom Baker said the same of his dog."]
    assert "tom baker" in index_mod.load(idx).sentence_names[parsed[0]]
