"""Feedback a supervisor can trust: rewrites that presuppose nothing, no blaming reflections, praise only of
confident good lines, the Active Offer and hospitality read as good practice and other talk, a missed summary only
without a summary, varied better lines, the conversation's arc, and a score that ranks practice sensibly."""

from __future__ import annotations

import pytest

from assistant import feedback as fb
from assistant.analysis import score, supervision_questions
from assistant.feedback import Line
from assistant.practice import practice_code
from assistant.rewrite import keeps_meaning, open_alternatives, template_rewrite

MOMENTS = {"confront": 'When you said "{quote}", the person answered "{reply}". What was going on for you?',
           "started_well_then_directed": 'It turned around "{quote}". What changed for you?',
           "did_well": 'What helped you say "{quote}"?'}


def worker(text: str, code: str, confidence: float = 0.9, coder: str | None = None) -> Line:
    return Line("worker", text, code, coder or code, confidence, [code])


def person(text: str) -> Line:
    return Line("person", text, None, None, 0.0, [])


@pytest.mark.parametrize("question", [
    "And are you going to let him come back when the bail finishes?",
    "Are you claiming Carer's Allowance?",
    "Is she continent?",
    "Would you like to have this conversation in Welsh?",
    "Do you want to go home?",
])
def test_no_rewrite_assumes_the_answer_to_a_yes_no_question(question):
    assert template_rewrite(question) is None
    assert open_alternatives(question, [], n=2, generic=False) == []


@pytest.mark.parametrize("question, rewrite", [
    ("Do you feel safe at home?", "How safe do you feel at home?"),
    ("Are you sleeping ok?", "How are you sleeping?"),
    ("Did the argument upset the kids?", "How did the kids seem after the argument?"),
    ("Do you like school?", "What is school like for you?"),
    ("Do you like the new carers?", "What are the new carers like for you?"),  # the verb agrees
    ("Did you feel scared when he shouted?", "How did you feel when he shouted?"),
    ("Have your family said anything about you moving?", "What, if anything, have your family said about you moving?"),
    ("Do you get any breaks?", "What breaks, if any, do you get?"),
    ("Is there anything that helps at night?", "What, if anything, helps at night?"),
    ("Has anything changed since the review?", "What, if anything, has changed since the review?"),
])
def test_safe_rewrites_keep_the_question_and_add_no_new_referent(question, rewrite):
    assert template_rewrite(question) == rewrite
    assert keeps_meaning(question, rewrite)


def test_a_rewrite_with_a_new_verb_or_referent_is_refused():
    assert not keeps_meaning("Do you feel safe at home?", "What helps you feel safe at home?")
    assert not keeps_meaning("Is there a court order?", "What is it like when the police come round?")


def test_a_workers_accusation_never_comes_back_as_the_persons_words():
    lines = [person("He keeps getting picked on at school."),
             worker("Kelly, you're her mum and it's your responsibility to make sure she's at school on time.",
                    "confront"),
             person("So it's my fault he's being picked on now?"),
             worker("If you don't get him there, it goes to conference.", "confront"),
             person("It's my fault, is it. I'm a bad mum.")]
    items = fb.missed(lines)
    assert [i["code"] for i in items] == ["confront", "confront"]
    for item in items:
        assert "fault" not in item.get("better", "") and "responsib" not in item.get("better", "")
    assert fb.safe_reflection("It's my fault he's being picked on now.", lines[1].text) is None


def test_did_well_quotes_only_confident_good_lines_without_a_confronting_cue():
    lines = [worker("Two incidents isn't a one off though, is it, you can see how that looks.",
                    "complex_reflection"),
             worker("You've been carrying a lot on your own and still got the kids to school.", "affirmation",
                    confidence=0.4),
             worker("You'd rather struggle yourself than see him frightened at night.", "complex_reflection",
                    confidence=0.8),
             worker("So, to sum up, you want the nights back, some time with Pat, and Alan safe.", "summary",
                    confidence=0.9, coder="advice")]
    quoted = [i["quote"] for i in fb.did_well(lines)]
    assert quoted == ["You'd rather struggle yourself than see him frightened at night."]


@pytest.mark.parametrize("offer", ["Would you like to have this conversation in Welsh?",
                                   "Hoffech chi gael y sgwrs yn Gymraeg?", "Hoffech chi siarad Cymraeg?",
                                   "Would you like to speak Welsh or English?",
                                   "Would you prefer we talk in Welsh or English today?"])
def test_the_active_offer_is_good_practice_never_a_missed_open_question(offer):
    lines = [worker(offer, practice_code(offer, "closed_question")), person("Cymraeg, plis.")]
    assert lines[0].primary == "closed_question"
    assert fb.missed(lines) == []
    assert [i["code"] for i in fb.did_well(lines)] == ["active_offer"]


