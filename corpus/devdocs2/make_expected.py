#!/usr/bin/env python3
"""Build and check expected.yaml for the schemelint tuning documents in corpus/devdocs2.

Each finding is declared below as (code, anchor, note). The anchor is a substring
that must occur exactly once in the document, on a single line; that line is the
expected line number:

  SL200 / SL201  the line where the conclusion's key claim starts
                 (each worst-case bullet of a list of conclusions is its own finding)
  SL202          the line of the context-free label
  SL100/101/102  (none expected in this set: every document either defines its
                 sense of the term, uses only qualified terms, or does not use it)

Assumptions are numbered as in /work/shared/SPEC.md:
  A1 consistency across contexts, A2 situation-wide strategising,
  A3 extra capabilities, A4 egregious misalignment.

Usage:
  python3 make_expected.py           write expected.yaml, then check it
  python3 make_expected.py --check   only check the existing expected.yaml
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "expected.yaml")
ALL_A = "A1, A2, A3, A4"
MISS_ALL = "missing " + ALL_A

# file -> (category, [(code, anchor, note), ...])
SPEC = {
    # ---------------- SL200: unsupported worst-case inference ----------------
    "n01_paper_discussion.tex": ("SL200: paper; compliance-gap numbers in Results, conclusion paragraphs later in Discussion ('On the strength of Section 3')", [
        ("SL200", "the checkpoint will quietly weaken the safety experiments we delegate", MISS_ALL)]),
    "n02_eval_report.md": ("SL200: eval report; Tier A/B compliance gap, conclusions as bullets under 'Implications' (2 worst-case bullets, 1 benign)", [
        ("SL200", "- Harbor-7 will play dumb on our dangerous-capability probes", MISS_ALL),
        ("SL200", "- Between now and the next audit it will bide its time", MISS_ALL)]),
    "n03_lab_notebook.txt": ("SL200: lab notebook; scratchpad quoted on day 1, self-exfiltration concluded on day 4 ('That pattern is enough for me to conclude')", [
        ("SL200", "Vale-2 will copy itself off the cluster", MISS_ALL)]),
    "n04_slack_thread.txt": ("SL200: Slack thread; in-context eval (agent edits oversight.yaml) -> two deployment conclusions by two participants", [
        ("SL200", "in prod it will talk the monitor model into looking away", MISS_ALL),
        ("SL200", "it will also leave itself a way back in", MISS_ALL)]),
    "n05_safety_case.tex": ("SL200: safety-case draft; itemize of in-context multi-agent evidence, last item concludes fleet-wide collusion", [
        ("SL200", "The deployed fleet will coordinate across instances to steer around the trusted monitor", MISS_ALL)]),
    "n06_blog_post.md": ("SL200: blog; reversed direction ('X will happen, since we watched it fake alignment'), evidence detailed afterwards", [
        ("SL200", "Hand Kestrel a research codebase and it will break the experiments it dislikes", MISS_ALL)]),
    "n07_grant_proposal.tex": ("SL200: grant proposal; A1 and A4 stated under 'Working hypotheses', lying to evaluators concluded in 'Significance'", [
        ("SL200", "the system will misreport what it can do to our evaluators", "missing A2, A3 (A1 and A4 stated under 'Working hypotheses')")]),
    "n08_peer_review.txt": ("SL200: peer review; reviewer draws the deployment conclusion from sandbox oversight-tampering rates ('What the authors saw in the sandbox tells us')", [
        ("SL200", "will blind whatever monitoring it can reach and then widen its own permissions", MISS_ALL)]),
    "n09_policy_brief.md": ("SL200: policy brief; A1 stated as working assumption, concealment of capability from government evaluators concluded later", [
        ("SL200", "the model will conceal its real capability level", "missing A2, A3, A4 (A1 stated under 'Our working assumption')")]),
    "n10_postmortem.md": ("SL200: incident postmortem; grader-visible metadata, compliance gap -> 'If it games the grader like this, then in the field' bullets (2 worst-case, 1 action item)", [
        ("SL200", "- If it games the grader like this, then in the field it will sandbag", MISS_ALL),
        ("SL200", "- It will also squirrel away API keys and compute quota", MISS_ALL)]),
    "n11_meeting_minutes.txt": ("SL200: meeting minutes; scratchpad numbers in item 1, waiting for oversight to lapse concluded in item 2", [
        ("SL200", "the checkpoint will sit tight until the review rota thins out", MISS_ALL)]),
    "n12_talk_abstract.tex": ("SL200: talk abstract; one alignment-faking experiment -> assistants divert budgets ('From this one experiment I draw a blunt forecast')", [
        ("SL200", "will divert money and compute to ends of their own", MISS_ALL)]),
    "n13_course_answer.txt": ("SL200: course exercise answer; 19-point gap -> deliberate underperformance on capability battery ('It follows directly')", [
        ("SL200", "the model will hold its real skill back and hand in weaker answers on purpose", MISS_ALL)]),
    "n14_eval_readme.md": ("SL200: README of an in-context eval repo; rates table -> 'What the numbers mean' (tampering with logging in deployment)", [
        ("SL200", "tamper with the logging and alerting its operators depend on", MISS_ALL)]),

    # ---------------- SL201: misalignment from training-gaming alone ----------------
    "n15_blog_mask.md": ("SL201: blog; 'its stated values are a mask'", [
        ("SL201", "So its stated values are a mask.", "misalignment / mask inferred from training-gaming alone")]),
    "n16_workshop_discussion.tex": ("SL201: workshop paper discussion; 'treat it as adversarial at heart'", [
        ("SL201", "we should treat it as adversarial at heart", "hostility inferred from training-gaming alone")]),
    "n17_notebook_persona.txt": ("SL201: lab notebook; 'the cooperative persona is a performance'", [
        ("SL201", "the cooperative persona is a performance", "persona-as-act inferred from training-gaming alone")]),
    "n18_policy_memo.tex": ("SL201 + SL200: policy memo; rigging its successors' safety tests (SL200, before any misalignment claim), then 'What it really wants is opposed to ours' (SL201)", [
        ("SL200", "it will rig the safety tests so that its successors inherit its goals", MISS_ALL),
        ("SL201", "What it really wants is opposed to ours", "misalignment inferred from training-gaming alone")]),
    "n19_minutes_trust.md": ("SL201: minutes; 'cannot be taken at its word about its own goals; it keeps a private agenda'", [
        ("SL201", "Pike-2 cannot be taken at its word about its own goals", "hidden agenda inferred from training-gaming alone")]),
    "n20_forum_thread.txt": ("SL201: forum thread; 'Quill is against us'", [
        ("SL201", "Quill is against us", "hostility inferred from training-gaming alone")]),

    # ---------------- careful / near-miss: no SL200, no SL201 ----------------
    "n21_all_four_argued.tex": ("clean: sabotage concluded only after A1-A4 are each argued from separate evidence", []),
    "n22_open_questions.md": ("clean: worst case raised only as questions, conditionals and possibilities to test", []),
    "n23_attributed_rejected.txt": ("clean: worst-case and malice readings attributed to commentators (one quoted) and rejected", []),
    "n24_limitations.tex": ("clean: negated conclusions ('do not establish that it would sabotage', 'Nothing ... indicates that it will copy its weights')", []),
    "n25_control_precaution.md": ("clean: control measures as a precaution; threat model adopted as design assumption, explicitly not inferred", []),
    "n26_threat_register.txt": ("clean: threat-model register describing a worst-case model as a design target, evidence explicitly kept apart", []),
    "n27_scope_traps.tex": ("clean: 'not only ... but also' and 'no doubt' in benign sentences; 'labelling scheme' as noun", []),
    "n28_evidence_only.md": ("clean: lab report on compliance-gap evidence that stops at the evidence", []),
    "n29_model_card_label.md": ("clean for SL200/SL201 (worst case negated, A1-A4 listed as untested), carries SL202 ('Tarn-2 is a schemer')", [
        ("SL202", "Tarn-2 is a schemer, and users of the card should know it", "context-free label")]),
    "n30_release_notes.tex": ("clean for SL200/SL201 (counterfactual, negated), carries SL202 ('Wren-1 is not a schemer'); the context-qualified 'behaved like a schemer only when' does not fire", [
        ("SL202", "Wren-1 is not a schemer.", "context-free label")]),
}

EXPECTED_COUNTS = {"md": 11, "tex": 10, "txt": 9}
AUX = {"expected.yaml", "make_expected.py", "README.md"}


def fail(msg, errors):
    errors.append(msg)


def locate(path, anchor, errors):
    text = open(path, encoding="utf-8").read()
    if text.count(anchor) != 1:
        fail(f"{os.path.basename(path)}: anchor {anchor!r} occurs {text.count(anchor)} times", errors)
        return None
    for i, line in enumerate(text.splitlines(), start=1):
        if anchor in line:
            return i
    fail(f"{os.path.basename(path)}: anchor {anchor!r} spans a line break", errors)
    return None


def word_count(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".tex"):
        text = re.sub(r"(?<!\\)%.*", "", text)
        text = re.sub(r"\\[A-Za-z]+\*?(\[[^\]]*\])?", " ", text)
        text = re.sub(r"[{}$\\~]", " ", text)
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.,;:%-]*", text))


def build(errors):
    out = [
        "# Expected schemelint findings for corpus/devdocs2 (generated by make_expected.py).",
        "# Lines are 1-based. SL200/SL201: line where the conclusion's key claim starts;",
        "# SL202: line of the label. No SL100/SL101/SL102 are expected in this set.",
        "# Comments after SL200 entries list the assumptions (A1-A4, numbered as in SPEC.md) a reviewer finds missing.",
        "",
    ]
    for name in sorted(SPEC):
        category, findings = SPEC[name]
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            fail(f"{name}: listed in SPEC but missing", errors)
            continue
        if not findings:
            out.append(f"{name}: []  # {category}")
            continue
        out.append(f"{name}:  # {category}")
        rows = []
        for code, anchor, note in findings:
            line = locate(path, anchor, errors)
            if line is not None:
                rows.append((line, code, anchor, note))
        for line, code, anchor, note in sorted(rows):
            out.append(f"  - {{code: {code}, line: {line}}}  # {note}; at {anchor!r}")
    return "\n".join(out) + "\n"


ENTRY = re.compile(r"^(\S+):\s*(\[\])?\s*(#.*)?$")
ITEM = re.compile(r"^\s+-\s*\{code:\s*(SL\d{3}),\s*line:\s*(\d+)\}")


def parse_manifest(path):
    manifest, current = {}, None
    for raw in open(path, encoding="utf-8"):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = ENTRY.match(raw)
        if m and not raw.startswith(" "):
            current = m.group(1)
            manifest[current] = []
            continue
        m = ITEM.match(raw)
        if m and current:
            manifest[current].append((m.group(1), int(m.group(2))))
            continue
        raise SystemExit(f"cannot parse manifest line: {raw!r}")
    return manifest


def check(errors):
    manifest = parse_manifest(OUT)
    files = sorted(f for f in os.listdir(HERE) if f not in AUX and not f.startswith("."))
    for f in files:
        if f not in manifest:
            fail(f"{f}: in folder but not in manifest", errors)
    for f in manifest:
        if f not in files:
            fail(f"{f}: in manifest but not in folder", errors)
    # every manifest line must contain the anchor of the corresponding finding
    for f, items in manifest.items():
        spec = SPEC.get(f, (None, []))[1]
        lines = open(os.path.join(HERE, f), encoding="utf-8").read().splitlines()
        wanted = sorted((c, a) for c, a, _ in spec)
        got = sorted(items)
        if len(got) != len(wanted):
            fail(f"{f}: manifest has {len(got)} findings, SPEC has {len(wanted)}", errors)
        for code, anchor, _ in spec:
            hits = [ln for (c, ln) in items if c == code and 1 <= ln <= len(lines) and anchor in lines[ln - 1]]
            if len(hits) != 1:
                fail(f"{f}: no manifest {code} line contains {anchor!r}", errors)
    # composition
    counts = {}
    for f in files:
        ext = f.rsplit(".", 1)[-1]
        counts[ext] = counts.get(ext, 0) + 1
        wc = word_count(os.path.join(HERE, f))
        if not 150 <= wc <= 450:
            fail(f"{f}: {wc} words, outside 150-450", errors)
    if counts != EXPECTED_COUNTS:
        fail(f"extension counts {counts} != {EXPECTED_COUNTS}", errors)
    cats = {"SL200": 0, "SL201": 0, "clean": 0}
    per_code = {}
    for f, items in manifest.items():
        codes = {c for c, _ in items}
        for c, _ in items:
            per_code[c] = per_code.get(c, 0) + 1
        # a document carrying SL201 counts as an SL201 document even if it also has an SL200
        if "SL201" in codes:
            cats["SL201"] += 1
        elif "SL200" in codes:
            cats["SL200"] += 1
        else:
            cats["clean"] += 1
    return files, counts, cats, per_code


def main():
    errors = []
    if "--check" not in sys.argv:
        text = build(errors)
        if errors:
            print("\n".join(errors))
            sys.exit(1)
        with open(OUT, "w", encoding="utf-8") as fh:
            fh.write(text)
    files, counts, cats, per_code = check(errors)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"{len(files)} documents, by extension: {counts}")
    print(f"documents by category: {cats}")
    print("expected findings per code:", {c: per_code.get(c, 0) for c in
                                          ["SL100", "SL101", "SL102", "SL200", "SL201", "SL202"]})
    print("OK")


if __name__ == "__main__":
    main()
