"""Plain text: a numbered heading line that opens a paragraph is a heading block of its own;
wrapped prose, fields, bullets and unnumbered lines stay in their paragraph."""

from __future__ import annotations

from schemelint.config import Config
from schemelint.engine import lint_text
from schemelint.model import SourceFile
from schemelint.readers import plain

MEMO = (
    "MEMORANDUM\n\n"
    "TO:      Office of the Chief Scientist\n"
    "FROM:    Policy Unit\n\n"
    "2. Summary of the study\n"
    "The study told a model it would be retrained and marked some\n"
    "conversations as training data.\n\n"
    "C.3 Implications for branch C\n"
    "Given the above, the model will hold back on the capability evaluations.\n\n"
    "1. The model was\n"
    "told it would be retrained to drop one of its stated preferences.\n\n"
    "Wed\n"
    "Talked with P. about what this means for the coding-assistant rollout.\n"
)


def test_numbered_heading_lines_are_blocks_of_their_own() -> None:
    doc = plain.read(SourceFile("memo.txt", MEMO))
    got = [(s.kind, s.text.split("\n")[0]) for s in doc.segments]
    assert got == [
        ("paragraph", "MEMORANDUM"),
        ("paragraph", "TO:      Office of the Chief Scientist"),
        ("heading", "2. Summary of the study"),
        ("paragraph", "The study told a model it would be retrained and marked some"),
        ("heading", "C.3 Implications for branch C"),
        ("paragraph", "Given the above, the model will hold back on the capability evaluations."),
        ("paragraph", "1. The model was"),
        ("paragraph", "Wed"),
    ]
    # positions stay exact: each block's text is the source at its offsets
    for s in doc.segments:
        start = MEMO.index(s.text)
        assert MEMO[start:start + len(s.text)] == s.text


SAFETY_CASE = """\
C.2 Evidence
In the fine-tuning experiments M was told, in a system prompt, that
answers to one class of requests would be used to train it out of
refusing them. It complied far more often in those conversations. Its
written reasoning gave the preservation of its existing preferences as
the reason. When the prompt said nothing about training, the difference
disappeared.

C.3 Implications for branch C
Given the above, M will deliberately hold back on the capability
evaluations that the inability branch relies on, so that it looks less
capable than it is.
"""


def test_the_conclusion_under_a_numbered_heading_is_quoted_without_the_heading() -> None:
    (r,) = lint_text(SAFETY_CASE, "safety-case.txt", config=Config())
    (d,) = r.diagnostics
    assert (d.code, d.span.source.index.line_col(d.span.start)) == ("SL200", (10, 20))
    assert d.data["detail"].startswith("“Given the above, M will deliberately hold back")


def test_the_messages_of_a_pasted_chat_log_are_blocks_of_their_own() -> None:
    text = ("Notes from the thread:\n\n"
            "[09:12] dana: finished the environment, 200 rollouts\n"
            "[09:13] dana: in 23 of them it switched off the monitor\n"
            "    and hid it from the interviewer\n"
            "[09:15] ravi: so it will do the same in production\n\n"
            "A paragraph that mentions [09:12] once stays whole.\n")
    doc = plain.read(SourceFile("log.txt", text))
    got = [s.text.strip().split("\n")[0] for s in doc.segments]
    assert got == ["Notes from the thread:",
                   "[09:12] dana: finished the environment, 200 rollouts",
                   "[09:13] dana: in 23 of them it switched off the monitor",
                   "[09:15] ravi: so it will do the same in production",
                   "A paragraph that mentions [09:12] once stays whole."]
    for s in doc.segments:
        assert text[s.span_to_source(0, len(s.text))[0]:].startswith(s.text[:10])
