"""The answer evaluation's own data and grading: dev sets with key points, and what counts as present."""

from __future__ import annotations

from assistant.evaluation import dev_sets, grade_answer


def test_dev_sets_hold_enough_questions_each_with_key_points():
    sets = dev_sets()
    in_scope, out_of_scope = sets["in_scope"], sets["out_of_scope"]
    assert len(in_scope) >= 150 and len(out_of_scope) >= 80
    ids = [i["id"] for i in in_scope + out_of_scope]
    assert len(ids) == len(set(ids))
    for item in in_scope:
        assert item["q"].strip() and item["key_points"], item["id"]
        for point in item["key_points"]:
            assert point["point"] and point["any_of"], item["id"]
            assert all(isinstance(p, str) and p.strip() for p in point["any_of"]), item["id"]
    # The first independent review's cases are development data now.
    assert sum(i["id"].startswith("rev1-") for i in in_scope) == 32


def test_grading_finds_key_points_in_the_answer_text_and_its_first_sentence():
    item = {"key_points": [{"point": "service", "any_of": ["input"]}, {"point": "words", "any_of": ["own words"]}]}
    graded = grade_answer(item, "No: a shower is an input. [1] Write outcomes in their Own Words. [2]", True)
    assert graded == {"found": True, "key_points": 1.0, "first_sentence": True}
    graded = grade_answer(item, "Some context first. [1] It is an input. [1]", True)
    assert graded["key_points"] == 0.5 and not graded["first_sentence"]
    assert grade_answer(item, "I could not find anything.", False)["key_points"] == 0.0
