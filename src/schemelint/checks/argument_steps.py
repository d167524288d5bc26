"""The document's argument steps (SL200, SL201), found once and shared: the learned reading of
:mod:`schemelint.judge.arguments` when the pack ships a steps model, else ``None`` (the checks
then fall back to the pattern-only steps of :mod:`schemelint.checks.inference`)."""

from __future__ import annotations

from schemelint.analysis import Analysis
from schemelint.judge.arguments import Step, find_steps


def learned_steps(a: Analysis) -> list[Step] | None:
    return a.learned_steps.get(lambda: find_steps(a.document, a.mentions, a.pack))


def words(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
