"""Hostile markup: deep nesting, unterminated structures, include cycles; and --jobs."""

from __future__ import annotations

from pathlib import Path

DEFINED = "By \"scheming\" we mean in-context scheming.\n\n"


def test_fifty_thousand_unclosed_braces(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "deep.tex").write_text("We worry about scheming. " + "{" * 50_000 + "\n")
    (tmp_path / "ok.txt").write_text("We should worry about scheming.\n")
    r = cli("--format", "json", "deep.tex", "ok.txt")
    files = {f["path"]: f for f in r.json()["files"]}
    assert files["deep.tex"]["error"].startswith("deep.tex: unbalanced braces: 50000 '{' not closed")
    assert "nested deeper than 400 levels" in files["deep.tex"]["error"]
    assert files["ok.txt"]["diagnostics"][0]["code"] == "SL100"
    assert "Traceback" not in r.err


def test_unterminated_environment_and_fence(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "env.tex").write_text(DEFINED + "\\begin{itemize}\n\\item scheming here\n")
    (tmp_path / "fence.md").write_text(DEFINED + "```\nscheming in code\n")
    files = {f["path"]: f for f in cli("--format", "json", "env.tex", "fence.md").json()["files"]}
    assert files["env.tex"]["error"] == "env.tex: unterminated environment 'itemize' (line 3)"
    assert [m["line"] for m in files["env.tex"]["mentions"]] == [1, 1, 4]
    # An unclosed fence runs to the end of the file, as CommonMark says: its text is code.
    assert [m["line"] for m in files["fence.md"]["mentions"]] == [1, 1]
    assert files["fence.md"]["error"] is None


def test_input_cycle_and_missing_input(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.tex").write_text(DEFINED + "\\input{b}\n\\input{missing}\n")
    (tmp_path / "b.tex").write_text("The agent was scheming here.\n\\input{a}\n")
    r = cli("--format", "json", "a.tex", "b.tex")
    files = {f["path"]: f for f in r.json()["files"]}
    assert set(files) == {"a.tex", "b.tex"}
    assert "\\input cycle: a.tex -> b.tex -> a.tex" in files["a.tex"]["error"]
    assert "cannot read \\input{missing} (missing.tex): no such file or directory" in files["a.tex"]["error"]
    assert [m["line"] for m in files["b.tex"]["mentions"]] == [1]


def test_input_outside_the_project_root_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project = tmp_path / "project"
    project.mkdir()
    (project / ".git").mkdir()
    (tmp_path / "secret.tex").write_text("outside scheming\n")
    (project / "main.tex").write_text(DEFINED + "\\input{../secret}\n")
    (f,) = cli("--format", "json", "main.tex", cwd=project).json()["files"]
    assert "is outside the project root" in f["error"]
    assert [m["line"] for m in f["mentions"]] == [1, 1]


def test_jobs_give_identical_results(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for i in range(12):
        (tmp_path / f"d{i:02d}.md").write_text(
            f"# Draft {i}\n\nThe agent was scheming in {i}% of rollouts of the environment.\n\n"
            "Control protocols assume scheming models that collude and sabotage monitors.\n")
    serial = cli("--format", "json", ".").out
    parallel = cli("--format", "json", "-j", "2", ".").out
    assert serial == parallel
    assert len(cli("--format", "json", ".").json()["files"]) == 12
