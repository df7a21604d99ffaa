"""The loaded product: settings, the embedder (loaded once), the index (rebuilt when stale) and the retriever."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable

from . import index as index_mod
from .answer import Answer, answer_question
from .embedder import Embedder, load_embedder
from .retrieval import Retriever
from .settings import Settings

Notify = Callable[[str], None]
POINTER_CHECK_SECONDS = 1.0
WELSH_QUESTION = ("This question is in Welsh. The guidance and the model that searches it are in English only, so "
                  "nothing was looked up: ask it in English to get an answer from the guidance.")


class Runtime:
    """Everything a command or the web app needs, created lazily and shared."""

    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None):
        self.settings = settings or Settings.from_env()
        self._embedder = embedder
        self._retriever: Retriever | None = None
        self._loaded_path = None
        self._checked = 0.0
        self._lock = threading.Lock()

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            s = self.settings
            self._embedder = load_embedder(s.model, threads=s.threads, batch_size=s.batch_size,
                                           bulk_threads=s.bulk_threads, backend=s.backend,
                                           onnx_dir=s.onnx_dir)
        return self._embedder

    def status(self) -> index_mod.Status:
        return index_mod.status(self.settings.index_dir, self.settings.corpus_dir, self.embedder.name)

    def build_index(self, force: bool = False, progress: index_mod.Progress | None = None) -> index_mod.BuildReport:
        report = index_mod.build(self.settings.index_dir, self.settings.corpus_dir, self.embedder,
                                 self.settings.batch_size, progress=progress, force=force)
        self._retriever = None
        return report

    def prepare_model(self, notify: Notify | None = None) -> None:
        """Make the model's ONNX export now if it is missing, saying so, rather than in silence inside a build."""
        needs_export = getattr(self.embedder, "needs_export", None)
        if needs_export is not None and needs_export():
            if notify:
                notify("Preparing the embedding model from its local weights (once; about 20 s) ...")
            self.embedder.embed(["warm up"])

    def warm(self) -> None:
        """Load the model and the index, and work out what answering needs of each guidance sentence and what the
        safety cards compare with, before the first request rather than inside it."""
        from .composer import learn
        from .suggest import learn_cues

        retriever = self.retriever
        retriever.embed(["warm up"])
        learn(retriever.index)
        learn_cues(self.turn_cache.embed)

    def ensure_index(self, progress: index_mod.Progress | None = None, notify: Notify | None = None) -> None:
        """Build the index if it is missing or stale."""
        state = self.status()
        if not state.fresh:
            self.prepare_model(notify)
            if notify:
                notify(f"Building the index ({state.reasons[0]}) ...")
            self.build_index(progress=progress)

    @property
    def retriever(self) -> Retriever:
        """The retriever over the current index; a newer build swapped in by another process is picked up within
        POINTER_CHECK_SECONDS (the pointer file is read at most that often, so requests touch no disk)."""
        now = time.monotonic()
        if self._retriever is not None and now - self._checked < POINTER_CHECK_SECONDS:
            return self._retriever
        current = index_mod.current_path(self.settings.index_dir)
        self._checked = now
        if self._retriever is None or current != self._loaded_path:
            with self._lock:
                if self._retriever is None or current != self._loaded_path:
                    loaded = index_mod.load(self.settings.index_dir)
                    self._configure_threads()
                    # The new retriever is built whole, then swapped in: no request sees half an index.
                    self._retriever = Retriever(loaded, self.embedder)
                    self._loaded_path = loaded.path
        return self._retriever

    def _configure_threads(self) -> None:
        import faiss

        # Single queries on a small flat index are fastest without OpenMP fan-out.
        faiss.omp_set_num_threads(max(1, self.settings.threads))

    def ask(self, question: str, k: int = 5) -> Answer:
        from .answerability import default_model
        from .language import language_of
        from .text import split_sentences

        if language_of(question, split_sentences(question)) == "cy":
            # The guidance and the embedding model are English: a Welsh question would match on noise.
            return Answer(question, WELSH_QUESTION, [], found=False, kind="welsh")
        model = default_model()
        # The answerability weights and the outcome classifier were fitted on this model's vectors, not another's.
        fitted = model is not None and model.fits(self.embedder.name)
        return answer_question(self.retriever, question, k=k, threshold=self.settings.answer_threshold,
                               classify=self._classify_outcome if fitted else None, model=model if fitted else None)

    def _classify_outcome(self, statement: str) -> tuple[str, float]:
        check = self.outcome(statement)
        return check.kind, check.confidence

    @property
    def coder(self):
        from .coder import default_coder

        return default_coder()

    @property
    def classifiers(self):
        from .classifiers import default_classifiers

        return default_classifiers()

    @property
    def supervision(self) -> dict:
        if not hasattr(self, "_supervision"):
            import yaml

            path = self.settings.corpus_dir / "supervision.yaml"
            data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
            # The moment templates travel with the question lists: analysis.supervision_questions reads both.
            self._supervision = (data or {}).get("questions", {}) | {"moments": (data or {}).get("moments", {})}
        return self._supervision

    def bank_open_questions(self, text: str, vector=None, k: int = 4, min_score: float = 0.45) -> list[tuple[str, str]]:
        """(bank id, text) of the open questions close in meaning to text; none when nothing is close."""
        hits = self.retriever.search(text, k=k, vector=vector, kind="question", skill="open_question")
        return [(h.document.id.removeprefix("question:"), h.document.text) for h in hits if h.score >= min_score]

    def analyse(self, transcript, budget_seconds: float | None = None, corrections: dict[int, str] | None = None):
        """The transcript's analysis; with a budget, analysis.OverBudget once it has taken that long."""
        from .analysis import analyse

        return analyse(transcript, self.coder, self.classifiers, self.embedder, self.bank_open_questions,
                       self.supervision, budget_seconds, corrections)

    def analyse_submitted(self, text: str, worker: str | None = None, corrections: dict[int, str] | None = None):
        """A transcript sent to the web app or API, analysed within the caps and the time budget; TranscriptError
        (one line) when it is too long, has too many turns, has no worker turn or takes too long."""
        from .transcript import TranscriptError, parse_transcript

        s = self.settings
        if len(text) > s.max_transcript_chars:
            raise TranscriptError(f"the transcript is {len(text)} characters; the limit is {s.max_transcript_chars}, "
                                  "so split it into parts")
        parsed = parse_transcript(text, worker, max_turns=s.max_transcript_turns, max_turn_chars=s.max_turn_chars)
        return self.analyse(parsed, s.analysis_budget_seconds, corrections)

    @functools.cached_property
    def turn_cache(self):
        """Vectors of recent conversation turns, so each turn is embedded once however often it comes back."""
        from .embedder import CachingEmbedder

        return CachingEmbedder(self.embedder)

    @functools.cached_property
    def parses(self):
        """spaCy parses of recent conversation turns, so each turn is parsed once."""
        from .understand import ParseCache

        return ParseCache()

    @property
    def bank(self):
        """The question bank of the current index (rebuilt when a new index is swapped in)."""
        from .suggest import QuestionBank

        index = self.retriever.index
        if getattr(self, "_bank_index", None) is not index:
            self._bank = QuestionBank(index)
            self._bank_index = index
        return self._bank

    @property
    def safety(self):
        from .safety import default_model

        return default_model()

    def suggest(self, text: str | None, turns: list[dict] | None = None, stage: str | None = None,
                audience: str | None = None, want_summary: bool = False):
        from .suggest import previous_offers, suggest
        from .understand import normalise_turns, understand

        cache = self.turn_cache
        analysed = understand(normalise_turns(text, turns), cache, self.parses, self.classifiers, self.safety)
        recent = previous_offers(analysed, self.bank, self.classifiers, cache.embed, audience)
        return suggest(analysed, self.bank, self.classifiers, cache.embed, stage, audience, want_summary, recent)

    def outcome(self, statement: str):
        from .outcomes import check_outcome

        return check_outcome(statement, self.classifiers, self.embedder)

    def prepare(self, context: str, audience: str | None = None, visit: str | None = None,
                language: str | None = None):
        from .prepare import prepare_sheet

        return prepare_sheet(self.retriever, context, self.safety, audience, visit, language)

    def check(self, text: str):
        from .checking import check_utterance

        return check_utterance(text, self.coder, self.embedder, self.bank_open_questions)