@pytest.mark.parametrize("text, coded", [("Milk no sugar?", "confront"), ("Milk no sugar for me, lovely.", "advice"),
                                         ("Kettle on?", "confront"), ("Can I come in?", "closed_question")])
def test_hospitality_is_other_talk_never_confronting(text, coded):
    assert practice_code(text, coded) == "other"


def test_confront_stands_only_with_a_confronting_cue():
    assert practice_code("You should ring the Carer's Allowance Unit, I'll give you the number.", "confront") == \
        "advice"
    assert practice_code("Every visit is written up and you get a copy.", "confront") == "information"
    assert practice_code("Two incidents isn't a one-off though, is it?", "confront") == "confront"
    assert practice_code("Why did you let him back in?", "confront") == "confront"


def test_missed_summary_only_when_no_summary_was_given():
    summary = "So, you want to get back to bowls, keep the car for Thursdays, and Eleri to help with the shop."
    assert practice_code(summary, "advice") == "summary"
    lines = [x for n in range(6) for x in (person(f"Thing {n} matters to me."),
                                           worker(f"Thing {n} matters to you.", "simple_reflection"))]
    assert fb.missed_summary(lines + [worker(summary, "summary")], summaries=1) == []
    [item] = fb.missed_summary(lines, summaries=0)
    assert item["code"] == "summary" and "No summary" in item["why"]
    # a summary that ends with a check question counts, whatever it was coded
    checked = ("Can I check I've got this right? The mornings are hard, your son helps on Sundays, and what matters "
               "is keeping the dog. Have I missed anything?")
    assert fb.missed_summary(lines + [worker(checked, "closed_question")], summaries=0) == []


def test_no_missed_summary_for_a_visit_that_never_asked_or_listened():
    # an interrogation has nothing of the person's to gather: the miss is the listening, not the summary
    lines = [x for n in range(6) for x in (person(f"Yes, {n} times."), worker(f"Was it {n} times?", "closed_question"))]
    assert fb.missed_summary(lines, summaries=0) == []


def test_a_third_party_report_is_not_praised_as_a_reflection():
    line = worker("The school have told me you've been in two fights this term.", "simple_reflection")
    assert fb.did_well([person("I don't want to talk about school."), line]) == []


def test_an_empathic_reflection_is_never_named_as_confronting_nor_where_the_visit_turned():
    empathic = worker("That must have been frightening, lying there waiting for someone to come.", "confront")
    assert fb.missed([person("I was on the floor for two hours."), empathic]) == []
    listening = [worker("What's a good day like for you?", "open_question"),
                 worker("You'd rather be out in the garden than anywhere.", "complex_reflection")] * 2
    telling = [worker("You need to stop drinking, it's making the falls worse.", "advice"),
               worker("You should let the falls team in, they can help you.", "advice")] * 2
    lines = [x for u in listening + [empathic] + telling for x in (person("Well, I manage."), u)]
    shape = fb.arc(lines)
    assert shape is None or shape.get("quote") != empathic.text


def test_a_where_rewrite_of_a_fact_check_is_not_offered_as_better():
    lines = [person("He's not been back since Saturday."), worker("Is Gethin living here at the moment?",
                                                                   "closed_question")]
    assert all("better" not in i for i in fb.missed(lines))


def test_better_lines_are_not_repeated_and_nothing_generic_is_offered():
    bank = [("exploring-040", "How is your own health holding up with everything you do?")]
    asked = ("Any health problems yourself?", "Is your health ok?", "Are you seeing the GP about your health?",
             "Had you been drinking?")
    lines = [worker(q, "closed_question") for q in asked]
    items = fb.missed(lines, lambda text: bank, similar=lambda a, b: 0.8)
    betters = [i["better"] for i in items if "better" in i]
    assert len(betters) == len(set(betters)) == 1
    assert not any("Tell me what happened" in b for b in betters)
    # four closed questions in a row are named once, as a string, quoting where it began
    [run] = [i for i in items if i.get("pattern") == "closed_run"]
    assert run["quote"] == asked[0] and run["why"].startswith("4 closed questions in a row") and "better" not in run


@pytest.mark.parametrize("question, bank_question, similar", [
    # the bank question is about something else: the worker asked about personal care tasks
    ("Do you help with personal care? Washing, dressing, toileting?", "What helps you keep going as a carer?", 0.8),
    # close in words, far in meaning
    ("Have your family said anything about you moving?", "How have your hopes for your family moved on?", 0.4),
    # a safeguarding question is never replaced by a bank question
    ("Has he been drinking when the kids are in?", "What do you and the kids enjoy doing together?", 0.9),
])
def test_a_bank_question_that_changes_what_was_asked_is_never_offered(question, bank_question, similar):
    lines = [person("Things have been hard since the summer."), worker(question, "closed_question")]
    items = fb.missed(lines, lambda text: [("bank-1", bank_question)], similar=lambda a, b: similar)
    assert all(i.get("better") != bank_question for i in items)


