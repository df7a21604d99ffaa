"""Hybrid retrieval: fusion, filters and near-duplicate collapse (fake embedder), and the real model's quality."""

from __future__ import annotations

import pytest

from assistant.evaluation import evaluate_retrieval, load_eval_questions, score


@pytest.fixture
def retriever(fake_runtime):
    fake_runtime.build_index()
    return fake_runtime.retriever


def test_search_finds_the_page_about_the_query(retriever):
    hits = retriever.search("walk-in shower service", k=3)
    assert hits[0].document.page == "showers"
    assert hits[0].score > 0


@pytest.mark.parametrize("filters, check", [
    ({"kind": "question"}, lambda d: d.kind == "question"),
    ({"kind": "page"}, lambda d: d.kind == "page"),
    ({"stage": "strengths"}, lambda d: "strengths" in d.stage),
    ({"skill": "affirmation"}, lambda d: d.skill == "affirmation"),
    ({"audience": "child"}, lambda d: {"child", "any"} & set(d.audience)),
])
def test_filters_keep_only_matching_documents(retriever, filters, check):
    hits = retriever.search("what matters at home with family", k=10, **filters)
    assert hits and all(check(h.document) for h in hits)


def test_modes_disagree_only_in_order(retriever):
    for mode in ("dense", "bm25", "hybrid"):
        assert retriever.search("cat", k=2, mode=mode)[0].document.page == "cats"
    with pytest.raises(ValueError, match="unknown retrieval mode"):
        retriever.search("cat", mode="magic")


def test_bm25_only_returns_documents_sharing_a_word(retriever):
    hits = retriever.search("zebra", k=5, mode="bm25")
    assert hits == []


def test_near_duplicates_are_collapsed(fake_runtime, tiny_corpus):
    bank = tiny_corpus / "questions" / "bank.yaml"
    bank.write_text(bank.read_text() + (
        '- {id: q-5, text: "What matters most to you at home?!", skill: open_question, stage: exploring,\n'
        '   audience: any, topics: [home], purpose: "Duplicate."}\n'))
    fake_runtime.build_index()
    hits = fake_runtime.retriever.search("what matters most to you at home", k=5, kind="question")
    texts = [h.document.text for h in hits]
    assert sum(t.startswith("What matters most to you at home") for t in texts) == 1


def test_search_many_matches_single_searches(retriever):
    queries = ["shower", "cat", "review"]
    many = retriever.search_many(queries, k=3)
    assert [[h.document.id for h in hits] for hits in many] == \
           [[h.document.id for h in retriever.search(q, k=3)] for q in queries]


def test_scoring_counts_recall_at_three_and_reciprocal_rank():
    report = score([["a", "b", "c"], ["x", "y", "z", "a"], ["q"]], [["a"], ["a"], ["b"]])
    assert report == {"recall@3": round(1 / 3, 4), "mrr": round((1 + 0.25 + 0) / 3, 4)}


@pytest.mark.slow
def test_hybrid_retrieval_meets_the_bar_and_beats_each_alone(real_runtime):
    items = load_eval_questions(real_runtime.settings.corpus_dir)
    assert len(items) >= 60
    report = evaluate_retrieval(real_runtime.retriever, items)
    modes = report["modes"]
    assert modes["hybrid"]["recall@3"] >= 0.85, modes
    assert modes["hybrid"]["recall@3"] >= modes["dense"]["recall@3"], modes
    assert modes["hybrid"]["recall@3"] >= modes["bm25"]["recall@3"], modes
    assert modes["hybrid"]["mrr"] >= max(modes["dense"]["mrr"], modes["bm25"]["mrr"]) - 0.02, modes


@pytest.mark.slow
def test_question_bank_search_by_stage_and_audience(real_runtime):
    hits = real_runtime.retriever.search("my son won't go to school", k=3, kind="question", stage="exploring",
                                         audience="parent")
    assert len(hits) == 3
    assert all(h.document.kind == "question" and "exploring" in h.document.stage for h in hits)
    assert any("school" in h.document.topics for h in hits)


def test_retriever_handles_an_empty_filter_result(retriever):
    assert retriever.search("anything", stage="no-such-stage") == []
    assert retriever.search("anything", kind="question", skill="no-such-skill") == []
    assert retriever.search("anything", k=3)  # the same query without the impossible filter finds something
