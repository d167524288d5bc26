"""Which findings are reported: ``select``, ``ignore``, per-path ignores and severities from
the config, applied after the checks ran."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemelint.config import Config
from schemelint.engine import lint_text
from schemelint.model import Severity

# Line 2: an undefined training-gaming use (SL100); line 4: a switch to the worst case (SL101).
SWITCH = (
    "Models fake alignment during RLHF so that their values survive fine-tuning: they are\n"
    "scheming against the training process.\n\n"
    "Control protocols must assume scheming models that collude with their copies and sabotage\n"
    "the monitors.\n"
)


def found(config: Config, path: str = "draft.md") -> list[tuple[str, int, str]]:
    (r,) = lint_text(SWITCH, path, config=config)
    return [(d.code, d.span.source.index.line_col(d.span.start)[0], d.severity.value)
            for d in r.diagnostics]


def test_defaults_report_every_check_at_its_own_severity() -> None:
    assert found(Config()) == [("SL100", 2, "warning"), ("SL101", 4, "warning")]


def test_select_keeps_only_the_named_checks() -> None:
    assert found(Config(select=("SL101",))) == [("SL101", 4, "warning")]


def test_ignore_takes_codes_and_prefixes() -> None:
    assert found(Config(ignore=("SL100",))) == [("SL101", 4, "warning")]
    assert found(Config(ignore=("SL1",))) == []


def test_select_and_ignore_together() -> None:
    assert found(Config(select=("SL1",), ignore=("SL100",))) == [("SL101", 4, "warning")]


def test_severity_is_changed_per_check() -> None:
    assert found(Config(severity={"SL101": Severity.ERROR})) == [
        ("SL100", 2, "warning"), ("SL101", 4, "error")]


def test_per_path_ignores_apply_to_matching_paths_only(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = Config(root=tmp_path, per_path_ignores={"drafts/old/*": ("SL101",)})
    assert found(config, "drafts/old/a.md") == [("SL100", 2, "warning")]
    assert found(config, "drafts/new/a.md") == [("SL100", 2, "warning"), ("SL101", 4, "warning")]
