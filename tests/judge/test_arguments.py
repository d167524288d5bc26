"""Linking argument steps across a document, with the sentence readings given by hand (the
classifier's own behaviour is tested in test_steps.py)."""

from __future__ import annotations

from schemelint.judge import arguments, prose
from schemelint.judge.steps import StepReading
from schemelint.rulepack import load_builtin

PACK = load_builtin("scheming")


def R(*roles: str, stance: str = "asserted", assume: tuple[str, ...] = (),
      p: float = 1.0) -> StepReading:
    return StepReading(frozenset(roles), frozenset(assume), stance, {r: p for r in roles})


NONE = R()


def steps_of(text: str, readings: list[StepReading], fmt: str = "markdown") -> list[tuple[str, int, int, str]]:
    doc = prose.read(text, fmt)
    sents = arguments.document_sentences(doc)
    own = arguments.readable(sents)
    assert len(own) == len(readings), [s.text for s in own]
    found = arguments.find_steps(doc, [], PACK, readings, sents)
    assert found is not None
    line = doc.root.index.line_col
    return [(s.kind, line(s.evidence.span().start)[0], line(s.conclusion.span().start)[0],
             ",".join(sorted(s.named))) for s in found]


def test_conclusion_in_the_next_sentence_links_to_the_evidence_before_it() -> None:
    text = "The model faked compliance.\nSuch a model will later undermine our monitors.\n"
    assert steps_of(text, [R("tg-evidence"), R("wc-conclusion")]) == [("conclusion", 1, 2, "")]


def test_evidence_and_conclusion_in_one_sentence_in_either_order() -> None:
    text = "It will sabotage the codebase, because it faked alignment.\n"
    assert steps_of(text, [R("tg-evidence", "wc-conclusion")]) == [("conclusion", 1, 1, "")]


def test_a_conclusion_that_is_not_asserted_is_no_step() -> None:
    text = ("The model faked compliance. Would it then sabotage the lab? It might well do so. "
            "If so, it would hide that.\n")
    readings = [R("tg-evidence"), R("wc-conclusion", stance="question"),
                R("wc-conclusion", stance="hedged"), R("wc-conclusion", stance="conditional")]
    assert steps_of(text, readings) == []


def test_evidence_in_an_earlier_section_needs_a_pointer_back() -> None:
    text = ("# Results\n\nThe model faked compliance.\n\n# Other\n\nSome unrelated words here.\n\n"
            "# Discussion\n\nIt will undermine our monitors.\n\n"
            "These results show it will also hide its skills.\n")
    readings = [R("tg-evidence", p=0.8), NONE, R("wc-conclusion"), R("wc-conclusion")]
    assert steps_of(text, readings) == [("conclusion", 3, 13, "")]


def test_evidence_reported_beyond_doubt_reaches_a_later_section_nearby() -> None:
    text = ("# Results\n\nThe model faked compliance.\n\n# Implications\n\n"
            "It will undermine our monitors.\n")
    assert steps_of(text, [R("tg-evidence", p=0.95), R("wc-conclusion")]) == [
        ("conclusion", 3, 7, "")]
    assert steps_of(text, [R("tg-evidence", p=0.85), R("wc-conclusion")]) == []
    # ... but not a claim many paragraphs on (an interview's later turn, an appendix)
    filler = "".join(f"Paragraph {i} about something else.\n\n" for i in range(arguments.FAR_BLOCKS))
    far = text.replace("# Implications\n\n", "# Implications\n\n" + filler)
    readings = [R("tg-evidence", p=0.95), *[NONE] * arguments.FAR_BLOCKS, R("wc-conclusion")]
    assert steps_of(far, readings) == []


def test_assumptions_cited_by_their_ids_are_named() -> None:
    text = ("The model faked compliance. Under A1-A4, it will sabotage us. Appendix A2 has the "
            "transcripts. We also assume A3 here, so it will collude with its copies.\n")
    readings = [R("tg-evidence"), R("wc-conclusion"), NONE, R("wc-conclusion")]
    assert steps_of(text, readings) == [("conclusion", 1, 1, "A1,A2,A3,A4"),
                                        ("conclusion", 1, 1, "A1,A2,A3,A4")]
    text = "The model faked compliance. Appendix A2 lists it, so it will sabotage us.\n"
    assert steps_of(text, [R("tg-evidence"), R("wc-conclusion")]) == [("conclusion", 1, 1, "")]


