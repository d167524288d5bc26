"""Baselines match however a path is spelt; safe fixes keep the meaning, agree with their
articles, and one --fix run reaches a fixed point."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# a short draft whose senses switch (SL100, SL101), shared by the CLI tests
SWITCH = (Path(__file__).parent / "switch.md").read_text(encoding="utf-8")


def test_baseline_matches_any_spelling_of_the_path(cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "bl3").mkdir()
    (tmp_path / "bl3" / "a.md").write_text(SWITCH)
    r = cli("--write-baseline", "bl3/base.json", "bl3/")
    assert r.code == 0 and r.err == "schemelint: recorded 2 findings in bl3/base.json\n"
    assert '"path": "a.md"' in (tmp_path / "bl3" / "base.json").read_text()
    for args in (["bl3/"], ["bl3/a.md"], [str(tmp_path / "bl3")], ["./bl3//a.md"]):
        r = cli("--baseline", "bl3/base.json", *args)
        assert r.code == 0, (args, r.out)
        assert r.out == "All clear: 1 file checked, no findings; 2 findings hidden by the baseline.\n"
    monkeypatch.chdir(tmp_path / "bl3")
    r = cli("--baseline", "base.json", "a.md")
    assert r.code == 0, r.out
    # a new finding is still reported, and the summary says what the baseline hid
    (tmp_path / "bl3" / "a.md").write_text(SWITCH + "\nThe deployed model is a schemer.\n")
    r = cli("--baseline", str(tmp_path / "bl3" / "base.json"), "a.md")
    assert r.code == 1
    assert r.out.splitlines()[-1] == (
        "1 finding in 1 of 1 file; 2 findings hidden by the baseline")


def test_one_fix_run_reaches_a_fixed_point_and_keeps_the_meaning(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shutil.copytree(ROOT / "examples", tmp_path / "ex")
    r = cli("--fix", "ex")
    assert r.err.startswith("schemelint: applied 3 fixes")
    after = {p: p.read_text() for p in (tmp_path / "ex").rglob("*") if p.is_file()}
    draft = after[tmp_path / "ex" / "draft.md"]
    assert "deployment: an instrumental training-gamer fakes alignment" in draft
    assert "whether these models are instrumental training-gamers." in draft
    assert "worst-case models that collude with copies" in draft
    assert " a instrumental" not in draft and "schemer" not in draft.split("```")[0]
    # the 0.51-confidence reading of "scheming in the sense above" is not a safe fix
    intro = after[tmp_path / "ex" / "paper" / "sections" / "intro.tex"]
    assert intro == (ROOT / "examples" / "paper" / "sections" / "intro.tex").read_text()
    r = cli("--fix", "ex")
    assert r.err.startswith("schemelint: applied 0 fixes")
    assert {p: p.read_text() for p in after} == after
    # read in the light of the paper's definition, "scheming in the sense above" is the
    # defined sense: nothing to fix, not even unsafely
    assert cli("--diff", "--unsafe-fixes", "ex/paper/main.tex").out == ""
    senses = cli("--show-senses", "ex/paper/main.tex").out
    assert ("intro.tex:2:57: 'scheming' -> training-gaming (0.55) (from the document)"
            in senses)


def test_article_agrees_with_the_replacement() -> None:
    from schemelint.checks.util import replace_term
    from schemelint.model import Mention, Segment, SourceFile, Span
    from schemelint.rulepack import load_builtin

    pack = load_builtin()
    sense = pack.sense("training-gaming")
    for text, want in [
        ("We think A schemer fakes it.", ("A schemer", "An instrumental training-gamer")),
        ("Such a\nschemer fakes it.", ("a\nschemer", "an\ninstrumental training-gamer")),
        ("The schemer fakes it.", ("schemer", "instrumental training-gamer")),
    ]:
        src = SourceFile("t.md", text)
        start = text.index("schemer")
        seg = Segment(src, "paragraph", text, ())
        m = Mention(Span(src, start, start + 7), "schemer", seg, start, start + 7,
                    sense="training-gaming", confidence=0.9, cues=["fakes"])
        (fix,) = replace_term(m, sense)
        assert (fix.span.text, fix.replacement) == want
        assert fix.safe
    m = dataclasses.replace(m, confidence=0.51)
    assert not replace_term(m, sense)[0].safe