def test_the_arc_shows_a_visit_that_started_well_then_lectured():
    good = [worker("You'd rather be at home with the dog than anywhere else.", "complex_reflection"),
            worker("What does a good day look like for you?", "open_question")] * 3
    bad = [worker("You need to understand how serious this is, or we'll have to act.", "confront"),
           worker("You should move somewhere safer, there's a waiting list.", "advice")] * 3
    lines = [x for u in good + bad for x in (person("Well, I manage."), u)]
    shape = fb.arc(lines)
    assert shape["pattern"] == "started_well_then_directed" and "Started well" in shape["why"]
    assert shape["quote"] == bad[0].text
    questions = supervision_questions({"reflection_to_question": 1.0, "percent_open": 50, "confront": 3,
                                       "advice": 3, "summaries": 0, "affirmations": 0, "score": 40,
                                       "reflections": 3}, {"moments": MOMENTS}, lines, [shape] + fb.missed(lines))
    assert "You need to understand how serious" in questions[0]
    assert "Well, I manage." in questions[1]


def test_score_ranks_closed_and_confronting_visits_low_and_information_above_confronting():
    assert score(["closed_question"] * 12) < 30
    assert score(["information"] * 10) > score(["confront"] * 10)
    mixed = ["open_question", "complex_reflection"] * 4
    assert score(mixed + ["information"] * 2) > score(mixed + ["confront"] * 2)
    assert score(["open_question", "simple_reflection", "complex_reflection"] * 3) > 85


def test_the_harmful_examples_of_the_review_produce_no_harmful_item():
    bail = "And are you going to let him come back when the bail finishes?"
    two = "Two incidents isn't a one off though, is it."
    lines = [person("He's been picked on at school since September."),
             worker("You're his mum and it's your responsibility.", "confront"),
             person("(cries) So it's my fault he's being picked on now."),
             worker(two, practice_code(two, "complex_reflection"), confidence=0.95, coder="complex_reflection"),
             person("It was only twice."),
             worker(bail, "closed_question"),
             person("I don't know. He says he's changed.")]
    bank = [("planning-010", "How are you going to keep yourself and the children safe when he comes back?")]
    items = fb.missed(lines, lambda text: bank, similar=lambda a, b: 0.9) + fb.did_well(lines)
    assert lines[3].primary == "confront"
    assert not any(i["kind"] == "did_well" and i["quote"] == two for i in items)
    for item in items:
        better = item.get("better", "").lower()
        assert "fault" not in better and "responsib" not in better and not better.startswith("how are you going to")
    assert not any(i.get("quote") == bail and i.get("better") for i in items)


@pytest.mark.parametrize("question", [
    "Is it okay if I ask you a few questions about that night?", "Is it safe to talk now?",
    "Have I got that right?", "Are you happy for your mum to add things?",
    "Would you like an interpreter?", "Can you tell me what happened that day?",
    "Have you had any thoughts of ending your life?",
])
def test_good_closed_questions_and_open_requests_are_never_missed_opportunities(question):
    lines = [person("It's been a lot."), worker(question, "closed_question")]
    assert fb.missed(lines, lambda text: [("bank-1", "What matters most to you?")], similar=lambda a, b: 0.9) == []


def test_a_reflection_stands_in_for_confronting_only_where_the_person_stood_their_ground():
    pushed = "I understand, but you have to be realistic. You're ninety and you've fallen four times."
    [item] = fb.missed([person("I don't want a home."), worker(pushed, "confront")])
    assert item["better"] == "You don't want a home."
    assert item["why"].startswith(("Arguing", "Insisting"))
    [item] = fb.missed([person("I wash at the sink. The bathroom's full."),
                        worker("Look, Paul, you're a hoarder. You need help with it.", "confront")])
    assert "better" not in item and "label" in item["why"].lower()


@pytest.mark.parametrize("text, said", [
    ("Another thought, and only if it suits you, some people move the everyday things to one shelf.", "Mm."),
    ("You should ring the Carer's Allowance Unit, they'll sort it.", "What should I do about the money?"),
    ("I'll need to see the kids' rooms and the kitchen, that's part of every visit.", "Okay."),
])
def test_advice_offered_with_permission_asked_for_or_about_the_workers_own_task_is_not_missed(text, said):
    assert fb.missed([person(said), worker(text, "advice")]) == []


