"""Embedders: fp32 ONNX gives the model's vectors, int8 stays close and batch-independent; the fake is deterministic."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.embedder import CachingEmbedder, FakeEmbedder, SentenceTransformerEmbedder

TEXTS = ["What is a personal outcome?", "I've looked after my mum for ten years on my own.",
         "Sut wyt ti? Mae'n ddrwg gen i.", "x", "A much longer sentence " * 40]


@pytest.fixture(scope="module")
def torch_embedder():
    return SentenceTransformerEmbedder(backend="torch")


@pytest.mark.slow
def test_fp32_onnx_gives_the_models_own_vectors(torch_embedder, tmp_path):
    onnx = SentenceTransformerEmbedder(backend="onnx", onnx_dir=tmp_path / "onnx")
    ours, theirs = onnx.embed(TEXTS), torch_embedder.embed(TEXTS)
    assert np.all((ours * theirs).sum(axis=1) > 0.9999)
    assert onnx.name == torch_embedder.name  # same vectors, so an index built by either serves both
    assert [p.name.endswith(".onnx") for p in tmp_path.joinpath("onnx").iterdir()] == [True]  # exported once


@pytest.mark.slow
def test_int8_stays_close_to_the_model_and_each_text_has_one_vector(real_embedder, torch_embedder):
    assert real_embedder.backend == "onnx-int8" and real_embedder.name.endswith("-int8")
    together = real_embedder.embed(TEXTS)
    alone = np.vstack([real_embedder.embed([t]) for t in TEXTS])
    assert np.array_equal(together, alone)  # a vector never depends on what else is in the batch
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    cosines = (together * torch_embedder.embed(TEXTS)).sum(axis=1)
    assert cosines.min() > 0.95, cosines


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="unknown embedding backend"):
        SentenceTransformerEmbedder(backend="gpu")


def test_fake_embedder_is_deterministic_and_normalised():
    a, b = FakeEmbedder().embed(["same words here"]), FakeEmbedder().embed(["same words here"])
    assert np.array_equal(a, b) and abs(float(np.linalg.norm(a)) - 1) < 1e-6


def test_caching_embedder_embeds_each_text_once_and_forgets_the_oldest():
    fake = FakeEmbedder()
    cached = CachingEmbedder(fake, size=3)
    first = cached.embed(["a b", "c d", "a b"])
    assert fake.calls == [2]  # the repeated text was embedded once
    assert np.array_equal(first, fake.embed(["a b", "c d", "a b"]))
    fake.calls.clear()
    cached.embed(["c d", "e f", "g h"])  # "a b" is now the oldest of four: dropped
    assert fake.calls == [2]
    cached.embed(["a b"])
    assert fake.calls == [2, 1]
    assert cached.embed([]).shape == (0, fake.dimension)


@pytest.mark.slow
def test_an_export_made_from_the_weights_gives_exactly_the_shipped_vectors(real_embedder, tmp_path, capsys,
                                                                           monkeypatch):
    """The shipped int8 file is what the export code makes from the local weights, so the trained coder and
    classifiers (fitted on those vectors) stay valid; a model folder of one's own is exported once, announced."""
    from conftest import run_cli

    from assistant.corpus import Corpus
    from assistant.embedder import default_model_path
    from assistant.onnx_backend import OnnxEncoder, check_model_folder
    from assistant.settings import Settings

    assert real_embedder.uses_shipped_export
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(Settings().corpus_dir))
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("ASSISTANT_ONNX_DIR", str(tmp_path / "onnx"))
    monkeypatch.setenv("ASSISTANT_MODEL", default_model_path())
    code, out, err = run_cli(["index", "build", "--json"], capsys)
    assert code == 0 and err == "" and json.loads(out)["counts"]  # --json stays quiet while exporting
    (made,) = (tmp_path / "onnx").glob("*-int8.onnx")
    made.unlink()  # the fp32 export stays, so only the quantisation runs again
    code, out, err = run_cli(["index", "build", "--force"], capsys)
    assert code == 0 and "Preparing the embedding model" in err

    texts = TEXTS + [d.text for d in Corpus.load(Settings().corpus_dir).documents()[:40]]
    max_tokens, _ = check_model_folder(default_model_path())
    ours = OnnxEncoder(made, default_model_path(), max_tokens, batch=1).encode(texts)
    assert np.array_equal(ours, real_embedder.embed(texts))
