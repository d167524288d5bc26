import json, sys, re
sys.path.insert(0, '/tmp/defgen')
from def_hand import DH
out = '/work/main/corpus/definitions/raw/defs.jsonl'
n = sum(1 for _ in open(out))
NOTE = {"training-gaming": "definiens: good training behaviour as a means to keep goals/gain power",
        "worst-case": "definiens: egregiously misaligned adversary (sabotage/collusion/control subversion)",
        "in-context": "definiens: covert pursuit of a prompt/context-given goal in agentic evals",
        "colloquial": "definiens: everyday plotting / loose label",
        "unclear": "definiens: vague umbrella, none of the four senses", None: "sandbagging pack definition"}
def fmt(text, reg):
    if re.search(r"\\(begin|emph|text|footnote|newglossaryentry|ref|section)", text) or reg in ("latex-paper",): return "latex"
    if any(m in text for m in ["**", "#", "|", "[^", "\n: ", "`"]): return "markdown"
    return {"policy-brief": "plain", "paper": "plain", "talk-notes": "plain", "textbook": "plain"}.get(reg, "markdown")
with open(out, "a") as f:
    for k, (sense, form, reg, text) in enumerate(DH):
        fm = fmt(text, reg)
        if fm == "latex" and reg not in ("latex-paper", "textbook", "course-notes"): reg = "latex-paper"
        it = dict(id=f"def-{n + 1 + k:04d}", pack="sandbagging" if sense is None else "scheming", register=reg, format=fm,
                  text=text, definitional=True, sense=sense, form=form, note=NOTE[sense] + f"; hand-written {form}")
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(DH))
