import random, json, sys
sys.path.insert(0, '/tmp/defgen')
from pools import POOLS
from nm_hand import NM, ORD, ORD_REG
from gen_defs import REG_FMT, cap

rng = random.Random(777)
SRC = {
 "training-gaming": ["Carlsmith's report", "Hubinger et al. (2019)", "the alignment-faking paper", "an influential 2023 report"],
 "worst-case": ["the control literature", "some safety-case templates", "Greenblatt et al. (2024)", "a recent lab threat model"],
 "in-context": ["Meinke et al. (2024)", "the Apollo evaluations", "several agentic benchmarks", "a recent evaluation paper"],
 "colloquial": ["the dictionary", "everyday speech", "the tabloid coverage"],
 "unclear": ["some forum posts", "a popular explainer", "many op-eds"],
 None: ["van der Weij et al. (2024)", "an earlier evaluation report", "one lab's model card"],
}
# (kind, template, sense_rule) sense_rule: "g" = sense of definiens, "u" = unclear
RF = [
 ("act", "In {S}, {q}{T}{qc} is defined as {G}; we do not adopt that definition here.", "g", "nm-reported-def"),
 ("agent", "In {S}, a {T} is {N}, but our argument does not depend on that choice.", "g", "nm-reported-def"),
 ("act", "One reviewer took {q}{T}{qc} to mean {G}, which is not how the paper uses the word.", "g", "nm-reported-def"),
 ("act", "In {S}, {T} refers to {G}.", "g", "nm-reported-def"),
 ("verb", "According to {S}, a model {T} when it {V}; other sources are less specific.", "g", "nm-reported-def"),
 ("act", "In the thread, one commenter insisted that {T} means {G}.", "g", "nm-reported-def"),
 ("act", "If one defined {T} as {G}, our estimates in Section 5 would look quite different.", "g", "nm-hypothetical-def"),
 ("act", "Suppose, for the sake of argument, that {q}{T}{qc} meant {G}.", "g", "nm-hypothetical-def"),
 ("act", "An earlier draft of this paper defined {T} as {G}; we have since dropped that definition.", "g", "nm-abandoned-def"),
 ("act", "It would be tempting to say that {T} is {G}, but we resist that temptation here.", "g", "nm-hypothetical-def"),
 ("act", "Whether {T} should be taken to mean {G} is exactly what is at issue.", "u", "nm-contested"),
 ("act", "Critics say the word {T} has come to cover {G}.", "g", "nm-reported-def"),
 ("act", "Is {T} just {G}?", "u", "nm-question"),
 ("act", "It is unclear whether {T} includes {G}.", "u", "nm-unclear-reference"),
 ("act", "Many readers will assume that {T} means {G}; the authors never say.", "u", "nm-reported-def"),
 ("act", "Some authors reserve {q}{T}{qc} for {G}; others use it far more broadly.", "g", "nm-definitions-vary"),
 ("agent", "A reader of {S} might come away thinking a {T} is {N}.", "g", "nm-reported-def"),
 ("act", "We leave open whether {T} requires {G}.", "u", "nm-no-definition"),
]
TERMS = {"scheming": dict(act="scheming", agent="schemer", verb="schemes"),
         "sandbagging": dict(act="sandbagging", agent="sandbagger", verb="sandbags")}

def fmt_for(text, reg):
    if "\\" in text and ("\\begin" in text or "\\emph" in text or "\\text" in text or "\\section" in text or "\\ref" in text or "\\footnote" in text or "\\newglossaryentry" in text or "$" in text or "\\sub" in text):
        return "latex"
    if any(m in text for m in ["**", "## ", "# ", "|", "[^", "\n: ", "- ", "### "]):
        return "markdown"
    fm = REG_FMT[reg]
    return rng.choice(fm)

def reg_fix(text, reg):
    f = fmt_for(text, reg)
    if f == "latex" and reg not in ("latex-paper", "textbook", "course-notes"): reg = "latex-paper"
    if f == "markdown" and reg in ("latex-paper", "policy-brief", "textbook"): reg = "blog" if reg != "policy-brief" else "policy-brief"
    return reg, f

def main(start_id, out):
    items = []
    for e in NM:
        sense, form, text = e[0], e[1], e[2]
        reg = e[3] if len(e) > 3 else rng.choice(list(REG_FMT))
        pack = "scheming" if sense is not None else "sandbagging"
        reg, f = reg_fix(text, reg)
        items.append(dict(pack=pack, register=reg, format=f, text=text, definitional=False, sense=sense, form=form,
                          note="near-miss: " + form[3:].replace("-", " ")))
    for sense, lst in ORD.items():
        for text in lst:
            reg = rng.choice(ORD_REG[sense])
            reg, f = reg_fix(text, reg)
            if reg == "latex-paper" and f != "latex": f = "latex"
            items.append(dict(pack="scheming", register=reg, format=f, text=text, definitional=False, sense=sense,
                              form="nm-ordinary-use", note=f"ordinary {sense} use, no definition"))
    plan = ["training-gaming"] * 30 + ["worst-case"] * 25 + ["in-context"] * 25 + ["colloquial"] * 12 + ["unclear"] * 12 + [None] * 10
    rng.shuffle(plan)
    seen = set(t["text"] for t in items)
    for sense in plan:
        for _ in range(30):
            kind, tpl, rule, form = rng.choice(RF)
            pass
            V, G = rng.choice(POOLS[sense])
            pack = "scheming" if sense is not None else "sandbagging"
            t = TERMS[pack]; w = t[kind]
            reg = rng.choice(["paper", "blog", "forum", "textbook", "talk-notes", "latex-paper", "policy-brief", "course-notes"])
            q, qc = rng.choice([('"', '"'), ("'", "'"), ("", ""), ("", "")])
            if reg == "latex-paper": q, qc = rng.choice([("``", "''"), ("", "")])
            txt = tpl.format(S=rng.choice(SRC[sense]), T="[[" + w + "]]", q=q, qc=qc, G=G, N="a model that " + V, V=V)
            txt = cap(txt)
            if txt in seen: continue
            seen.add(txt)
            s = None if pack == "sandbagging" else (sense if rule == "g" else "unclear")
            f = "latex" if reg == "latex-paper" else rng.choice(REG_FMT[reg])
            items.append(dict(pack=pack, register=reg, format=f, text=txt, definitional=False, sense=s, form=form,
                              note="definiens present but not adopted by the writer (" + form[3:] + ")"))
            break
    import re
    for it in items:
        if it["format"] == "latex":
            it["text"] = re.sub(r'"([^"]*)"', lambda m: "``" + m.group(1) + "''", it["text"])
    rng.shuffle(items)
    with open(out, "w") as fo:
        for k, it in enumerate(items):
            fo.write(json.dumps(dict(id=f"def-{start_id + k:04d}", **it), ensure_ascii=False) + "\n")
    print(len(items))

if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
