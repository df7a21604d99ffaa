"""The shared spaCy pipeline: the installed en_core_web_sm package, loaded once, with entities only on request."""

from __future__ import annotations

from assistant.nlp import load_nlp, parse


def test_the_pipeline_is_loaded_once_and_keeps_every_component():
    assert load_nlp() is load_nlp()
    assert {"tagger", "parser", "ner"} <= set(load_nlp().pipe_names)


def test_entities_only_when_asked_for():
    text = "Mrs Hughes walked to the chapel in Caerphilly on Sunday."
    assert [e.text for e in parse(text, ner=True).ents if e.label_ == "PERSON"] == ["Mrs Hughes"]
    plain = parse(text)
    assert plain.ents == () and [t.text for t in plain][:2] == ["Mrs", "Hughes"] and plain[2].pos_ == "VERB"
    assert len(list(plain.sents)) == 1