@pytest.mark.parametrize("text, coded, expected", [
    ("So you did grab him.", "simple_reflection", "confront"),
    ("Two pints before picking up a ten-year-old isn't great though, is it.", "information", "confront"),
    ("You're not wearing your pendant again, are you?", "closed_question", "confront"),
    ("Look, Paul, you're a hoarder, and hoarding is a recognised condition.", "complex_reflection", "confront"),
    ("So, you want the nights back, some time with Pat, and you know that won't happen overnight.", "summary",
     "summary"),
    ("You're being honest with yourself about what you're ready for.", "affirmation", "affirmation"),
])
def test_unmistakable_confronting_is_read_as_confront_and_a_summary_stays_a_summary(text, coded, expected):
    assert practice_code(text, coded) == expected


def test_the_arc_finds_a_lecture_in_the_middle_of_a_visit_that_ends_with_a_summary():
    good = [worker("What does a good week look like for you?", "open_question"),
            worker("You've kept the garden going all through this.", "affirmation"),
            worker("It's the evenings that are hardest.", "simple_reflection"),
            worker("Part of you wants to stay, and part of you is tired.", "complex_reflection")]
    lecture = [worker("You can't keep going like this, you'll end up in hospital.", "confront"),
               worker("You should move nearer your daughter.", "advice"),
               worker("If you fall again we'll have to look at a home.", "confront"),
               worker("Every visit is written up.", "information")]
    ending = [worker("So, the garden, your evenings and your daughter matter most. Have I got that?", "summary"),
              worker("What would help with the evenings?", "open_question"),
              worker("You've thought a lot about this.", "affirmation")]
    lines = [x for u in good + lecture + ending for x in (person("Well."), u)]
    shape = fb.arc(lines)
    assert shape["pattern"] == "started_well_then_directed" and shape["quote"] == lecture[0].text
    assert "came back to listening" in shape["why"]
    steady = [x for u in good * 3 for x in (person("Yes."), u)]
    assert fb.arc(steady)["pattern"] == "listened_throughout"
    assert fb.arc(steady[:6]) is None


def test_a_closed_question_visit_scores_low_and_confronting_below_information_in_a_real_mix():
    interview = ["other"] + ["closed_question"] * 14 + ["information", "other"]
    assert score(interview) < 30
    honest = ["other", "information", "information", "open_question", "simple_reflection", "closed_question",
              "information", "complex_reflection", "summary", "other"]
    confronting = [c if c != "information" else "confront" for c in honest]
    assert score(confronting) + 20 < score(honest)


def test_a_complex_reflection_is_praised_only_where_its_words_add_meaning():
    flat = worker("You're working full time and looking after your dad every evening.", "complex_reflection",
                  confidence=0.95)
    deeper = worker("Part of you wants to keep doing it all, and part of you is running out of road.",
                    "complex_reflection", confidence=0.95)
    said = person("I work full time and then I'm round at Dad's every evening.")
    assert fb.did_well([said, flat]) == []
    assert [i["quote"] for i in fb.did_well([said, deeper])] == [deeper.text]


def test_a_closing_plan_recap_is_named_rather_than_called_no_summary():
    lines = []
    for i in range(6):
        lines += [worker(f"What matters most to you about the garden, part {i}?", "open_question"),
                  person("I like being out there in the mornings with the birds.")]
    recap = "So the plan is a carer in the mornings and the key safe, and we'll look at the day centre. Okay?"
    lines += [worker(recap, "advice"), person("Hm.")]
    items = fb.missed_summary(lines, 0)
    assert [i["quote"] for i in items] == [recap]
    assert "No summary was given" not in items[0]["why"]


@pytest.mark.parametrize("question, better", [
    ("Are the carers still coming every morning?", "What difference are the carers making to your week?"),
    ("Is the day centre still going on Mondays?", "What difference is the day centre making to your week?"),
])
def test_a_review_question_about_whether_the_service_is_delivered_asks_about_the_person(question, better):
    lines = [person("It's been a funny few months."), worker(question, "closed_question"), person("Yes.")]
    items = fb.missed(lines)
    assert [(i["quote"], i["better"]) for i in items] == [(question, better)]


@pytest.mark.parametrize("question", ["Is your son still living with you?", "Are you still going to the club?"])
def test_a_question_about_the_persons_own_life_is_not_read_as_a_service_check(question):
    assert fb.service_question(question) is None


@pytest.mark.parametrize("said, question", [
    ("Honestly I'm not coping. I shouted at Dad last night and sat in the car crying.", "Is he eating all right?"),
    ("The tantrums are getting worse, he hit his brother on Friday.", "What year is his brother in?"),
])
def test_a_closed_question_straight_after_a_disclosure_asks_to_stay_with_it_not_for_a_rewrite(said, question):
    lines = [person(said), worker(question, "closed_question")]
    items = fb.missed(lines)
    assert [i.get("pattern") for i in items] == ["reflect_first"]
    assert "better" not in items[0]  # no mechanical rewrite of the question


