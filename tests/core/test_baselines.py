"""Baselines: today's findings recorded, later runs report only the new ones; a path matches
however it is spelt; duplicates are counted; a broken baseline is one clear error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemelint import baseline
from schemelint.engine import Linter
from schemelint.model import FileResult

SWITCH = (
    "Models fake alignment during RLHF so that their values survive fine-tuning: they are\n"
    "scheming against the training process.\n\n"
    "Control protocols must assume scheming models that collude with their copies and sabotage\n"
    "the monitors.\n"
)
LABEL = "\nThe deployed model is a schemer.\n"


def lint(*paths: Path) -> list[FileResult]:
    return Linter().lint_paths([str(p) for p in paths])


def codes(results: list[FileResult]) -> list[str]:
    return [d.code for r in results for d in r.diagnostics]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(SWITCH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_written_baseline_holds_relative_paths_and_codes(repo: Path) -> None:
    assert baseline.write(lint(repo / "docs" / "a.md"), repo / "docs" / "base.json") == 2
    data = json.loads((repo / "docs" / "base.json").read_text(encoding="utf-8"))
    assert data["schemelint_baseline"] == 2
    assert [(f["path"], f["code"]) for f in data["findings"]] == [("a.md", "SL100"),
                                                                   ("a.md", "SL101")]


def test_known_findings_are_hidden_however_the_path_is_spelt(repo: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    baseline.write(lint(Path("docs/a.md")), repo / "docs" / "base.json")
    known = baseline.load(repo / "docs" / "base.json")
    for spelling in (Path("docs/a.md"), repo / "docs" / "a.md", Path("./docs//a.md")):
        results = lint(spelling)
        assert baseline.filter_new(results, known) == 2
        assert codes(results) == []
    monkeypatch.chdir(repo / "docs")
    results = lint(Path("a.md"))
    assert baseline.filter_new(results, baseline.load(Path("base.json"))) == 2


def test_a_new_finding_is_still_reported(repo: Path) -> None:
    baseline.write(lint(repo / "docs" / "a.md"), repo / "base.json")
    (repo / "docs" / "a.md").write_text(SWITCH + LABEL, encoding="utf-8")
    results = lint(repo / "docs" / "a.md")
    assert baseline.filter_new(results, baseline.load(repo / "base.json")) == 2
    assert codes(results) == ["SL202"]


def test_duplicates_are_counted(repo: Path) -> None:
    (repo / "docs" / "a.md").write_text(SWITCH + LABEL, encoding="utf-8")
    baseline.write(lint(repo / "docs" / "a.md"), repo / "base.json")
    (repo / "docs" / "a.md").write_text(SWITCH + LABEL + LABEL, encoding="utf-8")
    results = lint(repo / "docs" / "a.md")
    baseline.filter_new(results, baseline.load(repo / "base.json"))
    assert codes(results) == ["SL202"]  # one of the two identical labels is new


@pytest.mark.parametrize(("text", "error"), [
    ("{}", "not a schemelint baseline (KeyError)"),
    ("not json", "not a schemelint baseline (JSONDecodeError)"),
    ("[" * 100_000 + "]" * 100_000, "not a schemelint baseline (nested too deeply)"),
])
def test_a_broken_baseline_is_one_clear_error(repo: Path, text: str, error: str) -> None:
    (repo / "b.json").write_text(text, encoding="utf-8")
    with pytest.raises(baseline.BaselineError) as exc:
        baseline.load(repo / "b.json")
    assert str(exc.value) == f"{repo / 'b.json'}: {error}"
