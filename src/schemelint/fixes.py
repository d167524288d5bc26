"""Apply or show fixes. Only when asked (``--fix``, ``--diff``); writes are atomic."""

from __future__ import annotations

import difflib
import sys
from collections import defaultdict
from collections.abc import Callable

from schemelint import readfile, sanitize
from schemelint.atomic import WriteError, atomic_write
from schemelint.model import FileResult, Fix, SourceFile


def planned(results: list[FileResult], unsafe: bool = False) -> dict[str, tuple[SourceFile, list[Fix]]]:
    """The first applicable fix of every finding, per file, non-overlapping."""
    by_file: dict[str, tuple[SourceFile, list[Fix]]] = {}
    chosen: dict[str, list[Fix]] = defaultdict(list)
    for r in results:
        for d in r.diagnostics:
            fix = next((f for f in d.fixes if f.safe or unsafe), None)
            if fix is None:
                continue
            src = fix.span.source
            by_file.setdefault(src.path, (src, []))
            chosen[src.path].append(fix)
    for path, fixes in chosen.items():
        kept: list[Fix] = []
        for f in sorted(fixes, key=lambda f: (f.span.start, f.span.end)):
            if kept and f.span.start < kept[-1].span.end:
                continue  # overlapping fixes: the first wins, the rest wait for the next run
            if kept and f.span.start == kept[-1].span.start == f.span.end:
                continue
            kept.append(f)
        by_file[path] = (by_file[path][0], kept)
    return by_file


def apply_text(text: str, fixes: list[Fix]) -> str:
    out = text
    for f in sorted(fixes, key=lambda f: f.span.start, reverse=True):
        out = out[: f.span.start] + f.replacement + out[f.span.end :]
    return out


def diff(results: list[FileResult], unsafe: bool = False) -> str:
    chunks: list[str] = []
    for path, (src, fixes) in planned(results, unsafe).items():
        new = apply_text(src.text, fixes)
        chunks.extend(difflib.unified_diff(
            src.text.splitlines(keepends=True), new.splitlines(keepends=True),
            fromfile=f"a/{path}", tofile=f"b/{path}"))
    return "".join(chunks)


def fixed_text(results: list[FileResult], unsafe: bool = False) -> tuple[str, int]:
    """The text of a single in-memory document (standard input) with its fixes applied."""
    for src, fixes in planned(results, unsafe).values():
        return apply_text(src.text, fixes), len(fixes)
    return "", 0


MAX_ROUNDS = 10


def apply_until_stable(
    results: list[FileResult], relint: Callable[[], list[FileResult]], unsafe: bool = False
) -> tuple[list[FileResult], int]:
    """Apply the fixes, re-lint, and repeat until no fix is left (a fix can reveal the next
    finding: once one "schemers" is replaced, the following one is the first of its sense),
    so one ``--fix`` run reaches a fixed point. Returns the final results and the count."""
    total = 0
    for _ in range(MAX_ROUNDS):
        n = apply(results, unsafe)
        if not n:
            break
        total += n
        results = relint()
    return results, total


def apply(
    results: list[FileResult], unsafe: bool = False, on_error: Callable[[str], None] | None = None
) -> int:
    """Write the fixes; returns how many were applied. A file that changed on disk since it was
    read is left alone. A symlink is fixed in its target; a file that cannot be written (read
    only, deleted, its folder read only) gets a one-line error and the others are still fixed."""
    report = on_error or _echo_error
    count = 0
    for path, (src, fixes) in planned(results, unsafe).items():
        try:
            raw = readfile.read_bytes(path)
        except readfile.FileReadError as exc:
            report(f"{sanitize.path(path)}: cannot fix: {exc}")
            continue
        bom = raw.startswith(b"\xef\xbb\xbf")
        if raw[3 if bom else 0 :].decode("utf-8", "replace") != src.text:
            report(f"{sanitize.path(path)}: not fixed: the file changed during the lint")
            continue
        new = apply_text(src.text, fixes)
        try:
            atomic_write(path, (b"\xef\xbb\xbf" if bom else b"") + new.encode("utf-8"),
                         existing_only=True)
        except WriteError as exc:
            report(f"cannot fix {exc}")
            continue
        count += len(fixes)
    return count


def _echo_error(message: str) -> None:
    sys.stderr.write(f"schemelint: error: {message}\n")
