"""``--format text``: ``path:line:col: CODE [name] message``, grouped by file, with a summary.

``--format grouped`` writes a header per file and the findings under it (as ruff's
``--output-format grouped``); ``--statistics`` counts the findings per check.
"""

from __future__ import annotations

from collections import Counter
from typing import IO

from schemelint import sanitize
from schemelint.model import Diagnostic, FileResult, Severity

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class TextFormatter:
    def __init__(self, colour: bool = False, show_senses: bool = False, quiet: bool = False,
                 hidden: int = 0, **_: object) -> None:
        self.colour = colour
        self.show_senses = show_senses
        self.quiet = quiet
        self.hidden = hidden  # findings hidden by a baseline
        self.findings = 0
        self.files_with = 0
        self.errors = 0
        self.warnings = 0
        self.files = 0

    def start(self, stream: IO[str]) -> None:
        self.stream = stream

    def _c(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.colour else text

    def _count(self, r: FileResult) -> None:
        self.files += 1
        self.errors += bool(r.error)
        self.warnings += len(r.warnings)
        self.findings += len(r.diagnostics)
        self.files_with += bool(r.diagnostics)

    def _problems(self, r: FileResult, prefix: str = "") -> None:
        w = self.stream.write
        if r.error:
            name, error = sanitize.path(r.path), sanitize.path(r.error)
            w(f"{prefix}{self._c('1', name)}: {self._c('31', 'error')}: {error}\n")
        for warning in r.warnings:
            w(f"{prefix}{self._c('1', sanitize.path(r.path))}: {self._c('33', 'warning')}: "
              f"{sanitize.path(warning)}\n")

    def _senses(self, r: FileResult, where: str) -> None:
        for m in r.mentions:
            line, col = m.span.source.index.line_col(m.span.start)
            cues = ", ".join(m.cues) or "-"
            flag = (" (definition)" if m.defines else
                    " (the word itself)" if m.definition else "")
            if m.sense_from == "document":
                flag += " (from the document)"
            if m.voice != "own":
                flag += f" ({m.voice})"
            label = "classifier's deciding words" if m.learned_cues else "cues"
            self.stream.write(f"{where}{line}:{col}: {m.term!r} -> {m.sense} "
                              f"({m.confidence:.2f}){flag} {label}: {cues}\n")

    def _finding(self, d: Diagnostic, where: str, indent: str = "") -> None:
        w = self.stream.write
        line, col = d.span.source.index.line_col(d.span.start)
        code = self._c(_COLOURS.get(d.severity, "0"), d.code)
        w(f"{where}{line}:{col}: {code} [{d.name}] {d.message}\n")
        for rel in d.related:
            rl, rc = rel.span.source.index.line_col(rel.span.start)
            w(f"{indent}    {sanitize.path(rel.span.source.path)}:{rl}:{rc}: note: {rel.message}\n")
        for f in d.fixes:
            w(f"{indent}    fix: {f.description}\n")
        if self.show_senses and d.data.get("detail"):
            w(f"{indent}    why: {d.data['detail']}\n")

    def handle(self, r: FileResult) -> None:
        self._count(r)
        self._problems(r)
        where = f"{self._c('1', sanitize.path(r.path))}:"
        if self.show_senses:
            self._senses(r, f"{sanitize.path(r.path)}:")
        for d in r.diagnostics:
            self._finding(d, where)

    def summary(self) -> str | None:
        parts = []
        if self.findings or self.errors:
            parts.append(f"{_plural(self.findings, 'finding')} in {self.files_with} of "
                         f"{_plural(self.files, 'file')}")
            if self.errors:
                parts.append(f"{_plural(self.errors, 'file')} with errors")
        else:
            parts.append(f"All clear: {_plural(self.files, 'file')} checked, no findings")
        if self.warnings:
            parts.append(_plural(self.warnings, "warning"))
        if self.hidden:
            parts.append(f"{_plural(self.hidden, 'finding')} hidden by the baseline")
        text = "; ".join(parts)
        return text + "." if text.startswith("All clear") else text

    def finish(self) -> None:
        if not self.files or self.quiet:
            return
        text = self.summary()
        if text:
            bold = self.findings or self.errors
            self.stream.write((self._c("1", text) if bold else text) + "\n")


class GroupedFormatter(TextFormatter):
    """A header per file with findings, errors or warnings; the findings indented under it."""

    def handle(self, r: FileResult) -> None:
        self._count(r)
        if not (r.diagnostics or r.error or r.warnings or (self.show_senses and r.mentions)):
            return
        self.stream.write(self._c("1", r.path) + ":\n")
        w = self.stream.write
        if r.error:
            w(f"  {self._c('31', 'error')}: {r.error}\n")
        for warning in r.warnings:
            w(f"  {self._c('33', 'warning')}: {warning}\n")
        if self.show_senses:
            self._senses(r, "  ")
        for d in r.diagnostics:
            other = d.span.source.path != r.path
            self._finding(d, f"  {d.span.source.path + ':' if other else ''}", "  ")
        w("\n")


class StatisticsFormatter(TextFormatter):
    """``--statistics``: how many findings of each check, most frequent first."""

    def __init__(self, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self.by_code: Counter[tuple[str, str]] = Counter()

    def handle(self, r: FileResult) -> None:
        self._count(r)
        self._problems(r)
        for d in r.diagnostics:
            self.by_code[(d.code, d.name)] += 1

    def finish(self) -> None:
        for (code, name), n in sorted(self.by_code.items(), key=lambda kv: (-kv[1], kv[0])):
            self.stream.write(f"{n:>5}  {code}  {name}\n")
        super().finish()
