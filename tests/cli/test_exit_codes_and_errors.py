"""What a user sees on the command line: exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

from pathlib import Path

CLEAN = "A note on learning-rate schedules. Our labelling scheme has four classes.\n"
UNDEFINED = "We should worry about scheming in future models.\n"


def test_clean_file_exits_zero(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "clean.txt").write_text(CLEAN)
    r = run("clean.txt")
    assert r.code == 0
    assert r.out == "All clear: 1 file checked, no findings.\n"


def test_finding_exits_one_with_text_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "d.txt").write_text(UNDEFINED)
    r = run("d.txt")
    assert r.code == 1
    first = r.out.splitlines()[0]
    assert first.startswith("d.txt:1:23: SL100 [undefined-sense] “scheming” is used")


def test_missing_path_is_one_line_and_others_still_linted(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "d.txt").write_text(UNDEFINED)
    r = run("nope.md", "d.txt")
    assert r.code == 1
    lines = r.out.splitlines()
    assert lines[0] == "nope.md: error: no such file or directory"
    assert any(line.startswith("d.txt:1:23: SL100") for line in lines)
    assert "Traceback" not in r.err


def test_bad_inputs_get_one_line_errors(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 scheming\n".encode("latin-1"))
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02scheming")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "d.txt").write_text(UNDEFINED)
    r = run("--format", "json", "latin1.txt", "binary.md", "empty.md", "d.txt")
    assert r.code == 1
    files = {f["path"]: f for f in r.json()["files"]}
    assert files["latin1.txt"]["error"] == (
        "not valid UTF-8 (byte 0xe9 on line 1); save the file as UTF-8"
    )
    assert files["binary.md"]["error"] == "binary file (contains NUL bytes), not a text document"
    assert files["empty.md"]["error"] is None  # a warning, not a failure (tests/cli/test_warnings.py)
    assert files["empty.md"]["warnings"] == ["empty file: nothing to lint"]
    assert [d["code"] for d in files["d.txt"]["diagnostics"]] == ["SL100"]
    assert r.err == ""


def test_usage_errors_exit_two(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run().code == 2
    r = run("--format", "xml", "a.md")
    assert r.code == 2
    assert "Invalid value for '--format'" in r.err


def test_malformed_config_exits_two_naming_file_and_key(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".schemelint.yaml").write_text("selct: [SL100]\n")
    (tmp_path / "d.txt").write_text(UNDEFINED)
    r = run("d.txt")
    assert r.code == 2
    assert r.err.startswith(".schemelint.yaml: unknown key 'selct'") or "unknown key 'selct'" in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert "Traceback" not in r.err


def test_version(run) -> None:  # type: ignore[no-untyped-def]
    from schemelint import __version__

    r = run("--version")
    assert r.code == 0
    assert r.out.strip() == f"schemelint, version {__version__}"


def test_explain_prints_the_docs(run) -> None:  # type: ignore[no-untyped-def]
    r = run("explain", "SL200")
    assert r.code == 0
    assert "## What it does" in r.out and "## Use instead" in r.out
    assert run("explain", "SL999").code == 2
