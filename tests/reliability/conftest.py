from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

# Attacks that exhaust memory or CPU run in a child under these limits: a regression makes the
# child die (MemoryError, SIGXCPU) and the test fail, instead of hanging the suite or the
# machine. The limits are far above what a correct run needs; they are not timings.
MEMORY = 3 << 30  # address space, bytes (spaCy and the model fit well within it)
CPU = 60  # seconds of CPU time


class Limited:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code = code
        self.out = out
        self.err = err


def _limits(memory: int, cpu: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))

    return apply


def limited_run(argv: list[str], cwd: Path, memory: int = MEMORY, cpu: int = CPU) -> Limited:
    """Run ``argv`` in ``cwd`` under the memory and CPU limits."""
    proc = subprocess.run(
        argv, cwd=cwd, capture_output=True, text=True, check=False,
        timeout=300,  # a hang guard (a FIFO blocks without using CPU), not a timing
        preexec_fn=_limits(memory, cpu), errors="replace",
    )
    return Limited(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(scope="session")
def limited():  # type: ignore[no-untyped-def]
    """:func:`limited_run`, for fixtures wider than one test."""
    return limited_run


@pytest.fixture
def run_limited(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run ``python -m schemelint ARGS`` (or ``python -c CODE`` with ``code=``) in ``tmp_path``
    under memory and CPU limits. No ``.git`` is created: tests choose the project root."""

    def _run(*args: str, cwd: Path | None = None, code: str | None = None,
             memory: int = MEMORY, cpu: int = CPU) -> Limited:
        argv = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "schemelint", *args]
        return limited_run(argv, cwd or tmp_path, memory, cpu)

    return _run


@pytest.fixture
def lint_cli(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The command line in process, in ``tmp_path`` or ``cwd``, with no ``.git`` made: for the
    hostile inputs that threaten neither memory nor CPU (errors, paths, file system)."""
    from click.testing import CliRunner

    from schemelint.cli import main

    def _run(*args: str, cwd: Path | None = None) -> Limited:
        old = os.getcwd()
        os.chdir(cwd or tmp_path)
        try:
            r = CliRunner().invoke(main, list(args), prog_name="schemelint",
                                   catch_exceptions=False)
        finally:
            os.chdir(old)
        return Limited(r.exit_code, r.stdout, r.stderr)

    return _run
