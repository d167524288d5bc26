"""Two ways to run the command line.

``cli`` runs it in process through click's runner (the model loads once per session): every
test of what the linter reports uses it. ``run`` starts ``python -m schemelint`` in a
subprocess, and is kept for the tests of the command-line contract itself (exit codes of the
real process, usage errors, the version and docs a user's shell sees).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass
class Run:
    """What a run of the command line gave: exit code, standard output, standard error."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)



@pytest.fixture
def run(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run the installed CLI in ``tmp_path`` (a folder with a .git, so no config leaks in)."""
    (tmp_path / ".git").mkdir(exist_ok=True)

    def _run(*args: str, cwd: Path | None = None) -> Run:
        proc = subprocess.run(
            [sys.executable, "-m", "schemelint", *args],
            check=False,
            cwd=cwd or tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return Run(proc.returncode, proc.stdout, proc.stderr)

    return _run


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The command line in process, in ``tmp_path`` (with a .git, so no config from outside
    leaks in) or in ``cwd``; standard input from ``input``."""
    from click.testing import CliRunner

    from schemelint.cli import main

    (tmp_path / ".git").mkdir(exist_ok=True)
    monkeypatch.chdir(tmp_path)

    def _cli(*args: str, input: str | None = None, cwd: Path | None = None) -> Run:
        old = os.getcwd()
        if cwd is not None:
            os.chdir(cwd)
        try:
            r = CliRunner().invoke(main, list(args), input=input, prog_name="schemelint",
                                   catch_exceptions=False)
        finally:
            os.chdir(old)
        return Run(r.exit_code, r.stdout, r.stderr)

    return _cli


@pytest.fixture(autouse=True, scope="session")
def _cache_key_outside_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The result cache's signing key lives in the user's cache folder: keep the tests' key
    out of the real one."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
