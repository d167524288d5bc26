"""explain, map, config, evaluate, evaluate-checks and train: what a user sees."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
MAIN = (
    "\\documentclass{article}\n\\begin{document}\n"
    "By ``scheming'' we mean instrumental training-gaming: a model that performs well in\n"
    "training as a means of keeping its goals.\n"
    "\\input{intro}\n\\end{document}\n"
)
INTRO = (
    "The model fakes alignment during training so that its goals survive fine-tuning, so it\n"
    "will sabotage the monitors and collude with its copies.\n"
)


def test_explain_sl000_and_whole_summaries(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("explain", "SL000")
    assert r.code == 0
    assert r.out.startswith("SL000 unused-suppression: ")
    assert "## What it does" in r.out
    assert cli("explain", "unused-suppression").out == r.out
    lines = cli("explain").out.splitlines()
    sl200 = next(line for line in lines if line.startswith("SL200"))
    assert sl200 == ("SL200 unsupported-worst-case-inference: worst-case behaviour concluded "
                     "from training-gaming evidence without the assumptions that step needs.")
    assert lines[-1].startswith("SL000 unused-suppression:")
    assert all(line.endswith(".") for line in lines), lines


def test_map_covers_the_included_files_and_makes_ordinary_files(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "main.tex").write_text(MAIN)
    (tmp_path / "intro.tex").write_text(INTRO)
    old = os.umask(0o022)
    try:
        r = cli("map", "main.tex")
        assert (r.code, r.out) == (0, "wrote main.tex.map.html\n")
        (tmp_path / "one.md").write_text("The deployed model is a schemer.\n")
        assert cli("map", "one.md", "-o", "one.html").code == 0
        assert cli("--write-baseline", "base.json", "one.md").code == 0
    finally:
        os.umask(old)
    for name in ("main.tex.map.html", "one.html", "base.json"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o644, name
    page = (tmp_path / "main.tex.map.html").read_text()
    assert "<h2>intro.tex</h2>" in page
    assert "intro.tex:2: <code>SL200</code>" in page
    assert "<p>1 mention (1 training-gaming), 1 finding and 1 included file." in page
    one = (tmp_path / "one.html").read_text()
    assert "<p>1 mention (1 worst-case), 2 findings." in one


def test_map_text_is_readable_on_every_sense_colour(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from schemelint.sensemap import PALETTE, contrast

    (tmp_path / "a.md").write_text("Is the model a schemer? We think the agent was scheming.\n")
    assert cli("map", "a.md", "-o", "m.html").code == 0
    page = (tmp_path / "m.html").read_text()
    pairs = re.findall(r'style="background:(#[0-9a-f]{6});color:(#[0-9a-f]{6})"', page)
    assert pairs and {b for b, _ in pairs} <= set(PALETTE) | {"#555555"}
    for background, colour in pairs:
        assert contrast(background, colour) >= 4.5, (background, colour)
    assert ".m a,.m a:visited{color:inherit}" in page  # a finding's link inside a mention
    from schemelint.sensemap import text_colour

    assert all(contrast(c, text_colour(c)) >= 4.5 for c in PALETTE)


def test_config_prints_toml_with_sources_and_front_matter(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "pyproject.toml").write_text(
        '[tool.schemelint]\nignore = ["SL202"]\nsense = { scheming = "in-context" }\n'
        'latex = { skip-macros = ["todo"] }\n')
    (tmp_path / "a.md").write_text("---\nschemelint:\n  sense: worst-case\n---\n\nText.\n")
    r = cli("config", "a.md")
    assert r.code == 0
    data = tomllib.loads(r.out)["tool"]["schemelint"]
    assert data["ignore"] == ["SL202"]
    assert data["sense"] == {"scheming": "in-context"}
    assert data["latex"]["skip-macros"] == ["todo"]
    assert data["packs"] == ["scheming"]
    lines = r.out.splitlines()
    where = str(tmp_path / "pyproject.toml")
    assert f'ignore = ["SL202"]  # {where}' in lines
    assert 'packs = ["scheming"]  # default' in lines
    assert "None" not in r.out and "skip_macros" not in r.out
    assert lines[-1].startswith('# the document declares sense = "worst-case" (front matter of a.md)')


def test_evaluate_checks_without_labels_exits_two(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("We should worry about scheming.\n")
    r = cli("evaluate-checks", "docs")
    assert (r.code, r.out) == (2, "")
    assert r.err == ("schemelint: error: docs: no labelled documents (no expected*.yaml "
                     "manifest listing files); nothing to score\n")


def test_evaluate_ids_without_match_exits_two(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("evaluate", "--corpus", str(ROOT / "corpus"), "--split", "dev", "--ids", "nosuch-")
    assert (r.code, r.out) == (2, "")
    assert r.err == ("schemelint: error: --ids nosuch-: no row of the dev split has an id "
                     "starting with it\n")


def test_train_writes_under_the_current_folder(cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from schemelint.senses import training

    seen = {}
    monkeypatch.setattr(training, "train_and_save",
                        lambda corpus, out, pack, seed, echo: seen.setdefault("out", out))
    r = cli("train", "--corpus", str(ROOT / "corpus"))
    assert r.code == 0
    assert seen["out"] == Path("schemelint-model") / "scheming"
    assert r.out == "writing the model to schemelint-model/scheming\n"


def test_progress_counts_files_in_words(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from schemelint import cli as climod

    clock = iter([0.0, 1.0, 2.0])
    monkeypatch.setattr(climod.time, "monotonic", lambda: next(clock))
    monkeypatch.setattr(climod.sys.stderr, "isatty", lambda: True, raising=False)
    p = climod._Progress(True)
    p("a.md")
    assert capsys.readouterr().err.endswith("schemelint: 1 file  a.md")
    p("b.md")
    assert capsys.readouterr().err.endswith("schemelint: 2 files  b.md")


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_no_progress_in_machine_formats(fmt: str) -> None:
    from schemelint import cli as climod

    assert not climod._progress_enabled(fmt, None, quiet=False, tty=True)
    assert climod._progress_enabled("text", None, quiet=False, tty=True)
    assert not climod._progress_enabled("text", None, quiet=False, tty=False)
