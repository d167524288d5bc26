import json, re, sys, collections
p = sys.argv[1]
ids = set(); n = 0; bad = 0
SENSES = {"training-gaming", "worst-case", "in-context", "colloquial", "unclear"}
REGS = {"paper","latex-paper","blog","course-notes","textbook","glossary","eval-report","forum","talk-notes","policy-brief","readme"}
texts = collections.Counter()
for ln, line in enumerate(open(p, encoding="utf-8"), 1):
    try: x = json.loads(line)
    except Exception as e: print("parse", ln, e); bad += 1; continue
    n += 1
    def err(m):
        global bad; bad += 1; print(ln, x.get("id"), m, x.get("text", "")[:80])
    if set(x) != {"id","pack","register","format","text","definitional","sense","form","note"}: err("keys")
    if x["id"] in ids: err("dup id")
    ids.add(x["id"])
    if not re.fullmatch(r"def-\d{4}", x["id"]): err("id fmt")
    t = x["text"]
    if len(re.findall(r"\[\[", t)) != 1 or len(re.findall(r"\]\]", t)) != 1: err("marks")
    m = re.search(r"\[\[([^\[\]]+)\]\]", t)
    if not m: err("nomark")
    else:
        w = m.group(1).lower()
        if x["pack"] == "scheming" and "schem" not in w: err("term " + w)
        if x["pack"] == "sandbagging" and "sandbag" not in w: err("term " + w)
    if x["pack"] not in ("scheming", "sandbagging"): err("pack")
    if x["pack"] == "sandbagging" and x["sense"] is not None: err("sb sense")
    if x["pack"] == "scheming" and x["sense"] not in SENSES: err("sense")
    if x["register"] not in REGS: err("reg " + x["register"])
    if x["format"] not in ("markdown", "latex", "plain"): err("format")
    if not isinstance(x["definitional"], bool): err("defbool")
    if x["definitional"] and x["form"].startswith("nm-"): err("form/def mismatch")
    if not x["definitional"] and not x["form"].startswith("nm-"): err("nm form")
    texts[t] += 1
d = [t for t, c in texts.items() if c > 1]
if d: print("dup texts", len(d)); bad += len(d)
print("items", n, "errors", bad)
