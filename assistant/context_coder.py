"""The fine-tuned OARS coder: all-MiniLM-L6-v2 trained end to end on the worker's utterance with the turns before it.

The encoder reads "[the preceding turns, most recent last] [SEP] the utterance" (up to CONTEXT_TURNS turns, each
tagged with its speaker, cut from the left to MAX_TOKENS), and five linear heads read two mean-pooled vectors (the
utterance's tokens, then the context's): the AnnoMI main behaviour, question and reflection subtype, advice vs
information, and the social-care codes AnnoMI lacks (affirmation, summary, confront). The product's ten codes come
from the heads by coder.primary_code, as for the linear coder. The encoder ships as int8 ONNX in
assistant/data/coder-int8/ with the heads in heads.npz; it runs on onnxruntime, never torch (training:
assistant/context_coder_training.py).
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np

from .coder import MAIN_OF, Coded, Item, all_codes, opens_with_wh, primary_code
from .locations import package_dir

FOLDER = package_dir("assistant", "data", "coder-int8")  # package data
CONTEXT_TURNS = 10
MAX_TOKENS = 96
BATCH = 32  # utterances per session run, shortest first, so padding stays small
HEADS = {
    "main": ("other", "question", "reflection", "therapist_input"),
    "question": ("open_question", "closed_question"),
    "reflection": ("simple_reflection", "complex_reflection"),
    "input": ("information", "advice"),
    "special": ("none", "affirmation", "summary", "confront"),
}
SPECIAL_THRESHOLD = 0.5


def context_text(turns: tuple[str, ...] | list[str]) -> str:
    """The turns before the utterance, most recent last (the tokenizer cuts the oldest first)."""
    return " ".join(turns[-CONTEXT_TURNS:])


def item_turns(item: Item) -> tuple[str, ...]:
    """An item's speaker-tagged context: its own turns, or (for a line coded alone) the person's previous turn."""
    if item.turns:
        return tuple(item.turns)
    return (f"person: {item.previous}",) if item.previous else ()


def tokenizer(folder: Path):
    """The encoder's tokenizer with the coder's truncation: longest first, from the left (the oldest words go)."""
    from tokenizers import Tokenizer

    t = Tokenizer.from_file(str(Path(folder) / "tokenizer.json"))
    t.enable_truncation(MAX_TOKENS, strategy="longest_first", direction="left")
    t.no_padding()
    return t


def encode(tok, items: list[Item]) -> list:
    """Token encodings of (context, utterance) pairs: type id 0 for the context, 1 for the utterance."""
    return tok.encode_batch([(context_text(item_turns(i)), i.text) for i in items])


def batches(encoded: list, size: int) -> list[tuple[list[int], np.ndarray, np.ndarray, np.ndarray]]:
    """Rows grouped shortest first, padded to the longest in each group: (rows, ids, mask, type ids)."""
    order = sorted(range(len(encoded)), key=lambda i: (len(encoded[i].ids), i))
    out = []
    for start in range(0, len(order), size):
        rows = order[start:start + size]
        width = max(len(encoded[i].ids) for i in rows)
        ids, mask, types = (np.zeros((len(rows), width), dtype=np.int64) for _ in range(3))
        for r, i in enumerate(rows):
            e = encoded[i]
            n = len(e.ids)
            ids[r, :n], mask[r, :n], types[r, :n] = e.ids, e.attention_mask, e.type_ids
        out.append((rows, ids, mask, types))
    return out


def pool(hidden: np.ndarray, mask: np.ndarray, types: np.ndarray) -> np.ndarray:
    """The mean over the utterance's tokens beside the mean over the context's (numpy; training has a torch twin)."""
    utterance = (mask * (types == 1))[..., None].astype(np.float32)
    context = (mask * (types == 0))[..., None].astype(np.float32)
    mean = lambda w: (hidden * w).sum(axis=1) / np.clip(w.sum(axis=1), 1e-9, None)  # noqa: E731
    return np.concatenate([mean(utterance), mean(context)], axis=1)


def softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(scores)
    return e / e.sum(axis=1, keepdims=True)


def codes_from_heads(texts: list[str], p: dict[str, np.ndarray]) -> list[Coded]:
    """The ten-code reading of each row of head probabilities."""
    results = []
    for row, text in enumerate(texts):
        pick = {h: HEADS[h][int(p[h][row].argmax())] for h in HEADS}
        special = pick["special"] if float(p["special"][row].max()) >= SPECIAL_THRESHOLD else "none"
        primary = primary_code(pick["main"], pick["question"], pick["reflection"], pick["input"], special)
        if primary == "closed_question" and opens_with_wh(text):
            primary = "open_question"
        codes = all_codes(text, primary, p["special"][row], list(HEADS["special"]))
        main_p = p["main"][row]
        probs = {c: round(float(v), 3) for c, v in zip(HEADS["main"], main_p, strict=True)}
        results.append(Coded(primary, codes, MAIN_OF[primary], round(float(main_p.max()), 3), probs))
    return results


class ContextCoder:
    """The int8 ONNX encoder and its heads, loaded once; a transcript's utterances are coded in a few session runs."""

    def __init__(self, folder: Path = FOLDER):
        self.folder = Path(folder)
        with np.load(self.folder / "heads.npz", allow_pickle=False) as data:
            self.heads = {h: (data[f"{h}_weight"], data[f"{h}_bias"]) for h in HEADS}
            self.meta = json.loads(str(data["meta"]))
        self.tokenizer = tokenizer(self.folder)
        self._session = None
        self._lock = threading.Lock()

    def session(self):
        if self._session is None:
            with self._lock:
                if self._session is None:
                    import onnxruntime as ort

                    options = ort.SessionOptions()
                    options.intra_op_num_threads = 2
                    options.inter_op_num_threads = 1
                    options.log_severity_level = 3
                    self._session = ort.InferenceSession(str(self.folder / "model.onnx"), options,
                                                         providers=["CPUExecutionProvider"])
        return self._session

    def pooled(self, items: list[Item]) -> np.ndarray:
        encoded = encode(self.tokenizer, items)
        out = np.zeros((len(items), 2 * int(self.meta["hidden"])), dtype=np.float32)
        for rows, ids, mask, types in batches(encoded, BATCH):
            hidden = self.session().run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
            out[rows] = pool(hidden, mask, types)
        return out

    def head_probabilities(self, items: list[Item]) -> dict[str, np.ndarray]:
        x = self.pooled(items)
        return {h: softmax(x @ w.T + b) for h, (w, b) in self.heads.items()}

    def code_many(self, embedder=None, items: list[Item] | None = None,
                  conversation: list | None = None) -> list[Coded]:
        """Primary code and all codes present for each utterance; the context travels in each Item, so the
        embedder and conversation labels the linear coder needs are accepted and not used."""
        if not items:
            return []
        return codes_from_heads([i.text for i in items], self.head_probabilities(items))
