"""``--format text``: ``path:line:col: CODE [name] message``, grouped by file, with a summary."""

from __future__ import annotations

from typing import IO

from schemelint import sanitize
from schemelint.model import FileResult, Severity

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


class TextFormatter:
    def __init__(self, colour: bool = False, show_senses: bool = False, **_: object) -> None:
        self.colour = colour
        self.show_senses = show_senses
        self.findings = 0
        self.files_with = 0
        self.errors = 0
        self.files = 0

    def start(self, stream: IO[str]) -> None:
        self.stream = stream

    def _c(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.colour else text

    def handle(self, r: FileResult) -> None:
        self.files += 1
        w = self.stream.write
        if r.error:
            self.errors += 1
            name, error = sanitize.path(r.path), sanitize.path(r.error)
            w(f"{self._c('1', name)}: {self._c('31', 'error')}: {error}\n")
        if self.show_senses:
            for m in r.mentions:
                line, col = m.span.source.index.line_col(m.span.start)
                cues = ", ".join(m.cues) or "-"
                flag = " (definition)" if m.definition else ""
                label = "classifier's deciding words" if m.learned_cues else "cues"
                w(f"{sanitize.path(r.path)}:{line}:{col}: {m.term!r} -> {m.sense} "
                  f"({m.confidence:.2f}){flag} {label}: {cues}\n")
        if r.diagnostics:
            self.files_with += 1
        for d in r.diagnostics:
            self.findings += 1
            line, col = d.span.source.index.line_col(d.span.start)
            code = self._c(_COLOURS.get(d.severity, "0"), d.code)
            w(f"{self._c('1', sanitize.path(r.path))}:{line}:{col}: {code} [{d.name}] {d.message}\n")
            for rel in d.related:
                rl, rc = rel.span.source.index.line_col(rel.span.start)
                w(f"    {sanitize.path(rel.span.source.path)}:{rl}:{rc}: note: {rel.message}\n")
            for f in d.fixes:
                w(f"    fix: {f.description}\n")

    def finish(self) -> None:
        if not self.files:
            return
        if self.findings or self.errors:
            parts = [f"{self.findings} finding{'s' if self.findings != 1 else ''} "
                     f"in {self.files_with} of {self.files} file{'s' if self.files != 1 else ''}"]
            if self.errors:
                parts.append(f"{self.errors} file{'s' if self.errors != 1 else ''} "
                             "with errors")
            self.stream.write(self._c("1", "; ".join(parts)) + "\n")
        else:
            self.stream.write(f"All clear: {self.files} file{'s' if self.files != 1 else ''} "
                              "checked, no findings.\n")
