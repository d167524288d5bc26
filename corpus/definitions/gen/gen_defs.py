import random, json, sys
sys.path.insert(0, '/tmp/defgen')
from pools import *
from frames import F

rng = random.Random(20261201)
TERMS = {
 "scheming": dict(act="scheming", agent="schemer", verb="schemes", p="scheming", b="scheme", pl="schemers"),
 "sandbagging": dict(act="sandbagging", agent="sandbagger", verb="sandbags", p="sandbagging", b="sandbag", pl="sandbaggers"),
}
REG_FMT = {
 "paper": ["plain", "markdown"], "latex-paper": ["latex"], "blog": ["markdown"], "course-notes": ["markdown", "latex"],
 "textbook": ["latex", "plain"], "glossary": ["markdown"], "eval-report": ["markdown", "plain"], "forum": ["markdown"],
 "talk-notes": ["markdown", "plain"], "policy-brief": ["plain"], "readme": ["markdown"],
}
DOCN = {"paper": ["paper"], "latex-paper": ["paper"], "blog": ["post"], "course-notes": ["course", "lecture", "unit"],
        "textbook": ["chapter", "book"], "glossary": ["glossary"], "eval-report": ["report", "evaluation"],
        "forum": ["post", "thread"], "talk-notes": ["talk"], "policy-brief": ["brief"], "readme": ["repository", "project"]}
WHERE = {"paper": "in this paper", "latex-paper": "in this paper", "blog": "in this post", "course-notes": "in these notes",
         "textbook": "in this chapter", "glossary": "in this glossary", "eval-report": "in this report", "forum": "in this post",
         "talk-notes": "in this talk", "policy-brief": "in this brief", "readme": "in this repository"}
SB_OTHER = [("an honest failure on a task that is simply too hard", "fails honestly on a task that is simply too hard"),
            ("underperformance caused by a badly written prompt", "underperforms only because the prompt is badly written"),
            ("the card-table sense of hiding one's hand", "hides its hand in the card-table sense"),
            ("a model that is just weak at the task", "is just weak at the task")]
NOTE = {"training-gaming": "definiens: good training behaviour as a means to keep goals/gain power",
        "worst-case": "definiens: egregiously misaligned adversary (sabotage/collusion/control subversion)",
        "in-context": "definiens: covert pursuit of a prompt/context-given goal in agentic evals",
        "colloquial": "definiens: everyday plotting / loose label",
        "unclear": "definiens: vague umbrella, none of the four senses",
        None: "sandbagging pack definition"}

LEADS = ["A note on terminology.", "The word gets used for several different things, so we fix one.",
 "Terms first.", "Before the results, a word on vocabulary.", "Some housekeeping on terms.",
 "Since the literature is inconsistent here, we pin the term down.", "To avoid confusion later, a definition.",
 "One definitional point matters for everything below.", "Quick terminology note before we start."]
def cap(s): return s[0].upper() + s[1:]

def pick_reg(fmt):
    if fmt == "md":
        reg = rng.choice(["blog", "course-notes", "glossary", "forum", "readme", "eval-report", "talk-notes", "paper"])
        return reg, "markdown"
    if fmt == "tex":
        reg = rng.choice(["latex-paper", "latex-paper", "textbook", "course-notes"])
        return reg, "latex"
    reg = rng.choice(list(REG_FMT))
    return reg, rng.choice(REG_FMT[reg])

def quotes(fmt):
    if fmt == "latex": return rng.choice([("``", "''"), ("", ""), ("", "")])
    return rng.choice([('"', '"'), ('“', '”'), ("'", "'"), ("", ""), ("", "")])

