"""A section linted on its own (pre-commit batches, a commit touching only the section) is
linted as part of the root document that includes it, found nearby or by ``% !TEX root``."""

from __future__ import annotations

from pathlib import Path

MAIN = (
    "\\documentclass{article}\n\\begin{document}\n"
    "By ``scheming'' we mean instrumental training-gaming: a model that performs well in\n"
    "training as a means of keeping its goals.\n"
    "\\input{sections/intro}\n\\end{document}\n"
)
INTRO = "Models may be scheming when gradient updates would change their goals.\n"


def codes(r) -> dict[str, list[tuple[str, int]]]:  # type: ignore[no-untyped-def]
    return {f["path"]: [(d["code"], d["line"]) for d in f["diagnostics"]] for f in r.json()["files"]}


def paper(root: Path) -> None:
    (root / "paper" / "sections").mkdir(parents=True)
    (root / "paper" / "main.tex").write_text(MAIN)
    (root / "paper" / "sections" / "intro.tex").write_text(INTRO)


def test_a_section_alone_is_linted_with_its_root(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paper(tmp_path)
    whole = codes(cli("--format", "json", "paper"))
    assert whole["paper/sections/intro.tex"] == []
    alone = cli("--format", "json", "paper/sections/intro.tex")
    assert alone.code == 0, alone.out
    assert codes(alone) == {"paper/sections/intro.tex": []}
    # the same as a pre-commit batch that holds only the section
    assert [f["path"] for f in alone.json()["files"]] == ["paper/sections/intro.tex"]


def test_magic_root_comment(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "book").mkdir()
    (tmp_path / "chapters").mkdir()
    (tmp_path / "book" / "thesis.tex").write_text(MAIN.replace("sections/intro", "../chapters/one"))
    (tmp_path / "chapters" / "one.tex").write_text("% !TEX root = ../book/thesis.tex\n" + INTRO)
    r = cli("--format", "json", "chapters/one.tex")
    assert r.code == 0, r.out
    assert codes(r) == {"chapters/one.tex": []}


def test_a_tex_file_no_root_includes_is_linted_alone(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paper(tmp_path)
    (tmp_path / "paper" / "sections" / "orphan.tex").write_text(INTRO)
    r = cli("--format", "json", "paper/sections/orphan.tex")
    assert codes(r) == {"paper/sections/orphan.tex": [("SL100", 1)]}
