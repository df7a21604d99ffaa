"""Training the safety model (the `train` extra: torch, transformers, onnx): all-MiniLM-L6-v2 fine-tuned end to end on
the team's labelled person turns (data/labelled/risk_turns.jsonl, with hard negatives), one sigmoid per concern plus
"any concern", then exported to int8 ONNX so the product runs it without torch.

Frozen sentence embeddings separate risk from its look-alikes poorly (cross-validated AUC 0.78 with a linear head);
fine-tuning the encoder is what lets "he checks my phone" and "I'm scared of spiders" fall on different sides."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import numpy as np

from .safety import CONCERNS, ENCODER_DIR, MAX_TOKENS, SCALE, WEIGHTS, choose_thresholds, read_turns, report

EPOCHS = 6
BATCH = 16
SEED = 0
def _labels(turns: list[dict]) -> np.ndarray:
    y = np.array([[int(c in t["concerns"]) for c in CONCERNS] for t in turns], dtype=np.float32)
    return np.hstack([y, y.any(axis=1, keepdims=True)]).astype(np.float32)


def _fit(texts: list[str], y: np.ndarray, epochs: int = EPOCHS, progress=None):
    """Fine-tune the encoder and a linear head; returns (tokenizer, encoder, head)."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    from .embedder import default_model_path

    torch.manual_seed(SEED)
    torch.use_deterministic_algorithms(True, warn_only=True)
    path = default_model_path()
    tokenizer = AutoTokenizer.from_pretrained(path)
    encoder = AutoModel.from_pretrained(path)
    head = torch.nn.Linear(encoder.config.hidden_size, y.shape[1])
    optimiser = torch.optim.AdamW([{"params": encoder.parameters(), "lr": 4e-5},
                                   {"params": head.parameters(), "lr": 2e-3}], weight_decay=0.01)
    positive = y.mean(axis=0)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor((1 - positive) / np.maximum(positive, 1e-3)).clamp(
        max=10))
    rng = np.random.default_rng(SEED)
    steps = epochs * ((len(texts) + BATCH - 1) // BATCH)
    done = 0
    for _ in range(epochs):
        encoder.train()
        order = rng.permutation(len(texts))
        for start in range(0, len(order), BATCH):
            rows = order[start:start + BATCH]
            logits = head(_pooled(tokenizer, encoder, [texts[i] for i in rows]) * SCALE)
            loss = loss_fn(logits, torch.tensor(y[rows]))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            done += 1
            if progress:
                progress(done, steps)
    encoder.eval()
    return tokenizer, encoder, head


def _pooled(tokenizer, encoder, texts: list[str]):
    import torch

    batch = tokenizer(texts, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
    hidden = encoder(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    return torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1)


def _predict(tokenizer, encoder, head, texts: list[str]) -> np.ndarray:
    import torch

    out = []
    with torch.no_grad():
        for start in range(0, len(texts), 64):
            out.append(torch.sigmoid(head(_pooled(tokenizer, encoder, texts[start:start + 64]) * SCALE)).numpy())
    return np.vstack(out)


def cross_validate(turns: list[dict], folds: int = 5, progress=None) -> np.ndarray:
    """Out-of-fold probabilities, stratified on "any concern"."""
    from sklearn.model_selection import StratifiedKFold

    texts = [t["text"] for t in turns]
    y = _labels(turns)
    p = np.zeros_like(y)
    for n, (train, test) in enumerate(StratifiedKFold(folds, shuffle=True, random_state=SEED).split(texts, y[:, -1])):
        model = _fit([texts[i] for i in train], y[train])
        p[test] = _predict(*model, [texts[i] for i in test])
        if progress:
            progress(n + 1, folds)
    return p


def export(tokenizer, encoder, folder: Path = ENCODER_DIR) -> Path:
    """The fine-tuned encoder as int8 ONNX (per-channel weights), with the tokenizer file it needs."""
    from .embedder import default_model_path
    from .onnx_backend import _quantize, export_transformer

    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        export_transformer(encoder, tokenizer, fp32)
        _quantize(fp32, folder / "model.onnx")
        (folder / "model.onnx").chmod(0o644)  # shipped package data: readable by whoever installs it
    shutil.copy2(Path(default_model_path()) / "tokenizer.json", folder / "tokenizer.json")
    return folder / "model.onnx"


def train(evaluate: bool = False, progress=None, oof: np.ndarray | None = None) -> dict:
    """Fine-tune on every labelled turn (thresholds from cross-validation), export, write the head; report.
    oof: out-of-fold probabilities from an earlier run of cross_validate on the same data, to skip recomputing."""
    turns = read_turns()
    y = _labels(turns)
    result: dict = {"turns": len(turns)}
    oof = cross_validate(turns, progress=progress) if oof is None else oof
    thresholds = choose_thresholds(oof, y)
    if evaluate:
        result["evaluation"] = report(oof, y.astype(int), thresholds, turns)
    tokenizer, encoder, head = _fit([t["text"] for t in turns], y)
    export(tokenizer, encoder)
    WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(WEIGHTS, coef=head.weight.detach().numpy().astype(np.float32) * SCALE,
                        intercept=head.bias.detach().numpy().astype(np.float32),
                        thresholds=thresholds, meta=np.array(json.dumps({"concerns": list(CONCERNS) + ["any"],
                                                                         "epochs": EPOCHS, "seed": SEED})))
    result["thresholds"] = dict(zip([*CONCERNS, "any"], thresholds.round(3).tolist(), strict=True))
    result["path"] = str(WEIGHTS)
    return result
