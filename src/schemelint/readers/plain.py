"""Plain text: paragraphs are separated by blank lines; every character is prose."""

from __future__ import annotations

import re

from schemelint.model import Document, Segment, SegmentBuilder, SourceFile
from schemelint.readers import Loader, ReaderOptions
from schemelint.readers.prose import add_prose

_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")


def read(
    source: SourceFile, load: Loader | None = None, options: ReaderOptions | None = None
) -> Document:
    return Document(source, [source], paragraphs(source, 0, len(source.text)), markup="plain")


def paragraphs(source: SourceFile, start: int, end: int, kind: str = "paragraph") -> list[Segment]:
    """Split ``source.text[start:end]`` into paragraph segments at blank lines."""
    segments: list[Segment] = []
    pos = start
    text = source.text
    for m in _BLANK_LINE.finditer(text, start, end):
        _add(source, pos, m.start(), kind, segments)
        pos = m.end()
    _add(source, pos, end, kind, segments)
    return segments


def _add(source: SourceFile, start: int, end: int, kind: str, out: list[Segment]) -> None:
    if source.text[start:end].strip():
        b = SegmentBuilder(source, kind)
        add_prose(b, start, source.text[start:end])
        out.append(b.build())
