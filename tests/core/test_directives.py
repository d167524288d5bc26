"""Inline ``schemelint:`` directives, seen as a writer sees them: which findings a comment
silences, on which lines, and what a typo in a code does."""

from __future__ import annotations

from schemelint.config import Config
from schemelint.engine import lint_text

# Line 2: an undefined training-gaming use (SL100); line 4: a switch to the worst case (SL101).
SWITCH = (
    "Models fake alignment during RLHF so that their values survive fine-tuning: they are\n"
    "scheming against the training process.\n\n"
    "Control protocols must assume scheming models that collude with their copies and sabotage\n"
    "the monitors.\n"
)


def found(text: str, path: str = "draft.md") -> list[tuple[str, int]]:
    (r,) = lint_text(text, path, config=Config())
    assert r.error is None, r.error
    return [(d.code, d.span.source.index.line_col(d.span.start)[0]) for d in r.diagnostics]


def test_without_directives_both_findings_are_reported() -> None:
    assert found(SWITCH) == [("SL100", 2), ("SL101", 4)]


def test_disable_on_its_own_line_silences_that_check_to_the_end() -> None:
    assert found("<!-- schemelint: disable SL101 -->\n" + SWITCH) == [("SL100", 3)]


def test_disable_without_codes_silences_every_check() -> None:
    assert found("<!-- schemelint: disable -->\n" + SWITCH) == []


def test_enable_ends_the_block() -> None:
    text = "<!-- schemelint: disable SL101 -->\nAn aside.\n<!-- schemelint: enable SL101 -->\n"
    assert found(text + SWITCH) == [("SL100", 5), ("SL101", 7)]


def test_a_comment_at_the_end_of_a_line_silences_that_line_only() -> None:
    line4 = "sabotage\n"
    text = SWITCH.replace(line4, "sabotage <!-- schemelint: disable SL101 -->\n")
    assert found(text) == [("SL100", 2)]
    # the same comment on the finding's last line is not the line it starts on
    later = SWITCH.replace("the monitors.", "the monitors. <!-- schemelint: disable SL101 -->")
    assert found(later) == [("SL100", 2), ("SL101", 4)]


def test_disable_next_line_skips_blank_lines() -> None:
    text = SWITCH.replace("Control", "<!-- schemelint: disable-next-line SL101 -->\n\nControl")
    assert found(text) == [("SL100", 2)]


def test_disable_file_anywhere_in_the_file() -> None:
    assert found(SWITCH + "\n<!-- schemelint: disable-file SL100 -->\n") == [("SL101", 4)]


def test_a_code_prefix_silences_its_family() -> None:
    assert found("<!-- schemelint: disable-file SL1 -->\n" + SWITCH) == []


def test_a_typo_in_a_code_is_reported_and_suppresses_nothing() -> None:
    assert found("<!-- schemelint: disable SL1O1 -->\n" + SWITCH) == [
        ("SL000", 1), ("SL100", 3), ("SL101", 5)]


def test_latex_comments_carry_directives() -> None:
    assert found("% schemelint: disable SL101\n" + SWITCH, "paper.tex") == [("SL100", 3)]


def test_a_sense_directive_declares_the_documents_sense() -> None:
    # declared training-gaming: no SL100, and the worst-case use conflicts with it (SL102)
    for text, path in (("% schemelint: sense=training-gaming\n", "paper.tex"),
                       ("<!-- schemelint: sense=training-gaming -->\n", "draft.md")):
        assert found(text + SWITCH, path) == [("SL102", 5)]
