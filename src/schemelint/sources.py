"""Read files from disk into :class:`SourceFile` s, with one-line errors for bad input."""

from __future__ import annotations

import os
from pathlib import Path

from schemelint import readfile
from schemelint.model import EmptyFile, ReadError, SourceFile

MAX_FILE_BYTES = readfile.DEFAULT_LIMIT


def decode(data: bytes, path: str) -> SourceFile:
    """Bytes -> text; refuses binary and non-UTF-8 data with a one-line reason."""
    if not data.strip():
        raise EmptyFile("empty file: nothing to lint")
    if b"\x00" in data[:8192]:
        raise ReadError("binary file (contains NUL bytes), not a text document")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ReadError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} on line {line}); "
            "save the file as UTF-8"
        ) from None
    return SourceFile(path, text)


def read_source(path: str, max_bytes: int = MAX_FILE_BYTES) -> SourceFile:
    """Read and decode ``path`` (shown to the user as given)."""
    try:
        data = readfile.read_bytes(path, max_bytes)
    except readfile.FileReadError as exc:
        raise ReadError(str(exc)) from None
    return decode(data, path)


def include_path(target: str, including: str) -> str:
    """The path of an ``\\input`` target as shown to the user: relative to the including file's
    folder, with ``.tex`` added when the target names no existing file."""
    shown = os.path.normpath(os.path.join(os.path.dirname(including), target.strip()))
    has_ext = bool(os.path.splitext(shown)[1])
    if not has_ext or (not os.path.exists(shown) and os.path.exists(shown + ".tex")):
        shown += ".tex"
    return shown


def inside(path: str, root: Path) -> bool:
    try:
        Path(path).resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True
