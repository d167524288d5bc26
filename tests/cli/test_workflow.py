"""Suppressions, baselines, fixes, --output-file, LaTeX macro settings and the sense map."""

from __future__ import annotations

from pathlib import Path

# a short draft whose senses switch (SL100, SL101), shared by the CLI tests
SWITCH = (Path(__file__).parent / "switch.md").read_text(encoding="utf-8")


def codes(cli, *args: str) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    files = cli("--format", "json", *args).json()["files"]
    return [(d["code"], d["line"]) for f in files for d in f["diagnostics"]]


def test_suppression_line_block_next_line_and_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.md").write_text(SWITCH)
    assert codes(cli, "a.md") == [("SL100", 2), ("SL101", 4)]
    (tmp_path / "b.md").write_text(SWITCH.replace(
        "the monitors.\n", "the monitors. <!-- schemelint: disable-line SL101 -->\n").replace(
        "Control protocols must", "Control protocols must", 1))
    # disable-line on line 5 does not cover the finding on line 4
    assert codes(cli, "b.md") == [("SL100", 2), ("SL101", 4)]
    (tmp_path / "c.md").write_text("<!-- schemelint: disable-next-line SL101 -->\n\n" + SWITCH)
    assert codes(cli, "c.md") == [("SL100", 4), ("SL101", 6)]
    (tmp_path / "d.md").write_text(SWITCH.replace(
        "Control protocols", "<!-- schemelint: disable SL101 -->\nControl protocols"))
    assert codes(cli, "d.md") == [("SL100", 2)]
    (tmp_path / "e.md").write_text("<!-- schemelint: disable-file -->\n" + SWITCH)
    assert codes(cli, "e.md") == []
    (tmp_path / "f.tex").write_text(SWITCH.replace(
        "the monitors.", "the monitors.") .replace(
        "Control protocols must assume scheming models",
        "Control protocols must assume scheming models % schemelint: disable-line SL101\n"))
    assert codes(cli, "f.tex") == [("SL100", 2)]


def test_unused_suppressions_are_reported(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.md").write_text("<!-- schemelint: disable SL200 -->\n\n" + SWITCH)
    assert ("SL000", 1) in codes(cli, "--report-unused-suppressions", "a.md")
    assert ("SL000", 1) not in codes(cli, "a.md")


def test_baseline_reports_only_new_findings(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.md").write_text(SWITCH)
    r = cli("--write-baseline", "base.json", "a.md")
    assert r.code == 0 and "recorded 2 findings" in r.err
    assert cli("--baseline", "base.json", "a.md").code == 0
    # Edits elsewhere keep old findings matched; a new finding is reported.
    (tmp_path / "a.md").write_text("# Title\n\n" + SWITCH + "\nThe deployed model is a schemer.\n")
    assert codes(cli, "--baseline", "base.json", "a.md") == [("SL202", 9)]


def test_diff_writes_nothing_and_fix_writes_atomically(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "a.md"
    p.write_text(SWITCH)
    r = cli("--diff", "a.md")
    assert r.code == 1
    assert "-Control protocols must assume scheming models" in r.out
    assert "+Control protocols must assume worst-case scheming models" in r.out
    assert p.read_text() == SWITCH
    r = cli("--fix", "a.md")
    assert "applied 1 fix" in r.err
    assert "worst-case scheming models that collude" in p.read_text()
    assert [x.name for x in tmp_path.iterdir() if x.name.startswith(".a.md")] == []


def test_output_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.md").write_text(SWITCH)
    r = cli("--format", "sarif", "-o", "out.sarif", "a.md")
    assert r.code == 1 and r.out == ""
    assert '"version": "2.1.0"' in (tmp_path / "out.sarif").read_text()


def test_latex_macros_from_config(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".schemelint.yaml").write_text(
        "latex:\n  term-macros: [gls]\n  skip-macros: [todo]\n")
    (tmp_path / "p.tex").write_text(
        "The agent kept \\gls{scheming} in 3\\% of rollouts.\\todo{scheming again}\n")
    files = cli("--format", "json", "p.tex").json()["files"]
    assert [(m["term"], m["column"]) for m in files[0]["mentions"]] == [("scheming", 21)]


def test_sense_map_is_self_contained_html(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.md").write_text(SWITCH)
    r = cli("map", "a.md", "-o", "map.html")
    assert r.code == 0
    page = (tmp_path / "map.html").read_text()
    assert page.startswith("<!doctype html>")
    assert "SL101" in page and 'class="m"' in page and "http" not in page.split("</style>")[1]
