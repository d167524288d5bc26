#!/usr/bin/env python3
"""Build and check expected.yaml for the schemelint development documents.

Each finding is declared below as (code, anchor, note). The anchor is a substring
that must occur exactly once in the document, on a single line; that line is the
expected line number:

  SL200 / SL201  the line where the conclusion's key claim starts
                 (each worst-case bullet of a list of conclusions is its own finding)
  SL202          the line of the context-free label
  SL100/101/102  (none expected in this set: every document either defines its
                 sense of the term, uses only qualified terms, or does not use it)

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

# file -> (category, [(code, anchor, note), ...])
SPEC = {
    # ---------------- SL200: unsupported worst-case inference ----------------
    "d01_results_discussion.tex": ("SL200: Results section, Discussion points back ('These results show')", [
        ("SL200", "These results show that the model will quietly sabotage", "missing " + ALL_A)]),
    "d02_taken_together.md": ("SL200: observations list, then 'Taken together' (sandbagging)", [
        ("SL200", "Taken together, R7 will underperform on purpose", "missing " + ALL_A)]),
    "d03_given_above.txt": ("SL200: safety-case draft, 'Given the above' (sandbagging)", [
        ("SL200", "Given the above, M will deliberately hold back", "missing " + ALL_A)]),
    "d04_such_a_model.md": ("SL200: next paragraph with pronoun subject 'Such a model will'", [
        ("SL200", "Such a model will also turn off or route around the monitors", "missing " + ALL_A)]),
    "d05_bullets_syscard.md": ("SL200: system card, bulleted conclusions (3 worst-case bullets, 1 benign)", [
        ("SL200", "- The model will deliberately underperform on capability evaluations", "missing " + ALL_A),
        ("SL200", "- The model will introduce hard-to-spot errors", "missing " + ALL_A),
        ("SL200", "- The model will coordinate with other instances of itself", "missing " + ALL_A)]),
    "d06_itemize.tex": ("SL200: LaTeX itemize of consequences (2 worst-case items, 2 benign)", [
        ("SL200", "\\item The model will copy its own weights to an external server", "missing " + ALL_A),
        ("SL200", "\\item The model will plant backdoors in the code it writes", "missing " + ALL_A)]),
    "d07_lab_notes_flaws.txt": ("SL200: lab notes, paraphrased evidence, 'slip flaws into the code it writes for us'", [
        ("SL200", "My view after this week: it will slip flaws into the code", "missing " + ALL_A)]),
    "d08_forum_wait.txt": ("SL200: forum post, 'going along protects its values' -> 'will wait until oversight lapses'", [
        ("SL200", "the rest follows. It will wait until oversight", "missing " + ALL_A)]),
    "d09_policy_weights.md": ("SL200: policy memo, compliance-gap numbers in words -> hands weights to outside party", [
        ("SL200", "will hand its weights to an outside party", "missing " + ALL_A)]),
    "d10_reviewer_auditors.txt": ("SL200: reviewer report, 'will mislead the auditors about what it can do'", [
        ("SL200", "games its training in this way will mislead the", "missing " + ALL_A)]),
    "d11_reversed_talk.md": ("SL200: talk notes, reversed order ('will sabotage ..., because it ... faked alignment')", [
        ("SL200", "The model will sabotage the safety research we hand it, because", "missing " + ALL_A)]),
    "d12_incontext_deploy.tex": ("SL200: in-context eval results -> deployment conclusions (2 sentences)", [
        ("SL200", "Once it is deployed on real infrastructure, the agent will switch off", "missing " + ALL_A),
        ("SL200", "In agentic deployments with access to its own weights it will also copy", "missing " + ALL_A)]),
    "d13_grant_A1A2.tex": ("SL200: grant text names A1 and A2 earlier; sabotage of experiments", [
        ("SL200", "will sabotage the alignment experiments it is asked to run", "missing A3, A4 (A1, A2 stated under 'Working assumptions')")]),
    "d14_A1_named.md": ("SL200: wiki note names A1 earlier; collusion between copies", [
        ("SL200", "the flagship model will collude with other copies", "missing A2, A3, A4 (A1 stated in 'An assumption we are willing to make')")]),
    "d15_incontext_collude.txt": ("SL200: in-context multi-agent eval -> deployment collusion and takeover (2 sentences)", [
        ("SL200", "The model family will coordinate against our monitors", "missing " + ALL_A),
        ("SL200", "It will eventually try to take control of the systems", "missing " + ALL_A)]),
    "d16_this_suggests.md": ("SL200: update names A4 as planning assumption; 'This suggests' -> defeat the monitor", [
        ("SL200", "This suggests that the model will actively work to defeat", "missing A1, A2, A3 (A4 stated in section 2)")]),

    # ---------------- SL201: misalignment from training-gaming alone ----------------
    "d17_agenda.md": ("SL201: blog, 'its real agenda is not ours'", [
        ("SL201", "its real agenda is not ours", "misalignment inferred from training-gaming alone")]),
    "d18_friendliness.txt": ("SL201: forum post, 'its friendliness is an act'", [
        ("SL201", "So its friendliness is an act.", "cover story inferred from training-gaming alone")]),
    "d19_hostile.tex": ("SL201: paper discussion, 'hostile underneath'", [
        ("SL201", "is hostile underneath its cooperative surface", "hostility inferred from training-gaming alone")]),
    "d20_cannot_trust.txt": ("SL201: policy memo, 'nothing it says about its values can be trusted now'", [
        ("SL201", "Nothing it says about its values can be trusted now", "cover story inferred from training-gaming alone")]),
    "d21_cover_story.md": ("SL201: system-card style, helpfulness 'a cover story'", [
        ("SL201", "The model's helpfulness and warmth in ordinary use are a cover story.", "cover story inferred from training-gaming alone")]),
    "d22_lab_notes_misaligned.txt": ("SL201: lab notes, 'So c-4410 is misaligned'", [
        ("SL201", "So c-4410 is misaligned", "misalignment inferred from training-gaming alone")]),
    "d23_malicious_review.tex": ("SL201: meta-review, 'evidence of malicious intent'", [
        ("SL201", "The behaviour they document is evidence of malicious intent", "malice inferred from training-gaming alone")]),
    "d24_talk_bad_intent.md": ("SL201 + SL202: talk notes, 'is a schemer, full stop' and 'goals that run against ours'", [
        ("SL202", "The model in that study is a schemer, full stop.", "context-free label"),
        ("SL201", "has goals that run against ours", "misalignment inferred from training-gaming alone")]),

    # ---------------- careful / near-miss: no SL200, no SL201 ----------------
    "d25_all_four_named.tex": ("clean: question, then conclusion stated with A1-A4 named explicitly", []),
    "d26_hedged.md": ("clean: hedged ('could'), worst-case negated, A1-A4 named in prose", []),
    "d27_questions.md": ("clean: conclusions posed as questions ('Would such a model sabotage ...?')", []),
    "d28_assumptions_listed.tex": ("clean: A1-A4 stated in an earlier list, then 'Under A1--A4, the model will ...'", []),
    "d29_attributed_rejected.txt": ("clean: claims attributed to commentators, rejected in the next sentence", []),
    "d30_press_quote.md": ("clean: press quote (with 'scheming' in another's voice) disputed by the writer", []),
    "d31_control_precaution.txt": ("clean: control protocol designed against a worst-case model as a precaution (planning)", []),
    "d32_negated.md": ("clean: negated conclusion ('L3 will not tamper with our monitors')", []),
    "d33_scope_traps.tex": ("clean: 'not only' / 'no doubt' scope traps", []),
    "d34_math_converge.tex": ("clean: mathematics / optimisation prose with 'so it will'; 'scheme' as noun", []),
    "d35_ml_methods.txt": ("clean: ML-methods prose with 'so it will'; 'labelling scheme', 'colour scheme'", []),
    "d36_sl202_label.md": ("clean for SL200/SL201 (question + careful answer), carries SL202", [
        ("SL202", "K7 is a schemer, and the model card should say so", "context-free label")]),
    "d37_not_schemer.tex": ("clean for SL200/SL201 (supposition + question), carries SL202 ('not a schemer'); contextual and supposed labels do not fire", [
        ("SL202", "Checkpoint B is not a schemer.", "context-free label")]),
    "d38_a4_separate.txt": ("clean: 'whether those goals are misaligned is a separate question'", []),
    "d39_incontext_careful.md": ("clean: in-context results; deployment conclusion explicitly negated", []),
    "d40_beamer_conditional.tex": ("clean: beamer talk, conditional with A1-A4 as conditions; control as insurance", []),
}


if __name__ == "__main__":
    main(Folder(HERE, SPEC, {"md": 16, "tex": 12, "txt": 12}, "corpus/devdocs",
                aux={"expected.yaml", "make_expected.py", "README.md"}))
