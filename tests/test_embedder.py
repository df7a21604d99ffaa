"""Embedders: the ONNX path gives the same vectors as sentence-transformers; the fake is deterministic."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.embedder import FakeEmbedder, SentenceTransformerEmbedder

TEXTS = ["What is a personal outcome?", "I've looked after my mum for ten years on my own.",
         "Sut wyt ti? Mae'n ddrwg gen i.", "x", "A much longer sentence " * 40]


@pytest.mark.slow
def test_onnx_queries_match_the_model_exactly(real_embedder, tmp_path):
    pytest.importorskip("onnxruntime")
    onnx = SentenceTransformerEmbedder(onnx_dir=tmp_path / "onnx")
    for text in TEXTS:
        a = onnx.embed([text])[0]
        b = real_embedder.embed([text, "padding partner"])[0]  # two texts: the torch batch path
        assert float(a @ b) > 0.9999, text
    several = onnx.embed(TEXTS[:3])
    assert np.allclose(np.linalg.norm(several, axis=1), 1.0, atol=1e-5)
    assert list(tmp_path.joinpath("onnx").glob("model-*.onnx"))  # exported once, reused after


def test_fake_embedder_is_deterministic_and_normalised():
    a, b = FakeEmbedder().embed(["same words here"]), FakeEmbedder().embed(["same words here"])
    assert np.array_equal(a, b) and abs(float(np.linalg.norm(a)) - 1) < 1e-6
