"""Settings declared once: name, default and help, read from ASSISTANT_* env vars, CLI options and web config."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .locations import PROJECT_ROOT, package_dir, writable_dir

__all__ = ["PROJECT_ROOT", "Settings", "describe"]


def _setting(default, help: str):
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Every tunable of the product, with its default and what it is for."""

    model: str = _setting("", "Local sentence-transformers folder; empty means the packaged all-MiniLM-L6-v2.")
    corpus_dir: Path = _setting(package_dir("guidance_corpus"), "Guidance pages and question bank (shipped in "
                                                                "the guidance_corpus package).")
    index_dir: Path = _setting(writable_dir("index"), "Where built index folders live: index/ in a checkout, "
                                                      "else the user's data folder.")
    onnx_dir: Path = _setting(writable_dir("index") / "onnx", "Where an ONNX export is made once from local weights "
                                                              "(a model folder other than the shipped one, or the "
                                                              "fp32 backend).")
    instance_dir: Path = _setting(writable_dir("instance"), "The instance folder (database, keys): instance/ in a "
                                                            "checkout, else the user's data folder.")
    batch_size: int = _setting(64, "Texts embedded per batch when building the index.")
    max_question_chars: int = _setting(2000, "Longest question or text accepted.")
    answer_threshold: float = _setting(0.30, "Best dense score below which ask says it found nothing relevant.")
    threads: int = _setting(1, "Torch and FAISS threads per process (1 keeps single queries fast).")
    backend: str = _setting("onnx-int8", "How texts are embedded: 'onnx-int8' (an int8 ONNX export of the model, "
                                         "fastest, what the shipped coder and classifiers were trained on), "
                                         "'onnx' (fp32 export, the model's exact vectors) or 'torch' "
                                         "(sentence-transformers itself). Changing it rebuilds the index.")
    max_turn_chars: int = _setting(20_000, "Longest turn stored in a conversation or read from a transcript.")
    max_title_chars: int = _setting(200, "Longest conversation title.")
    max_worker_label_chars: int = _setting(60, "Longest worker speaker label given for a transcript.")
    max_context_turns: int = _setting(500, "Most earlier turns sent with a suggestion request (Practise sends "
                                           "the latest ones).")
    max_transcript_chars: int = _setting(200_000, "Longest transcript the web app and API analyse.")
    max_transcript_turns: int = _setting(2_000, "Most turns in a transcript the web app and API analyse.")
    max_idempotency_key_chars: int = _setting(200, "Longest Idempotency-Key header accepted on turn writes.")
    max_body_bytes: int = _setting(1024 * 1024, "Largest request body the web app reads (413 beyond).")
    analysis_budget_seconds: float = _setting(30.0, "Longest the web app spends analysing one transcript before "
                                                    "it answers that the transcript is too long to analyse here.")
    bulk_threads: int = _setting(0, "Threads for batches (index builds, transcripts); 0 means every core. "
                                    "Servers use `threads`, so concurrent requests never oversubscribe the CPU.")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides) -> Settings:
        """Settings from ASSISTANT_<NAME> environment variables, then explicit overrides."""
        environ = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            raw = environ.get(f"ASSISTANT_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            kind = type(f.default)
            values[f.name] = Path(raw) if isinstance(f.default, Path) else kind(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes) -> Settings:
        """A copy with some settings changed."""
        return replace(self, **changes)


def describe() -> list[tuple[str, str, str]]:
    """(env var, default, help) for every setting, for --help texts and the README."""
    return [
        (f"ASSISTANT_{f.name.upper()}", str(f.default), f.metadata["help"]) for f in fields(Settings)
    ]
