"""Plain text: paragraphs are separated by blank lines; every character is prose. A paragraph's
first line that reads as a numbered heading (a memo's "3. Assessment", a report's "C.2
Evidence") is a heading block of its own, so its words do not run into the first sentence after
it and the text after it is a new section. (An unnumbered short line, such as a lab notebook's
"Wed", is left in its paragraph: such entries are one chain of notes, not sections.) The
messages of a pasted chat log ("[09:12] dana: ...") are blocks of their own."""

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
    if kind == "paragraph":
        nl = _heading_end(source.text, start, end)
        if nl is not None:
            _block(source, start, nl, "heading", out)
            start = nl + 1
        turns = [m.start() for m in _TURN.finditer(source.text, start, end)]
        if len(turns) >= 2:  # a chat log: each message is a block of its own
            for a, b in zip([start, *turns], [*turns, end]):
                _block(source, a, b, kind, out)
            return
    _block(source, start, end, kind, out)


# A line that opens a message of a pasted chat or log ("[09:12] dana: ...", "[2024-05-14 09:12]
# ..."): a paragraph of two or more is a thread, whose messages have no sentence end between
# them and would otherwise read as one run-on sentence.
_TURN = re.compile(r"(?m)^[ \t]*\[(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?\]")


HEADING_WORDS = 8  # a heading line is short ...
HEADING_CHARS = 60
# ... starts with a section number ("3.", "C.2", "IV.", "2.1") and a capital, and ends without
# the punctuation of a sentence or a field ("TO: ..."), a list bullet or a comma
_HEADING = re.compile(r"[ \t]*(?:[0-9]+(?:\.[0-9]+)*\.?|[A-Z](?:\.[0-9]+)+\.?|[A-Z]\.|[IVX]+\.)"
                      r"[ \t]+[A-Z][^\n]*")
_NOT_HEADING_END = re.compile(r"[.!?:;,\-–—(\[\"'“‘]\s*$")


# a line ending in one of these runs on into the next ("1. The model was / told it would be")
_RUNS_ON = frozenset(["a", "an", "the", "of", "to", "and", "or", "but", "was", "were", "is", "are",
                     "be", "that", "which", "with", "for", "in", "on", "at", "by", "as", "from",
                     "it", "its", "this"])


def _heading_end(text: str, start: int, end: int) -> int | None:
    """The line break that ends the heading line opening this paragraph, if the paragraph's
    first line is a heading followed by more lines; else ``None``. A first line
    that is a whole sentence, a field ("Subject: ..."), a bullet or a line of wrapped prose
    (as long as the line after it) is no heading."""
    nl = text.find("\n", start, end)
    if nl < 0 or not text[nl:end].strip():
        return None
    line = text[start:nl].rstrip("\r")
    nxt = text[nl + 1:end].lstrip("\n").split("\n", 1)[0]
    words = line.split()
    if (not words or len(words) > HEADING_WORDS or len(line.strip()) > HEADING_CHARS
            or _NOT_HEADING_END.search(line) or _HEADING.fullmatch(line) is None
            or ":" in line or len(line.strip()) >= 0.8 * len(nxt.strip())
            or words[-1] in _RUNS_ON):
        return None
    return nl


def _block(source: SourceFile, start: int, end: int, kind: str, out: list[Segment]) -> None:
    if source.text[start:end].strip():
        b = SegmentBuilder(source, kind)
        add_prose(b, start, source.text[start:end])
        out.append(b.build())
