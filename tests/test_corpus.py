"""The guidance corpus: page parsing, heading-aware chunking, and the shipped pages' schema and coverage."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import CORPUS, SEED, SOURCE_URL, write_page

from assistant.corpus import (
    CHUNK_MAX_WORDS,
    STAGES,
    Corpus,
    CorpusError,
    chunk_page,
    load_pages,
    parse_page,
)
from assistant.text import split_sentences, word_count

REQUIRED_PAGES = [
    "personal-outcomes", "good-outcomes", "outcomes-not-services", "principles", "where-wellbeing-comes-from",
    "wellbeing-act-and-framework", "what-matters-principle", "strengths-vs-deficit", "defensiveness-and-argument",
    "reviews", "reflective-supervision", "writing-outcomes", "glossary", "oars", "open-questions", "affirmations",
    "reflective-listening", "summaries", *[f"stage-{s}" for s in STAGES], "story-cat", "story-school-attendance",
    "story-police-referral",
]


@pytest.fixture(scope="module")
def pages():
    return load_pages(CORPUS)


def test_corpus_has_every_required_page(pages):
    slugs = {p.slug for p in pages}
    assert len(pages) >= 25
    assert not [s for s in REQUIRED_PAGES if s not in slugs]


def test_every_page_has_complete_front_matter_citing_the_source(pages):
    for page in pages:
        # A page not written from the seed names the source it was written from instead of claiming the seed.
        if page.source_title:
            assert page.source_url.startswith("https://") and page.source_url != SOURCE_URL, page.slug
        else:
            assert page.source_url == SOURCE_URL, page.slug
        assert page.title and page.summary and page.topics, page.slug
        assert set(page.stages) <= set(STAGES) and page.stages, page.slug
        assert set(page.audience) <= {"worker", "student", "supervisor", "carer"}, page.slug


def test_each_oars_and_stage_page_has_good_and_poor_examples(pages):
    by_slug = {p.slug: p for p in pages}
    for slug in ("open-questions", "affirmations", "reflective-listening", "summaries"):
        body = by_slug[slug].body.lower()
        assert "good example" in body and "poor example" in body, slug


def _eight_grams(text: str) -> set[tuple[str, ...]]:
    words = re.sub(r"[^a-z0-9\s]", " ", text.lower().replace("-", " ")).split()
    return {tuple(words[i:i + 8]) for i in range(len(words) - 7)}


def test_pages_restate_the_seed_in_our_own_words(pages):
    if not SEED.exists():
        # CI must run this check, so a missing seed fails there; a checkout without ../shared says why it skips.
        message = f"the seed guidance {SEED} is needed to check the pages are in our own words"
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(message + " (CI is set, so this is not skipped)")
        pytest.skip(message + "; it is not beside this checkout")
    seed = _eight_grams(SEED.read_text(encoding="utf-8"))
    copied = {p.slug: sorted(_eight_grams(p.body) & seed)[:2] for p in pages}
    assert not {slug: grams for slug, grams in copied.items() if grams}


def test_chunks_keep_heading_paths_sentence_boundaries_and_size(pages):
    for page in pages:
        chunks = chunk_page(page)
        assert chunks, page.slug
        for chunk in chunks:
            assert word_count(chunk.text) <= CHUNK_MAX_WORDS + 60, (page.slug, chunk.heading)
            assert chunk.text == " ".join(chunk.sentences)
            assert chunk.url.startswith(f"/guidance/{page.slug}")
    sizes = [word_count(c.text) for p in pages for c in chunk_page(p)]
    in_range = sum(60 <= n <= CHUNK_MAX_WORDS + 60 for n in sizes) / len(sizes)
    assert in_range >= 0.85, f"only {in_range:.0%} of chunks are about 80-250 words"


def test_long_section_is_split_at_sentence_boundaries(tmp_path: Path):
    sentence = "Every sentence here has exactly ten words in it today. "
    write_page(tmp_path, "long", "Long page", {"Only section": sentence * 60})
    page = load_pages(tmp_path)[0]
    chunks = chunk_page(page)
    assert len(chunks) == 3
    assert all(c.heading == "Only section" for c in chunks)
    assert all(c.text.endswith("today.") and c.text.startswith("Every") for c in chunks)
    assert all(80 <= word_count(c.text) <= 250 for c in chunks)


def test_short_sections_join_the_next_and_keep_the_first_heading(tmp_path: Path):
    write_page(tmp_path, "short", "Short page", {"Tiny": "Just a few words here.", "Main": "Words go on. " * 40})
    chunks = chunk_page(load_pages(tmp_path)[0])
    assert len(chunks) == 1
    assert chunks[0].heading == "Tiny"
    assert chunks[0].text.startswith("Just a few words here.")


def test_nested_headings_are_kept_as_a_path(tmp_path: Path):
    path = write_page(tmp_path, "nested", "Nested", {"Parent": "Intro words. " * 45})
    path.write_text(path.read_text() + "\n### Child\n\n" + "More words here. " * 30, encoding="utf-8")
    [chunk] = chunk_page(load_pages(tmp_path)[0])  # one top-level section short enough to stay whole
    assert chunk.heading == "Parent"
    assert chunk.sentence_headings[-1] == "Parent > Child"
    assert chunk.section_of(len(chunk.sentences) - 1) == ("Parent > Child", "/guidance/nested#child")


def test_a_long_section_splits_at_its_sub_headings(tmp_path: Path):
    path = write_page(tmp_path, "nested", "Nested", {"Parent": "Intro words. " * 100})
    path.write_text(path.read_text() + "\n### Child\n\n" + "More words here. " * 60, encoding="utf-8")
    chunks = chunk_page(load_pages(tmp_path)[0])
    assert [c.heading for c in chunks] == ["Parent", "Parent > Child"]
    assert chunks[1].url == "/guidance/nested#child"


@pytest.mark.parametrize("text, problem", [
    ("# No front matter\n", "missing YAML front matter"),
    ("---\ntitle: [unclosed\n---\nbody\n", "not valid YAML"),
    ("---\ntitle: T\n---\nbody\n", "lacks summary"),
])
def test_bad_pages_name_the_problem(text, problem):
    with pytest.raises(CorpusError, match=re.escape(problem)):
        parse_page(text, "bad")


def test_sentences_split_without_breaking_quotes():
    text = 'She said "I want to go home." Then she smiled. Outcomes evolve! Do they? Yes.'
    assert split_sentences(text) == ['She said "I want to go home."', "Then she smiled.", "Outcomes evolve!",
                                     "Do they?", "Yes."]


def test_bullets_become_their_own_sentences(tmp_path: Path):
    path = write_page(tmp_path, "list", "List", {"Items": "Intro sentence here. " * 40})
    path.write_text(path.read_text() + "\n- first point without a stop\n- second point.\n", encoding="utf-8")
    chunk = chunk_page(load_pages(tmp_path)[0])[-1]
    assert chunk.sentences[-2:] == ["first point without a stop.", "second point."]


def test_corpus_documents_are_pages_then_questions():
    corpus = Corpus.load(CORPUS)
    docs = corpus.documents()
    kinds = [d.kind for d in docs]
    assert kinds == sorted(kinds)  # "page" < "question"
    assert len({d.id for d in docs}) == len(docs)


def test_every_sentence_records_its_own_section_and_sub_headings_are_indexed(tmp_path: Path):
    path = write_page(tmp_path, "aspects", "Aspects", {"The aspects": "There are two aspects to know about."})
    path.write_text(path.read_text() + "\n### Health\n\nThis covers bodily and mental health for everyone.\n"
                    "\n### Home\n\nThis is about a safe home that feels like yours.\n", encoding="utf-8")
    [chunk] = chunk_page(load_pages(tmp_path)[0])
    assert chunk.sentence_headings == ["The aspects", "The aspects > Health", "The aspects > Home"]
    assert "\nHealth\n" in chunk.embed_text and "\nHome\n" in chunk.embed_text
    assert chunk.section_of(0) == ("The aspects", "/guidance/aspects#the-aspects")
    assert chunk.section_of(2) == ("The aspects > Home", "/guidance/aspects#home")


def test_chunks_break_at_headings_not_inside_a_short_sub_section(pages):
    for page in pages:
        for chunk in chunk_page(page):
            headings = chunk.sentence_headings
            assert len(headings) == len(chunk.sentences) == len(chunk.sentence_kinds)
            # A section's sentences are contiguous: once the chunk leaves a section it never comes back to it.
            runs = [h for i, h in enumerate(headings) if i == 0 or headings[i - 1] != h]
            assert len(runs) == len(set(runs)), (page.slug, runs)


def test_the_eight_wellbeing_aspects_are_named_in_the_index(pages):
    page = next(p for p in pages if p.slug == "wellbeing-act-and-framework")
    text = " ".join(c.embed_text for c in chunk_page(page)).lower()
    for name in ("protection from abuse and neglect", "securing rights and entitlements",
                 "suitability of living accommodation", "contribution made to society"):
        assert name in text


def test_the_active_offer_page_cites_where_it_comes_from_not_the_outcomes_guidance(pages):
    page = next(p for p in pages if p.slug == "active-offer-welsh")
    assert page.source_url != SOURCE_URL and "welsh" in page.source_url and page.source_title
