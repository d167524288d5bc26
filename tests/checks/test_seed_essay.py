"""The essay the project is built on is a careful document: it defines its senses and names
the assumptions. Linted as plain text it must produce no SL101 and no SL200. (The essay is not
part of this repository; CI has it in ../shared/seed beside the checkout.)"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed"


@pytest.mark.skipif(not SEED.is_dir(), reason="../shared/seed is not beside this checkout")
def test_essay_has_no_switch_and_no_unsupported_inference(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    essays = sorted(SEED.glob("*.txt"))
    assert essays
    for i, essay in enumerate(essays):
        shutil.copy(essay, tmp_path / f"essay{i}.txt")
    files = cli("--format", "json", ".").json()["files"]
    codes = [d["code"] for f in files for d in f["diagnostics"]]
    assert "SL101" not in codes and "SL200" not in codes
    assert sum(len(f["mentions"]) for f in files) >= 10
