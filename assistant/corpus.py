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
# Who a person in a conversation can be said to be: the bank's audiences and an older person (given the adult items).
AUDIENCE_CHOICES = ("any", "adult", "older_person", "carer", "parent", "child", "young_person")
PAGE_FIELDS = ("title", "summary", "source_url", "topics", "stages", "audience")

CHUNK_MIN_WORDS = 80
CHUNK_MAX_WORDS = 250
# Bump when chunking changes so old indexes are seen as stale.
CHUNKER_VERSION = "5"

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# A list item that opens with a bold name ending in a full stop ("**Avoiding risk.** Being strengths-based ..."):
# the name labels the item (often a trap) and is never advice by itself.
_LABELLED_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\*\*([^*]+[.?!])\*\*\s+(\S.*)$")
# A list item that opens with a bold speaker or contrast label ("**Poor:** ...", "**Mr Rees:** ..."): an example
# line, quoted only as part of the list it belongs to.
_EXAMPLE_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\*\*[^*]+:\*\*")


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
    # Set only on a page written from somewhere other than the Social Care Wales outcomes guidance: that source's name.
    source_title: str = ""

    @property
    def url(self) -> str:
        return section_url(self.slug, [])


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
    # Per sentence of a page chunk: its own heading path (" > "-joined) and whether it is text, a list item, an
    # item's bold label ("label": indexed, never quoted as an answer), an example line ("Poor: ...", "Worker: ...")
    # or an item's later sentence ("more").
    sentence_headings: list[str] = field(default_factory=list)
    sentence_kinds: list[str] = field(default_factory=list)

    @property
    def embed_text(self) -> str:
        """What gets embedded: page chunks carry their heading path and every sub-heading inline, questions their
        text alone."""
        if self.kind != "page":
            return self.text
        head = f"{self.title} — {self.heading}" if self.heading else self.title
        if not self.sentence_headings:
            return f"{head}\n{self.text}"
        lines: list[str] = [head]
        current = self.heading
        for sentence, heading in zip(self.sentences, self.sentence_headings, strict=True):
            if heading != current:
                # A sub-heading within the chunk is part of what the chunk is about ("Protection from abuse ...").
                prefix = f"{self.heading} > "
                lines.append(heading.removeprefix(prefix) if self.heading else heading)
                current = heading
            lines.append(sentence)
        return "\n".join(lines)

    def section_of(self, i: int) -> tuple[str, str]:
        """(heading path, url) of the section sentence i sits in, so a citation links where the sentence is."""
        heading = self.sentence_headings[i] if i < len(self.sentence_headings) else self.heading
        if not heading or heading == self.heading:
            return self.heading, self.url
        return heading, section_url(self.page, heading.split(" > "))

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
        source_title=str(meta.get("source_title") or ""),
    )


def load_pages(corpus_dir: Path) -> list[Page]:
    """Every page under corpus_dir/pages, sorted by slug."""
    pages_dir = Path(corpus_dir) / "pages"
    if not pages_dir.is_dir():
        raise CorpusError(f"no guidance pages folder at {pages_dir}")
    return [parse_page(p.read_text(encoding="utf-8"), p.stem, p) for p in sorted(pages_dir.glob("*.md"))]


def section_url(slug: str, heading_path: list[str]) -> str:
    """The page link with the anchor of the deepest heading in the path."""
    anchor = slugify(heading_path[-1]) if heading_path else ""
    return f"/guidance/{slug}#{anchor}" if anchor else f"/guidance/{slug}"


def sentence_anchor(sentence: str) -> str:
    """The anchor id a guidance sentence gets on its rendered page, so a citation can open it highlighted."""
    return "s-" + content_hash("sentence-anchor", " ".join(sentence.split()))[:12]


def page_sentences(page: Page) -> list[str]:
    """Every sentence of a page, in reading order, as the index holds them (bold item labels included)."""
    return [s for _, blocks in sections(page) for _, block in blocks for s in split_sentences(block)]


Block = tuple[str, str]  # ("text" | "item" | "label" | "example", plain text)


def sections(page: Page) -> list[tuple[list[str], list[Block]]]:
    """(heading path, (kind, plain text) blocks) for each heading of the page, in order; every heading level below
    the title is in the path."""
    result: list[tuple[list[str], list[Block]]] = []
    path: list[tuple[int, str]] = []
    blocks: list[Block] = []
    paragraph: list[str] = []

    def end_paragraph():
        if paragraph:
            blocks.append(("text", " ".join(paragraph)))
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
            labelled = _LABELLED_ITEM.match(raw)
            if labelled:
                blocks.append(("label", strip_markdown(labelled.group(1))))
                line = labelled.group(2)
            item = strip_markdown(line)
            ended = item if item.endswith((".", "!", "?", ":", '"', "”")) else item + "."
            blocks.append(("example" if _EXAMPLE_ITEM.match(raw) else "item", ended))
        else:
            paragraph.append(strip_markdown(line))
    end_section()
    return result


