"""The fine-tuned OARS coder: codes a practitioner would give, with the conversation as context, and the protocol it
was trained and evaluated on (an untouched final split, folds by transcript)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant import context_coder_training as cct
from assistant.analysis import coder_items
from assistant.coder import CODES, Item, default_coder
from assistant.context_coder import FOLDER, HEADS, ContextCoder
from assistant.transcript import parse_transcript


@pytest.fixture(scope="module")
def samples() -> list[cct.Sample]:
    return cct.load_annomi() + cct.load_social() + cct.load_isolated()


def test_the_final_split_is_fixed_disjoint_and_a_fifth_of_each_source(samples):
    dev, final = cct.split(samples)
    again_dev, again_final = cct.split(list(reversed(samples)))
    assert {s.group for s in final} == {s.group for s in again_final}
    assert len({s.group for s in dev} & {s.group for s in final}) == 0
    assert sum(g.startswith("annomi-") for g in {s.group for s in final}) == 20
    assert sum(g.startswith("social-") for g in {s.group for s in final}) == 13
    held_texts = {s.item.text.strip().lower() for s in final}
    assert not any(s.item.text.strip().lower() in held_texts for s in dev if s.source == "isolated")


def test_cv_folds_hold_out_whole_development_transcripts_only(samples):
    dev, final = cct.split(samples)
    folds = cct.cv_folds(dev)
    assert len(folds) == cct.CV_FOLDS and not set.intersection(*folds)
    assert set.union(*folds) == {s.group for s in dev if s.source != "isolated"}
    assert not set.union(*folds) & {s.group for s in final}
    assert all(any(g.startswith("annomi-") for g in f) and any(g.startswith("social-") for g in f) for f in folds)


def test_context_is_the_turns_before_the_utterance_most_recent_last(samples):
    social = [s for s in samples if s.group == "social-c013"]
    active_offer = next(s for s in social if "Welsh or English" in s.item.text)
    assert active_offer.item.turns[-1].startswith("person: ") or active_offer.item.turns[-1].startswith("worker: ")
    assert all(active_offer.item.text not in t for t in active_offer.item.turns)
    items = coder_items(parse_transcript("Worker: Hello.\nDai: Hi there.\nWorker: How are things?\nDai: Fine.\n"
                                         "Worker: Good to hear.", None))
    assert items[2].turns == ("worker: Hello.", "person: Hi there.", "worker: How are things?", "person: Fine.")
    assert items[0].turns == ()


def test_each_code_has_labels_for_the_heads_that_read_it():
    for code in CODES:
        labels = cct.labels_of(code)
        assert labels["main"] in HEADS["main"] and labels["special"] in HEADS["special"]
        assert all(not v or v in HEADS[h] for h, v in labels.items())


def test_figures_count_summaries_and_confront_precision():
    rows = [cct.Sample(Item(t), cct.labels_of(c), "social-x", "social", c)
            for t, c in (("a", "summary"), ("b", "summary"), ("c", "confront"), ("d", "advice"))]
    figures = cct.social_figures(rows, ["summary", "complex_reflection", "confront", "confront"])
    assert figures["summaries_found"] == "1/2" and figures["confront_precision"] == 0.5
    assert figures["confront_recall"] == 1.0 and figures["accuracy_4_groups"] == 1.0


@pytest.mark.slow
@pytest.mark.skipif(not (FOLDER / "heads.npz").exists(), reason="the fine-tuned coder is not shipped")
class TestShippedCoder:
    @pytest.fixture(scope="class")
    def coder(self) -> ContextCoder:
        coder = default_coder()
        assert isinstance(coder, ContextCoder)
        return coder

    @pytest.mark.parametrize("text, turns, code", [
        ("So, to pull that together: mornings are the hardest part, your mum can do Mondays, and what you want most "
         "is the kids in school every day. Have I got that right?",
         ("person: Mornings are chaos, honestly.", "worker: What makes them hard?",
          "person: Getting two of them out of the door on my own.", "worker: Who helps?",
          "person: My mum could do Mondays."), "summary"),
        ("You kept going to every appointment even when it was hard to get there. That took real determination.",
         ("person: I never missed one, even with the buses being what they are.",), "affirmation"),
        ("Two incidents isn't a one-off though, is it?",
         ("worker: The police came out twice this month.", "person: It was a one-off, we'd both had a drink."),
         "confront"),
        ("Would you like to have this conversation in Welsh or English?",
         ("worker: Hello, I'm Sian from the council.", "person: Come in, love."), "closed_question"),
    ])
    def test_codes_a_practitioner_would_give(self, coder, text, turns, code):
        [coded] = coder.code_many(None, [Item(text, turns=turns)])
        assert coded.primary == code, coded
        assert coded.codes[0] == code and set(coded.codes) <= set(CODES)

    def test_a_transcript_is_coded_in_one_call_in_order(self, coder):
        transcript = parse_transcript("Worker: Hiya, thanks for having me.\nMum: S'pose.\n"
                                      "Worker: What would you like to get out of today?\nMum: Just for you lot to go.\n"
                                      "Worker: You'd like us out of your life.", None)
        items = coder_items(transcript)
        together = [c.primary for c in coder.code_many(None, items)]
        alone = [coder.code_many(None, [i])[0].primary for i in items]
        assert together == alone
        assert together[1] == "open_question" and together[2] in ("simple_reflection", "complex_reflection")

    def test_shipped_files_are_small(self):
        assert sum(f.stat().st_size for f in FOLDER.iterdir()) < 25 * 2 ** 20
        assert {f.name for f in FOLDER.iterdir()} >= {"model.onnx", "tokenizer.json", "heads.npz"}


@pytest.mark.slow
def test_training_on_a_few_transcripts_exports_a_coder_that_matches_torch(samples, tmp_path):
    small = cct.subset(samples, 2)
    base = cct.base_model()
    inputs = cct.prepare(small, base)
    rows = list(range(len(small)))
    net = cct.fit(small, inputs, rows[:48], base, epochs=1)
    again = cct.fit(small, inputs, rows[:48], base, epochs=1)
    for h in HEADS:  # deterministic: the same data gives the same heads
        assert np.array_equal(net.heads[h].weight.detach().numpy(), again.heads[h].weight.detach().numpy())
    cct.export(net, base, tmp_path)
    exported = ContextCoder(tmp_path)
    items = [small[i].item for i in rows[48:80]]
    torch_p = cct.predict(net, inputs, rows[48:80])
    onnx_p = exported.head_probabilities(items)
    for h in HEADS:  # int8 weights move probabilities a little, not the reading
        assert np.abs(torch_p[h] - onnx_p[h]).max() < 0.1
    assert len(exported.code_many(None, items)) == len(items)


@pytest.mark.parametrize("annomi, social, ships", [(0.80, 0.70, True), (0.66, 0.70, False), (0.80, 0.50, False)])
def test_a_model_ships_only_when_its_cv_beats_the_linear_coder(annomi, social, ships):
    report = {"cv": {"annomi": {"macro_f1_main": annomi}, "social": {"accuracy_10": social}},
              "linear_coder": {"cv_social_dev": {"accuracy_10": 0.56}}}
    assert cct.beats_linear(report) is ships
    assert cct.candidate_dir() != FOLDER
