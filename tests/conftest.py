from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


class Run:
    def __init__(self, proc: subprocess.CompletedProcess[str]) -> None:
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def run(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run the installed CLI in ``tmp_path`` (a folder with a .git, so no config leaks in)."""
    (tmp_path / ".git").mkdir(exist_ok=True)

    def _run(*args: str, cwd: Path | None = None) -> Run:
        proc = subprocess.run(
            [sys.executable, "-m", "schemelint", *args],
            cwd=cwd or tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return Run(proc)

    return _run
