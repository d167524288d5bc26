"""SARIF output validates against the official 2.1.0 schema; GitHub annotations are exact."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

HERE = Path(__file__).resolve().parent
DRAFT = (
    "Models that fake alignment during RLHF to keep their goals are schemers.\n"
    "\n"
    "In the control evaluation the schemers sabotaged the monitor and colluded with copies.\n"
)


def test_sarif_is_valid_and_complete(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "d.txt").write_text(DRAFT)
    r = cli("--format", "sarif", "d.txt", "missing.md")
    assert r.code == 1
    doc = json.loads(r.out)
    schema = json.loads((HERE / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(doc, schema)
    (sarif_run,) = doc["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    from schemelint.registry import checks

    # every registered check, in registry order; SL000 (unused suppressions) is not a check
    assert [x["id"] for x in rules if x["id"] != "SL000"] == list(checks())
    assert all("## What it does" in x["help"]["markdown"] for x in rules)
    results = sarif_run["results"]
    assert results, "the draft has findings"
    for res in results:
        assert res["partialFingerprints"]["schemelint/v1"]
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "d.txt"
    notes = sarif_run["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["message"]["text"] == "missing.md: no such file or directory"


def test_github_annotations(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "d.txt").write_text("We should worry about scheming, 100%.\n")
    r = cli("--format", "github", "d.txt")
    assert r.code == 1
    assert r.out.splitlines()[0].startswith(
        "::warning file=d.txt,line=1,col=23,endLine=1,endColumn=31,"
        "title=SL100 undefined-sense::“scheming” is used"
    )
