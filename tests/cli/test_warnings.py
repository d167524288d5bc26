"""Things that are not errors (an empty file, front matter that cannot be parsed and is
ignored) are warnings: shown, in JSON beside ``error``, and not counted as failures."""

from __future__ import annotations

from pathlib import Path

CLEAN = "A note on learning-rate schedules.\n"
DEFINED = 'By "scheming" we mean in-context scheming.\n\nThe agent was scheming in 2% of rollouts.\n'


def test_empty_file_and_bad_front_matter_are_warnings(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "fm.md").write_text("---\ntitle: [unclosed\n---\n\n" + DEFINED)
    (tmp_path / "ok.md").write_text(CLEAN)
    r = cli("--format", "json", "empty.md", "fm.md", "ok.md")
    assert r.code == 0
    files = {f["path"]: f for f in r.json()["files"]}
    assert files["empty.md"]["error"] is None
    assert files["empty.md"]["warnings"] == ["empty file: nothing to lint"]
    assert files["fm.md"]["error"] is None
    assert files["fm.md"]["warnings"] == ["front matter is not valid YAML (line 3); it was ignored"]
    assert files["ok.md"]["warnings"] == []
    r = cli("empty.md", "fm.md", "ok.md")
    assert r.code == 0
    assert r.out.splitlines() == [
        "empty.md: warning: empty file: nothing to lint",
        "fm.md: warning: front matter is not valid YAML (line 3); it was ignored",
        "All clear: 3 files checked, no findings; 2 warnings.",
    ]


def test_a_file_that_cannot_be_read_is_still_an_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "bin.md").write_bytes(b"\x00\x01scheming")
    (tmp_path / "empty.md").write_bytes(b"\n\n")
    r = cli("--format", "json", "bin.md", "empty.md")
    assert r.code == 1
    files = {f["path"]: f for f in r.json()["files"]}
    assert files["bin.md"]["error"] == "binary file (contains NUL bytes), not a text document"
    assert files["empty.md"]["error"] is None
