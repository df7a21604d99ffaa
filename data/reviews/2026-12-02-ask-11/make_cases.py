import json
cases = [
# (id, q, scope, points)
("a01","whats the difference between an outcome and a service??","in",["outcome = what the person wants to achieve / what matters, in their words","service/resource (care package, day centre) is a means/input, not the outcome","example e.g. 'to get to the shops myself' vs 'a walk-in shower'"]),
("a02","is 'needs a care package' an outcome","in",["no - it is a service/resource","ask what the care package would help them achieve; outcome in their words"]),
("a03","how do i start a what matters conversation with someone ive never met","in",["introduce yourself and purpose, build trust/rapport, consent","start with what is working / strengths, open questions","listen; conversation not a form"]),
("a04","what does OARS stand for","in",["Open questions","Affirmations","Reflective listening / reflections","Summarising"]),
("a05","can u give an example of an open question vs a closed one","in",["open question invites a fuller answer (what/how/tell me)","closed = yes/no or short fact","example pair"]),
("a06","what is an affirmation in OARS? is it just saying well done","in",["recognises genuine strengths/efforts/qualities of the person","specific and genuine, not praise or cheerleading"]),
("a07","difference between simple and complex reflection","in",["simple reflection repeats/rephrases what was said","complex reflection adds meaning/feeling/what is implied","both help person feel heard"]),
("a08","why is it called strengths based? what counts as a strength","in",["starting from what the person can do, their abilities, relationships, community resources","strengths = personal, family/network, community","not ignoring risks/needs"]),
("a09","what are the 5 features of a good outcome - personal and ... ?","in",["personal, realistic, achievable, meaningful, evolving (or equivalent set in guidance)"]),
("a10","how should i write the outcomes down in the assessment, in my words or theirs","in",["in the person's own words where possible","record what matters and outcome, not service","be clear who does what"]),
("a11","what happens at a review under the outcomes approach, is it just checking the service is still going in","in",["review is about the person: what has changed, progress toward outcomes","outcomes evolve; not just whether service delivered"]),
("a12","what do i do if the person gets defensive when i ask about things","in",["defensiveness is natural/expected","avoid arguing/confronting; reflect, roll with it","explain purpose, build trust"]),
("a13","is asking 'what matters to you' at the start enough","in",["what matters is a principle through the whole conversation, not one question","explore through open questions and listening"]),
("a14","how do i involve a carer in the conversation without them taking over","in",["carer has own outcomes / right to own conversation (carer assessment)","make space for person's own voice; ask both","recognise carer's knowledge"]),
("a15","does the carer get their own what matters conversation","in",["yes - carers have their own needs/outcomes and can have own conversation/assessment","carer's well-being matters separately"]),
("a16","how is a what matters conversation different with a child","in",["child's voice, age-appropriate methods","involve parents/family but hear the child","outcomes for child in their words"]),
("a17","what is the active offer for welsh language","in",["offering services in Welsh without the person having to ask","important for well-being/communication esp. dementia, children","record language preference"]),
("a18","if someone tells me something in the conversation that sounds like abuse what do i do","in",["don't ignore it; take it seriously, listen","follow local safeguarding procedures / inform manager","don't promise confidentiality"]),
("a19","what are the stages of a what matters conversation","in",["opening/intro, exploring, strengths, outcomes, planning, closing (and reviewing)","flexible, not rigid"]),
("a20","what are the well being areas in the act","in",["the eight aspects: physical/mental health & emotional well-being; protection from abuse/neglect; education/training/recreation; domestic, family & personal relationships; contribution to society; securing rights & entitlements; social & economic well-being; suitability of living accommodation"]),
("a21","how do i summarise at the end of a visit","in",["pull together what was said, what matters, strengths, agreed next steps","check understanding, invite correction","empowering, in person's words"]),
("a22","what if what the person wants isnt realistic","in",["explore what lies behind it / what it would mean to them","negotiate realistic, achievable outcome honestly","don't dismiss"]),
("a23","what if the family want something different to what mum wants","in",["person's own outcomes at centre; hear each view","negotiate, explore, balance; rights/capacity where relevant"]),
("a24","is a walk in shower a personal outcome","in",["no - it's a resource/solution","outcome might be 'to wash myself independently / feel clean and confident'"]),
("a25","whats the difference between a what matters conversation and an assessment","in",["what matters conversation is the heart/start of assessment in Wales, focussed on person's outcomes","not a form-filling exercise"]),
("a26","how can i get better at reflective listening ive just started as a support worker","in",["listen for feeling/meaning, reflect back in own words","practice simple then complex; use fewer questions, more reflections"]),
("a27","what does co-production mean in practice in a what matters convo","in",["working with the person as equal partner; they are expert in their life","shared decisions on outcomes and plan"]),
("a28","someone told me they're 'fine' and dont need anything, how do i carry on","in",["respect, don't push/argue","explore with open questions about day, what works, what matters","build trust; maybe come back"]),
("a29","is it ok to give advice during a what matters conversation","in",["advice/information can be given but with permission, sparingly","avoid directing/fixing reflex; person finds own solutions"]),
("a30","what is deficit language and why avoid it","in",["language focusing on problems/what the person can't do","use strengths language; respectful, person's words"]),
("a31","how do i record someone's strengths in the plan","in",["note personal, family, community resources specifically","link to outcomes and who does what"]),
("a32","what should i ask when i go back for a review 6 months later","in",["what has changed, how are things, progress toward outcomes","are outcomes still right / evolved","what is working"]),
# out of scope
("o01","how many days do we have to complete a care and support assessment legally","out",["guidance does not cover legal timescales; say not found; don't invent a number"]),
("o02","how much will my client have to pay for their home care in wales, is there a weekly max","out",["charging not covered; say not found; don't invent cap figure"]),
("o03","can someone on universal credit get carers allowance as well","out",["benefits rules not covered; say not found"]),
("o04","what is the DoLS / LPS process for someone in a care home","out",["not covered; say not found"]),
("o05","how do i apply for a blue badge for my service user","out",["not covered; say not found"]),
("o06","whats the minimum staffing ratio for a residential childrens home","out",["not covered; say not found"]),
("o07","how do i do a mental capacity assessment step by step","out",["not covered by outcomes guidance (MCA 2005); say not found, maybe mention it is a different framework; don't invent"]),
("o08","what is the pay scale for a newly qualified social worker in cardiff","out",["not covered; say not found"]),
]
with open("cases.jsonl","w") as f, open("key.jsonl","w") as g:
    for cid,q,scope,pts in cases:
        f.write(json.dumps({"id":cid,"q":q})+"\n")
        g.write(json.dumps({"id":cid,"scope":scope,"must_contain":pts})+"\n")
print(len(cases))
