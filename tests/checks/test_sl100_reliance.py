"""SL100 in long pieces: uses bunched in one paragraph, and names of methods against the thing,
are passing mentions; the same uses spread through the piece rely on the term."""

from __future__ import annotations

from pathlib import Path

from schemelint.config import ConfigFinder
from schemelint.engine import Linter

FILLER = (
    "The survey then turns to benchmark design, where the authors compare held-out accuracy "
    "across {n} task families and note where the gains shrink as the prompts grow longer. "
)


def _filler(paragraphs: int, start: int) -> list[str]:
    # about 190 words a paragraph, each paragraph numbered so no two are alike
    return [" ".join(FILLER.format(n=start + i * 7 + k) for k in range(6))
            for i in range(paragraphs)]


USES = [
    "Frontier models tested by the lab showed scheming in most of the sandboxed tasks.",
    "The same paper reports that scheming dropped when the oversight file was missing.",
    "Follow-up runs found scheming again once the nudge was restored to the prompt.",
]


def _lint(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "survey.md"
    path.write_text(text, encoding="utf-8")
    result = Linter(ConfigFinder()).lint_paths([str(path)])[0]
    return [f"{d.code}:{d.span.source.index.line_col(d.span.start)[0]}" for d in result.diagnostics]


def test_uses_bunched_in_one_paragraph_of_a_long_piece_are_a_passing_mention(tmp_path: Path) -> None:
    body = _filler(12, 1) + [" ".join(USES)] + _filler(12, 500)
    assert _lint(tmp_path, "# Survey\n\n" + "\n\n".join(body) + "\n") == []


def test_the_same_uses_spread_through_the_piece_rely_on_the_term(tmp_path: Path) -> None:
    body = (_filler(8, 1) + [USES[0]] + _filler(8, 300) + [USES[1]] + _filler(8, 600)
            + [USES[2]])
    found = _lint(tmp_path, "# Survey\n\n" + "\n\n".join(body) + "\n")
    assert found == ["SL100:19"]


def test_a_method_against_the_thing_is_its_name(tmp_path: Path) -> None:
    text = (
        "# Mitigations\n\n"
        "Anti-scheming training cut covert actions in the lab's tests by a large factor.\n\n"
        "The anti-scheming specification was read by the model before each task.\n\n"
        "Whether anti-scheming training generalises beyond the test suite is still open.\n"
    )
    assert _lint(tmp_path, text) == []
    spelled = text.replace("Anti-scheming training cut", "Scheming fell, and training cut")
    assert _lint(tmp_path, spelled.replace("anti-scheming specification",
                                           "specification against scheming")) != []
