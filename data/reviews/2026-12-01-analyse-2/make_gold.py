import json
D="/work/main/data/reviews/2026-12-01-analyse-2/"
C={
"b01":"closed_question other other closed_question information complex_reflection simple_reflection open_question closed_question closed_question affirmation complex_reflection open_question affirmation summary closed_question information open_question summary other",
"b02":"information closed_question confront closed_question closed_question confront closed_question confront closed_question closed_question confront information confront closed_question advice confront information confront other",
"b03":"closed_question other other information simple_reflection open_question complex_reflection open_question simple_reflection affirmation open_question complex_reflection closed_question information advice summary other",
"b04":"closed_question other other summary open_question simple_reflection affirmation open_question open_question complex_reflection complex_reflection closed_question information closed_question open_question affirmation open_question summary",
"b05":"other other closed_question open_question simple_reflection complex_reflection complex_reflection affirmation open_question closed_question confront complex_reflection closed_question information information summary advice information other",
"b06":"closed_question other open_question complex_reflection affirmation open_question complex_reflection open_question information advice confront information advice confront confront summary information",
}
R={"b01":88,"b02":8,"b03":90,"b04":93,"b05":72,"b06":30}
g=open(D+"gold.jsonl","w"); c=open(D+"cases.jsonl","w")
for b,codes in C.items():
    codes=codes.split()
    lines=open(D+b+".txt").read().splitlines()
    wl=[(i+1,l) for i,l in enumerate(lines) if l.startswith("Worker:")]
    assert len(wl)==len(codes),(b,len(wl),len(codes))
    for (n,l),code in zip(wl,codes):
        g.write(json.dumps({"file":b+".txt","line":n,"text":l[len("Worker:"):].strip(),"code":code},ensure_ascii=False)+"\n")
    g.write(json.dumps({"file":b+".txt","rating":R[b]})+"\n")
    c.write(json.dumps({"id":b,"file":D+b+".txt"})+"\n")
