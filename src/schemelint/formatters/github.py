"""``--format github``: GitHub Actions workflow commands, one annotation per finding."""

from __future__ import annotations

from typing import IO

from schemelint import sanitize
from schemelint.model import FileResult, Severity

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(s: str) -> str:
    # control characters other than CR/LF (ESC, ...) are shown escaped, never sent raw
    return sanitize.path(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter:
    def __init__(self, **_: object) -> None:
        pass

    def start(self, stream: IO[str]) -> None:
        self.stream = stream

    def handle(self, r: FileResult) -> None:
        path = _escape_prop(r.path)
        if r.error:
            self.stream.write(f"::error file={path},title=schemelint::{_escape_data(r.error)}\n")
        for warning in r.warnings:
            self.stream.write(f"::warning file={path},title=schemelint::{_escape_data(warning)}\n")
        for d in r.diagnostics:
            index = d.span.source.index
            line, col = index.line_col(d.span.start)
            end_line, end_col = index.line_col(d.span.end)
            title = _escape_prop(f"{d.code} {d.name}")
            self.stream.write(
                f"::{_LEVEL[d.severity]} file={_escape_prop(d.span.source.path)},line={line},"
                f"col={col},endLine={end_line},endColumn={end_col},title={title}::"
                f"{_escape_data(d.message)}\n"
            )

    def finish(self) -> None:
        pass