def test_a_question_about_the_risk_itself_after_a_disclosure_is_not_missed():
    lines = [person("He hit his brother on Friday."), worker("Was anyone hurt?", "closed_question")]
    assert not [i for i in fb.missed(lines) if i.get("pattern") == "reflect_first"]


def test_a_reflection_offered_for_confronting_keeps_the_ground_the_person_stood_on_not_a_detail():
    said = "Only the once, by the shed. I was feeding the cat."
    assert fb.safe_reflection(said, "If you keep going out there alone we'll have to look at a care home.") is None


@pytest.mark.parametrize("question", ["Shall I sign you up for the day centre, then?",
                                      "Can you see why we're concerned about the stairs?"])
def test_a_closed_question_that_steers_agreement_is_not_counted_as_good_practice(question):
    from assistant.analysis import good_closed_notes
    from assistant.practice import is_good_closed

    assert not is_good_closed(question)
    lines = [worker("What's a good day like for you?", "open_question"), person("Quiet."),
             worker(question, "closed_question"), person("I suppose.")]
    metrics = {"open_questions": 1, "closed_questions": 1, "reflections": 0, "percent_open": 50.0,
               "reflection_to_question": 0.0, "bands": {"percent_open": "fair", "reflection_to_question": "below fair"}}
    assert good_closed_notes(lines, metrics) == {}
    assert is_good_closed("Is it okay if I take a few notes while we talk?")


def _first_visit(opening: str, later: str = "How have the last few weeks been?") -> list:
    return [worker(opening, "information"), person("Fine."), worker(later, "open_question"),
            person("Up and down."), worker("What's been hardest?", "open_question"), person("The nights."),
            worker("The nights are the hard part.", "simple_reflection"), person("Yes.")]


def test_a_first_visit_without_the_active_offer_says_so_once():
    items = fb.missed_active_offer(_first_visit("Hello, I'm Dafydd from the adult team. We had a referral from "
                                                "your GP."))
    assert [i["pattern"] for i in items] == ["no_active_offer"]
    assert "Welsh" in items[0]["why"]


@pytest.mark.parametrize("opening, later", [
    ("Hello, I'm Dafydd from the adult team. Would you like to talk in Welsh or English?", "How are things?"),
    ("Hello again, Mrs Jenkins. This is your yearly review.", "How have things been since last time?"),
    ("Right, shall we get started?", "How are things?"),  # no introduction: not surely a first visit
    ("Hello, my name is Nia, your social worker. The interpreter will help us today.", "How are things?"),
])
def test_no_active_offer_item_where_it_was_made_or_the_visit_may_not_be_the_first(opening, later):
    assert fb.missed_active_offer(_first_visit(opening, later)) == []
    assert fb.missed_active_offer(_first_visit("Hello, I'm Dafydd from the adult team."), welsh_left_out=True) == []


def test_a_risk_the_person_names_is_quoted_for_the_supervisor_whatever_the_coding():
    lines = [worker("How have things been at home?", "open_question"),
             person("Mostly fine. He shoved me against the wall on Friday, but he was sorry."),
             worker("He was sorry afterwards.", "simple_reflection"),
             person("I love my allotment, I'm there every day.")]
    items = fb.risk_cues(lines)
    assert [i["quote"] for i in items] == ["Mostly fine. He shoved me against the wall on Friday, but he was sorry."]
    assert "safeguarding procedure" in items[0]["why"]
    assert fb.risk_cues([worker("How are you?", "open_question"), person("I love my allotment.")]) == []


def test_safety_advice_is_never_fed_back_as_unasked_advice():
    lines = [worker("How have the nights been?", "open_question"),
             person("I can't sleep. I keep thinking he'll come back, even with the order."),
             worker("You should always phone 999 if he comes near the house.", "advice", confidence=0.95),
             worker("You should try a sleep app, they're good.", "advice", confidence=0.95)]
    flagged = [i["quote"] for i in fb.missed(lines) if i.get("code") == "advice"]
    assert "You should always phone 999 if he comes near the house." not in flagged
    assert "You should try a sleep app, they're good." in flagged


def test_safety_advice_is_named_as_right_with_the_risk_and_what_the_person_said_about_it():
    lines = [worker("What's it been like since he moved out?", "open_question"),
             person("He turned up drunk on Tuesday. I didn't open the door, but I was shaking."),
             worker("If he comes round again, dial 999 straight away, the injunction means they'll come.", "advice"),
             person("They never come quick enough round here."),
             worker("You should phone the Samaritans if the nights get that bad again.", "advice"),
             person("I suppose.")]
    items = fb.safety_responses(lines)
    assert [i["pattern"] for i in items] == ["safety_response", "safety_response"]
    assert {i["kind"] for i in items} == {"safety"}  # shown under "Safety", never as a missed opportunity
    assert items[0]["concerns"] == ["domestic_abuse"] and items[1]["concerns"] == ["self_harm"]
    assert all("right" in i["why"] and "asked for" not in i["why"] for i in items)
    assert "They never come quick enough round here." in items[0]["why"] and "DASH" in items[0]["why"]
    assert "I suppose." not in items[1]["why"]  # a word or two of reply says nothing to explore


