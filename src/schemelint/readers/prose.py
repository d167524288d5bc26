"""Adding prose to a segment, shared by the readers: bare URLs and e-mail addresses are not
prose (``https://example.org/scheming`` is no use of the term)."""

from __future__ import annotations

import re

from schemelint.model import SegmentBuilder

# The e-mail local part starts where no local-part character stands before it and is at most
# 64 characters (RFC 5321): without both, every position of one long token would rescan it
# (quadratic time on a pasted base64 blob).
URL = re.compile(
    r"(?:https?|ftp)://[^\s<>\"')\]]+|www\.[^\s<>\"')\]]+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.-]+"
)


def add_prose(b: SegmentBuilder, start: int, text: str) -> None:
    """Add ``text`` (which stands at source offset ``start``) without its URLs; a URL becomes a
    single synthetic space so the words around it stay apart."""
    pos = 0
    for m in URL.finditer(text):
        b.add(start + pos, start + m.start(), text[pos : m.start()])
        b.add_synthetic(" ", start + m.start())
        pos = m.end()
    b.add(start + pos, start + len(text), text[pos:])