Unit = tuple[str, str, str]  # (sentence, heading path, kind)


def _words(units: list[Unit]) -> int:
    return sum(word_count(u[0]) for u in units)


def _pack(units: list[Unit]) -> list[list[Unit]]:
    """Split one long section into chunks of at most CHUNK_MAX_WORDS at sentence boundaries, balanced in size."""
    total = _words(units)
    if total <= CHUNK_MAX_WORDS:
        return [units]
    parts = -(-total // CHUNK_MAX_WORDS)
    target = total / parts
    chunks: list[list[Unit]] = [[]]
    size = 0
    for unit in units:
        n = word_count(unit[0])
        if chunks[-1] and (size + n > CHUNK_MAX_WORDS or (size >= target and len(chunks) < parts)):
            chunks.append([])
            size = 0
        chunks[-1].append(unit)
        size += n
    return chunks


def _pack_sections(subsections: list[list[Unit]]) -> list[list[Unit]]:
    """Chunks of one top-level section, breaking at sub-headings where it must, balanced in size."""
    total = sum(_words(u) for u in subsections)
    if total <= CHUNK_MAX_WORDS:
        return [[unit for units in subsections for unit in units]]
    target = total / -(-total // CHUNK_MAX_WORDS)
    chunks: list[list[Unit]] = []
    current: list[Unit] = []
    for units in subsections:
        if current and (_words(current) + _words(units) > CHUNK_MAX_WORDS or _words(current) >= target):
            chunks.append(current)
            current = []
        if _words(units) > CHUNK_MAX_WORDS:
            chunks += _pack(current + units) if current else _pack(units)
            current = []
        else:
            current += units
    if current:
        chunks.append(current)
    return chunks


def chunk_page(page: Page) -> list[Document]:
    """Heading-aware chunks of about 80-250 words: each top-level section is a chunk, split at its sub-headings
    (and a long section at sentence boundaries) when too long; a short section joins the next; every sentence
    keeps its own heading path."""
    groups: list[list[list[Unit]]] = []  # top-level sections, each a list of its (sub-)sections' sentences
    top = None
    for heading_path, blocks in sections(page):
        heading = " > ".join(heading_path)
        # An item's second and later sentences are "more": the item goes on, no new item starts.
        units = [(s, heading, "more" if n and kind in ("item", "example") else kind)
                 for kind, block in blocks for n, s in enumerate(split_sentences(block))]
        if not units:
            continue
        if not groups or heading_path[:1] != top:
            groups.append([])
            top = heading_path[:1]
        groups[-1].append(units)
    docs: list[Document] = []
    pending: list[Unit] = []  # a short section waiting to join the next one
    for subsections in groups:
        if pending:
            subsections = [pending + subsections[0], *subsections[1:]]
            pending = []
        if sum(_words(u) for u in subsections) < CHUNK_MIN_WORDS:
            pending = [unit for units in subsections for unit in units]
            continue
        for part in _pack_sections(subsections):
            docs.append(_page_doc(page, part, len(docs)))
    if pending:
        last = docs[-1] if docs else None
        if last is not None and word_count(last.text) + _words(pending) <= CHUNK_MAX_WORDS:
            last.sentences += [u[0] for u in pending]
            last.sentence_headings += [u[1] for u in pending]
            last.sentence_kinds += [u[2] for u in pending]
            last.text = " ".join(last.sentences)
        else:
            docs.append(_page_doc(page, pending, len(docs)))
    return docs


def _page_doc(page: Page, units: list[Unit], n: int) -> Document:
    heading = units[0][1]
    sentences = [u[0] for u in units]
    return Document(
        id=f"page:{page.slug}#{n}",
        kind="page",
        text=" ".join(sentences),
        title=page.title,
        page=page.slug,
        heading=heading,
        url=section_url(page.slug, heading.split(" > ") if heading else []),
        source_url=page.source_url,
        stage=list(page.stages),
        audience=list(page.audience),
        topics=list(page.topics),
        sentences=sentences,
        sentence_headings=[u[1] for u in units],
        sentence_kinds=[u[2] for u in units],
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
PRESUPPOSITIONS = ("child", "partner", "caring", "plan", "past_visit", "job", "school", "pet", "struggle")
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
