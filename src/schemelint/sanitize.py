"""Make untrusted text safe to show: file names and excerpts in messages and reports.

A file name may hold a newline (which would forge report lines, or a ``::warning`` command a
CI runner executes) or terminal escape codes; file content in an error is cut to a short
excerpt. Nothing here changes what is linted, only how it is shown.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(ch: str) -> str:
    code = ord(ch)
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch) or (
        f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    )


def path(text: str) -> str:
    """A path shown on one line: control characters (newline, ESC, ...) escaped, and bytes
    that were not UTF-8 (surrogate escapes) shown as ``\\xNN``."""
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: _escape(m.group(0)), text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = "".join(
            f"\\x{ord(ch) - 0xDC00:02x}" if 0xDC80 <= ord(ch) <= 0xDCFF
            else (f"\\u{ord(ch):04x}" if 0xD800 <= ord(ch) <= 0xDFFF else ch)
            for ch in text
        )
    return text


def excerpt(value: object, limit: int = 40) -> str:
    """A short, one-line excerpt of a value from a user's file, never the whole of it."""
    text = value if isinstance(value, str) else type(value).__name__
    shown = path(text if len(text) <= limit else text[:limit])
    return repr(shown) if len(text) <= limit else repr(shown)[:-1] + "...'"