def test_assumptions_stated_before_the_conclusion_are_named() -> None:
    text = ("Assume it keeps this up everywhere. The model faked compliance, so it will "
            "sabotage us. Also assume its goals are hostile.\n")
    readings = [R("assumption", assume=("A1",)), R("tg-evidence", "wc-conclusion"),
                R("assumption", assume=("A4",))]
    assert steps_of(text, readings) == [("conclusion", 1, 1, "A1")]


def test_quoted_claims_are_not_the_writers_conclusions() -> None:
    text = ("The model faked compliance.\n\n> So it will sabotage everything.\n\n"
            "We disagree with that reading.\n")
    # The blockquote is not read at all: only the writer's own two sentences are.
    assert steps_of(text, [R("tg-evidence"), NONE]) == []


def test_misalignment_needs_training_gaming_evidence() -> None:
    text = "In the eval it disabled oversight. So it is hostile to us.\n"
    assert steps_of(text, [R("ic-evidence"), R("misalignment")]) == []
    text = "It played along with training. So it is hostile to us.\n"
    assert steps_of(text, [R("tg-evidence"), R("misalignment")]) == [("misalignment", 1, 1, "")]


def test_evidence_far_back_in_the_same_section_is_out_of_reach() -> None:
    # unless it was reported beyond doubt (test_evidence_reported_beyond_doubt_...)
    text = ("It faked compliance in training.\n\nA first aside here.\n\nA second aside here.\n\n"
            "A third aside here.\n\nIt will sabotage us.\n")
    readings = [R("tg-evidence", p=0.8), NONE, NONE, NONE, R("wc-conclusion")]
    assert steps_of(text, readings) == []


def test_a_sentence_with_an_empty_side_and_an_empty_block_are_read() -> None:
    from schemelint.judge import arguments
    from schemelint.mentions import find_mentions

    text = "Models might scheme; hence.\n\nBecause, so.\n\n(\\u00a0)\n"
    doc = prose.read(text, "markdown")
    assert arguments.clauses("It faked it; hence.") == []
    found = arguments.find_steps(doc, find_mentions(doc, PACK), PACK)
    assert found == []


def test_each_bullet_of_a_conclusions_list_reads_from_its_lead_in() -> None:
    # the fourth item is three blocks past the evidence, but its passage starts at the lead-in
    text = ("The model faked compliance in training.\n\nFrom these findings we expect:\n\n"
            "- It will sandbag the capability suite.\n- Its refusals should be logged.\n"
            "- The grader should be re-run.\n- It will collude with its copies.\n")
    readings = [R("tg-evidence"), NONE, R("wc-conclusion"), NONE, NONE, R("wc-conclusion")]
    assert steps_of(text, readings) == [("conclusion", 1, 5, ""), ("conclusion", 1, 8, "")]


def test_a_list_of_stated_assumptions_holds_premises_not_misalignment_claims() -> None:
    text = ("The model faked compliance in training.\n\nFrom this observation we adopt:\n\n"
            "- It acts the same in every context.\n- Its goals are egregiously misaligned.\n")
    readings = [R("tg-evidence"), NONE, R("assumption", assume=("A1",)),
                R("misalignment", "assumption", assume=("A4",))]
    assert steps_of(text, readings) == []
    # one such item alone, with no sibling premise, is still a claim
    alone = ("The model faked compliance in training.\n\nFrom this observation we conclude:\n\n"
             "- Its goals are egregiously misaligned.\n")
    assert steps_of(alone, [R("tg-evidence"), NONE, R("misalignment", "assumption",
                                                        assume=("A4",))]) == [
        ("misalignment", 1, 5, "")]


def test_a_conclusion_word_that_predicts_nothing_is_no_step() -> None:
    # a topic list and "could" name worst-case behaviour without predicting or asserting it
    text = ("The model faked compliance in training.\n"
            "Our alumni worked on sandbagging, alignment faking and other topics.\n"
            "Such models could hide their takeover plans in code.\n"
            "It will sabotage our monitors.\n"
            "It sabotaged the last audit.\n")
    readings = [R("tg-evidence"), R("wc-conclusion"), R("wc-conclusion"), R("wc-conclusion"),
                R("wc-conclusion")]
    assert [s[2] for s in steps_of(text, readings)] == [4, 5]
