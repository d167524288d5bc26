"""Hostile input on disk: every problem is one line naming the file, the rest is still linted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

UNDEFINED = "We should worry about scheming in future models.\n"


def test_symlink_loop_in_a_folder_terminates(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = tmp_path / "papers"
    d.mkdir()
    (d / "a.txt").write_text(UNDEFINED)
    os.symlink(d, d / "loop")
    os.symlink(tmp_path / "papers" / "nowhere.txt", d / "dangling.txt")
    r = cli("--format", "json", "papers")
    files = {f["path"]: f for f in r.json()["files"]}
    assert [x["code"] for x in files["papers/a.txt"]["diagnostics"]] == ["SL100"]
    assert files["papers/dangling.txt"]["error"] == "no such file or directory"
    assert r.code == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "secret.txt"
    p.write_text(UNDEFINED)
    p.chmod(0)
    (f,) = cli("--format", "json", "secret.txt").json()["files"]
    assert f["error"] == "permission denied"


def test_unreadable_file_as_root_via_directory(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A path that names a folder where a file is expected is reported, not crashed on.
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    r = cli("--format", "json", "dir.txt/", "ok.txt")
    files = {f["path"]: f for f in r.json()["files"]}
    assert files["ok.txt"]["diagnostics"][0]["code"] == "SL100"


def test_file_over_the_size_limit(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    r = cli("--format", "json", "huge.txt", "ok.txt")
    files = {f["path"]: f for f in r.json()["files"]}
    assert files["huge.txt"]["error"] == "file too large (22.0 MB; the limit is 20 MB)"
    assert files["ok.txt"]["diagnostics"][0]["code"] == "SL100"


def test_unknown_extension_given_explicitly(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "notes.rst").write_text(UNDEFINED)
    (f,) = cli("--format", "json", "notes.rst").json()["files"]
    assert f["error"] == "unknown file type (expected .md, .tex or .txt)"
