"""Whether a finding is reported: select/ignore, per-path ignores, severities, suppressions.

One component, separate from the checks (as flake8's style guide is).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from schemelint.config import Config
from schemelint.directives import Directives
from schemelint.model import Diagnostic


def selected(code: str, config: Config, extra_ignores: tuple[str, ...] = ()) -> bool:
    if config.select and not any(code.startswith(s.upper()) for s in config.select):
        return False
    return not any(code.startswith(i.upper()) for i in config.ignore + extra_ignores)


def decide(
    diagnostics: list[Diagnostic], config: Config, parsed: Directives, path: Path
) -> list[Diagnostic]:
    extra = config.ignored_for(path)
    kept = []
    for d in diagnostics:
        if not selected(d.code, config, extra):
            continue
        line = d.span.source.index.line_col(d.span.start)[0]
        sups = [
            s
            for s in parsed.suppressions
            if s.source is d.span.source and s.covers(d.code, line)
        ]
        if sups:
            for s in sups:
                s.used = True
            continue
        if d.code in config.severity:
            d = replace(d, severity=config.severity[d.code])
        kept.append(d)
    return kept
