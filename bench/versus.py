"""Two schemelint installs side by side in one run: CPU time (user + system of the child) and
wall time, medians over interleaved runs, and their ratio.

    python bench/versus.py --base /path/to/other/venv/bin/schemelint [--runs 5]

``--base`` is the install to compare with (for instance the last release, installed in a
virtualenv of its own); the other side is this checkout's ``python -m schemelint --no-cache``. Runs are
interleaved (A, B, A, B, ...) so that a busy machine slows both alike. The workloads: a clean
3,000-word draft, ``examples/draft.md``, the example paper, and a generated papers repository
(``bench/generate.py``, 10 MB by default).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate, markdown_doc


def timed(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """(CPU seconds of the child, wall seconds) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="the other install's schemelint executable")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--mb", type=float, default=10.0, help="size of the generated repository")
    args = ap.parse_args()
    import random

    work = Path(tempfile.mkdtemp(prefix="schemelint-versus-"))
    (work / ".git").mkdir()
    (work / "clean.md").write_text(markdown_doc(random.Random(3), 3000, term=False))
    repo = work / "repo"
    generate(repo, args.mb)
    workloads = [
        ("clean 3,000-word draft", ["clean.md"], work),
        ("examples/draft.md", ["examples/draft.md"], ROOT),
        ("examples/paper (3 files)", ["examples/paper/main.tex"], ROOT),
        (f"generated repository, {args.mb:g} MB", ["repo"], work),
    ]
    # this checkout cold: the result cache would make its repeated runs warm
    sides = {"this checkout": [sys.executable, "-m", "schemelint", "--no-cache"],
             "base": [args.base]}
    env_note = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
    print(f"{args.runs} interleaved runs each, medians; {env_note}\n")
    print(f"{'workload':<34}{'this CPU':>10}{'base CPU':>10}{'ratio':>8}{'this wall':>11}"
          f"{'base wall':>11}")
    for name, paths, cwd in workloads:
        got: dict[str, list[tuple[float, float]]] = {k: [] for k in sides}
        for _ in range(args.runs):
            for side, exe in sides.items():
                got[side].append(timed([*exe, "--no-color", *paths], cwd))
        this = [statistics.median(x[i] for x in got["this checkout"]) for i in (0, 1)]
        base = [statistics.median(x[i] for x in got["base"]) for i in (0, 1)]
        print(f"{name:<34}{this[0]:>9.2f}s{base[0]:>9.2f}s{this[0] / base[0]:>8.2f}"
              f"{this[1]:>10.2f}s{base[1]:>10.2f}s")


if __name__ == "__main__":
    main()