@pytest.mark.parametrize("text", [
    "So you've got the carers twice a day, you see your son on Sundays, and you'll wear the alarm now.",
    "You should have rung us first. Call the police next time.",
    "How did the pendant alarm work out for you?",
])
def test_no_safety_praise_for_a_summary_mentioning_an_alarm_blame_or_a_question(text):
    lines = [worker("How have things been?", "open_question"), person("I had another fall in the kitchen."),
             worker(text, "advice"), person("I know, I know.")]
    assert fb.safety_responses(lines) == []


def test_confronting_said_plainly_is_named_for_the_move_it_makes():
    assert fb.confront_why("Kai, we've been over this a few times now.")[0] == "reminder"
    assert fb.confront_why("She's not a proper mate if she keeps borrowing your bank card.")[0] == "relationship"
    assert fb.confront_why("Pay the arrears, otherwise the landlord could take you to court.")[0] == "warning"
    assert fb.confront_why("I'd rather we didn't blame the nursery for this.")[0] == "sides"


def test_the_active_offer_is_named_where_the_person_speaks_welsh_or_a_new_worker_introduces_themselves():
    review = _first_visit("Hello again, Mrs Jenkins. This is your yearly review.")
    assert fb.missed_active_offer(review) == []
    spoken = review + [person("Diolch yn fawr iawn, cariad.")]
    items = fb.missed_active_offer(spoken)
    assert [i["quote"] for i in items] == ["Diolch yn fawr iawn, cariad."] and "Welsh" in items[0]["why"]
    offered = [worker("Would you like to carry on in Welsh?", "closed_question")] + spoken
    assert fb.missed_active_offer(offered) == []
    assert fb.missed_active_offer(spoken, welsh_left_out=True) == []
    new_worker = _first_visit("Hiya Jordan, I'm Cerys, I'll be your leaving care worker from now on.")
    assert [i["pattern"] for i in fb.missed_active_offer(new_worker)] == ["no_active_offer"]
    choir = review + [person("I sang with Côr Meibion Trelawnyd on Thursday, it was lovely.")]
    assert fb.missed_active_offer(choir) == []  # a Welsh name in English talk is no Welsh spoken


def _review(questions: list[str], opening: str = "Hello Mrs Rees, it's your six-month review today.") -> list:
    lines = [worker(opening, "information"), person("Right you are.")]
    for q in questions:
        lines += [worker(q, "closed_question"), person("I used to run the post office in the village, you know.")]
    return lines


def test_a_review_that_checks_the_services_is_explained_as_such_with_what_the_person_offered():
    lines = _review(["Is the cleaner still coming on a Tuesday?", "Are you still going to the lunch club?",
                     "Is the sitting service still on for Thursdays?", "Any changes to your tablets?"])
    items = fb.service_review(lines)
    assert [i["pattern"] for i in items] == ["service_review"]
    assert "about the person" in items[0]["why"] and "post office" in items[0]["why"]


@pytest.mark.parametrize("questions, opening", [
    (["Is the cleaner still coming on a Tuesday?", "Are you still going to the lunch club?",
      "Is the sitting service still on for Thursdays?"], "Hello Mrs Rees, I'm Non from the adult team."),  # no review
    (["Is the cleaner still coming on a Tuesday?", "Are you still going to the lunch club?"], None),  # two checks
    (["Is the cleaner still coming on a Tuesday?", "Do you still see your grandson?", "Is it okay if I take notes?",
      "What's changed for you since the spring?"], None),
])
def test_no_service_review_item_for_a_first_visit_or_a_review_mostly_about_the_person(questions, opening):
    lines = _review(questions, opening) if opening else _review(questions)
    if questions[-1].startswith("What"):
        lines[-2] = worker(questions[-1], "open_question")
        lines += [worker("What matters most to you this year?", "open_question"), person("My garden."),
                  worker("How would you like the next six months to go?", "open_question"), person("Quietly.")]
    assert fb.service_review(lines) == []


@pytest.mark.parametrize("said, flagged", [
    ("Sometimes. She's my best mate. She says she'll pay me back on Friday.", True),
    ("I lent him sixty quid for his phone bill, he always needs it.", True),
    ("The lad upstairs uses my debit card for the shopping and keeps the change.", True),
    ("My son borrows the car on Saturdays.", False),
    ("I pay the milkman on a Friday.", False),
])
def test_money_going_to_someone_else_is_named_as_a_possible_exploitation_risk(said, flagged):
    items = fb.risk_cues([worker("How's money been?", "open_question"), person(said)])
    assert bool(items) is flagged
    if flagged:
        assert items[0]["concerns"] == ["exploitation"] and "without arguing" in items[0]["why"]


