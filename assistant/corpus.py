"""The guidance corpus on disk: markdown pages with front matter, and the question bank, as typed documents."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

from .text import content_hash, slugify, split_sentences, strip_markdown, word_count

STAGES = ("opening", "exploring", "strengths", "outcomes", "planning", "closing", "reviewing")
SKILLS = ("open_question", "affirmation", "reflection_stem", "summary_stem")
AUDIENCES = ("any", "adult", "child", "young_person", "parent", "carer")
PAGE_FIELDS = ("title", "summary", "source_url", "topics", "stages", "audience")

CHUNK_MIN_WORDS = 80
CHUNK_MAX_WORDS = 250
# Bump when chunking changes so old indexes are seen as stale.
CHUNKER_VERSION = "2"

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


class CorpusError(ValueError):
    """A page or question-bank file that cannot be read; the message names the file."""


@dataclass
class Page:
    slug: str
    title: str
    summary: str
    source_url: str
    topics: list[str]
    stages: list[str]
    audience: list[str]
    body: str
    path: Path | None = None

    @property
    def url(self) -> str:
        return f"/guidance/{self.slug}"


@dataclass
class Document:
    """One retrievable item: a chunk of a guidance page or a question-bank item."""

    id: str
    kind: str  # "page" or "question"
    text: str
    title: str = ""
    page: str = ""
    heading: str = ""
    url: str = ""
    source_url: str = ""
    stage: list[str] = field(default_factory=list)
    skill: str = ""
    audience: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    purpose: str = ""
    sentences: list[str] = field(default_factory=list)
    presupposes: list[str] = field(default_factory=list)

    @property
    def embed_text(self) -> str:
        """What gets embedded: page chunks carry their heading path, questions their text alone."""
        if self.kind == "page":
            return f"{self.title} — {self.heading}\n{self.text}" if self.heading else f"{self.title}\n{self.text}"
        return self.text

    @property
    def hash(self) -> str:
        return content_hash(self.kind, self.embed_text)

    def to_dict(self) -> dict:
        return asdict(self)


def parse_page(text: str, slug: str, path: Path | None = None) -> Page:
    """A page from its markdown text with YAML front matter."""
    match = _FRONT_MATTER.match(text)
    where = path or slug
    if not match:
        raise CorpusError(f"{where}: missing YAML front matter")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise CorpusError(f"{where}: front matter is not valid YAML ({exc.__class__.__name__})") from None
    missing = [name for name in PAGE_FIELDS if not meta.get(name)]
    if missing:
        raise CorpusError(f"{where}: front matter lacks {', '.join(missing)}")

    def as_list(value) -> list[str]:
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]

    return Page(
        slug=slug,
        title=str(meta["title"]),
        summary=str(meta["summary"]),
        source_url=str(meta["source_url"]),
        topics=as_list(meta["topics"]),
        stages=as_list(meta["stages"]),
        audience=as_list(meta["audience"]),
        body=text[match.end():],
        path=path,
    )


def load_pages(corpus_dir: Path) -> list[Page]:
    """Every page under corpus_dir/pages, sorted by slug."""
    pages_dir = Path(corpus_dir) / "pages"
    if not pages_dir.is_dir():
        raise CorpusError(f"no guidance pages folder at {pages_dir}")
    return [parse_page(p.read_text(encoding="utf-8"), p.stem, p) for p in sorted(pages_dir.glob("*.md"))]


def sections(page: Page) -> list[tuple[list[str], list[str]]]:
    """(heading path, plain-text blocks) for each heading of the page, in order; the title is not in the path."""
    result: list[tuple[list[str], list[str]]] = []
    path: list[tuple[int, str]] = []
    blocks: list[str] = []
    paragraph: list[str] = []

    def end_paragraph():
        if paragraph:
            blocks.append(" ".join(paragraph))
            paragraph.clear()

    def end_section():
        end_paragraph()
        if blocks:
            result.append(([h for level, h in path if level > 1], list(blocks)))
            blocks.clear()

    for raw in page.body.splitlines():
        heading = _HEADING.match(raw)
        if heading:
            end_section()
            level = len(heading.group(1))
            path = [(lvl, h) for lvl, h in path if lvl < level] + [(level, strip_markdown(heading.group(2)))]
            continue
        line = raw.strip()
        if not line:
            end_paragraph()
        elif re.match(r"^\s*(?:[-*+]|\d+[.)])\s+", raw):
            # Each bullet stands alone as a sentence, so answers can quote it cleanly.
            end_paragraph()
            item = strip_markdown(line)
            blocks.append(item if item.endswith((".", "!", "?", ":", '"', "”")) else item + ".")
        else:
            paragraph.append(strip_markdown(line))
    end_section()
    return result


def _pack(sentences: list[str]) -> list[list[str]]:
    """Group sentences into chunks of at most CHUNK_MAX_WORDS, balanced so none is tiny."""
    total = sum(word_count(s) for s in sentences)
    if total <= CHUNK_MAX_WORDS:
        return [sentences]
    parts = -(-total // CHUNK_MAX_WORDS)
    target = total / parts
    chunks: list[list[str]] = [[]]
    size = 0
    for sentence in sentences:
        n = word_count(sentence)
        if chunks[-1] and (size + n > CHUNK_MAX_WORDS or (size >= target and len(chunks) < parts)):
            chunks.append([])
            size = 0
        chunks[-1].append(sentence)
        size += n
    return chunks


def chunk_page(page: Page) -> list[Document]:
    """Heading-aware chunks of about 80-250 words with sentence boundaries and the heading path kept."""
    docs: list[Document] = []
    pending: tuple[list[str], list[str]] | None = None  # a short section waiting to join the next one
    for heading_path, blocks in sections(page):
        sentences = [s for block in blocks for s in split_sentences(block)]
        if pending:
            heading_path, sentences = pending[0], pending[1] + sentences
            pending = None
        if sum(word_count(s) for s in sentences) < CHUNK_MIN_WORDS:
            pending = (heading_path, sentences)
            continue
        for part in _pack(sentences):
            docs.append(_page_doc(page, heading_path, part, len(docs)))
    if pending:
        if docs and word_count(docs[-1].text) + sum(word_count(s) for s in pending[1]) <= CHUNK_MAX_WORDS:
            last = docs[-1]
            last.sentences += pending[1]
            last.text = " ".join(last.sentences)
        else:
            docs.append(_page_doc(page, pending[0], pending[1], len(docs)))
    return docs


def _page_doc(page: Page, heading_path: list[str], sentences: list[str], n: int) -> Document:
    heading = " > ".join(heading_path)
    anchor = slugify(heading_path[-1]) if heading_path else ""
    return Document(
        id=f"page:{page.slug}#{n}",
        kind="page",
        text=" ".join(sentences),
        title=page.title,
        page=page.slug,
        heading=heading,
        url=f"{page.url}#{anchor}" if anchor else page.url,
        source_url=page.source_url,
        stage=list(page.stages),
        audience=list(page.audience),
        topics=list(page.topics),
        sentences=list(sentences),
    )


@dataclass
class Question:
    id: str
    text: str
    skill: str
    stage: str
    audience: str
    topics: list[str]
    purpose: str
    presupposes: list[str] = field(default_factory=list)  # what must be in the conversation (PRESUPPOSITIONS)

    def to_dict(self) -> dict:
        return asdict(self)


# What a bank item may take for granted; the conversation engine offers it only when the conversation has it.
PRESUPPOSITIONS = ("child", "partner", "caring", "plan", "past_visit", "job", "school", "pet")
QUESTION_FIELDS = ("id", "text", "skill", "stage", "audience", "topics", "purpose")


def load_questions(corpus_dir: Path) -> list[Question]:
    """Every question-bank item under corpus_dir/questions, validated, in file order."""
    questions_dir = Path(corpus_dir) / "questions"
    if not questions_dir.is_dir():
        raise CorpusError(f"no question bank folder at {questions_dir}")
    items: list[Question] = []
    for path in sorted(questions_dir.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            raise CorpusError(f"{path}: not valid YAML ({exc.__class__.__name__})") from None
        if not isinstance(data, list):
            raise CorpusError(f"{path}: expected a list of questions")
        for n, raw in enumerate(data):
            if not isinstance(raw, dict) or any(raw.get(k) in (None, "", []) for k in QUESTION_FIELDS):
                raise CorpusError(f"{path}: item {n + 1} lacks one of {', '.join(QUESTION_FIELDS)}")
            topics = raw["topics"] if isinstance(raw["topics"], list) else [raw["topics"]]
            presupposes = raw.get("presupposes") or []
            if not isinstance(presupposes, list) or any(p not in PRESUPPOSITIONS for p in presupposes):
                raise CorpusError(f"{path}: item {n + 1} presupposes must be a list of {', '.join(PRESUPPOSITIONS)}")
            items.append(
                Question(
                    id=str(raw["id"]),
                    text=" ".join(str(raw["text"]).split()),
                    skill=str(raw["skill"]),
                    stage=str(raw["stage"]),
                    audience=str(raw["audience"]),
                    topics=[str(t) for t in topics],
                    purpose=str(raw["purpose"]),
                    presupposes=[str(p) for p in presupposes],
                )
            )
    return items


def question_doc(q: Question) -> Document:
    return Document(
        id=f"question:{q.id}",
        kind="question",
        text=q.text,
        title=q.id,
        stage=[q.stage],
        skill=q.skill,
        audience=[q.audience],
        topics=list(q.topics),
        purpose=q.purpose,
        sentences=[q.text],
        presupposes=list(q.presupposes),
    )


@dataclass
class Corpus:
    pages: list[Page]
    questions: list[Question]

    @classmethod
    def load(cls, corpus_dir: Path) -> Corpus:
        return cls(load_pages(corpus_dir), load_questions(corpus_dir))

    def documents(self) -> list[Document]:
        """Page chunks then question items, in a stable order."""
        docs = [d for page in self.pages for d in chunk_page(page)]
        return docs + [question_doc(q) for q in self.questions]

    def page(self, slug: str) -> Page | None:
        return next((p for p in self.pages if p.slug == slug), None)


def source_fingerprint(corpus_dir: Path) -> dict[str, str]:
    """Content hash of every source file, keyed by its path relative to the corpus folder."""
    corpus_dir = Path(corpus_dir)
    files = sorted(list((corpus_dir / "pages").glob("*.md")) + list((corpus_dir / "questions").glob("*.yaml")))
    return {str(p.relative_to(corpus_dir)): content_hash(p.read_text(encoding="utf-8")) for p in files}
