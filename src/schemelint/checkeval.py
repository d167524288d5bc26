"""Precision and recall of each check on a folder of labelled whole documents.

The folder holds documents and one or more ``expected*.yaml`` manifests mapping each document
path (relative to the folder) to the findings a careful reviewer expects, as ``{code, line}``.
A finding counts as found when the linter reports the same code on the same line.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from schemelint.checks import CHECKS
from schemelint.config import ConfigFinder
from schemelint.engine import Linter


def load_expected(folder: Path) -> dict[str, Counter[tuple[str, int]]]:
    expected: dict[str, Counter[tuple[str, int]]] = {}
    for manifest in sorted(folder.glob("expected*.yaml")):
        data: dict[str, Any] = yaml.safe_load(manifest.read_text(encoding="utf-8")) or {}
        for path, items in data.items():
            expected[path] = Counter((i["code"], int(i["line"])) for i in items or [])
    return expected


def run(folder: Path) -> tuple[dict[str, tuple[int, int, int]], list[str]]:
    """Per code: (true positives, false positives, false negatives); and the mismatches."""
    expected = load_expected(folder)
    roots = sorted({p.split("/")[0] if "/" in p else p for p in expected})
    old = os.getcwd()
    os.chdir(folder)
    try:
        results = Linter(ConfigFinder()).lint_paths(roots)
    finally:
        os.chdir(old)
    got: dict[str, Counter[tuple[str, int]]] = {}
    for r in results:
        c = got.setdefault(Path(r.path).as_posix(), Counter())
        for d in r.diagnostics:
            c[(d.code, d.span.source.index.line_col(d.span.start)[0])] += 1
    table = {code: [0, 0, 0] for code in CHECKS}
    notes = []
    for path in sorted(set(expected) | set(got)):
        want = expected.get(path, Counter())
        have = got.get(path, Counter())
        if path not in expected:
            notes.append(f"{path}: not in any manifest")
            continue
        for (code, line), n in (want | have).items():
            if code not in table:
                continue
            tp = min(want[(code, line)], have[(code, line)])
            table[code][0] += tp
            table[code][1] += have[(code, line)] - tp
            table[code][2] += want[(code, line)] - tp
            if have[(code, line)] > want[(code, line)]:
                notes.append(f"{path}:{line}: unexpected {code}")
            elif want[(code, line)] > have[(code, line)]:
                notes.append(f"{path}:{line}: missed {code}")
    return {k: (v[0], v[1], v[2]) for k, v in table.items()}, notes


def report(folder: Path, verbose: bool = False) -> str:
    table, notes = run(folder)
    docs = len(load_expected(folder))
    lines = [f"{docs} labelled files in {folder}", "",
             f"{'check':<8}{'precision':>10}{'recall':>8}{'TP':>5}{'FP':>5}{'FN':>5}"]
    for code, (tp, fp, fn) in table.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        lines.append(f"{code:<8}{p:>10.2f}{r:>8.2f}{tp:>5}{fp:>5}{fn:>5}")
    if verbose and notes:
        lines += ["", *notes]
    return "\n".join(lines)
