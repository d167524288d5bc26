"""YAML from untrusted files: no aliases, bounded nesting, no tags beyond the safe ones.

Config files, rule packs and front matter are read through :func:`load`. An alias (``*a``)
is refused outright, so a few hundred bytes cannot expand into gigabytes (an alias bomb), and
nesting deeper than :data:`MAX_DEPTH` is refused before the composer recurses (no
``RecursionError``).
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_DEPTH = 64

try:  # the C parser when present (much faster)
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


class YAMLLimitError(yaml.YAMLError):
    """Input refused by a limit; ``problem`` and ``problem_mark`` like a parser error."""

    def __init__(self, problem: str, mark: Any) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


def _check(text: str) -> None:
    """One pass over the parser's events (no values built): refuse aliases and deep nesting."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            raise YAMLLimitError("aliases (*name) are not allowed", event.start_mark)
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise YAMLLimitError(f"nested deeper than {MAX_DEPTH} levels", event.start_mark)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def load(text: str) -> Any:
    """Parse one YAML document safely; raises :class:`yaml.YAMLError` (also for limits)."""
    _check(text)
    try:
        return yaml.load(text, Loader=_Loader)
    except RecursionError:  # pragma: no cover - _check bounds the depth first
        raise YAMLLimitError(f"nested deeper than {MAX_DEPTH} levels", None) from None


def describe(exc: yaml.YAMLError, line_offset: int = 1, *, limits_only: bool = False) -> str:
    """``" (line N): problem"`` for a YAML error, never the offending text itself: the one
    place YAML errors are put in words (config files, rule packs, front matter).

    ``line_offset`` is the file line of the text's first line; with ``limits_only`` the
    problem is said only when one of this module's limits refused the text (front matter
    warnings name the line alone)."""
    mark = getattr(exc, "problem_mark", None)
    where = f" (line {mark.line + line_offset})" if mark is not None else ""
    if limits_only and not isinstance(exc, YAMLLimitError):
        return where
    problem = getattr(exc, "problem", None) or "invalid YAML"
    return f"{where}: {problem}"
