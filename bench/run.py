"""Benchmark schemelint against peer prose linters, side by side in one run.

    python bench/run.py [--mb 7] [--words 1500-4000] [--runs 3] [--proselint PATH] [--alex PATH] [--textlint PATH]
                        [--base-src DIR] [--jobs N]

Workloads: the generated papers repository (bench/generate.py, cached in bench/out/) and a clean
3,000-word Markdown draft without the term (a cold start: what a pre-commit hook or an editor
save pays). Every tool runs once per round, the rounds interleaved, so load from other users of
the machine falls on all tools alike. For each run the child's CPU time (user + sys from
os.wait4's rusage, which includes the processes it waited for) and wall time are taken; the
table gives medians and each tool's ratio to schemelint (how many times slower the peer is).

``--base-src DIR`` adds a row for another schemelint source tree (run with PYTHONPATH=DIR), for
before/after figures in the same run. Peers that are not installed are listed as such
(proselint: ``pip install proselint``; alex and textlint: ``npm install``).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate, paragraph


@dataclass
class Tool:
    name: str
    cmd: list[str]
    env: dict[str, str] | None = None
    whole_folder: bool = False  # given the folder (it walks it), else the list of files


@dataclass
class Timings:
    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)


def measure(cmd: list[str], env: dict[str, str] | None) -> tuple[float, float, int]:
    """CPU seconds (user + sys of the child and what it waited for), wall seconds, exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime, wall, proc.returncode


def repository(mb: float, words: tuple[int, int]) -> tuple[Path, list[Path]]:
    folder = HERE / "out" / f"repo-{mb:g}mb-{words[0]}-{words[1]}w"
    if not folder.exists():
        generate(folder, mb, seed=1, words_range=words)
    return folder, sorted(p for p in folder.rglob("*") if p.suffix in (".md", ".tex"))


def clean_draft(words: int = 3000) -> Path:
    """A Markdown draft of ``words`` words that never uses the term."""
    path = HERE / "out" / f"clean-draft-{words}.md"
    if not path.exists():
        rng = random.Random(7)
        parts, n = ["# A clean draft", ""], 0
        while n < words:
            p = paragraph(rng, with_term=False)
            parts += [p, ""]
            n += len(p.split())
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(parts), encoding="utf-8")
    return path


def _node_tool(given: str | None, name: str) -> str | None:
    if given:
        return given
    local = HERE / ".node" / "node_modules" / ".bin" / name
    return str(local) if local.exists() else shutil.which(name)


def tools(a: argparse.Namespace) -> tuple[list[Tool], list[str]]:
    warm = [sys.executable, "-m", "schemelint", "--format", "json", "--exit-zero"]
    lint = [*warm, "--no-cache"]
    found = [Tool("schemelint", lint, whole_folder=True),
             Tool("schemelint (warm cache)", warm, whole_folder=True)]
    missing = []
    if a.base_src:
        env = {**os.environ, "PYTHONPATH": str(Path(a.base_src).resolve())}
        found.append(Tool("schemelint (base)", lint, env, whole_folder=True))
    if a.jobs > 1:
        found.append(Tool(f"schemelint -j{a.jobs}", [*lint, "-j", str(a.jobs)], whole_folder=True))
    proselint = a.proselint or shutil.which("proselint")
    if proselint:
        found.append(Tool("proselint", [proselint, "check"]))
    else:
        missing.append("proselint")
    alex = _node_tool(a.alex, "alex")
    if alex:
        found.append(Tool("alex", [alex, "--quiet"]))
    else:
        missing.append("alex")
    textlint = _node_tool(a.textlint, "textlint")
    if textlint:
        found.append(Tool("textlint", [textlint]))
    else:
        missing.append("textlint")
    return found, missing


def _byte_compile(base_src: str | None) -> None:
    """Write the bytecode of the measured sources, as ``pip install`` does: with
    PYTHONDONTWRITEBYTECODE set (as on CI machines) an editable checkout would otherwise
    compile every edited module from source in every run, which no installed copy pays."""
    import compileall

    import schemelint

    for folder in [Path(schemelint.__file__).parent,
                   *([Path(base_src) / "schemelint"] if base_src else [])]:
        compileall.compile_dir(str(folder), quiet=1)


def run(workloads: dict[str, tuple[Path, list[Path]]], found: list[Tool],
        runs: int) -> dict[tuple[str, str], Timings]:
    times: dict[tuple[str, str], Timings] = {}
    for folder, _files in workloads.values():  # fill the result cache once
        for tool in found:
            if tool.name.endswith("(warm cache)"):
                measure(tool.cmd + [str(folder)], tool.env)
    for r in range(runs):
        for wname, (folder, files) in workloads.items():
            for tool in found:
                target = [str(folder)] if tool.whole_folder else [str(f) for f in files]
                cpu, wall, code = measure(tool.cmd + target, tool.env)
                t = times.setdefault((wname, tool.name), Timings())
                t.cpu.append(cpu)
                t.wall.append(wall)
                print(f"run {r + 1}/{runs} {wname} {tool.name}: cpu {cpu:.2f} s, "
                      f"wall {wall:.2f} s, exit {code}", file=sys.stderr)
    return times


def table(workloads: dict[str, tuple[Path, list[Path]]], found: list[Tool],
          times: dict[tuple[str, str], Timings]) -> str:
    rows = ["| workload | tool | CPU (user+sys) | wall | CPU vs schemelint | wall vs schemelint |",
            "|---|---|---|---|---|---|"]
    for wname in workloads:
        base = times[(wname, "schemelint")]
        base_cpu, base_wall = statistics.median(base.cpu), statistics.median(base.wall)
        for tool in found:
            t = times[(wname, tool.name)]
            cpu, wall = statistics.median(t.cpu), statistics.median(t.wall)
            rows.append(f"| {wname} | {tool.name} | {cpu:.2f} s | {wall:.2f} s | "
                        f"{cpu / base_cpu:.1f}x | {wall / base_wall:.1f}x |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=7.0, help="size of the generated repository")
    ap.add_argument("--words", default="1500-4000",
                    help="words per generated paper, LO-HI (1500-4000: about 400 files in 7 MB)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--proselint", help="the proselint executable (default: on PATH)")
    ap.add_argument("--alex", help="the alex executable (default: bench/.node or PATH)")
    ap.add_argument("--textlint", help="the textlint executable (default: bench/.node or PATH)")
    ap.add_argument("--base-src", help="another schemelint src/ folder to run beside this one")
    ap.add_argument("--jobs", type=int, default=1, help="also run schemelint -j N (N > 1)")
    a = ap.parse_args()
    lo, hi = (int(x) for x in a.words.split("-"))
    folder, files = repository(a.mb, (lo, hi))
    mb = sum(p.stat().st_size for p in files) / 1e6
    draft = clean_draft()
    workloads = {
        f"papers repository ({len(files)} files, {mb:.1f} MB)": (folder, files),
        "clean 3,000-word draft (cold start)": (draft, [draft]),
    }
    found, missing = tools(a)
    _byte_compile(a.base_src)
    times = run(workloads, found, a.runs)
    print(f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
          f"median of {a.runs} interleaved runs"
          + (f"; not installed: {', '.join(missing)}" if missing else "") + ".\n")
    print(table(workloads, found, times))


if __name__ == "__main__":
    main()
