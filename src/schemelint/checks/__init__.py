"""The document checks: one module per check, named by its code, listed in
:data:`schemelint.registry.CHECK_MODULES`.

A check module has ``CODE``, ``NAME``, ``SEVERITY``, a docstring with the sections *What it
does*, *Why is this bad?*, *Example* and *Use instead* (shown by ``schemelint explain``),
``run(analysis) -> Iterable[Diagnostic]`` and, last, ``CHECK = CheckSpec(...)``: the object
that satisfies :class:`schemelint.extension.Check`. Checks never print and never decide what is
reported: selection and suppression happen in :mod:`schemelint.decisions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schemelint.extension import Check


def __getattr__(name: str) -> dict[str, Check]:
    # ``CHECKS`` (code -> check) is the registry's, read on first use
    if name == "CHECKS":
        from schemelint.registry import checks

        return checks()
    raise AttributeError(name)
