"""Which LaTeX document a file belongs to, when it is linted on its own.

pre-commit hands a hook only the files a commit touches, in batches: a section can arrive
without its main file. Linted alone it would get findings (SL100 above all) that linting the
paper does not give. So a ``.tex`` file that is ``\\input`` by a root document is linted as part
of that root. The root is found, as LaTeX editors find it, from a ``% !TEX root = main.tex``
magic comment in the file's first lines, or else by looking in the file's folder and the
folders above it (up to the repository root, at most a few levels) for a ``.tex`` file that
has ``\\documentclass`` and includes it, directly or through other included files.
"""

from __future__ import annotations

import os
import re

from schemelint import registry, sources

_MAGIC = re.compile(r"^\s*%\s*!\s*TeX\s+root\s*=\s*(\S.*?)\s*$", re.IGNORECASE | re.MULTILINE)
_DOCCLASS = re.compile(r"\\documentclass\b")
LEVELS = 3  # folders above the file's own that are searched
HEAD = 4096  # the magic comment is looked for in this many first characters
MAX_DEPTH = 8  # nested includes followed when asking whether a root includes a file


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read(sources.MAX_FILE_BYTES)
    except OSError:
        return None


def _includes(path: str, text: str) -> list[str]:
    return [os.path.abspath(sources.include_path(written, path))
            for written in registry.includes(path, text)]


def _closure(root: str, text: str) -> set[str]:
    """Absolute paths of the files ``root`` includes, transitively."""
    seen: set[str] = set()
    frontier = [(root, text, 0)]
    while frontier:
        path, body, depth = frontier.pop()
        for target in _includes(path, body):
            if target in seen or target == os.path.abspath(root):
                continue
            seen.add(target)
            if depth < MAX_DEPTH and (sub := _read(target)) is not None:
                frontier.append((target, sub, depth + 1))
    return seen


def _magic_root(path: str, text: str) -> str | None:
    m = _MAGIC.search(text[:HEAD])
    if not m:
        return None
    target = os.path.normpath(os.path.join(os.path.dirname(path), m.group(1)))
    if not target.lower().endswith(".tex") and not os.path.exists(target):
        target += ".tex"
    return target if os.path.isfile(target) else None


def find_root(path: str) -> str | None:
    """The root document that includes ``path`` (a path as the user would see it), or None."""
    text = _read(path)
    if text is None or _DOCCLASS.search(text):
        return None  # a root itself
    me = os.path.abspath(path)
    magic = _magic_root(path, text)
    if magic is not None and os.path.abspath(magic) != me:
        return magic
    folder = os.path.dirname(path) or "."
    for _ in range(LEVELS + 1):
        try:
            names = sorted(n for n in os.listdir(folder) if n.lower().endswith(".tex"))
        except OSError:
            names = []
        for name in names:
            candidate = os.path.normpath(os.path.join(folder, name))
            if os.path.abspath(candidate) == me:
                continue
            body = _read(candidate)
            if body and _DOCCLASS.search(body) and me in _closure(candidate, body):
                return candidate
        if os.path.exists(os.path.join(folder, ".git")):
            break
        parent = os.path.normpath(os.path.join(folder, os.pardir))
        if os.path.abspath(parent) == os.path.abspath(folder):
            break
        folder = parent
    return None
