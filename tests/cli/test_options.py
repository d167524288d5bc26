"""The options users of ruff and Vale expect: --help shows the lint options, stdin, --quiet,
--statistics, --exit-zero, --fail-on, --exclude, --show-files, grouped output, .txt files that
are not prose, and short messages."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNDEFINED = "We should worry about scheming in future models.\n"
LABEL = "We fear the deployed model is a schemer.\n"  # SL100 (warning) and SL202 (info)


def test_top_level_help_shows_the_lint_options(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--help")
    assert r.code == 0
    assert r.out.startswith("Usage: schemelint [OPTIONS] PATH... | COMMAND [ARGS]...")
    for option in ("--format, --output-format", "--select", "--stdin-filename", "--statistics",
                   "--exit-zero", "--fail-on", "--exclude", "--show-files", "-q, --quiet"):
        assert option in r.out, option
    assert "Commands:" in r.out and "explain" in r.out


def test_stdin_with_a_filename(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "```\nscheming in code\n```\n\n" + UNDEFINED
    r = cli("-", "--stdin-filename", "notes/draft.md", "--format", "json", input=text)
    assert r.code == 1
    (f,) = r.json()["files"]
    assert f["path"] == "notes/draft.md"
    assert [(d["code"], d["line"]) for d in f["diagnostics"]] == [("SL100", 5)]  # Markdown reader
    # the config is the one of the folder the file name points to
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / ".schemelint.yaml").write_text("ignore: [SL100]\n")
    r = cli("-", "--stdin-filename", "notes/draft.md", input=text)
    assert (r.code, r.out) == (0, "All clear: 1 file checked, no findings.\n")
    r = cli("-", input=UNDEFINED)
    assert r.out.startswith("-:1:23: SL100 [undefined-sense]")
    # --fix on stdin prints the fixed text
    text = ("Models fake alignment during RLHF so that their goals survive fine-tuning: a schemer\n"
            "does this.\n\nControl protocols assume a schemer that colludes with its copies.\n")
    r = cli("-", "--stdin-filename", "x.md", "--fix", input=text)
    assert r.out == text.replace("assume a schemer", "assume a worst-case model")
    assert r.err == "schemelint: applied 1 fix\n"
    assert r.code == 1  # SL100 is left: its fix (a new sentence) is not safe


def test_quiet_statistics_exit_zero_fail_on(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(LABEL)
    (tmp_path / "b.txt").write_text(LABEL)
    full = cli("a.txt", "b.txt")
    assert full.code == 1 and full.out.splitlines()[-1] == "4 findings in 2 of 2 files"
    quiet = cli("-q", "a.txt", "b.txt")
    assert quiet.out.splitlines() == full.out.splitlines()[:-1] and quiet.err == ""
    stats = cli("--statistics", "a.txt", "b.txt")
    assert stats.code == 1
    assert stats.out.splitlines() == [
        "    2  SL100  undefined-sense",
        "    2  SL202  context-free-label",
        "4 findings in 2 of 2 files",
    ]
    assert cli("--exit-zero", "a.txt").code == 0
    assert cli("--fail-on", "error", "a.txt").code == 0
    assert cli("--fail-on", "warning", "a.txt").code == 1
    assert cli("--fail-on", "warning", "--ignore", "SL100", "a.txt").code == 0
    assert cli("--fail-on", "info", "--ignore", "SL100", "a.txt").code == 1


def test_exclude_show_files_and_non_prose_txt(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "drafts" / "old").mkdir(parents=True)
    for name in ("drafts/a.md", "drafts/old/b.md", "notes.txt", "requirements.txt",
                 "LICENSE.txt", "robots.txt", "requirements-dev.txt"):
        (tmp_path / name).write_text(UNDEFINED)
    r = cli("--show-files", ".")
    assert (r.code, r.out) == (0, "notes.txt\ndrafts/a.md\ndrafts/old/b.md\n")
    r = cli("--show-files", "--exclude", "drafts/old", ".")
    assert r.out == "notes.txt\ndrafts/a.md\n"
    r = cli("--format", "json", "--exclude", "drafts/old", ".")
    assert [f["path"] for f in r.json()["files"]] == ["notes.txt", "drafts/a.md"]
    # named explicitly, a non-prose name is still linted
    r = cli("--format", "json", "requirements.txt")
    assert [d["code"] for d in r.json()["files"][0]["diagnostics"]] == ["SL100"]


def test_grouped_output(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(LABEL)
    (tmp_path / "clean.txt").write_text("Nothing to see.\n")
    (tmp_path / "empty.txt").write_text("")
    r = cli("--output-format", "grouped", "a.txt", "clean.txt", "empty.txt")
    assert r.code == 1
    lines = r.out.splitlines()
    assert lines[0] == "a.txt:"
    assert lines[1].startswith("  1:33: SL100 [undefined-sense] “schemer” is used")
    assert lines[3].startswith("  1:33: SL202 [context-free-label]")
    assert "clean.txt:" not in lines
    assert lines[-4:] == ["empty.txt:", "  warning: empty file: nothing to lint", "",
                          "2 findings in 1 of 3 files; 1 warning"]


def test_messages_are_one_short_line(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--format", "json", str(ROOT / "tests" / "documents"), str(ROOT / "examples"))
    diags = [d for f in r.json()["files"] for d in f["diagnostics"]]
    assert {d["code"] for d in diags} >= {"SL100", "SL101", "SL102", "SL200", "SL201", "SL202"}
    for d in diags:
        assert len(d["message"]) <= 165 and "\n" not in d["message"], d["message"]
        assert "cues:" not in d["message"], d["message"]
    # the detail holds what was cut: the cues of SL101 and the assumptions' names of SL200
    sl101 = next(d for d in diags if d["code"] == "SL101")
    assert "cues: “" in sl101["detail"]
    sl200 = next(d for d in diags if d["code"] == "SL200")
    assert "A1 consistency across contexts" in sl200["detail"]


def test_hover_carries_the_detail_of_the_finding_at_the_mention() -> None:
    from schemelint.engine import lint_text
    from schemelint.lsp.convert import hover_text

    text = ("Models fake alignment during RLHF, and these schemers keep their goals through\n"
            "fine-tuning.\n\nControl protocols assume schemers that collude with their copies.\n")
    (r,) = lint_text(text, "h.md")
    d = next(d for d in r.diagnostics if d.code == "SL101")
    m = next(m for m in r.mentions if m.span.start == d.span.start)
    hover = hover_text(m, [d])
    assert f"**SL101** {d.data['detail']}" in hover
    assert "cues: “" in d.data["detail"] and "cues" not in d.message