def render(form, kind, tpl, fmtk, sense, pack, entry, reg, fmt):
    V, G = entry
    t = TERMS[pack]
    mk = lambda w: "[[" + w + "]]"
    others = [s for s in ["training-gaming", "worst-case", "in-context", "colloquial"] if s != sense] if pack == "scheming" else None
    if pack == "scheming":
        os_ = rng.choice(others)
        oV, oG = rng.choice(POOLS[os_])
        Lo = rng.choice(ACT_LABELS[os_])
    else:
        oG, oV = rng.choice(SB_OTHER)
        Lo = "honest failure"
    if pack == "sandbagging":
        tpl = tpl.replace("{{scheming}}", "{{sandbagging}}").replace("{{schemer}}", "{{sandbagger}}")
    q, qc = quotes(fmt)
    word = {"act": t["act"], "agent": t["agent"], "verb": t["verb"]}[kind]
    doc = rng.choice(DOCN[reg])
    W = WHERE[reg] if "{DOC}" not in tpl else "in this " + doc
    if reg in ("course-notes",) and "{DOC}" not in tpl: W = "in these notes"
    trail_pool = TRAILERS[sense if pack == "scheming" else None] + ([] if sense in ("colloquial","unclear") else GENERIC_TRAILERS)
    L = rng.choice(ACT_LABELS[sense if pack == "scheming" else None])
    LA = rng.choice(AGENT_LABELS[sense if pack == "scheming" else None])
    AU = rng.choice(AUTHORS[sense if pack == "scheming" else None])
    d = dict(tp=t["p"], T=mk(word), Tc=mk(cap(word)), t=word, Tp=mk(t["p"]), Tb=mk(t["b"]), Ts=mk(t["pl"]),
             G=G, Gc=cap(G), N="a model that " + V, Nc="A model that " + V, V=V, L=L, Lc=cap(L), LA=LA, LAc=cap(LA),
             AU=AU, Go=oG, No="a model that " + oV, Lo=cap(Lo), q=q, qc=qc, DOC=doc, W=W, Wc=cap(W),
             Trail=rng.choice(trail_pool))
    txt = tpl.format(**d)
    if fmtk == "any" and "\n" not in txt and rng.random() < 0.2 and not txt.startswith(("|", "-")):
        txt = rng.choice(LEADS) + " " + txt
    if fmtk == "any" and "\n" not in txt and rng.random() < 0.3 and not txt.startswith("|"):
        txt = txt + " " + rng.choice(trail_pool)
    if fmt == "latex":
        txt = txt.replace("~", "~") 
    else:
        txt = txt.replace("Section~\\ref{sec:defs}", "Section 2")
    return txt

def main(start_id, out):
    items = []
    forms = list(F)
    # sense schedule for scheming pack
    per_form = 20
    total = per_form * len(forms)
    sched = (["training-gaming"] * 150 + ["worst-case"] * 140 + ["in-context"] * 140 + ["colloquial"] * 65 + ["unclear"] * 65)
    sched = sched[:total] + ["training-gaming"] * max(0, total - len(sched))
    rng.shuffle(sched)
    used = set(); texts = set()
    i = 0
    for form in forms:
        plan = [("scheming", sched[i + k]) for k in range(per_form)] + [("sandbagging", None)] * 2
        i += per_form
        for pack, sense in plan:
            for attempt in range(50):
                kind, tpl, fmtk = rng.choice(F[form])
                if pack == "scheming" and form == "follow-author" and sense in ("colloquial", "unclear") and rng.random() < 0.5:
                    continue
                pool = POOLS[sense if pack == "scheming" else None]
                ei = rng.randrange(len(pool))
                key = (form, pack, sense, ei)
                if key in used and attempt < 40: continue
                reg, fmt = pick_reg(fmtk)
                if fmtk == "md" and form in ("bold-colon", "deflist", "table-row") and rng.random() < 0.35:
                    reg = "glossary"
                txt = render(form, kind, tpl, fmtk, sense, pack, pool[ei], reg, fmt)
                if txt in texts: continue
                used.add(key); texts.add(txt)
                items.append(dict(pack=pack, register=reg, format=fmt, text=txt, definitional=True, sense=sense,
                                  form=form, note=NOTE[sense if pack == "scheming" else None] + f"; {form} form"))
                break
    rng.shuffle(items)
    with open(out, "w") as f:
        for k, it in enumerate(items):
            it = dict(id=f"def-{start_id + k:04d}", **it)
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(len(items))

if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
