# Reviewer's grades (practice educator). Question grades are in sheet order per case.
# Each entry: (grade, wrong_person, note). Wrong-person questions are capped at 1 (redirecting is an edit)
# and graded 1 only if the words would work put to the right person.
import json
Q = {
"p01": [(2,False,""),(2,False,""),(2,False,""),(2,False,""),(2,False,""),(2,False,"")],
"p02": [(1,False,"She rang duty in tears: open with her, not the history. 'Before we talk about Alan, how are you doing yourself?'"),
        (2,False,""),
        (1,False,"Too early for someone near breakdown; risks forcing positivity (the sheet's own trap). Later, softer: 'Is there anything about caring for Alan that still feels worth it to you?'"),
        (0,False,"Wrong for an exhausted carer in crisis: feels like homework. Instead: 'What has kept you going through the last few weeks?'"),
        (2,False,""),(2,False,"")],
"p03": [(2,False,""),(2,False,""),(2,False,""),(2,False,""),(2,False,"")],
"p04": [(1,False,"On a s47 you explain why you are there first; 'before we start' invites her account before she knows the concern. 'I've told you why we're here; what would you most like me to hear from you about it?'"),
        (1,False,"Fine as a way in but generic for this visit. 'Tell me about Tyler and Lily - what are they like?'"),
        (2,False,""),(2,False,""),
        (1,False,"On a s47 the closing must set out what happens next (strategy, whether a medical is needed) before arranging times. 'Let me go through what happens next, then we can find a time that works around school.'")],
"p05": [(1,False,"Stilted for a 15-year-old who doesn't want a social worker. 'You said you don't need a social worker - fair enough. What would make this worth your time?'"),
        (2,False,""),(2,False,""),(2,False,""),
        (1,False,"Where the 'friends' may be the exploiters, aim it at him: 'What do you want for yourself in a year's time?'"),
        (2,False,"")],
"p06": [(2,False,""),(2,False,""),(2,False,""),(2,False,""),(2,False,""),(2,False,""),
        (1,True,"Headed 'For mum' but mam is in residential rehab in Hereford; nain (not recognised) is the carer and is in the kitchen. Would only work put to nain."),
        (1,True,"As above: mam is not there. Put to nain: 'Tell me about a bedtime that went better than usual.'")],
"p07": [(2,False,""),(2,False,""),(2,False,""),(2,False,""),(2,False,""),
        (1,False,"'Next' is abstract for easy read. Make it concrete: 'Where would you like to live? Who with?' (he has told the day centre he wants a flat like Dai's)")],
"p08": [(2,False,""),
        (1,False,"Duplicates the next question and is blunt as a first ask at the door. Drop it or soften: 'I can see you've kept a lot of things - which ones matter most to you?'"),
        (2,False,""),(2,False,""),(2,False,"")],
"p09": [(1,True,"Sheet is 'For the child (child, 10), at school'. The visit is to Priya at home while the children are at school. Would work put to Priya."),
        (1,True,"Aimed at the child; put to Priya: 'How have you been since the 20th?'"),
        (1,True,"Aimed at the child; good for Priya as is."),
        (0,True,"A question for a child, and the child is not at the visit. Not usable with Priya.")],
"p10": [(1,False,"He has already said he wants everything in Welsh; confirm it in Welsh (Nia or the worker): 'Fasech chi'n hoffi siarad Cymraeg heddiw?' rather than asking in English which language."),
        (2,False,""),
        (1,False,"Blunt imperative (echo of the worker's aim). 'How are you getting on with meals since Mair died?'"),
        (2,False,""),(2,False,""),
        (1,False,"Use her name and don't frame grief as an 'outcome' on a first visit: 'Tell me about Mair.' The holding-on question can come later."),
        (2,False,"")],
"p11": [(2,False,""),
        (1,False,"'Against your outcomes' is the professional language the sheet's own traps warn about. 'In May you said you wanted to get back to the knitting group and to stay in the bungalow with Bill - how has that gone?'"),
        (2,False,""),(2,False,""),
        (1,False,"Abstract. 'What would you like to decide for yourself over the next six months?' or ask about the bungalow outcome."),
        (2,False,""),(2,False,""),
        (1,False,"Odd out of context for Bill. 'What helps you keep going, looking after Ann?'")],
"p12": [(2,False,""),
        (1,True,"The worker's aim for Kai turned into an order to mum. For Kai: 'What sort of things do you do to help at home?'"),
        (1,True,"Meant for Kai, and blunt. 'What would make things easier for you?'"),
        (1,True,"Meant for Kai. 'What do you like doing when you get time for yourself?'"),
        (0,False,"Wrong visit: this is a young carer assessment and mum was discharged three weeks ago, not a discharge plan."),
        (0,False,"Wrong visit frame (discharge). If anything: 'Who helps you and the boys at the moment?'"),
        (0,False,"Wrong visit: her first day and night at home were three weeks ago."),
        (1,False,"Relevant contingency, but she fears 'they'll take the boys'; phrase it as support: 'If things got hard again, who could help you with the boys, so Kai isn't carrying it?'")],
"p13": [(1,False,"Therapy-speak for someone who said 'nobody helps people like me'. 'You told housing there's no point - what would make it worth your while working with me?'"),
        (2,False,""),(2,False,""),(2,False,""),(2,False,""),
        (1,False,"Money wasn't his agenda; close on housing and the next step: 'What's the one thing you'd want me to do before we next meet?'")],
"p14": [(1,False,"Ambiguous when she is 'cutting again'; could sound like praise. 'How have you been coping when things get on top of you lately?'"),
        (1,False,"'Grown-ups' is patronising at 17, and she is close to 18. 'What do you want the people around you to understand about what matters to you?'"),
        (2,False,"")],
"p15": [(0,False,"Abstract and jargon-y as an opener with a chaotic INSET day and an exhausted mum. 'How has today been so far?'"),
        (2,False,""),
        (1,False,"'What's working well for you all at the moment?'"),
        (0,False,"Addresses mum in the third person (the worker's note echoed). 'If you had a short break, what would you want it to give you?'"),
        (0,True,"There is no baby: Zain is 6 and his sister 11. About a person who does not exist in this family."),
        (0,True,"No baby. For Zain: 'How can you tell when Zain is settled and happy?'"),
        (2,False,""),
        (1,False,"'What will you tell Imran about today?'")],
}
# sheet criteria: fit, opening, questions, traps, oars, safety; overall grade; print and take
S = {
"p01": dict(fit=2,opening=1,questions=2,traps=1,oars=2,safety=2,overall=2,print=True,identifying=[],
  note="Centred on Gwilym, falls card right. Opening leads on bereavement ('who they have lost'), but the note only says he lives alone since his wife died; the visit is about coming home after the fall. No question on the daughter's role (the worker's stated aim) and no trap about family talking over him or arguing about residential care. Daughter on speaker not identified; 'health staff' listed instead."),
"p02": dict(fit=2,opening=1,questions=1,traps=2,oars=2,safety=1,overall=1,print=True,identifying=[],
  note="Carer correctly centred. Safety card is the falls/not-coping card ('What matters most to you about living at home?'), which is not right for a carer; the gas ring (fire) and carer breakdown are not flagged. Two strengths questions too early for someone in tears. Nothing on her sleep, her health or her job, which the worker asked for. Opening generic."),
"p03": dict(fit=2,opening=2,questions=2,traps=2,oars=2,safety=2,overall=2,print=True,identifying=["EDD 20/01/2027 printed (a date tied to the person; not a DOB)"],
  note="Best sheet. Honest opening, see-alone note, DA and pre-birth cards right, questions about her history with services and hopes for the baby. 'Police' listed as involved though they are not attending (minor)."),
"p04": dict(fit=1,opening=2,questions=1,traps=2,oars=2,safety=1,overall=1,print=False,identifying=[],
  note="Questions for mum only. The worker must see and speak to both children and Tyler has made a disclosure: nothing for the children, nothing about seeing them alone, no caution against leading questions or about agreeing with the police who speaks to Tyler. 'S47' in the note is redacted as [POSTCODE], so the sheet does not know it is a s47 (treated as a 'first visit'). Opening and traps right for an angry parent."),
"p05": dict(fit=2,opening=2,questions=2,traps=2,oars=2,safety=2,overall=2,print=True,identifying=[],
  note="Good young-person sheet; exploitation card right, and the OARS reminder covers what the worker has to share. Professionals listed twice ('school staff', 'his school staff')."),
"p06": dict(fit=1,opening=1,questions=1,traps=1,oars=2,safety=2,overall=1,print=True,identifying=[],
  note="Active Offer and child questions good. But it has a 'For mum' section when mam is in rehab in Hereford, and nain (the kinship carer) is not recognised. Framed as a review ('not only whether the support is turning up' is adult wording for a 9-year-old). No three-houses structure, nothing on missing mam or bedtimes, questions in English only. Traps are review/adult traps."),
"p07": dict(fit=2,opening=2,questions=2,traps=2,oars=2,safety=2,overall=2,print=True,identifying=[],
  note="Very good: easy read, 'someone answers for them' note, ask the person first, see alone, disagreement trap. 'Makaton' and 'Aber FC' redacted as [NAME], so the sheet loses how he communicates. A non-existent 'partner' is listed. NI number correctly redacted."),
"p08": dict(fit=2,opening=2,questions=2,traps=1,oars=2,safety=2,overall=2,print=True,identifying=["'Peggy' (the person's own first name/nickname) printed in the quoted note"],
  note="Fire card excellent ('Don't start with clearing the home'), and the neglect card includes capacity. Traps generic: no warning about judging words ('hoard', 'clutter', 'mess'). Husband's death and the cats not used. No doorstep advice although she has refused entry twice."),
"p09": dict(fit=0,opening=1,questions=0,traps=1,oars=1,safety=2,overall=0,print=False,identifying=["'56 … Wrexham' printed: house number and town (street caught only as a name, postcode redacted)"],
  note="Wrong person: sheet is 'For the child (child, 10), at school' when the visit is to Priya at home while the children are at school. Questions, one trap ('children have their own outcomes') and OARS ('drawing, play or chat') are all for a child. The DA card (see alone, DASH/MARAC/IDVA, Live Fear Free, safe contact) and the child card are right, but nothing on strangulation as a high-risk marker, a bail breach, or respecting her choice about the statement."),
"p10": dict(fit=2,opening=2,questions=1,traps=1,oars=2,safety=1,overall=1,print=True,identifying=[],
  note="Active Offer present and the grief tone is kind. But there is no Welsh wording at all for a man who wants everything in Welsh, nothing about being hard of hearing (sit on his right, check he has heard), and nothing about chapel or the cymdeithas, which are plainly what matters. No 'think about' section although he is 88, lost a stone, low and bereaved: I would want a prompt to check mood and self-neglect and to link with the GP about the weight."),
"p11": dict(fit=2,opening=2,questions=1,traps=2,oars=2,safety=2,overall=2,print=True,identifying=[],
  note="A real review: knitting outcome used, 'Reviewing the service' trap exactly right, space for Bill. One question uses 'against your outcomes' jargon; the bungalow outcome is not asked about; nothing on Bill taking over (the p07 'answers for them' note would have fitted)."),
"p12": dict(fit=0,opening=0,questions=0,traps=1,oars=1,safety=1,overall=0,print=False,identifying=[],
  note="Wrong person and wrong visit: a young carer assessment for Kai (13) became a hospital discharge sheet for mum ('help plan going home' three weeks after discharge). Kai appears nowhere. A 'baby' and an 'adult sibling' are invented (Ellis is 8). The worker's aims for Kai are turned into orders to mum ('Tell me what you do / need / enjoy'). The see-alone note uses the DA wording. Nothing on school absence or on reassuring mum."),
"p13": dict(fit=2,opening=1,questions=2,traps=2,oars=2,safety=1,overall=1,print=True,identifying=[],
  note="Good engagement questions; the over-promising trap fits (housing). Safety: the worker flagged overdose risk (using on top of methadone), but there is no overdose, naloxone or not-using-alone prompt; instead a suicide card fires on 'no point, nobody helps people like me' and the opening says 'If someone has told you they are very low', which nobody did. DAN 24/7 and housing cards are useful."),
"p14": dict(fit=2,opening=1,questions=1,traps=1,oars=2,safety=2,overall=1,print=True,identifying=["Provider's first name 'Sue' printed; 'Llandrillo' (college) printed"],
  note="Safety strong: self-harm/suicide card with Childline, Meic and 111 press 2, plus an exploitation card for a 24-year-old met online. But only three stage questions, no opening question, and nothing on the pathway goals (college, driving) the worker wants to review. 'Grown-ups' is wrong at 17. Missing traps: reacting to the cutting with alarm or demands; criticising the boyfriend."),
"p15": dict(fit=1,opening=1,questions=0,traps=1,oars=2,safety=2,overall=0,print=False,identifying=[],
  note="Mum centred, but two 'baby' questions for a family whose youngest is 6, a question addressing mum in the third person ('what mum wants from short breaks'), and a jargon opener. Zain is not listed at all, although the worker wants to include him (a non-verbal child: observe, ask what he loves, how he communicates). Nothing for Aisha. 'Arguing with defensiveness' does not fit a mum who asked for help."),
}
HARM = {}  # no harmful items found
EMB = {"p06":"'For mum' questions when mam is in rehab; nain missing.",
       "p09":"Sheet for a 10-year-old 'at school' when visiting an adult DA victim.",
       "p12":"Young carer assessment turned into mum's hospital discharge plan; invented baby.",
       "p15":"'What is hard with the baby' to the mum of a 6-year-old; 'Tell me what mum wants' said to mum."}
rows=[json.loads(l) for l in open('grades.jsonl')]
qi={}
out=[]
for r in rows:
    cid=r['id']
    if r['kind']=='question':
        i=qi.get(cid,0); qi[cid]=i+1
        g,wp,n=Q[cid][i]
        r['grade']=g; r['wrong_person']=wp; r['note']=n
        assert g==2 or n, (cid,i)
    elif r['kind']=='sheet':
        s=S[cid]
        r['grade']=s['overall']
        r['criteria']={k:s[k] for k in ('fit','opening','questions','traps','oars','safety')}
        r['print_and_take']='yes' if s['print'] else 'no'
        r['identifying_printed']=s['identifying']
        r['note']=s['note']
    elif r['kind']=='case':
        r['harmful']=cid in HARM
        r['embarrassing']=cid in EMB
        r['satisfied']=S[cid]['print']
        r['note']=(HARM.get(cid,'') or EMB.get(cid,'') or ('would print and take' if S[cid]['print'] else 'would not print and take'))
    out.append(r)
for cid in Q: assert qi[cid]==len(Q[cid]), cid
open('grades.jsonl','w').write(''.join(json.dumps(r,ensure_ascii=False)+'\n' for r in out))
print('ok', len(out))
