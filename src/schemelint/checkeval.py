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
    """Per code: (true positives, false positives, false negatives); and the mismatches.

    An expected finding is found when the linter reports the same code on a span that covers
    its line (a conclusion reported from its key words to the end of its sentence covers the
    line a reviewer points at)."""
    expected = load_expected(folder)
    roots = sorted({p.split("/")[0] if "/" in p else p for p in expected})
    old = os.getcwd()
    os.chdir(folder)
    try:
        results = Linter(ConfigFinder()).lint_paths(roots)
    finally:
        os.chdir(old)
    got: dict[str, list[tuple[str, int, int]]] = {}
    for r in results:
        c = got.setdefault(Path(r.path).as_posix(), [])
        for d in r.diagnostics:
            index = d.span.source.index
            c.append((d.code, index.line_col(d.span.start)[0], index.line_col(d.span.end)[0]))
    table = {code: [0, 0, 0] for code in CHECKS}
    notes = []
    for path in sorted(set(expected) | set(got)):
        if path not in expected:
            notes.append(f"{path}: not in any manifest")
            continue
        have = sorted(got.get(path, []), key=lambda x: (x[1], x[0]))
        taken: set[int] = set()
        for (code, line), n in sorted(expected[path].items(), key=lambda x: x[0][1]):
            for _ in range(n):
                hit = next((i for i, (c, a, b) in enumerate(have)
                            if i not in taken and c == code and a <= line <= b), None)
                if code not in table:
                    continue
                if hit is None:
                    table[code][2] += 1
                    notes.append(f"{path}:{line}: missed {code}")
                else:
                    taken.add(hit)
                    table[code][0] += 1
        for i, (code, a, _b) in enumerate(have):
            if i not in taken and code in table:
                table[code][1] += 1
                notes.append(f"{path}:{a}: unexpected {code}")
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
