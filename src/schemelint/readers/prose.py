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


# A wiki link (Obsidian, Foam, MkDocs plugins): ``[[concepts/scheming]]`` names a page, not
# prose; in ``[[concepts/scheming|the scheming page]]`` the text after the bar is prose.
WIKILINK = re.compile(r"\[\[([^\[\]|\n]{1,200})(?:\|([^\[\]\n]{0,200}))?\]\]")
_NOT_PROSE = re.compile(f"{URL.pattern}|{WIKILINK.pattern}")


def add_prose(b: SegmentBuilder, start: int, text: str) -> None:
    """Add ``text`` (which stands at source offset ``start``) without its URLs and wiki-link
    targets; each becomes a single synthetic space so the words around it stay apart."""
    pos = 0
    for m in _NOT_PROSE.finditer(text):
        b.add(start + pos, start + m.start(), text[pos : m.start()])
        b.add_synthetic(" ", start + m.start())
        pos = m.end()
        alias = m.lastindex and m.group(m.lastindex) if m.group(0).startswith("[[") else None
        if alias:
            a = m.start(m.lastindex)  # type: ignore[arg-type]
            b.add(start + a, start + a + len(alias), alias)
            b.add_synthetic(" ", start + m.end())
    b.add(start + pos, start + len(text), text[pos:])
