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
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from manifest import Folder, main  # noqa: E402 (corpus/manifest.py)

HERE = os.path.dirname(os.path.abspath(__file__))
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


if __name__ == "__main__":
    main(Folder(HERE, SPEC, {"md": 11, "tex": 10, "txt": 9}, "corpus/devdocs2",
                assumptions_note="(A1-A4, numbered as in SPEC.md)", words=(150, 450),
                aux={"expected.yaml", "make_expected.py", "README.md"}, sl201_first=True))
