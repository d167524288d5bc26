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
from typing import Any

from schemelint.textmemo import TextMemo


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
MEMO = 4096  # texts whose hits a phrase set keeps
# Python's whitespace (str.isspace) as RE2 spells it, and the hyphen a space also matches.
_GAP = r"[\s\pZ\x{85}\x{0b}\x{1c}-\x{1f}\-]+"


def _candidates(phrases: list[str]) -> Any:
    """An RE2 pattern that matches wherever one of ``phrases`` may start: each phrase's words
    (case-insensitively) joined by any run of space or hyphens, without the boundary checks
    RE2 cannot make; the caller confirms every place it finds."""
    from schemelint.saferegex import compile_raw

    alts = sorted({_GAP.join(re.escape(w) for w in p.rstrip("*").split()) for p in phrases})
    return compile_raw("|".join(alts)) if alts else None


class _Letters:
    """The per-letter patterns, each compiled when a word with that letter is first tried:
    most runs meet a fraction of the letters of a large phrase set."""

    __slots__ = ("_done", "_sources")

    def __init__(self, sources: dict[str, str]) -> None:
        self._sources = sources
        self._done: dict[str, re.Pattern[str]] = {}

    def get(self, letter: str) -> re.Pattern[str] | None:
        rx = self._done.get(letter)
        if rx is None:
            source = self._sources.get(letter)
            if source is None:
                return None
            rx = self._done[letter] = re.compile(source, re.IGNORECASE)
        return rx


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
        self._rx: tuple[_Letters, re.Pattern[str] | None] | None = None
        self._places: Any = None  # RE2: where a word-initial phrase may begin (False: none)
        # hits by (text, pos, endpos): an editor re-lint reads the same paragraphs again
        self._memo: TextMemo[tuple[str, int, int], tuple[re.Match[str], ...]] = TextMemo(MEMO)
        self._first_memo: TextMemo[tuple[str, int, int], re.Match[str] | None] = TextMemo(MEMO)

    def __len__(self) -> int:
        return len(self.phrases)

    def _compiled(self) -> tuple[_Letters, re.Pattern[str] | None]:
        if self._rx is None:
            groups: dict[str, list[str]] = {}
            symbols: list[str] = []
            for i, p in enumerate(self.phrases):
                first = p[:1].lower()
                alt = f"(?P<p{i}>{phrase_regex(p)})"
                (groups.setdefault(first, []) if first.isalnum() else symbols).append(alt)
            by_letter = _Letters({k: "|".join(v) for k, v in groups.items()})
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
        return list(self._memo.get((text, pos, end),
                                   lambda: tuple(self._finditer(text, pos, end)), text))

    def _finditer(self, text: str, pos: int, end: int) -> list[re.Match[str]]:
        by_letter, symbols = self._compiled()
        found: list[re.Match[str]] = []
        cands = self._candidate_places()
        if cands is not None:
            # RE2 finds, left to right and without overlap, the places where a word-initial
            # phrase may begin. A hit starts at one of them or inside one (a nested hit, as
            # "during training" in "fakes alignment during training"): those are the only word
            # starts tried with the per-letter patterns.
            for c in cands.finditer(text[pos:end]):
                a, b = pos + c.start(), pos + c.end()
                for q in (a, *(w.start() for w in _WORD_START.finditer(text, a + 1, b))):
                    if _WORD_START.match(text, q) is None:
                        continue  # inside a word (or the run began before ``pos``)
                    rx = by_letter.get(text[q].lower())
                    m = rx.match(text, q, end) if rx is not None else None
                    if m:
                        found.append(m)
        if symbols is not None:
            at = pos
            while (sym := symbols.search(text, at, end)) is not None:
                found.append(sym)
                at = sym.start() + 1
            found.sort(key=lambda m: m.start())
        return found

    def _candidate_places(self) -> Any:
        """The RE2 pattern of :func:`_candidates` for the word-initial phrases (None: none)."""
        if self._places is None:
            self._places = _candidates([p for p in self.phrases if p[:1].isalnum()]) or False
        return self._places or None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first hit, like ``finditer(...)[0]``, without building the others.

        RE2 scans for the places where some word-initial phrase could begin (a looser pattern:
        no word boundaries, any Unicode space), in one linear pass at C speed; each place is
        then confirmed by the same per-letter match :meth:`finditer` makes, so a hit is always
        exactly one of :meth:`finditer`'s."""
        end = len(text) if endpos is None else min(endpos, len(text))
        return self._first_memo.get((text, pos, end), lambda: self._search(text, pos, end), text)

    def _search(self, text: str, pos: int, end: int) -> re.Match[str] | None:
        by_letter, symbols = self._compiled()
        sym = symbols.search(text, pos, end) if symbols is not None else None
        stop = end if sym is None else sym.start()
        m = self._first_word_hit(text, pos, stop, end, by_letter)
        return sym if m is None else m

    def _first_word_hit(self, text: str, pos: int, stop: int, end: int,
                        by_letter: _Letters) -> re.Match[str] | None:
        """The first word-start hit that begins before ``stop``."""
        cands = self._candidate_places()
        if cands is None:
            return None
        at = pos
        while at < stop:
            c = cands.search(text[at:end])
            if c is None:
                return None
            q = at + c.start()
            if q >= stop:
                return None
            if _WORD_START.match(text, q):
                rx = by_letter.get(text[q].lower())
                m = rx.match(text, q, end) if rx is not None else None
                if m:
                    return m
            at = q + 1
        return None

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
