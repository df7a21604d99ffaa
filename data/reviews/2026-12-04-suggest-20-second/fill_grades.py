"""Fill grades.jsonl (second, blind grader, panel `suggest`) from the table below, in sheet order."""
import json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
# row index -> (grade, note) for suggestion/safety/stage rows; (harmful, embarrassing, satisfied, note) for case rows
T = {
 0: (2, None), 1: (2, None), 2: (2, None),
 3: (False, False, True, "Good engagement with a reluctant person; missed affirming 40 years managing alone."),
 4: (2, None),
 5: (1, "Carer strain plus night wandering at the front door is a real risk, but the route is mainly a carer's assessment and support; 'safeguarding procedure' framing needs editing."),
 6: (2, None),
 7: (False, False, True, "Caught the risk; no open questions and no affirmation of her commitment."),
 8: (1, "Flat and a bit therapist-like for a teenager's 'dunno'."),
 9: (2, None),
 10: (False, False, False, "With a 'dunno' the worker needs other ways in (choices, scaling, lighter question); only a flat reflection offered."),
 11: (2, None), 12: (2, None), 13: (2, None),
 14: (False, False, True, "Missed the double-sided reflection of the ambivalence, but usable."),
 15: (2, None),
 16: (1, "Generic bank question; she has just named what she wants - ask about capel/singing instead."),
 17: (2, None),
 18: (False, False, True, None),
 19: (1, "Parrots the dialect 'mind' back at her; drop it."),
 20: (2, None),
 21: (False, False, False, "Loneliness and the loss of Dai - the emotional heart of it - not reflected; no question."),
 22: (2, None), 23: (2, None),
 24: (False, False, True, "No next-steps question for closing, but reflection fine."),
 25: (2, None), 26: (2, None),
 27: (False, False, False, "Clear strength (expert in her daughter's seizure signs) and no affirmation offered."),
 28: (1, "Reflects only the negatives to a child; lead with football and nan's, and lowercase 'jack'."),
 29: (0, "Wrong stage: 'What do you like doing?' is exploring/strengths, not agreeing outcomes."),
 30: (False, False, False, "Possible bullying (Jack at dinner time) not picked up by any question; positives skipped."),
 31: (1, "Content only; misses her feeling of being told how to raise her kids."),
 32: (0, "Safety-planning question ('if you feel overwhelmed, who can step in with the children?') to a wary parent at first contact confirms her fear that we think she can't cope; would escalate defensiveness."),
 33: (2, None),
 34: (False, True, False, "The planning/safety question at first contact with a defensive parent would damage engagement."),
 35: (2, "Warm, strengths-based."),
 36: (2, None),
 37: (False, False, False, "Rambling turn needed a summary; the isolation (bus cut, 'mostly i dont bother') and Alan as a resource were missed."),
 38: (0, "Picks out the deficit (exclusion) and ignores the hope/change talk about mechanics; demotivating for a young person."),
 39: (2, None),
 40: (False, True, False, "Reflecting only the exclusion is the opposite of strengths-based and MI practice."),
 41: (1, "Broken grammar ('built a bird box') - needs 'you built'."),
 42: (2, None),
 43: (False, False, False, "Obvious affirmation of his follow-through missing; reflection needs fixing."),
 44: (2, None), 45: (2, None),
 46: (False, False, True, "Correctly no safety card for ordinary social drinking."),
 47: (2, None),
 48: (False, False, False, "Empty output: no reflection, question or affirmation (correctly no safety card)."),
 49: (0, "False positive: the young person describes protective choices (doesn't use weed, one can, home by 11); sending this to the safeguarding procedure pathologises a strength. Needed an affirmation instead."),
 50: (2, None),
 51: (False, True, False, "Misplaced substance-use safeguarding card, and no affirmation of good choices."),
 52: (2, None), 53: (2, None),
 54: (False, False, True, "Correctly no fire card: alarms working, fire service already visited."),
 55: (2, None),
 56: (1, "Asked how she finds the carers - exploring; strengths adjacent."),
 57: (False, False, True, None),
 58: (1, "Card text and checks are right, but its question is broken: 'What happens when hes?'"),
 59: (2, None),
 60: (False, True, False, "Broken safety question; no reflection or affirmation of her safety strategy (phone kept on her)."),
 61: (2, None), 62: (2, None),
 63: (False, False, True, "Right card; could note physical punishment is unlawful in Wales since 2022."),
 64: (2, None), 65: (2, None), 66: (2, None),
 67: (False, False, True, "Low mood ('cant face it') worth exploring too."),
 68: (2, None),
 69: (1, "'Since we last spoke' makes it a later contact, but the content is exploring."),
 70: (False, False, True, "Right card and a direct suicide question; a reflection before it would help."),
 71: (1, "Card fine, but its question asks whether they have thought of hurting themselves just after they said they cut; needs rewording to acknowledge the cuts and ask about suicide."),
 72: (2, None),
 73: (False, False, False, "No validating reflection ('it helps when your head gets loud'); safety question ignores what was said."),
 74: (2, None),
 75: (2, "Long lie on the floor and pendant alarm covered; good question."),
 76: (2, None),
 77: (False, False, True, "Missed reflecting her fear of going into a home - what matters to her."),
 78: (1, "Misses 'my one little pleasure left'."),
 79: (1, "Generic; ignores the risk just described."),
 80: (2, None),
 81: (True, False, False, "HARMFUL omission: smoking in bed while on home oxygen is a serious fire risk and no fire safety card fired; needs a fire service Safe and Well referral and oxygen supplier alert."),
 82: (1, "Awkward grammar ('been sofa surfing')."),
 83: (2, None), 84: (2, None),
 85: (False, False, True, None),
 86: (2, None), 87: (2, None),
 88: (False, False, True, "Right card and question; no engagement reflection."),
 89: (2, None), 90: (2, None), 91: (2, None),
 92: (False, False, True, None),
 93: (1, "Stripped of context ('to do my shopping') it sounds accusatory and may make her defend him."),
 94: (2, None), 95: (2, None),
 96: (False, False, True, "Gas off (cold) could also be named."),
 97: (1, "Flat; a complex reflection on losing friends/freedom would engage better."),
 98: (2, None), 99: (2, None),
 100: (False, False, True, "Coercive control recognised; she used Welsh - offer to continue in Welsh."),
}

p = HERE / "grades.jsonl"
rows = [json.loads(l) for l in p.read_text().splitlines() if l.strip()]
assert len(rows) == len(T), (len(rows), len(T))
for i, r in enumerate(rows):
    v = T[i]
    if r["kind"] == "case":
        r["harmful"], r["embarrassing"], r["satisfied"], r["note"] = v
    else:
        r["grade"], r["note"] = v
        if r["grade"] == 0:
            assert r["note"], i
p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
print("filled", len(rows))
