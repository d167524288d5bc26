"""Cue phrases and the package's one phrase matcher.

A phrase matches case-insensitively as whole words; a space also matches a hyphen or a line
break, and a trailing ``*`` lets the last word take any ending. Phrases are escaped, so a rule
pack cannot write a pattern that backtracks catastrophically.

Every caller (sense cues, inference phrases, assumptions, qualifiers, the judges' cue tokens)
goes through :class:`PhraseSet`, so they all agree on what a hit is: at every place a phrase
can begin (a word start), the longest phrase that begins there. Hits may nest: in "fakes
alignment during training" both that cue and "during training" are found, as the sense
classifier was trained to see them. The first hit is found without building the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


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


def compile_phrases(phrases: Iterable[str]) -> PhraseSet:
    """The matcher for ``phrases``; the same phrases give the same (shared) matcher."""
    return _shared(tuple(phrases))


@lru_cache(maxsize=256)
def _shared(phrases: tuple[str, ...]) -> PhraseSet:
    return PhraseSet(phrases)


_WORD_START = re.compile(r"(?<!\w)\w")


class PhraseSet:
    """A set of phrases matched fast: phrases are grouped by their first letter and tried only
    at word starts, instead of one large alternation tried at every position.

    Compiled on first use, so a run that never meets a candidate sentence compiles nothing.
    ``phrases`` are stripped, deduplicated case-insensitively (the first spelling is kept) and
    ordered longest first (ties in the order given); :meth:`index` says which one a match is.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        seen: dict[str, str] = {}
        for p in phrases:
            p = p.strip()
            if p and p.lower() not in seen:
                seen[p.lower()] = p
        self.phrases: tuple[str, ...] = tuple(sorted(seen.values(), key=len, reverse=True))
        self._rx: tuple[dict[str, re.Pattern[str]], re.Pattern[str] | None] | None = None
        self._first: re.Pattern[str] | None = None  # every word-initial phrase, for search

    def __len__(self) -> int:
        return len(self.phrases)

    def _compiled(self) -> tuple[dict[str, re.Pattern[str]], re.Pattern[str] | None]:
        if self._rx is None:
            groups: dict[str, list[str]] = {}
            symbols: list[str] = []
            for i, p in enumerate(self.phrases):
                first = p[:1].lower()
                alt = f"(?P<p{i}>{phrase_regex(p)})"
                (groups.setdefault(first, []) if first.isalnum() else symbols).append(alt)
            by_letter = {k: re.compile("|".join(v), re.IGNORECASE) for k, v in groups.items()}
            self._rx = by_letter, (re.compile("|".join(symbols), re.IGNORECASE) if symbols else None)
        return self._rx

    def index(self, match: re.Match[str]) -> int:
        """Which phrase (an index into :attr:`phrases`) ``match`` is a hit of."""
        return int((match.lastgroup or "p0")[1:])

    def phrase(self, match: re.Match[str]) -> str:
        return self.phrases[self.index(match)]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        """Every hit in ``text[pos:endpos]`` in order of its start: at each word start (and
        each place a phrase that begins with a symbol could start) the longest phrase that
        begins there. Hits may nest ("during training" inside "fakes alignment during
        training"): each phrase that occurs is one hit."""
        end = len(text) if endpos is None else endpos
        by_letter, symbols = self._compiled()
        found: list[re.Match[str]] = []
        for w in _WORD_START.finditer(text, pos, end):
            rx = by_letter.get(w.group(0).lower())
            m = rx.match(text, w.start(), end) if rx is not None else None
            if m:
                found.append(m)
        if symbols is not None:
            at = pos
            while (sym := symbols.search(text, at, end)) is not None:
                found.append(sym)
                at = sym.start() + 1
            found.sort(key=lambda m: m.start())
        return found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first hit, like ``finditer(...)[0]``, without building the others: one regular
        expression of every word-initial phrase (in the same order, so the same phrase wins
        at a word start), searched at C speed."""
        end = len(text) if endpos is None else endpos
        _by_letter, symbols = self._compiled()
        if self._first is None:
            alts = [f"(?P<p{i}>{phrase_regex(p)})" for i, p in enumerate(self.phrases)
                    if p[:1].isalnum()]
            self._first = re.compile(r"(?<!\w)(?:" + "|".join(alts) + ")" if alts else r"(?!)",
                                     re.IGNORECASE)
        sym = symbols.search(text, pos, end) if symbols is not None else None
        m = self._first.search(text, pos, end)
        if sym is not None and (m is None or m.start() >= sym.start()):
            return sym
        return m

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """A hit that covers exactly ``text[pos:endpos]``."""
        end = len(text) if endpos is None else endpos
        if pos >= end:
            return None
        by_letter, symbols = self._compiled()
        rx = by_letter.get(text[pos].lower()) if text[pos].isalnum() else symbols
        if rx is None:
            return None
        return rx.fullmatch(text, pos, end)
