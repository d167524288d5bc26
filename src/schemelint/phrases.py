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


def compile_phrases(phrases: list[str]) -> PhraseSet:
    """A matcher for any of ``phrases`` (longest first at each position)."""
    return PhraseSet(phrases)


_WORD_START = re.compile(r"(?<!\w)\w")


class PhraseSet:
    """A set of phrases matched fast: phrases are grouped by their first letter and tried only
    at word starts, instead of one large alternation tried at every position."""

    def __init__(self, phrases: list[str]) -> None:
        self.phrases = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
        groups: dict[str, list[str]] = {}
        symbols: list[str] = []
        for p in self.phrases:
            first = p[:1].lower()
            (groups.setdefault(first, []) if first.isalnum() else symbols).append(phrase_regex(p))
        self._by_letter = {k: re.compile("|".join(v), re.IGNORECASE) for k, v in groups.items()}
        self._symbols = re.compile("|".join(symbols), re.IGNORECASE) if symbols else None
        self._all = re.compile("|".join(phrase_regex(p) for p in self.phrases), re.IGNORECASE)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        found: list[re.Match[str]] = []
        last = pos
        for w in _WORD_START.finditer(text, pos, end):
            if w.start() < last:
                continue
            rx = self._by_letter.get(w.group(0).lower())
            m = rx.match(text, w.start(), end) if rx is not None else None
            if m:
                found.append(m)
                last = m.end()
        if self._symbols is not None:
            found.extend(self._symbols.finditer(text, pos, end))
            found.sort(key=lambda m: m.start())
        return found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match, like ``finditer(...)[0]``, without finding the rest."""
        end = len(text) if endpos is None else endpos
        sym = self._symbols.search(text, pos, end) if self._symbols is not None else None
        limit = sym.start() if sym is not None else end
        for w in _WORD_START.finditer(text, pos, limit):
            rx = self._by_letter.get(w.group(0).lower())
            m = rx.match(text, w.start(), end) if rx is not None else None
            if m:
                return m
        return sym

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self._all.fullmatch(text, pos, len(text) if endpos is None else endpos)
