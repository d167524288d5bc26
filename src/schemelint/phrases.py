"""Cue phrases -> regular expressions.

A phrase matches case-insensitively as whole words; a space also matches a hyphen or a line
break, and a trailing ``*`` lets the last word take any ending. Phrases are escaped, so a rule
pack cannot write a pattern that backtracks catastrophically.
"""

from __future__ import annotations

import re


def phrase_regex(phrase: str) -> str:
    phrase = phrase.strip()
    star = phrase.endswith("*")
    if star:
        phrase = phrase[:-1]
    words = phrase.split()
    body = r"[\s\-]+".join(re.escape(w) for w in words)
    if star:
        body += r"[\w\-]*"
    head = r"(?<![\w])" if phrase[:1].isalnum() else ""
    tail = r"(?![\w])" if (phrase[-1:].isalnum() and not star) else ""
    return head + body + tail


def compile_phrases(phrases: list[str]) -> re.Pattern[str]:
    """One regex matching any of ``phrases`` (longest first)."""
    ordered = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return re.compile("|".join(phrase_regex(p) for p in ordered), re.IGNORECASE)
