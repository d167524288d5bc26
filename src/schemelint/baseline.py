"""Baselines: record today's findings, report only new ones later.

A baseline is JSON: ``{"schemelint_baseline": 1, "findings": [{"path", "code", "fingerprint"}]}``.
Matching counts duplicates: two identical findings in the baseline hide at most two.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from schemelint import readfile
from schemelint.atomic import atomic_write
from schemelint.fingerprints import fingerprint
from schemelint.model import FileResult


class BaselineError(Exception):
    pass


def _key(path: str, code: str, fp: str) -> tuple[str, str, str]:
    return Path(path).as_posix(), code, fp


def write(results: list[FileResult], target: Path) -> int:
    findings = [
        {"path": Path(d.span.source.path).as_posix(), "code": d.code, "fingerprint": fingerprint(d)}
        for r in results
        for d in r.diagnostics
    ]
    data = json.dumps({"schemelint_baseline": 1, "findings": findings}, indent=2) + "\n"
    atomic_write(target, data)
    return len(findings)


def load(path: Path) -> Counter[tuple[str, str, str]]:
    try:
        text = readfile.read_text(path, readfile.DEFAULT_LIMIT)
    except readfile.FileReadError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc}") from None
    try:
        data = json.loads(text)
        return Counter(_key(f["path"], f["code"], f["fingerprint"]) for f in data["findings"])
    except RecursionError:
        raise BaselineError(f"{path}: not a schemelint baseline (nested too deeply)") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise BaselineError(f"{path}: not a schemelint baseline ({exc.__class__.__name__})") from None


def filter_new(results: list[FileResult], known: Counter[tuple[str, str, str]]) -> None:
    left = Counter(known)
    for r in results:
        kept = []
        for d in r.diagnostics:
            k = _key(d.span.source.path, d.code, fingerprint(d))
            if left[k] > 0:
                left[k] -= 1
            else:
                kept.append(d)
        r.diagnostics = kept
