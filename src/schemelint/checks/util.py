"""Small helpers the checks share: describing a mention, building a diagnostic."""

from __future__ import annotations

import re

from schemelint.extension import Check
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
    check: Check,
    span: Span,
    message: str,
    related: list[Related] | None = None,
    fixes: list[Fix] | None = None,
    **data: object,
) -> Diagnostic:
    return Diagnostic(
        code=check.code,
        name=check.name,
        severity=check.severity,
        span=span,
        message=message,
        related=related or [],
        fixes=fixes or [],
        data=dict(data),
    )


# A fix is offered as safe (applied by --fix) only when the reading behind it is confident:
# at 0.7 or more every dev-split mention had the sense it was given (README, "evaluate").
SAFE_CONFIDENCE = 0.7
_ARTICLE = re.compile(r"(?<![\w-])(an?)(\s+)$", re.IGNORECASE)


def _article_for(word: str, article: str) -> str:
    """``a`` or ``an`` before ``word`` (by its first letter), in the case of ``article``."""
    want = "an" if word[:1].lower() in "aeiou" else "a"
    if article.isupper() and len(article) > 1:
        return want.upper()
    return want.capitalize() if article[:1].isupper() else want


def replace_term(m: Mention, sense: Sense | None) -> list[Fix]:
    """A fix that swaps the mention for the sense's qualified term ("schemer" -> "worst-case
    model", "scheming" -> "in-context scheming"), keeping number and capitalisation, and the
    indefinite article before it in agreement ("a schemer" -> "an instrumental
    training-gamer"). Verb forms and compounds get no mechanical fix. The fix is safe only
    when the mention's sense is confident and explained by rule-pack cues."""
    if sense is None:
        return []
    word = m.term
    lower = word.lower()
    if "-" in lower or "\n" in lower:
        return []
    if lower.endswith("ing"):
        replacement = sense.qualified_activity
    elif lower.endswith(("er", "ers")):
        replacement = sense.qualified_term
        if replacement and lower.endswith("s"):
            replacement += "s"
    else:
        replacement = None
    if not replacement or replacement.lower() == lower:
        return []
    if word[:1].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    safe = m.confidence >= SAFE_CONFIDENCE and bool(m.cues) and not m.learned_cues
    span, old = m.span, word
    text = m.span.source.text
    before = _ARTICLE.search(text, max(0, m.span.start - 8), m.span.start)
    if before is not None:
        article = _article_for(replacement, before.group(1))
        if article != before.group(1):
            span = Span(m.span.source, before.start(1), m.span.end)
            old = text[span.start : span.end]
            replacement = f"{article}{before.group(2)}{replacement}"
    return [Fix(span, replacement, f"Replace “{old}” with “{replacement}”", safe=safe)]
