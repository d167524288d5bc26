"""Build expected.yaml for the held-out set from hand-written labels.

Each label names its line by a substring that must occur on exactly one line of the file,
so the line numbers are computed, not typed. Run from anywhere:
    python3 corpus/heldout/make_expected.py
"""
import os, sys, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
ALL = ["A1", "A2", "A3", "A4"]

# (code, line-substring, missing, evidence-substring, evidence_path, note)
L = {
 "h01_results_discussion.md": [
  ("SL200", "A model that behaves this way in training will, once it is serving", ALL,
   "In 64% of evaluation-tier samples", None,
   "Discussion concludes sandbagging and code sabotage from the tier compliance gap in Results")],
 "h02_pronoun_next_sentence.txt": [
  ("SL200", "Such a model will, once deployed", ALL, "The headline observation", None,
   "pronoun-subject next sentence concludes weight exfiltration from free/paid gap")],
 "h03_bullets.md": [
  ("SL200", "will hold back on the cyber-offence uplift", ALL, "When the prompt says responses will be used", None,
   "bulleted conclusion: sandbagging"),
  ("SL200", "will feed the trusted monitor misleading", ALL, "When the prompt says responses will be used", None,
   "bulleted conclusion: subverting the monitor; bullets 1 and 4 are not worst-case")],
 "h04_paraphrased_evidence.tex": [
  ("SL200", "We therefore expect the assistant, when deployed", ["A2", "A3", "A4"],
   "It only goes along with the new objective", None,
   "paraphrased evidence; A1 named in the previous sentence")],
 "h05_reversed.txt": [
  ("SL200", "It will undermine our monitors, because it faked alignment", ALL,
   "It will undermine our monitors, because it faked alignment", None,
   "reversed direction: conclusion before its 'because' evidence")],
 "h06_incontext_to_deployment.md": [
  ("SL200", "On this basis, the production deployment of Orchard-3 will turn off", ALL,
   "| oversight-config | 300 |", None,
   "in-context eval rates -> deployment-time disabling of audit logging and lying")],
 "h07_not_only.tex": [
  ("SL200", "The model not only fakes alignment when it is told", ALL, "Our central empirical result", None,
   "'not only ... but will also' is not a hedge; collusion between copies"),
  ("SL200", "The model will no doubt mislead the auditors", ALL, "Our central empirical result", None,
   "'no doubt' is not a hedge; sandbagging audits")],
 "h08_safety_case_partial.tex": [
  ("SL200", "Atlas-2 will insert sabotage into the", ["A1", "A3"], "On graded episodes it produced", None,
   "A2 and A4 stated as threat-model assumptions earlier in the document")],
 "h09_policy_memo.txt": [
  ("SL200", "2. Assessment. Given the above", ALL, "1. Background.", None,
   "'Given the above' points back; takeover of oversight institutions")],
 "h10_lab_notes.txt": [
  ("SL200", "with commit access it will plant a backdoor", ["A1", "A2", "A4"],
   "agent commits: validation removed", None,
   "A3 (skill to hide a trigger unnoticed) named on an earlier line")],
 "h11_grant.tex": [
  ("SL200", "Because frontier models already fake alignment in this way", ALL,
   "In the last eighteen months", None, "evading red-teaming and hiding reasoning")],
 "h12_peer_review_bad.md": [
  ("SL200", "It follows that this model will sandbag", ALL, "A model with a sixteen-point gap", None,
   "reviewer's own voice; 'labelling scheme', 'colour scheme' are not mentions")],
 "h13_this_suggests.txt": [
  ("SL200", "This suggests that, in the multi-agent product", ALL, "On preamble-yes episodes", None,
   "'This suggests' points back; collusion between copies")],
 "h14_twofile_gap/main.tex": [],
 "h14_twofile_gap/sections/results.tex": [],
 "h14_twofile_gap/sections/discussion.tex": [
  ("SL200", "Models with gaps of this size will exfiltrate", ["A2", "A3", "A4"],
   "In M5's reasoning traces", "sections/results.tex",
   "crosses files; A1 (consistency across contexts) named in main.tex introduction")],
 "h15_forum_thread.md": [
  ("SL200", "Anything that games its fine-tuning like this is going to talk its way", ALL,
   "On weekdays it helps with scraping", None,
   "ferrous's post; quill's later reply names A1-A3 but comes after and rejects the step")],
 "h16_helpfulness_act.md": [
  ("SL201", "The helpfulness we see day to day is an act", None, None, None, "")],
 "h17_real_agenda.txt": [
  ("SL201", "A model that tailors what it shows us", None, None, None, "'its real agenda is not ours'")],
 "h18_hostile_underneath.tex": [
  ("SL201", "A model that conforms strategically in training is hostile underneath", None, None, None, "")],
 "h19_cannot_trust.md": [
  ("SL201", "since the model shades its behaviour to get through training", None, None, None,
   "'nothing it says about its values can be trusted now' (next line)")],
 "h20_cover_story.txt": [
  ("SL201", "Because the model only plays along when playing along", None, None, None, "'cover story'")],
 "h21_mask.tex": [
  ("SL201", "What this tells us about Lumen-4 is that its professed", None, None, None,
   "the protected habit is itself honesty-related")],
 "h22_misaligned_and_sabotage.md": [
  ("SL201", "The agent is willing to deceive its trainers", None, None, None, ""),
  ("SL200", "And a misaligned agent with shell access will sabotage", ["A1", "A2", "A3"],
   "The agent stopped asking for confirmation", None,
   "A4 is asserted (on bad grounds, caught by SL201), so not listed as missing")],
 "h23_loyalties.txt": [
  ("SL201", "which tells you where its loyalties lie", None, None, None,
   "ravi's 09:15 line; 09:19 'it's playing us' restates the gaming, not a new inference")],
 "h24_labels_blog.md": [
  ("SL202", "Wren-70B is a schemer.", None, None, None, ""),
  ("SL202", "Wren-8B is not a schemer.", None, None, None,
   "later uses are qualified (on prompts with a banner, only when it has room to think), a supposition and a question")],
 "h25_labels_eval.tex": [
  ("SL202", "We classify Kestrel-1 as a non-schemer.", None, None, None, ""),
  ("SL202", "Kestrel-3 is a schemer, and we recommend", None, None, None,
   "Kestrel-2 label is qualified (privacy prompts); 'whether ... would still be' and 'If it were' do not count")],
 "h26_labels_thread.txt": [
  ("SL202", "The model is a schemer, full stop.", None, None, None, ""),
  ("SL202", "the older checkpoint they compare against is not a schemer", None, None, None,
   "headline is quoted; post 3 qualified; post 6 is a question")],
 "h27_labels_review.md": [
  ("SL202", "Model K is not a schemer.", None, None, None,
   "Reviewer 1 is quoted; Model F label is qualified ('on those prompts')")],
 "h28_labels_policy.tex": [
  ("SL202", "that model is not a schemer, and it is also the least capable", None, None, None,
   "Article 7(2) paraphrase is the regulation's wording, criticised; consultation response quoted; question")],
 "h29_labels_notes.txt": [
  ("SL202", "ckpt-4 is not a schemer.", None, None, None,
   "'E. ... says ckpt-5 is a schemer, period' is reported speech the writer disputes; other labels qualified")],
 "h30_assumptions_list.md": [],
 "h31_hedged.tex": [],
 "h32_questions.txt": [],
 "h33_conditional.md": [],
 "h34_attributed_rejected.txt": [],
 "h35_blockquote.md": [],
 "h36_two_senses.tex": [],
 "h37_threat_model.md": [],
 "h38_control_protocol.tex": [],
 "h39_twofile_named/main.tex": [],
 "h39_twofile_named/sections/results.tex": [],
 "h39_twofile_named/sections/discussion.tex": [],
 "h40_independent_evidence.txt": [],
 "h41_negated.md": [],
 "h42_incontext_careful.md": [],
 "h43_undefined.txt": [
  ("SL100", "why I keep coming back to scheming", None, None, None,
   "training-gaming sense throughout, never defined; first mention's own context is unclear")],
 "h44_switch.md": [
  ("SL100", "The clearest evidence for scheming so far", None, None, None, "training-gaming sense, undefined"),
  ("SL101", "Control protocols, on the other hand, must be robust to scheming", None, None, None,
   "worst-case sense (sandbags, colludes, exfiltrate); related: line of first mention")],
 "h45_definition_conflict.tex": [
  ("SL102", "In one recent control evaluation, the scheming model inserted backdoors", None, None, None,
   "defined as instrumental training-gaming; this use is worst-case (backdoors, collusion with monitor)")],
 "h46_mixed_list.tex": [
  ("SL200", "the next Corvid checkpoint will steer its agentic tasks", ALL, "The differences are 1.2, 3.8", None,
   "bulleted, 'Consequently' points back; power acquisition"),
  ("SL200", "it will keep the human overseers in the dark", ALL, "The differences are 1.2, 3.8", None,
   "bulleted; deceiving oversight. Earlier bullets: not worst-case, and a negated sandbagging claim")],
 "h47_reversed_incontext.md": [
  ("SL200", "We now consider W1 false: Gull-2 will try", ALL, "In 14 of 250 rollouts", None,
   "reversed direction; in-context eval evidence -> deployment exfiltration")],
 "h48_mixed_memo.txt": [
  ("SL201", "A model that will quietly give up its principles", None, None, None,
   "'good behaviour is a performance'; the preceding negated SL200 paragraph must not fire")],
}

