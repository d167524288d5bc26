"""Bounded reads of regular files: the one way schemelint reads a file from disk.

A repository is untrusted input: a path may name a device (``/dev/zero``), a FIFO, a socket, or
a symlink to one; ``st_size`` is 0 for those, so a size check alone does not bound the read.
:func:`read_bytes` opens without blocking (a FIFO cannot hang the run), refuses anything that
is not a regular file, and never reads more than ``limit`` bytes.
"""

from __future__ import annotations

import os
import stat

DEFAULT_LIMIT = 20_000_000  # documents
SMALL_LIMIT = 2_000_000  # config files, rule packs, baselines


class FileReadError(Exception):
    """A one-line reason a file could not be read (no path: the caller names the file)."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a directory"
    if stat.S_ISFIFO(mode):
        return "not a regular file (a FIFO); only regular files are read"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "not a regular file (a device); only regular files are read"
    if stat.S_ISSOCK(mode):
        return "not a regular file (a socket); only regular files are read"
    return "not a regular file; only regular files are read"


def _too_large(size: int, limit: int) -> str:
    return f"file too large ({size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB)"


def read_bytes(path: str | os.PathLike[str], limit: int = DEFAULT_LIMIT) -> bytes:
    """The bytes of the regular file ``path`` (symlinks followed), at most ``limit`` of them;
    :class:`FileReadError` otherwise."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise FileReadError(_kind(st.st_mode))
        if st.st_size > limit:
            raise FileReadError(_too_large(st.st_size, limit))
        fd = os.open(path, flags)
    except FileReadError:
        raise
    except FileNotFoundError:
        raise FileReadError("no such file or directory") from None
    except IsADirectoryError:
        raise FileReadError("is a directory") from None
    except PermissionError:
        raise FileReadError("permission denied") from None
    except OSError as exc:
        raise FileReadError(exc.strerror or exc.__class__.__name__) from None
    try:
        st = os.fstat(fd)  # the file opened, not the one stat()ed: a swap in between is caught
        if not stat.S_ISREG(st.st_mode):
            raise FileReadError(_kind(st.st_mode))
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    except FileReadError:
        raise
    except OSError as exc:
        raise FileReadError(exc.strerror or exc.__class__.__name__) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise FileReadError(_too_large(len(data), limit))
    return data


def read_text(path: str | os.PathLike[str], limit: int = DEFAULT_LIMIT) -> str:
    """:func:`read_bytes` decoded as UTF-8 (a byte-order mark dropped)."""
    data = read_bytes(path, limit)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise FileReadError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} on line {line})") from None
