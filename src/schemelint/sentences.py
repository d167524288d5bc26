"""A small, fast sentence splitter for prose segments (offsets into the segment text).

spaCy's sentence splitting would cost a model load for every file; academic prose needs little
more than this: split after . ! ? (and closing quotes or brackets) before a capital, a digit or
an opening quote, except after common abbreviations (e.g., i.e., et al., Fig., cf.).
"""

from __future__ import annotations

import bisect
import re

from schemelint.textmemo import TextMemo

_ABBREV = {
    "e.g", "i.e", "cf", "vs", "etc", "al", "fig", "figs", "eq", "eqs", "sec", "secs", "ch",
    "dr", "mr", "mrs", "ms", "prof", "no", "vol", "pp", "approx", "resp", "viz", "st", "jr",
    "sr", "inc", "ltd", "co", "p", "e", "i", "u.s", "u.k", "ca",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9])|\n[ \t]*\n")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


_MEMO: TextMemo[str, tuple[tuple[int, int], ...]] = TextMemo(8192)  # re-lints split the same paragraphs


def split(text: str) -> list[tuple[int, int]]:
    """``[(start, end), ...]`` of the sentences in ``text``, covering every non-space run."""
    return list(_MEMO.get(text, lambda: tuple(_split(text)), text))


def _split(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0).startswith(".") and _is_abbreviation(text, m.start()):
            continue
        end = m.end()
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def containing(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence that holds ``offset`` (the nearest one before it otherwise).
    A binary search: a mention costs O(log n), not a scan of every sentence."""
    return max(0, bisect.bisect_right(spans, (offset, float("inf"))) - 1)
