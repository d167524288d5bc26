"""The text around a mention: its sentence, the sentences beside it, its paragraph."""

from __future__ import annotations

from dataclasses import dataclass

from schemelint import sentences
from schemelint.model import Mention


@dataclass(frozen=True)
class Context:
    text: str  # the segment text
    sentence: tuple[int, int]
    before: tuple[int, int] | None  # the sentence before, in the same segment
    after: tuple[int, int] | None
    start: int  # the mention, in segment offsets
    end: int

    def slice(self, span: tuple[int, int] | None) -> str:
        return self.text[span[0] : span[1]] if span else ""


_CACHE: dict[int, tuple[str, list[tuple[int, int]]]] = {}


def of(mention: Mention) -> Context:
    seg = mention.segment
    cached = _CACHE.get(id(seg))
    if cached is None or cached[0] is not seg.text:
        if len(_CACHE) > 256:
            _CACHE.clear()
        cached = (seg.text, sentences.split(seg.text))
        _CACHE[id(seg)] = cached
    spans = cached[1] or [(0, len(seg.text))]
    i = sentences.containing(spans, mention.seg_start)
    return Context(
        text=seg.text,
        sentence=spans[i],
        before=spans[i - 1] if i > 0 else None,
        after=spans[i + 1] if i + 1 < len(spans) else None,
        start=mention.seg_start,
        end=mention.seg_end,
    )


def of_text(text: str, start: int, end: int) -> Context:
    spans = sentences.split(text) or [(0, len(text))]
    i = sentences.containing(spans, start)
    return Context(
        text,
        spans[i],
        spans[i - 1] if i > 0 else None,
        spans[i + 1] if i + 1 < len(spans) else None,
        start,
        end,
    )
