"""One parametrised test over every check's case file (tests/checks/cases/<CODE>.yaml).

A case is a whole small document (``text``, written as ``path``, default ``draft.md``), with
optional ``files`` beside it and an optional ``config`` (the mapping of a ``.schemelint.yaml``,
written beside the document, where the linter looks for it). ``expect`` lists every diagnostic
the document must produce, in order (any code; ``[]`` means the document must be clean). Each
expectation has ``code`` and ``line``, and may state:

- ``column``: the 1-based column where the diagnostic starts;
- ``message``: a fragment of the one-line message (a substring);
- ``assumptions``: the ids of the missing assumptions (SL200: the ids the message lists);
- ``fix``: the replacement or inserted text of the diagnostic's first fix (``null``: no fix).

``fixed`` is the whole document after ``--fix`` (safe fixes applied until none is left).
``xfail: "reason"`` marks a case the shipped linter gets wrong: the expectation states what a
careful author would want, and the case must fail (strict), so fixing the linter shows up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from schemelint import fixes
from schemelint.config import ConfigFinder
from schemelint.engine import Linter
from schemelint.model import Diagnostic, FileResult

CASES = Path(__file__).resolve().parent / "cases"
KEYS = {"name", "text", "path", "files", "config", "expect", "fixed", "xfail"}
EXPECT_KEYS = {"code", "line", "column", "message", "assumptions", "fix"}


def _cases() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            marks = []
            if case.get("xfail"):
                marks.append(pytest.mark.xfail(reason=case["xfail"], strict=True))
            out.append(pytest.param(case, id=f"{path.stem}-{case['name']}", marks=marks))
    return out


def _write(case: dict[str, Any], folder: Path) -> Path:
    (folder / ".git").mkdir()
    for name, text in (case.get("files") or {}).items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    doc = folder / case.get("path", "draft.md")
    doc.parent.mkdir(parents=True, exist_ok=True)
    if case.get("config") is not None:
        (doc.parent / ".schemelint.yaml").write_text(yaml.safe_dump(case["config"]),
                                                     encoding="utf-8")
    doc.write_text(case["text"], encoding="utf-8")
    return doc


def _lint(doc: Path) -> list[FileResult]:
    results = Linter(ConfigFinder()).lint_paths([str(doc)])
    for r in results:
        assert r.error is None, r.error
    return results


def _observed(d: Diagnostic, want: dict[str, Any]) -> dict[str, Any]:
    """The diagnostic as the keys of one expectation: only what the case states is compared."""
    line, col = d.span.source.index.line_col(d.span.start)
    got: dict[str, Any] = {"code": d.code, "line": line}
    if "column" in want:
        got["column"] = col
    if "message" in want:
        got["message"] = want["message"] if want["message"] in d.message else d.message
    if "assumptions" in want:
        got["assumptions"] = list(d.data.get("missing", []))
    if "fix" in want:
        got["fix"] = d.fixes[0].replacement if d.fixes else None
    return got


def _listing(results: list[FileResult]) -> str:
    return "\n".join(
        f"{d.code} {d.span.source.index.line_col(d.span.start)} {d.message}"
        f" missing={d.data.get('missing')} fixes={[(f.replacement, f.safe) for f in d.fixes]}"
        for r in results
        for d in r.diagnostics
    )


def test_case_files_are_well_formed() -> None:
    """Every case has a name, a text and expectations with known keys (a typo is no silent
    pass), and names are unique within a file."""
    for path in sorted(CASES.glob("*.yaml")):
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
        names = [c["name"] for c in cases]
        assert len(names) == len(set(names)), path.name
        for case in cases:
            assert set(case) <= KEYS, (path.name, case["name"], set(case) - KEYS)
            assert isinstance(case["text"], str) and isinstance(case["expect"], list)
            for e in case["expect"]:
                assert set(e) <= EXPECT_KEYS and {"code", "line"} <= set(e), (path.name, e)


@pytest.mark.parametrize("case", _cases())
def test_case(case: dict[str, Any], tmp_path: Path) -> None:
    doc = _write(case, tmp_path)
    results = _lint(doc)
    diagnostics = [d for r in results for d in r.diagnostics]
    want = case["expect"]
    got = [_observed(d, w) for d, w in zip(diagnostics, want)]
    got += [_observed(d, {}) for d in diagnostics[len(want):]]
    assert got == want, _listing(results)
    if "fixed" in case:
        fixes.apply_until_stable(results, lambda: _lint(doc))
        assert doc.read_text(encoding="utf-8") == case["fixed"]


def test_every_check_has_at_least_ten_cases() -> None:
    """A new check comes with its case file; each file keeps firing cases and near misses."""
    from schemelint.checks import CHECKS

    for code in CHECKS:
        path = CASES / f"{code}.yaml"
        assert path.is_file(), f"{code} has no case file {path.name}"
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert len(cases) >= 10, f"{path.name}: {len(cases)} cases"
        firing = [c for c in cases if any(e["code"] == code for e in c["expect"])]
        clean = [c for c in cases if not any(e["code"] == code for e in c["expect"])]
        assert firing and clean, f"{path.name} needs cases that fire and near misses that do not"
