"""Rule-pack patterns through a matcher with a linear-time guarantee (RE2).

Patterns in a rule pack (``term.not_term``, ``definitions``, ``inference.labels``) come from
files anyone may write. Python's backtracking ``re`` takes exponential time on patterns such
as ``(x|xx)+y`` and quadratic time on ordinary ones (``\\w+\\s+...``) over one long token. RE2
matches in time linear in the text for every pattern it accepts; patterns it cannot run in
linear time (back-references, look-around) are refused when the pack is loaded.

RE2's ``\\w``, ``\\d`` and ``\\b`` are ASCII; use ``\\pL`` for any letter. Matching always runs
on a slice of the text (the sentence or window being searched), so the per-call cost is that of
the slice, not of the whole segment.
"""

from __future__ import annotations

from collections.abc import Iterator

import re2

from schemelint.textmemo import TextMemo

_OPTIONS = re2.Options()
_OPTIONS.case_sensitive = False
_OPTIONS.max_mem = 8 << 20  # a pattern whose automaton needs more is refused at load
_OPTIONS.log_errors = False
_MEMO = 4096  # first hits a pattern keeps


class PatternError(ValueError):
    """The pattern cannot be run by the linear-time matcher; the message says why."""


class Hit:
    """The parts of a match the checks read, with offsets into the whole text."""

    __slots__ = ("_m", "_names", "_offset")

    def __init__(self, m: re2._Match, offset: int, names: dict[str, int]) -> None:
        self._m = m
        self._offset = offset
        self._names = names

    def _g(self, group: int | str) -> int:
        return self._names[group] if isinstance(group, str) else group

    def start(self, group: int | str = 0) -> int:
        s = self._m.start(self._g(group))
        return s + self._offset if s >= 0 else -1

    def end(self, group: int | str = 0) -> int:
        e = self._m.end(self._g(group))
        return e + self._offset if e >= 0 else -1

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.start(group), self.end(group)

    def group(self, group: int | str = 0) -> str | None:
        return self._m.group(self._g(group))


def compile_raw(pattern: str) -> re2._Regexp:
    """``pattern`` compiled by RE2 with the pack patterns' options (case-insensitive), as the
    bare RE2 object: for scans that want its own ``search``/``finditer`` without wrapping."""
    return re2.compile(pattern, _OPTIONS)


class PackPattern:
    """A compiled pack pattern (case-insensitive); ``finditer``/``search`` like ``re``."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        try:
            self._rx = compile_raw(pattern)
        except re2.error as exc:
            raise PatternError(_why(pattern, exc)) from None
        self.groupindex: dict[str, int] = dict(self._rx.groupindex)
        # first hits by (text, pos, endpos): an editor re-lint searches the same paragraphs
        self._memo: TextMemo[tuple[str, int, int], Hit | None] = TextMemo(_MEMO)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Hit]:
        end = len(text) if endpos is None else min(endpos, len(text))
        if pos >= end and pos > 0:
            return
        for m in self._rx.finditer(text[pos:end]):
            yield Hit(m, pos, self.groupindex)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Hit | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        return self._memo.get((text, pos, end), lambda: self._search(text, pos, end), text)

    def _search(self, text: str, pos: int, end: int) -> Hit | None:
        m = self._rx.search(text[pos:end])
        return Hit(m, pos, self.groupindex) if m is not None else None


def _why(pattern: str, exc: Exception) -> str:
    if "(?<" in pattern.replace("(?<P", "") or "(?=" in pattern or "(?!" in pattern:
        return "look-around ((?=, (?!, (?<=, (?<!) cannot be matched in linear time; rewrite without it"
    if any(f"\\{d}" in pattern for d in "123456789"):
        return "back-references cannot be matched in linear time; rewrite without them"
    arg = exc.args[0] if exc.args else ""
    text = arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)
    msg = text.split(":")[0].strip() or "not supported"
    return f"not supported by the linear-time matcher ({msg})"
