"""Micro-benchmarks of the targets in the README: model load, per-mention cost, cold starts,
throughput on term-free text, mentions classified per second.

    python bench/micro.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import markdown_doc, paragraph


def median_time(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def cold(path: Path, runs: int) -> float:
    cmd = [sys.executable, "-m", "schemelint", str(path)]
    return median_time(lambda: subprocess.run(cmd, capture_output=True, check=False), runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    import random

    rng = random.Random(3)
    tmp = Path(tempfile.mkdtemp())
    (tmp / ".git").mkdir()
    clean = tmp / "clean.md"
    clean.write_text(markdown_doc(rng, 3000, term=False))
    with_terms = tmp / "draft.md"
    with_terms.write_text((ROOT / "examples" / "draft.md").read_text())
    rows = []
    rows.append(("cold start, clean 3,000-word draft", f"{cold(clean, a.runs) * 1000:.0f} ms"))
    rows.append(("cold start, examples/draft.md (with mentions)",
                 f"{cold(with_terms, a.runs) * 1000:.0f} ms"))

    load = subprocess.run(
        [sys.executable, "-c",
         ("import time; t=time.perf_counter(); from schemelint.senses.classifier import "
          "load_model; load_model('scheming'); print(time.perf_counter()-t)")],
        capture_output=True, text=True, check=True)
    rows.append(("model load (spaCy import + model), fresh process",
                 f"{float(load.stdout.strip()) * 1000:.0f} ms"))

    from schemelint.config import Config
    from schemelint.engine import Linter
    from schemelint.model import SourceFile
    from schemelint.senses.classifier import load_model

    load_model("scheming")
    linter = Linter()
    config = Config(root=tmp)
    free = "\n\n".join(paragraph(rng, False) for _ in range(20000))
    src_free = SourceFile("free.md", free)
    t = median_time(lambda: linter.lint_source(src_free, config), a.runs)
    rows.append(("term-free Markdown, in process", f"{len(free.encode()) / 1e6 / t:.1f} MB/s"))

    dense = "\n\n".join(paragraph(rng, True) for _ in range(1000))
    src_dense = SourceFile("dense.txt", dense)
    results = linter.lint_source(src_dense, config)
    n = sum(len(r.mentions) for r in results)
    t = median_time(lambda: linter.lint_source(src_dense, config), a.runs)
    rows.append(("mentions classified per second, in process (whole pipeline)", f"{n / t:,.0f}"))
    rows.append(("time per mention, in process (whole pipeline)", f"{t / n * 1000:.2f} ms"))

    from schemelint.mentions import find_mentions
    from schemelint.readers import plain
    from schemelint.rulepack import load_builtin
    from schemelint.senses.classifier import classify

    pack = load_builtin("scheming")
    mentions = find_mentions(plain.read(src_dense), pack)
    t = median_time(lambda: classify(mentions, pack), a.runs)
    rows.append(("mentions classified per second (sense classifier alone)",
                 f"{len(mentions) / t:,.0f}"))

    print("| measurement | median |\n|---|---|")
    for k, v in rows:
        print(f"| {k} | {v} |")


if __name__ == "__main__":
    main()
