"""The linter's output on examples/ and tests/documents is pinned: a refactor must not change it.

Regenerate (only when a change of behaviour is intended, and say why in the commit):
``SCHEMELINT_REGEN_GOLDEN=1 python -m pytest tests/golden``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent

RUNS = {
    "lint.json": ["--format", "json", "examples", "tests/documents"],
    "show_senses.txt": ["--show-senses", "--no-color", "examples", "tests/documents"],
    "lint.sarif": ["--format", "sarif", "examples", "tests/documents"],
    "lint.github": ["--format", "github", "examples", "tests/documents"],
}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_output_matches_golden(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from schemelint.cli import main

    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NO_COLOR", raising=False)
    result = CliRunner().invoke(main, RUNS[name], prog_name="schemelint",
                                catch_exceptions=False)
    assert result.exit_code == 1  # the documents hold findings
    golden = HERE / name
    if os.environ.get("SCHEMELINT_REGEN_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")
