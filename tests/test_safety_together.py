"""Risks a worker's note tells only by two signs together (assistant/safety.py told_together): each sign alone is no
concern, both together put the card on the preparation sheet."""

from __future__ import annotations

import pytest

from assistant.prepare import concerns_for
from assistant.safety import told_together
from assistant.visit import read_visit


@pytest.mark.parametrize("note, concern", [
    ("Mrs Bevan 79, husband passed away in the spring. Daughter says she's drinking most evenings.", "self_harm"),
    ("Review - Mr Rees, widower since June, has been drinking heavily, daughter worried.", "self_harm"),
    ("16yo girl staying with mates since her mum threw her out.", "exploitation"),
    ("Teenager sleeping rough in the bus station, won't say his age.", "exploitation"),
    ("CIN visit. Health visitor says mum seemed drunk when she came to collect the toddler from playgroup.",
     "child_harm"),
])
def test_two_signs_together_make_the_concern(note, concern):
    assert concern in told_together(note)
    assert concern in concerns_for(note, None, read_visit(note))


@pytest.mark.parametrize("note", [
    "Mrs Bevan 79, husband passed away in the spring. Daughter visits daily and they cook together.",
    "Mr Rees is drinking more water since the GP told him to.",
    "Review - Mrs Ellis, widowed in March, not eating much and tearful.",
    "Widowed in 2009, drinking a glass of wine with friends on Sundays.",
    "Sofa surfing at a friend's, 34, wants help with a deposit.",
    "Dad is not drinking now and does the nursery run every day.",
])
def test_one_sign_alone_or_a_denied_or_long_past_one_is_no_concern(note):
    assert told_together(note) == []


def test_the_together_lists_are_lower_case_without_repeats_and_name_known_concerns():
    from assistant.language import language_data
    from assistant.safety import CONCERNS

    for entry in language_data("safety")["together"]:
        assert entry["concern"] in CONCERNS and len(entry["all"]) >= 2
        for cues in entry["all"]:
            assert all(c == c.lower() and c.strip() == c for c in cues)
            assert len(cues) == len(set(cues)), [c for c in cues if cues.count(c) > 1]
