"""Small helpers the checks share: describing a mention, building a diagnostic."""

from __future__ import annotations

from types import ModuleType

from schemelint.model import Diagnostic, Fix, Mention, Related, Span
from schemelint.rulepack import Sense


def cue_text(m: Mention) -> str:
    if not m.cues:
        return "no cue words; decided by the classifier"
    words = ", ".join(f"“{c}”" for c in m.cues)
    return f"no rule-pack cue; the classifier's deciding words: {words}" if m.learned_cues else words


def describe(m: Mention, label: str) -> str:
    """“worst-case” sense (the worst-case model; confidence 0.95; cues: “collude”, ...)"""
    return f"“{m.sense}” sense ({label}; confidence {m.confidence:.2f}; cues: {cue_text(m)})"


def diagnostic(
    check: ModuleType,
    span: Span,
    message: str,
    related: list[Related] | None = None,
    fixes: list[Fix] | None = None,
    **data: object,
) -> Diagnostic:
    return Diagnostic(
        code=check.CODE,
        name=check.NAME,
        severity=check.SEVERITY,
        span=span,
        message=message,
        related=related or [],
        fixes=fixes or [],
        data=dict(data),
    )


def replace_term(m: Mention, sense: Sense | None) -> list[Fix]:
    """A fix that swaps the mention for the sense's qualified term ("schemer" -> "worst-case
    model", "scheming" -> "in-context scheming"), keeping number and capitalisation. Verb forms
    and compounds get no mechanical fix."""
    if sense is None:
        return []
    word = m.term
    lower = word.lower()
    if "-" in lower or "\n" in lower:
        return []
    if lower.endswith("ing"):
        replacement = sense.qualified_activity
    elif lower.endswith("er") or lower.endswith("ers"):
        replacement = sense.qualified_term
        if replacement and lower.endswith("s"):
            replacement += "s"
    else:
        replacement = None
    if not replacement or replacement.lower() == lower:
        return []
    if word[:1].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    return [Fix(m.span, replacement, f"Replace “{word}” with “{replacement}”")]
