"""Cue phrases -> one compiled matcher per phrase set.

A phrase matches case-insensitively as whole words; a space also matches a hyphen or a line
break, and a trailing ``*`` lets the last word take any ending. Phrases are escaped, so a rule
pack cannot write a pattern that backtracks catastrophically.

Every phrase matcher of the package is a :class:`PhraseSet`: the senses' cue scores, the
judge models' cue tokens and the checks' inference phrases all find the same hits. At each
word start the longest phrase (in the order given, longest first) that matches there is the
hit; phrases that start with a symbol are found anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from functools import cached_property


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
    at word starts, instead of one large alternation tried at every position. The regexes are
    compiled on first use, so a run that never reaches a phrase set never compiles it.

    ``tags`` (one per phrase) say what each phrase stands for; :meth:`tag` gives a hit's tag.
    Without tags, duplicate phrases are merged."""

    def __init__(self, phrases: Sequence[str], tags: Sequence[Hashable] | None = None) -> None:
        if tags is None:
            unique = list(dict.fromkeys(p.strip() for p in phrases if p.strip()))
            entries: list[tuple[str, Hashable]] = [(p, p) for p in unique]
        else:
            entries = [(p.strip(), t) for p, t in zip(phrases, tags, strict=True) if p.strip()]
        entries.sort(key=lambda e: len(e[0]), reverse=True)  # stable: equal lengths keep order
        self.phrases = [p for p, _t in entries]
        self._tags = [t for _p, t in entries]

    @cached_property
    def _compiled(self) -> tuple[dict[str, re.Pattern[str]], re.Pattern[str] | None]:
        groups: dict[str, list[str]] = {}
        symbols: list[str] = []
        for i, p in enumerate(self.phrases):
            first = p[:1].lower()
            alt = f"(?P<p{i}>{phrase_regex(p)})"
            (groups.setdefault(first, []) if first.isalnum() else symbols).append(alt)
        by_letter = {k: re.compile("|".join(v), re.IGNORECASE) for k, v in groups.items()}
        return by_letter, (re.compile("|".join(symbols), re.IGNORECASE) if symbols else None)

    def tag(self, match: re.Match[str]) -> Hashable:
        """What the phrase found by ``match`` stands for (the phrase itself without tags)."""
        return self._tags[int((match.lastgroup or "p0")[1:])]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, *,
                 overlapping: bool = False) -> list[re.Match[str]]:
        """The hits in ``[pos, endpos)`` by start. ``overlapping`` also tries the word starts
        inside an earlier hit ("during training" inside "faked alignment during training"):
        the senses' cue scores count both, as the sense model was trained to."""
        end = len(text) if endpos is None else endpos
        by_letter, symbols = self._compiled
        found: list[re.Match[str]] = []
        last = pos
        for w in _WORD_START.finditer(text, pos, end):
            if w.start() < last:
                continue
            rx = by_letter.get(w.group(0).lower())
            m = rx.match(text, w.start(), end) if rx is not None else None
            if m:
                found.append(m)
                if not overlapping:
                    last = m.end()
        if symbols is not None:
            sym = list(symbols.finditer(text, pos, end))
            if sym:
                found.extend(sym)
                found.sort(key=lambda m: m.start())
        return found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match, like ``finditer(...)[0]``, without finding the rest."""
        end = len(text) if endpos is None else endpos
        by_letter, symbols = self._compiled
        sym = symbols.search(text, pos, end) if symbols is not None else None
        limit = sym.start() if sym is not None else end
        for w in _WORD_START.finditer(text, pos, limit):
            rx = by_letter.get(w.group(0).lower())
            m = rx.match(text, w.start(), end) if rx is not None else None
            if m:
                return m
        return sym

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """A phrase that spans exactly ``[pos, endpos)``."""
        end = len(text) if endpos is None else endpos
        by_letter, symbols = self._compiled
        rx = by_letter.get(text[pos:pos + 1].lower()) if pos < end else None
        for candidate in (rx, symbols):
            if candidate is not None:
                m = candidate.fullmatch(text, pos, end)
                if m:
                    return m
        return None