def _risk(said: str, *around: Line) -> list[dict]:
    return fb.risk_cues([worker("How have things been?", "open_question"), person(said), *around])


def test_an_adult_cared_for_who_was_hurt_is_never_called_a_child_at_risk():
    # review analyse-12: a carer's disclosure about his wife was tagged child_harm
    lines = [worker("This is about you as your husband's carer. How are the nights?", "open_question"),
             person("Awful. He fought me over his tablets and I grabbed his arm harder than I meant. It left a mark."),
             worker("It frightened you, what happened.", "complex_reflection")]
    items = fb.risk_cues(lines)
    assert items and all("child_harm" not in i["concerns"] for i in items)
    assert "adult" in items[0]["why"] and "child" not in items[0]["why"]


def test_a_mark_on_a_child_stays_a_child_concern():
    items = _risk("My little boy wouldn't stay in bed so I grabbed his arm harder than I meant and it left a mark.")
    assert items and "child_harm" in items[0]["concerns"]


def test_gifts_from_older_men_to_a_young_person_are_named_as_child_exploitation():
    # review analyse-12: a groomed 15-year-old was given the "money to someone else" card
    items = fb.risk_cues([worker("How's school been, Mia?", "open_question"),
                          person("skipping it mostly. older lads at the garage give me vapes and lifts, they're safe")])
    assert items and items[0]["concerns"] == ["exploitation"]
    assert "child criminal or sexual exploitation" in items[0]["why"]
    assert "money or a card" not in items[0]["why"].lower()


def test_an_adults_money_going_to_a_friend_is_worded_for_an_adult_not_a_child():
    # review analyse-13: a man of 24 with a learning disability got the child-protection wording (unreviewed fix)
    lines = [worker("Tell me about your week, Rhys. You're 26 now, living in your own flat since school finished.",
                    "open_question"),
             person("Good. My mate Kev borrowed forty quid again for my nephew's cake, he says he'll pay me back.")]
    items = fb.risk_cues(lines)
    assert items and items[0]["concerns"] == ["exploitation"]
    assert "child" not in items[0]["why"].lower() and "money or a card" in items[0]["why"].lower()


def test_a_risk_the_worker_took_on_plainly_is_credited_not_sent_back_to_be_checked():
    said = "I was so tired I smacked her leg harder than I've ever done. There's a mark on her."
    taken_on = worker("Thank you for being honest. Because there's a mark on her, I have to share this with my manager "
                      "today under safeguarding, and we'll work out support together.", "information")
    items = _risk(said, worker("That was a hard thing to say.", "affirmation"), person("Will they take her?"), taken_on)
    assert [i["kind"] for i in items] == ["safety"] and items[0]["quote"] == taken_on.text
    assert "check it was followed up" not in items[0]["why"].lower()
    # a goodbye that names the manager takes nothing on: the risk is still fed back to be checked
    left = _risk(said, worker("Right. I'll be back next week with my manager.", "other"))
    assert [i["kind"] for i in left] == ["missed"]


def test_a_grab_to_the_throat_is_named_as_high_risk_even_after_an_earlier_cue():
    items = fb.risk_cues([worker("What happened?", "open_question"),
                          person("He pushed me into the wardrobe and the kids heard it."),
                          worker("Has anything like that happened before?", "closed_question"),
                          person("In the summer he had his hands on my throat. Only for a second.")])
    assert any("high-risk" in i["why"] and "throat" in i["quote"] for i in items)


def test_a_pan_left_on_is_named_as_a_fire_risk():
    items = _risk("I dozed off and left the pan on, the smoke alarm went off and the neighbour banged on the door.")
    assert items and items[0]["concerns"] == ["fire"] and "fire and rescue" in items[0]["why"]


def test_a_missed_summary_gives_a_how_to_not_a_template_and_is_not_pinned_on_a_reflection():
    # review analyse-12: a "better" with a literal "..." no worker can use, quoted on the worker's one repair line
    lines = [x for n in range(6) for x in (person(f"The garden {n} matters to me."),
                                           worker(f"What is it about the garden {n}?", "open_question"))]
    lines += [worker("I'll ask the OT to ring you on Monday.", "information"), person("Right."),
              worker("You're fed up with all the visits.", "simple_reflection"), person("I am.")]
    [item] = fb.missed_summary(lines, summaries=0)
    assert item["quote"] == "I'll ask the OT to ring you on Monday."
    assert "..." not in item.get("better", "") + item["why"] and "own words" in item["why"]


