"""Which files form one book or site, so that a definition in one chapter covers the others.

A papers repository keeps each document in one file, or in a LaTeX ``\\input`` tree (see
:mod:`schemelint.roots`). A textbook, a course or a documentation site is one document spread
over many files: the glossary or the first chapter says once what "scheming" means, and the
other chapters rely on it. Linted file by file, every chapter would get SL100. A site is found,
for a Markdown file, from (in this order):

* the ``documents`` setting of the config: a list of entries, each a glob (``book/**/*.md``) or
  a list of globs, relative to the config file's folder; files matching one entry form one
  document;
* an ``mkdocs.yml`` (or ``mkdocs.yaml``) in the file's folder or a folder above it, up to the
  repository root: the Markdown files under its ``docs_dir`` (``docs`` by default), in the order
  of its ``nav`` where it has one;
* an mdBook ``book.toml``: the Markdown files under its ``src`` folder (``src`` by default), in
  the order of ``SUMMARY.md``.

* a ``series`` key in the file's front matter (Jekyll and Hugo blogs: ``series: my-series``):
  the Markdown files of the same folder whose front matter names the same series, in file-name
  order (dated posts sort by date), as their author declared them one work in parts.

A folder of blog posts is not a site: posts are separate documents, and a definition in one
post does not cover the next, so plain folders are grouped only when config or the posts' own
``series`` say so.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from schemelint import readfile, safeyaml

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LEVELS = 6  # folders above a file searched for mkdocs.yml / book.toml
MAX_FILES = 5000  # a site larger than this is read file by file
_MARKDOWN = (".md", ".markdown", ".mdx")
_GROUPED = (*_MARKDOWN, ".tex", ".txt", ".rst")
_PY_TAG = re.compile(r"!!?python/[\w:./-]+")
_SUMMARY_LINK = re.compile(r"\]\(\s*<?([^)>\s#]+\.(?:md|markdown))")


@dataclass(frozen=True)
class Site:
    """One document spread over files: ``files`` in reading order (absolute paths)."""

    kind: str  # "config", "mkdocs", "mdbook", "series"
    anchor: str  # the file that makes it a site (the config, mkdocs.yml, book.toml)
    files: tuple[str, ...]

    def __contains__(self, path: object) -> bool:
        return isinstance(path, str) and os.path.abspath(path) in self.files


def from_config(path: str, entries: tuple[tuple[str, ...], ...], root: Path) -> Site | None:
    """The ``documents`` entry of the config that ``path`` matches, as a site."""
    me = os.path.abspath(path)
    try:
        rel = Path(me).relative_to(root.resolve()).as_posix()
    except ValueError:
        return None
    for globs in entries:
        if any(_match(rel, g) for g in globs):
            files = sorted({os.path.abspath(p) for g in globs for p in _expand(root, g)} | {me})
            return Site("config", str(root), tuple(files[:MAX_FILES]))
    return None


def _match(rel: str, pattern: str) -> bool:
    pattern = pattern.strip("/")
    if fnmatch.fnmatchcase(rel, pattern):
        return True
    if "**/" in pattern and fnmatch.fnmatchcase(rel, pattern.replace("**/", "")):
        return True
    # a folder names every file under it
    return "*" not in pattern and rel.startswith(pattern.rstrip("/") + "/")


def _expand(root: Path, pattern: str) -> list[Path]:
    pattern = pattern.strip("/")
    if "*" not in pattern and (root / pattern).is_dir():
        pattern = pattern.rstrip("/") + "/**/*"
    try:
        return [p for p in root.glob(pattern)
                if p.is_file() and p.suffix.lower() in _GROUPED][:MAX_FILES]
    except (OSError, ValueError):
        return []


def discover(path: str, stop: Path | None = None) -> Site | None:
    """The mkdocs or mdBook site, or else the declared series, ``path`` (a Markdown file)
    belongs to, or None."""
    if not path.lower().endswith(_MARKDOWN):
        return None
    me = os.path.abspath(path)
    return _book(me, stop) or _series(me)


def _book(me: str, stop: Path | None) -> Site | None:
    folder = os.path.dirname(me)
    for _ in range(LEVELS + 1):
        for name in ("mkdocs.yml", "mkdocs.yaml"):
            anchor = os.path.join(folder, name)
            if os.path.isfile(anchor):
                site = _mkdocs(anchor)
                return site if site is not None and me in site.files else None
        anchor = os.path.join(folder, "book.toml")
        if os.path.isfile(anchor):
            site = _mdbook(anchor)
            return site if site is not None and me in site.files else None
        if os.path.exists(os.path.join(folder, ".git")) or (
            stop is not None and os.path.abspath(folder) == os.path.abspath(stop)
        ):
            return None
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent
    return None


_FRONT_SERIES = re.compile(r"^series[ \t]*[:=][ \t]*\[?[ \t]*[\"']?([^\"'\],#\n]*[^\"'\],#\s])",
                           re.MULTILINE)
_HEAD = 4096  # bytes of a post read for its front matter


def series_of(path: str) -> str | None:
    """The ``series`` a post's front matter (YAML ``---`` or TOML ``+++``) names, or None
    (read once per version of the file: a folder of posts is asked about once per post)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _series_at(path, st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=4096)
