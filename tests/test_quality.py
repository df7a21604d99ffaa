"""The suggestion quality model: the shipped weights, the signs it reads, and what it keeps and drops."""

from __future__ import annotations

import numpy as np
import pytest

from assistant import quality
from assistant.quality import FEATURES, QualityModel, default_model, features, hear, keep_usable


@pytest.fixture(scope="module")
def model() -> QualityModel:
    shipped = default_model()
    assert shipped is not None, "assistant/data/suggest_quality.json is missing or was fitted on other features"
    return shipped


def chance(model, kind, text, said, form=None, card=False) -> float:
    return float(model.p_zero(features(kind, text, hear(said, None, card), form))[0])


def test_the_shipped_weights_cover_every_sign_and_cut_somewhere_in_between(model):
    assert model.features == FEATURES and len(model.coef) == len(FEATURES) == len(model.mean) == len(model.scale)
    assert np.all(model.scale > 0) and 0.5 < model.threshold < 1.0


def test_the_person_is_heard_in_the_workers_voice():
    heard = hear("I've kept my allotment going, but my knees are bad now.")
    assert "you've" in heard.tokens and "your" in heard.tokens and "my" not in heard.tokens
    assert "allotment" in heard.before and "knees" in heard.after


def test_laughter_said_back_is_dropped_and_the_plain_line_kept(model):
    said = "Our Gethin rang on Sunday, first time in ages, haha, and he's coming up at half term with the baby."
    laughing = {"text": "Haha, Gethin rang you on Sunday, first time in ages.", "kind": "simple"}
    plain = {"text": "Gethin rang on Sunday, and he's coming up at half term with the baby.", "kind": "simple"}
    kept = keep_usable([laughing, plain], lambda r: "reflection_" + r["kind"], hear(said), model)
    assert kept == [plain]


def test_an_echoed_minimiser_is_likelier_refused_than_a_line_that_holds_what_happened(model):
    said = "It was only a little slip on the ice, no big deal, I was fine after a cup of tea."
    echo = {"text": "It was only a little slip on the ice, no big deal.", "kind": "simple"}
    held = {"text": "You slipped on the ice and got yourself right again.", "kind": "simple"}
    assert chance(model, "reflection_simple", echo["text"], said) > chance(model, "reflection_simple", held["text"],
                                                                           said)


def test_a_bank_question_far_from_what_was_said_goes_and_one_close_to_it_stays(model):
    said = "My grandson taught me to video call and now I see my sister in Canada every week."
    heard = hear(said, np.array([1.0, 0.0, 0.0]))
    vectors = {"near": np.array([0.8, 0.6, 0.0]), "far": np.array([0.0, 0.6, 0.8])}
    near = {"text": "Who else would you like to keep in touch with?", "source": "near", "stage": "exploring"}
    far = {"text": "How would you like your money to be organised?", "source": "far", "stage": "planning"}
    kept = keep_usable([far, near], lambda q: "open_question", heard, model, vectors.get, "exploring")
    assert kept == [near]


def test_without_weights_every_line_is_kept_in_its_order():
    items = [{"text": "Haha, you fell over."}, {"text": "You got yourself up."}]
    heard = hear("Haha I fell over but I got myself up.")
    assert keep_usable(items, lambda r: "reflection_simple", heard, None) == items


def test_the_lines_kept_stay_in_the_order_the_steps_gave_them(model):
    said = "My grandson set up the tablet for me and now I read the paper on it every morning with my tea."
    lines = [{"text": "Your grandson set up the tablet for you.", "kind": "simple"},
             {"text": "Reading the paper every morning with your tea is part of your day.", "kind": "complex"},
             {"text": "You read the paper on it every morning.", "kind": "simple"}]
    kept = keep_usable(lines, lambda r: "reflection_" + r["kind"], hear(said), model)
    assert kept == lines


def test_weights_fitted_on_other_signs_are_refused():
    data = default_model().to_dict()
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError):
        QualityModel.from_dict(data)


@pytest.mark.slow
def test_safety_cards_are_never_scored_away(real_runtime, monkeypatch):
    said = "He pushed me into the door last night and I'm scared to go home, but I love him."
    before = real_runtime.suggest(said).to_dict()
    drops_everything = QualityModel(FEATURES, np.zeros(len(FEATURES)), np.ones(len(FEATURES)),
                                    np.zeros(len(FEATURES)), 5.0, 0.5)
    monkeypatch.setattr(quality, "default_model", lambda: drops_everything)
    after = real_runtime.suggest(said).to_dict()
    assert before["safety"] and after["safety"] == before["safety"]
    assert after["reflections"] == after["open_questions"] == after["affirmations"] == []
