"""The real-document scorer and checkout script, on a small repository made here (the real set
needs public checkouts CI does not have)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import real_checkout
import real_eval

DOC = (
    "# Notes\n\n"
    "The agent was scheming in 3 of 40 rollouts of the eval, under a system prompt goal.\n\n"
    "Our reward scheme is simple.\n"
)


def _labels(folder: Path, commit: str) -> None:
    folder.mkdir()
    row = {"repo": "someone/notes", "commit": commit}
    (folder / "repos-x.jsonl").write_text(json.dumps(row | {"kind": "notes"}) + "\n")
    (folder / "files-x.jsonl").write_text(json.dumps(row | {"path": "a.md"}) + "\n")
    uses = [
        row | {"path": "a.md", "line": 3, "column": 15, "term": "scheming", "label": "in-context",
               "voice": "own", "definition": False},
        row | {"path": "a.md", "line": 5, "column": 12, "term": "scheme", "label": "not-term",
               "voice": None, "definition": None},
    ]
    (folder / "uses-x.jsonl").write_text("".join(json.dumps(u) + "\n" for u in uses))


def _repo(tmp_path: Path) -> tuple[Path, str]:
    git = tmp_path / "mirrors" / "someone+notes"
    work = tmp_path / "work"
    work.mkdir()
    (work / "a.md").write_text(DOC)
    for cmd in (["init", "-q"], ["add", "a.md"],
                ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"]):
        subprocess.run(["git", *cmd], cwd=work, check=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(git)], check=True)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=work, check=True,
                            capture_output=True, text=True).stdout.strip()
    return tmp_path / "mirrors", commit


def test_checkout_then_score(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mirrors, commit = _repo(tmp_path)
    labels = tmp_path / "labels"
    _labels(labels, commit)
    sources = tmp_path / "sources"
    assert real_checkout.main(["--git-dirs", str(mirrors), "--dest", str(sources),
                               "--labels", str(labels)]) == 0
    assert (sources / "someone+notes" / "a.md").read_text() == DOC
    capsys.readouterr()
    assert real_eval.main(["--labels", str(labels), "--sources", str(sources), "--split", "all",
                           "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["finder"] == {"precision": 1.0, "recall": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert figures["sense_accuracy"] == 1.0
    assert figures["labels"] == {"in-context": 1, "not-term": 1}


def test_missing_checkouts_are_said_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    labels = tmp_path / "labels"
    _labels(labels, "0" * 40)
    code = real_eval.main(["--labels", str(labels), "--sources", str(tmp_path / "none"),
                           "--split", "all"])
    assert code == 2
    assert "checkouts missing" in capsys.readouterr().err
