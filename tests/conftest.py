"""Shared fixtures: a tiny corpus with a fake embedder for unit tests, the real model and index for integration."""

from __future__ import annotations

import os
import tempfile
import textwrap
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
# Apps and servers started by tests keep their access token and keys out of the checkout's instance folder.
os.environ.setdefault("ASSISTANT_INSTANCE_DIR", tempfile.mkdtemp(prefix="wm-instance-"))

from assistant.embedder import FakeEmbedder, SentenceTransformerEmbedder  # noqa: E402
from assistant.runtime import Runtime  # noqa: E402
from assistant.settings import PROJECT_ROOT, Settings  # noqa: E402

CORPUS = PROJECT_ROOT / "guidance_corpus"
SEED = PROJECT_ROOT.parent / "shared" / "seeds" / "understanding-an-outcomes-approach.txt"
SOURCE_URL = ("https://socialcare.wales/resources-guidance/improving-care-and-support/personal-outcomes/"
              "understanding-an-outcomes-approach")

FILLER = ("Workers listen closely to what {w} says about life and hopes. The visit starts with {w} and what "
          "works. Each plan is written in the words {w} chooses. Strengths come first in every note about {w}. ")


def filler(word: str, times: int) -> str:
    """Varied padding text so that tiny pages are not near-duplicates of each other."""
    return FILLER.format(w=word) * times


def write_page(folder: Path, slug: str, title: str, sections: dict[str, str]) -> Path:
    front = textwrap.dedent(f"""\
        ---
        title: "{title}"
        summary: "About {title.lower()}."
        source_url: {SOURCE_URL}
        topics: [outcomes]
        stages: [outcomes]
        audience: [worker]
        ---
        # {title}
        """)
    body = "".join(f"\n## {heading}\n\n{text}\n" for heading, text in sections.items())
    path = folder / "pages" / f"{slug}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(front + body, encoding="utf-8")
    return path


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    """Three small pages and four questions, enough to exercise chunking, indexing and retrieval."""
    corpus = tmp_path / "corpus"
    write_page(corpus, "showers", "Outcomes and services", {
        "A shower is a service": "A walk-in shower is a service, not an outcome. " + filler("Ann", 2),
        "Finding the outcome": "Ask what the shower would make possible, such as washing without help. "
                               + filler("Bryn", 2),
    })
    write_page(corpus, "cats", "The man and his cat", {
        "What mattered": "His cat mattered more than anything else to him. " + filler("Cai", 2),
    })
    write_page(corpus, "reviews", "Reviews", {
        "Review the person": "A review looks at the person and their hopes, not the service delivery. "
                             + filler("Dewi", 2),
    })
    (corpus / "questions").mkdir()
    (corpus / "questions" / "bank.yaml").write_text(textwrap.dedent("""\
        - {id: q-1, text: "What matters most to you at home?", skill: open_question, stage: exploring,
           audience: any, topics: [home], purpose: "Opens up what matters."}
        - {id: q-2, text: "Who helps you when things get hard?", skill: open_question, stage: strengths,
           audience: adult, topics: [family], purpose: "Finds support."}
        - {id: q-3, text: "What would a good school day look like?", skill: open_question, stage: outcomes,
           audience: child, topics: [school], purpose: "Child's own picture."}
        - {id: q-4, text: "You have kept [the routines] going.", skill: affirmation, stage: strengths,
           audience: parent, topics: [family], purpose: "Names effort."}
        """), encoding="utf-8")
    return corpus


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def fake_runtime(tiny_corpus: Path, tmp_path: Path, fake_embedder: FakeEmbedder) -> Runtime:
    settings = Settings(corpus_dir=tiny_corpus, index_dir=tmp_path / "index", answer_threshold=0.1)
    return Runtime(settings, fake_embedder)


@pytest.fixture
def make_client(tmp_path):
    """Web test clients on a temporary database, signed in as a user would be: the one place fast tests build them."""
    from web import create_app

    def make(runtime: Runtime, **config):
        return sign_in(create_app(web_config(tmp_path) | config, runtime=runtime))

    return make


@pytest.fixture
def client(fake_runtime, make_client):
    """A client over the tiny corpus with its index built (fake embedder)."""
    fake_runtime.build_index()
    return make_client(fake_runtime)


@pytest.fixture(scope="session")
def real_embedder() -> SentenceTransformerEmbedder:
    """The model on the product's default backend, sharing the product's ONNX export folder (made once)."""
    settings = Settings()
    return SentenceTransformerEmbedder(backend=settings.backend, onnx_dir=settings.onnx_dir)


@pytest.fixture(scope="session")
def real_index_dir(tmp_path_factory, real_embedder) -> Path:
    """The real corpus embedded with the real model into a real FAISS index, once per test session."""
    index_dir = tmp_path_factory.mktemp("index")
    rt = Runtime(Settings(corpus_dir=CORPUS, index_dir=index_dir), real_embedder)
    rt.build_index()
    return index_dir


@pytest.fixture(scope="session")
def real_runtime(real_index_dir, real_embedder) -> Runtime:
    return Runtime(Settings(corpus_dir=CORPUS, index_dir=real_index_dir), real_embedder)


@pytest.fixture
def real_env(real_index_dir, monkeypatch):
    """Environment for CLI tests that should use the session's real index rather than build their own."""
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(real_index_dir))
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(CORPUS))
    return real_index_dir


def run_cli(argv: list[str], capsys, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    """Run the CLI in-process: (exit code, stdout, stderr), optionally with stdin text."""
    import io
    import sys

    from assistant.cli import main

    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def web_config(folder: Path, **extra) -> dict:
    """Config for a test app whose database, keys and access token live under a temporary folder."""
    return {"TESTING": True, "SECRET_KEY": "test", "DATABASE": str(folder / "conversations.sqlite3"),
            "INSTANCE_DIR": str(folder / "instance")} | extra


def app_token(app) -> str:
    """The install's access token, read from the instance folder as a user would find it."""
    return (Path(app.instance_path) / "access_token").read_text(encoding="utf-8").strip()


def sign_in(app):
    """A test client signed in the way a browser is: by opening the sign-in link printed at start."""
    client = app.test_client()
    response = client.get(f"/login?token={app_token(app)}")
    assert response.status_code == 302, response.status_code
    return client


def word_file(lines: list[str]) -> bytes:
    """A Word document (.docx) with one paragraph per line, as a worker would save a transcript."""
    import io

    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
