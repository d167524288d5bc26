"""One parametrised test over every check's case file (tests/checks/cases/<CODE>.yaml).

A case is a whole small document; ``expect`` lists every diagnostic the document must produce
(any code), as ``{code, line, column}``; ``[]`` means the document must be clean.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from schemelint.config import ConfigFinder
from schemelint.engine import Linter

CASES = Path(__file__).resolve().parent / "cases"


def _cases() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            out.append(pytest.param(case, id=f"{path.stem}-{case['name']}"))
    return out


@pytest.mark.parametrize("case", _cases())
def test_case(case: dict[str, Any], tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    for name, text in (case.get("files") or {}).items():
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    doc = tmp_path / case.get("path", "draft.md")
    doc.write_text(case["text"], encoding="utf-8")
    results = Linter(ConfigFinder()).lint_paths([str(doc)])
    got = []
    for r in results:
        assert r.error is None, r.error
        for d in r.diagnostics:
            line, col = d.span.source.index.line_col(d.span.start)
            got.append({"code": d.code, "line": line, "column": col})
    want = [
        {"code": e["code"], "line": e["line"], "column": e.get("column")} for e in case["expect"]
    ]
    for g, w in zip(got, want):
        if w["column"] is None:
            g["column"] = None
    assert got == want, "\n".join(
        f"{d.code} {d.span.source.index.line_col(d.span.start)} {d.message}"
        for r in results
        for d in r.diagnostics
    )
