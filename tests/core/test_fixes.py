"""Fixes as ``--fix`` and ``--diff`` apply them: safe fixes only unless asked, the first fix of
each finding, never two overlapping edits, a fixed point in one run."""

from __future__ import annotations

import shutil
from pathlib import Path

from schemelint import fixes
from schemelint.config import Config
from schemelint.engine import Linter, lint_text
from schemelint.model import FileResult

# SL100 (an unsafe fix: a definition sentence) and SL101 on "schemers" (a safe replacement).
SWITCH = (
    "Models fake alignment during RLHF so that their values survive fine-tuning: they are\n"
    "scheming against the training process.\n\n"
    "Labs should prepare for schemers that collude with each other and sabotage their monitors.\n"
)
ROOT = Path(__file__).resolve().parents[2]
SAFE = SWITCH.replace("for schemers", "for worst-case models")


def lint(text: str) -> list[FileResult]:
    return lint_text(text, "draft.md", config=Config())


def test_safe_fixes_only_by_default() -> None:
    text, n = fixes.fixed_text(lint(SWITCH))
    assert (text, n) == (SAFE, 1)


def test_unsafe_fixes_when_asked_insert_a_definition() -> None:
    text, n = fixes.fixed_text(lint(SWITCH), unsafe=True)
    assert n == 2
    assert text.startswith("By “scheming” we mean instrumental training-gaming: ")
    assert text.endswith("Labs should prepare for worst-case models that collude with each other"
                         " and sabotage their monitors.\n")


def test_diff_shows_the_change_against_the_path() -> None:
    out = fixes.diff(lint(SWITCH))
    assert out.splitlines() == [
        "--- a/draft.md",
        "+++ b/draft.md",
        "@@ -1,4 +1,4 @@",
        " Models fake alignment during RLHF so that their values survive fine-tuning: they are",
        " scheming against the training process.",
        " ",
        "-Labs should prepare for schemers that collude with each other and sabotage their monitors.",
        ("+Labs should prepare for worst-case models that collude with each other and sabotage"
         " their monitors."),
    ]


def test_a_clean_document_has_nothing_to_fix() -> None:
    assert fixes.fixed_text(lint(SAFE)) == ("", 0)
    assert fixes.diff(lint(SAFE)) == ""


def test_overlapping_fixes_the_first_wins() -> None:
    (r,) = lint(SWITCH)
    (d,) = [d for d in r.diagnostics if d.code == "SL101"]
    fix = d.fixes[0]
    twice = FileResult(r.path, diagnostics=[d, d])
    plan = fixes.planned([twice])
    assert [f for _src, fs in plan.values() for f in fs] == [fix]


def test_fix_until_stable_rewrites_the_file_and_reaches_a_fixed_point(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    doc = tmp_path / "draft.md"
    shutil.copy(ROOT / "examples" / "draft.md", doc)

    def relint() -> list[FileResult]:
        return Linter().lint_paths([str(doc)])

    _results, n = fixes.apply_until_stable(relint(), relint)
    after = doc.read_text(encoding="utf-8")
    assert n == 3
    assert "deployment: an instrumental training-gamer fakes alignment" in after
    assert "worst-case models that collude with copies" in after
    assert fixes.apply_until_stable(relint(), relint)[1] == 0
    assert doc.read_text(encoding="utf-8") == after


def test_a_file_changed_during_the_lint_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    doc = tmp_path / "draft.md"
    doc.write_text(SWITCH, encoding="utf-8")
    results = Linter().lint_paths([str(doc)])
    doc.write_text(SWITCH + "\nA new paragraph.\n", encoding="utf-8")
    errors: list[str] = []
    assert fixes.apply(results, on_error=errors.append) == 0
    assert errors == [f"{doc}: not fixed: the file changed during the lint"]
    assert doc.read_text(encoding="utf-8") == SWITCH + "\nA new paragraph.\n"
