"""Corpus items are written as they appear in a draft (Markdown, LaTeX or plain text); the
models must read them as the linter does, after the reader has removed the markup. This turns
an item into the prose segments the linter would see."""

from __future__ import annotations

from schemelint.model import Document, ReadError, Segment, SourceFile
from schemelint.readers import ReaderOptions

_EXT = {"markdown": ".md", "latex": ".tex", "plain": ".txt"}


def _no_includes(target: str, including: SourceFile) -> SourceFile:
    raise ReadError(f"{target}: includes are not followed in corpus items")


def read(text: str, fmt: str, name: str = "item") -> Document:
    """The document a reader makes of ``text`` written in ``fmt`` (markdown, latex, plain)."""
    from schemelint.readers import reader_for

    ext = _EXT.get(fmt, ".txt")
    reader = reader_for(name + ext)
    assert reader is not None
    return reader(SourceFile(name + ext, text), _no_includes, ReaderOptions())


def segments(text: str, fmt: str) -> list[Segment]:
    return read(text, fmt).segments


def plain_text(text: str, fmt: str) -> str:
    """The item's prose, segments joined by a space."""
    return " ".join(" ".join(s.text.split()) for s in segments(text, fmt)).strip()
