"""A build run in its own process (fake embedder) that can stop dead at one stage so its parent can SIGKILL it there.

Usage: python tests/index_child.py INDEX_DIR CORPUS_DIR STAGE MARKER, STAGE one of none, embedding, writing,
swapping. At the stage it writes MARKER (the parent's sync point) and waits to be killed.
"""

from __future__ import annotations

import pathlib
import sys
import time

import numpy as np

from assistant import index as index_mod
from assistant.embedder import FakeEmbedder

index_dir, corpus_dir, stage, marker = sys.argv[1:5]


def hold() -> None:
    pathlib.Path(marker).write_text(stage, encoding="utf-8")
    time.sleep(120)
    sys.exit("the parent never killed this build")


class StoppingEmbedder(FakeEmbedder):
    def embed(self, texts):
        vectors = super().embed(texts)
        if stage == "embedding" and len(self.calls) == 2:  # one batch is embedded, more are to come
            hold()
        return vectors


if stage == "writing":
    savez = np.savez

    def savez_then_hold(*args, **kwargs):
        savez(*args, **kwargs)  # the vectors and sentences are on disk, the documents and manifest are not
        hold()

    np.savez = savez_then_hold

if stage == "swapping":
    write_text = pathlib.Path.write_text

    def half_written_pointer(self, data, *args, **kwargs):
        if index_mod.POINTER in self.name:
            write_text(self, data[: len(data) // 2], *args, **kwargs)
            hold()
        return write_text(self, data, *args, **kwargs)

    pathlib.Path.write_text = half_written_pointer

index_mod.build(pathlib.Path(index_dir), pathlib.Path(corpus_dir), StoppingEmbedder(), batch_size=4,
              force=stage != "none")  # re-embed all, in many batches, so a stage is reached mid-build