def _series_at(path: str, _mtime: int, _size: int) -> str | None:
    try:
        with open(path, "rb") as f:
            head = f.read(_HEAD).decode("utf-8", "replace").lstrip("\ufeff")
    except OSError:
        return None
    fence = head[:3]
    if fence not in ("---", "+++"):
        return None
    end = head.find("\n" + fence, 3)
    found = _FRONT_SERIES.search(head, 3, end if end > 0 else len(head))
    return found.group(1).strip().lower() if found else None


def _series(me: str) -> Site | None:
    name = series_of(me)
    if name is None:
        return None
    folder = os.path.dirname(me)
    try:
        names = sorted(f for f in os.listdir(folder) if f.lower().endswith(_MARKDOWN))
    except OSError:
        return None
    parts = [p for p in (os.path.join(folder, f) for f in names[:MAX_FILES])
             if p == me or series_of(p) == name]
    return Site("series", me, tuple(parts)) if len(parts) > 1 else None


def _markdown_under(folder: str) -> list[str]:
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        out.extend(os.path.join(dirpath, f) for f in sorted(filenames)
                   if f.lower().endswith(_MARKDOWN))
        if len(out) >= MAX_FILES:
            break
    return [os.path.abspath(p) for p in out[:MAX_FILES]]


def _ordered(listed: list[str], present: list[str]) -> tuple[str, ...]:
    """The files a nav or summary lists first, in its order, then the rest."""
    have = set(present)
    first = [p for p in dict.fromkeys(listed) if p in have]
    seen = set(first)
    return tuple(first + [p for p in present if p not in seen])


def _mkdocs(anchor: str) -> Site | None:
    try:
        # mkdocs configs name Python objects (``!!python/name:...``): read them as strings
        data = safeyaml.load(_PY_TAG.sub("", readfile.read_text(anchor)))
    except Exception:  # noqa: BLE001 - python tags and broken YAML: the defaults still hold
        data = None
    data = data if isinstance(data, dict) else {}
    docs_dir = data.get("docs_dir", "docs")
    if not isinstance(docs_dir, str):
        docs_dir = "docs"
    base = os.path.normpath(os.path.join(os.path.dirname(anchor), docs_dir))
    if not os.path.isdir(base):
        return None
    listed = [os.path.abspath(os.path.join(base, p)) for p in _nav_paths(data.get("nav"))]
    return Site("mkdocs", anchor, _ordered(listed, _markdown_under(base)))


def _nav_paths(nav: Any) -> list[str]:
    out: list[str] = []
    stack = [nav]
    while stack and len(out) < MAX_FILES:
        item = stack.pop(0)
        if isinstance(item, str):
            if item.lower().endswith(_MARKDOWN) and "://" not in item:
                out.append(item)
        elif isinstance(item, list):
            stack[:0] = item
        elif isinstance(item, dict):
            stack[:0] = list(item.values())
    return out


def _mdbook(anchor: str) -> Site | None:
    try:
        data = tomllib.loads(readfile.read_text(anchor))
    except Exception:  # noqa: BLE001 - a broken book.toml: the defaults still hold
        data = {}
    book = data.get("book") if isinstance(data.get("book"), dict) else {}
    src = book.get("src", "src") if isinstance(book, dict) else "src"
    base = os.path.normpath(os.path.join(os.path.dirname(anchor), str(src)))
    if not os.path.isdir(base):
        return None
    listed: list[str] = []
    summary = os.path.join(base, "SUMMARY.md")
    try:
        text = readfile.read_text(summary)
    except Exception:  # noqa: BLE001 - no summary: every file, in path order
        text = ""
    for m in _SUMMARY_LINK.finditer(text):
        listed.append(os.path.abspath(os.path.join(base, m.group(1))))
    present = [p for p in _markdown_under(base) if os.path.basename(p) != "SUMMARY.md"]
    return Site("mdbook", anchor, _ordered(listed, present))
