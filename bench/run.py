"""Benchmark schemelint against peer prose linters on generated papers repositories.

    python bench/run.py [--sizes 1,10,100] [--runs 3] [--peers proselint,alex] [--jobs 2]

For every size it generates (once, cached in bench/out/) a repository with bench/generate.py,
then runs each tool on the same files several times and prints a Markdown table of medians:
wall time, peak memory (of the process tree's largest process), MB/s, mentions/s, and the
ratio to schemelint. Peers are skipped with a note when they are not installed
(`pip install proselint`; `npm install --prefix bench/.node alex`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402


def measure(cmd: list[str], cwd: Path | None = None, timeout: float = 3600) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB (this child, via wait4), and stdout."""
    out = tempfile.TemporaryFile()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.DEVNULL)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(_status)
    out.seek(0)
    return wall, usage.ru_maxrss / 1024, out.read().decode("utf-8", "replace")


def repo(size_mb: float) -> tuple[Path, list[Path], float]:
    folder = HERE / "out" / f"repo-{size_mb:g}mb"
    if not folder.exists():
        generate(folder, size_mb, seed=1)
    files = sorted(p for p in folder.rglob("*") if p.suffix in (".md", ".tex"))
    mb = sum(p.stat().st_size for p in files) / 1e6
    return folder, files, mb


def tools(jobs: int, peers: list[str]) -> dict[str, list[str] | None]:
    found: dict[str, list[str] | None] = {
        "schemelint": [sys.executable, "-m", "schemelint", "--format", "json"],
    }
    if jobs > 1:
        found[f"schemelint -j{jobs}"] = [sys.executable, "-m", "schemelint", "-j", str(jobs),
                                         "--format", "json"]
    if "proselint" in peers:
        exe = shutil.which("proselint")
        found["proselint"] = [exe, "check"] if exe else None
    if "alex" in peers:
        alex = HERE / ".node" / "node_modules" / ".bin" / "alex"
        found["alex"] = [str(alex), "--quiet"] if alex.exists() else None
    return found


def mentions_in(stdout: str) -> int:
    try:
        data = json.loads(stdout)
    except json.JSONDecodeError:
        return 0
    return sum(len(f["mentions"]) for f in data["files"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="1,10,100")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--peers", default="proselint,alex")
    ap.add_argument("--peer-max-mb", type=float, default=10.0,
                    help="skip peers on repositories larger than this (they take minutes)")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    rows = []
    for size in [float(s) for s in a.sizes.split(",")]:
        folder, files, mb = repo(size)
        base = None
        for name, cmd in tools(a.jobs, a.peers.split(",")).items():
            if cmd is None:
                rows.append(f"| {size:g} MB | {name} | not installed | | | | |")
                continue
            if not name.startswith("schemelint") and mb > a.peer_max_mb:
                rows.append(f"| {size:g} MB | {name} | skipped (> {a.peer_max_mb:g} MB) | | | | |")
                continue
            target = [str(folder)] if name.startswith("schemelint") else [str(f) for f in files]
            walls, mems, mentions = [], [], 0
            for _ in range(a.runs):
                wall, mem, out = measure(cmd + target)
                walls.append(wall)
                mems.append(mem)
                if name.startswith("schemelint"):
                    mentions = mentions_in(out)
            wall = statistics.median(walls)
            if base is None:
                base = wall
            mps = f"{mentions / wall:,.0f}" if name.startswith("schemelint") else ""
            rows.append(f"| {size:g} MB | {name} | {wall:.2f} s | {max(mems):.0f} MB | "
                        f"{mb / wall:.1f} | {mps} | {wall / base:.1f}x |")
            print(rows[-1], file=sys.stderr)
    print(f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
          f"median of {a.runs} runs.\n")
    print("| repository | tool | wall time | peak memory | MB/s | mentions/s | time vs schemelint |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
