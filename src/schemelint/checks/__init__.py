"""The document checks: one module per check, named by its code, registered in ``CHECKS``.

A check module has ``CODE``, ``NAME``, ``SEVERITY``, a docstring with the sections *What it
does*, *Why is this bad?*, *Example* and *Use instead* (shown by ``schemelint explain``), and
``run(analysis) -> Iterable[Diagnostic]``. Checks never print and never decide what is
reported: selection and suppression happen in :mod:`schemelint.decisions`.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schemelint.analysis import Analysis
    from schemelint.model import Diagnostic

# One entry per check module; a new check is a new module and a new line here.
_MODULES = (
    "sl100_undefined_sense",
    "sl101_sense_switch",
    "sl102_definition_conflict",
    "sl200_unsupported_worst_case_inference",
    "sl201_gaming_implies_misalignment",
    "sl202_context_free_label",
)
CHECKS: dict[str, ModuleType] = {
    m.CODE: m for m in (importlib.import_module(f"schemelint.checks.{n}") for n in _MODULES)
}


def run_checks(analysis: Analysis) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for check in CHECKS.values():
        out.extend(check.run(analysis))
    return out


def by_name_or_code(key: str) -> ModuleType | None:
    key = key.strip()
    for m in CHECKS.values():
        if key.upper() == m.CODE or key.lower() == m.NAME:
            return m
    return None