def test_drinking_is_fed_back_without_sending_an_adult_straight_to_safeguarding():
    [item] = _risk("Most nights it's a bottle of vodka, sometimes more.")
    assert item["concerns"] == ["substance_use"] and "without judging" in item["why"]
    assert "same day" not in item["why"]


@pytest.mark.parametrize("text, kind", [
    ("A good dad would be up and sorting the kids out by now.", "moralising"),
    ("You've got to grow up, Callum.", "moralising"),
    ("They're using you, Jade. People like you never see it coming.", "label"),
])
def test_moralising_and_typecasting_are_named_as_such(text, kind):
    # review analyse-12: moralising was fed back as advice without permission, and a label went unnamed
    assert practice_code(text, "information") == "confront"
    assert fb.confront_why(text)[0] == kind


def test_a_closed_question_about_the_disclosed_risk_is_not_said_to_move_on():
    # review analyse-12: asking the lads' age is a fair safety question, not "moving on to a fact"
    said = "there's a flat we go to, older lads have it. they give us weed and lifts"
    lines = [worker("What do you do after school?", "open_question"), person(said),
             worker("Are the lads there every night?", "closed_question"), person("most nights")]
    [item] = [i for i in fb.missed(lines) if i.get("pattern") == "reflect_first"]
    assert "moved on" not in item["why"] and "right to follow up" in item["why"]
    elsewhere = lines[:2] + [worker("Do you get the bus to school?", "closed_question"), person("yeah")]
    [item] = [i for i in fb.missed(elsewhere) if i.get("pattern") == "reflect_first"]
    assert "moved on" in item["why"]


def test_a_thought_of_swallowing_every_tablet_told_in_passing_is_a_self_harm_cue():
    said = "Some nights I sit with the box of pills and think I could just swallow the lot and stop all this."
    items = fb.risk_cues([worker("How have the nights been?", "open_question"), person(said)])
    assert items and items[0]["quote"] == said and "self_harm" in items[0]["concerns"]


# A guilt or fear lever never gets an open "better" version (review analyse-14): the item names the pressure.
@pytest.mark.parametrize("question, code", [
    ("Have you considered how your son would cope if you got ill again?", "closed_question"),
    ("Don't you think the grandchildren would miss you if you ended up in hospital?", "closed_question"),
    ("What will happen to the dog if you don't go into respite?", "open_question"),
    ("And if your hip goes again, who's going to feed the cats then?", "advice"),
    ("Have you thought about how heartbroken your daughter would be if you fell on the stairs?", "closed_question"),
])
def test_a_pressure_lever_is_named_and_never_given_an_open_version(question, code):
    lines = [person("I want to stay in my own bed, I've told them that."), worker(question, code)]
    items = [i for i in fb.missed(lines) if i["quote"] == question]
    assert len(items) == 1 and items[0]["pattern"] == "pressure"
    assert "pressure" in items[0]["why"] and "if" not in items[0].get("better", "").lower().split()
    assert all(a["source"] == "open-questions" for a in open_alternatives(question, [("q1", question)], n=2))


@pytest.mark.parametrize("question", ["What would help if you got poorly again?",
                                      "What would you want to happen if you became ill?",
                                      "Who would you ring if you had a fall at night?",
                                      "How would your daughter feel if you moved in with her?",
                                      "Are you worried about what your family would think?"])
def test_a_plan_or_their_own_worry_is_no_pressure(question):
    lines = [person("I want to stay in my own bed."), worker(question, "open_question")]
    assert not [i for i in fb.missed(lines) if i.get("pattern") == "pressure"]


@pytest.mark.parametrize("question", ["So is the flat alright, anything you need sorting?",
                                      "Is the new chair comfy, anything else you need for the room?",
                                      "Are the meals ok, anything you'd want different?"])
def test_a_rewrite_that_would_strand_a_clause_is_not_offered(question):
    assert template_rewrite(question) is None


@pytest.mark.parametrize("question", ["Has anything got easier since the new bed came?",
                                      "Have the carers said anything about the evening visits?"])
def test_a_clean_rewrite_is_still_offered_as_one_question(question):
    rewrite = template_rewrite(question)
    assert rewrite and rewrite.startswith("What, if anything,") and rewrite.count(",") == 2


def test_a_reflection_that_praises_is_not_praised_as_saying_back_their_words():
    lines = [person("I did all her shopping and took her to the clinic every week"),
             worker("You were a really good daughter to her, all those years.", "simple_reflection"),
             person("I just took her to the clinic every week and did her shopping"),
             worker("You took her to the clinic every week and did her shopping.", "simple_reflection")]
    quoted = [i["quote"] for i in fb.did_well(lines) if i["code"] == "simple_reflection"]
    assert quoted == ["You took her to the clinic every week and did her shopping."]
