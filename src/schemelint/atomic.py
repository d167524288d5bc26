"""Atomic writes of outputs (``-o``, baselines, maps) and of fixed files.

Data goes to a temporary file in the target's folder and is renamed over the target, so a
reader never sees half a file and a failed write leaves the old file (or none) in place. A
symlink is written through (its target is replaced, the link kept); a file the user may not
write is refused, although the rename itself would only need the folder's permission.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from schemelint import sanitize


class WriteError(Exception):
    """A one-line reason naming the file that could not be written."""


def encode(text: str) -> bytes:
    """UTF-8; a file name that was not UTF-8 (a surrogate escape) is written as ``\\udcXX``
    (in JSON, the escape of that character): the output stays valid UTF-8 and encoding never
    fails half-way."""
    return text.encode("utf-8", "backslashreplace")


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def atomic_write(target: str | os.PathLike[str], data: str | bytes, *, existing_only: bool = False) -> None:
    """Write ``data`` to ``target`` atomically; :class:`WriteError` with a one-line message on
    any failure. With ``existing_only`` (fixes) the file must still exist and be writable."""
    shown = sanitize.path(os.fsdecode(target))
    real = Path(os.path.realpath(target))
    raw = encode(data) if isinstance(data, str) else data
    try:
        st = os.stat(real)
    except FileNotFoundError:
        if existing_only:
            raise WriteError(f"{shown}: cannot write: the file was deleted during the lint") from None
        st = None
    except OSError as exc:
        raise WriteError(f"{shown}: cannot write: {_reason(exc)}") from None
    if st is not None:
        if not stat.S_ISREG(st.st_mode):
            raise WriteError(f"{shown}: cannot write: not a regular file")
        if not os.access(real, os.W_OK) or not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise WriteError(f"{shown}: cannot write: the file is read-only")
    folder = real.parent
    if not folder.is_dir():
        raise WriteError(f"{shown}: cannot write: no such folder {sanitize.path(os.fsdecode(folder))}")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(f"{shown}: cannot write in {sanitize.path(os.fsdecode(folder))}: {_reason(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        # An existing file keeps its mode; a new one gets what any new file gets (0666 less
        # the umask, as shells and ``-o`` give), not the 0600 of a temporary file.
        os.chmod(tmp, st.st_mode & 0o7777 if st is not None else 0o666 & ~_umask())
        os.replace(tmp, real)
    except OSError as exc:
        _unlink(tmp)
        raise WriteError(f"{shown}: cannot write: {_reason(exc)}") from None
    except BaseException:
        _unlink(tmp)
        raise


def write_output(target: str | os.PathLike[str], text: str) -> None:
    """A report for ``-o``: a regular file is written atomically; a character device or FIFO
    (``/dev/stdout``, ``/dev/null``, a pipe) is written in place, with a one-line error when
    the device refuses (``/dev/full``)."""
    try:
        st = os.stat(target)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
        raw = encode(text)
        try:
            with open(target, "wb") as fh:
                fh.write(raw)
        except OSError as exc:
            raise WriteError(f"{sanitize.path(os.fsdecode(target))}: cannot write: {_reason(exc)}") from None
        return
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise WriteError(f"{sanitize.path(os.fsdecode(target))}: cannot write: is a directory")
    atomic_write(target, text)


def _umask() -> int:
    old = os.umask(0o022)
    os.umask(old)
    return old


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
