"""The text around a mention: its sentence, the sentences beside it, its paragraph."""

from __future__ import annotations

from dataclasses import dataclass

from schemelint import sentences
from schemelint.model import Mention, Segment


@dataclass(frozen=True)
class Context:
    text: str  # the segment text
    sentence: tuple[int, int]
    before: tuple[int, int] | None  # the sentence before, in the same segment
    after: tuple[int, int] | None
    start: int  # the mention, in segment offsets
    end: int
    segment: Segment | None = None  # the block it came from (None: a bare text, in training)

    def slice(self, span: tuple[int, int] | None) -> str:
        return self.text[span[0] : span[1]] if span else ""


def of(mention: Mention) -> Context:
    seg = mention.segment
    spans = seg.sentence_spans() or [(0, len(seg.text))]
    i = sentences.containing(spans, mention.seg_start)
    return Context(
        text=seg.text,
        sentence=_window(spans[i], mention.seg_start, mention.seg_end),
        before=_window(spans[i - 1], mention.seg_start, mention.seg_end) if i > 0 else None,
        after=_window(spans[i + 1], mention.seg_start, mention.seg_end) if i + 1 < len(spans) else None,
        start=mention.seg_start,
        end=mention.seg_end,
        segment=seg,
    )


# A "sentence" longer than this (a pasted blob, a paragraph with no full stop) is cut to a
# window around the mention: every later stage reads a bounded context per mention, so the
# cost of a document is linear in its length however its sentences run.
MAX_SENTENCE = 2000


def _window(span: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    s0, s1 = span
    if s1 - s0 <= MAX_SENTENCE:
        return span
    half = MAX_SENTENCE // 2
    lo = max(s0, min(start - half, s1 - MAX_SENTENCE))
    hi = min(s1, max(end + half, lo + MAX_SENTENCE))
    return lo, hi


def of_text(text: str, start: int, end: int) -> Context:
    spans = sentences.split(text) or [(0, len(text))]
    i = sentences.containing(spans, start)
    return Context(
        text,
        _window(spans[i], start, end),
        _window(spans[i - 1], start, end) if i > 0 else None,
        _window(spans[i + 1], start, end) if i + 1 < len(spans) else None,
        start,
        end,
    )
