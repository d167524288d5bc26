from __future__ import annotations

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
    def __init__(self, proc: subprocess.CompletedProcess[str]) -> None:
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr


def _limits(memory: int, cpu: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))

    return apply


@pytest.fixture
def run_limited(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run ``python -m schemelint ARGS`` (or ``python -c CODE`` with ``code=``) in ``tmp_path``
    under memory and CPU limits. No ``.git`` is created: tests choose the project root."""

    def _run(*args: str, cwd: Path | None = None, code: str | None = None,
             memory: int = MEMORY, cpu: int = CPU) -> Limited:
        argv = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "schemelint", *args]
        proc = subprocess.run(
            argv, cwd=cwd or tmp_path, capture_output=True, text=True, check=False,
            timeout=300,  # a hang guard (a FIFO blocks without using CPU), not a timing
            preexec_fn=_limits(memory, cpu), errors="replace",
        )
        return Limited(proc)

    return _run