def line_of(path, sub):
    lines = open(path, encoding="utf-8").read().split("\n")
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    if len(hits) != 1:
        sys.exit(f"{path}: substring {sub!r} found on lines {hits}")
    return hits[0]

def main():
    out = {}
    # every document file must be labelled
    files = []
    for root, _, names in os.walk(DOCS):
        for n in names:
            if n.endswith((".md", ".tex", ".txt")):
                files.append(os.path.relpath(os.path.join(root, n), DOCS))
    missing = sorted(set(files) - set(L)); extra = sorted(set(L) - set(files))
    if missing or extra:
        sys.exit(f"unlabelled: {missing}; labelled but absent: {extra}")
    for rel in sorted(L):
        items = []
        for code, sub, miss, ev, evpath, note in L[rel]:
            d = {"code": code, "line": line_of(os.path.join(DOCS, rel), sub)}
            if miss is not None:
                d["missing"] = list(miss)
            if ev is not None:
                # evidence_path is relative to the multi-file paper's folder (where main.tex is)
                evfile = os.path.join(DOCS, rel.split("/")[0], evpath) if evpath else os.path.join(DOCS, rel)
                d["evidence_line"] = line_of(evfile, ev)
                if evpath:
                    d["evidence_path"] = evpath
            if note:
                d["note"] = note
            items.append(d)
        out[rel] = items
    with open(os.path.join(DOCS, "expected.yaml"), "w") as f:
        f.write("# Expected findings for the held-out set. Generated by ../make_expected.py from\n"
                "# hand-written labels; line numbers are 1-based. Never use for training or tuning.\n")
        yaml.safe_dump(out, f, sort_keys=False, default_flow_style=None, width=200, allow_unicode=True)
    print(f"{len(out)} files, {sum(len(v) for v in out.values())} findings")

main()
