"""In process: the command line through click's runner, in a temporary folder with a .git (so
no config from outside leaks in). Faster than a subprocess: the model loads once per session."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from schemelint.cli import main

    (tmp_path / ".git").mkdir(exist_ok=True)
    monkeypatch.chdir(tmp_path)

    def _cli(*args: str, input: str | None = None) -> CliResult:
        r = CliRunner().invoke(main, list(args), input=input, prog_name="schemelint",
                               catch_exceptions=False)
        return CliResult(r.exit_code, r.stdout, r.stderr)

    return _cli
