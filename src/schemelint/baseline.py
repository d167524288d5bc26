"""Baselines: record today's findings, report only new ones later.

A baseline is JSON: ``{"schemelint_baseline": 2, "findings": [{"path", "code", "fingerprint"}]}``.
Paths are relative to the baseline file's folder (as ruff's ``--add-noqa`` and pre-commit key
files), so a finding matches however its file is spelt on the command line: ``bl3/a.md``, an
absolute path, or ``a.md`` from inside ``bl3``. Version 1 files (paths as given) are read
relative to the current folder. Matching counts duplicates: two identical findings in the
baseline hide at most two.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from schemelint import readfile
from schemelint.fingerprints import fingerprint
from schemelint.model import FileResult

VERSION = 2


class BaselineError(Exception):
    pass


def _absolute(path: str, base: Path) -> str:
    return Path(os.path.realpath(base / path)).as_posix()


def _relative(path: str, base: Path) -> str:
    return Path(os.path.relpath(os.path.realpath(path), os.path.realpath(base))).as_posix()


def write(results: list[FileResult], target: Path) -> int:
    from schemelint.atomic import write_output

    base = target.resolve().parent
    findings = [
        {"path": _relative(d.span.source.path, base), "code": d.code, "fingerprint": fingerprint(d)}
        for r in results
        for d in r.diagnostics
    ]
    data = json.dumps({"schemelint_baseline": VERSION, "findings": findings}, indent=2) + "\n"
    write_output(target, data)
    return len(findings)


def load(path: Path) -> Counter[tuple[str, str, str]]:
    """The findings of a baseline, keyed by (absolute path, code, fingerprint)."""
    try:
        text = readfile.read_text(path, readfile.DEFAULT_LIMIT)
    except readfile.FileReadError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc}") from None
    try:
        data = json.loads(text)
        base = path.resolve().parent if data.get("schemelint_baseline", 1) >= 2 else Path.cwd()
        return Counter(
            (_absolute(f["path"], base), f["code"], f["fingerprint"]) for f in data["findings"]
        )
    except RecursionError:
        raise BaselineError(f"{path}: not a schemelint baseline (nested too deeply)") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BaselineError(f"{path}: not a schemelint baseline ({exc.__class__.__name__})") from None


def filter_new(results: list[FileResult], known: Counter[tuple[str, str, str]]) -> int:
    """Drop the findings the baseline holds; return how many were hidden."""
    left = Counter(known)
    hidden = 0
    for r in results:
        kept = []
        for d in r.diagnostics:
            k = (_absolute(d.span.source.path, Path.cwd()), d.code, fingerprint(d))
            if left[k] > 0:
                left[k] -= 1
                hidden += 1
            else:
                kept.append(d)
        r.diagnostics = kept
    return hidden
