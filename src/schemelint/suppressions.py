"""``--report-unused-suppressions``: comments that disable a check where it would not fire."""

from __future__ import annotations

from schemelint.model import Diagnostic, FileResult, Severity, Span

CODE = "SL000"
NAME = "unused-suppression"


def report_unused(results: list[FileResult]) -> None:
    by_path = {r.path: r for r in results}
    for r in results:
        for sup in r.suppressions:
            if sup.used or sup.source.path not in by_path:
                continue
            codes = " ".join(sorted(sup.codes)) or "every check"
            by_path[sup.source.path].diagnostics.append(Diagnostic(
                code=CODE, name=NAME, severity=Severity.INFO,
                span=Span(sup.source, sup.comment.start, sup.comment.end),
                message=f"this suppression of {codes} suppresses nothing; remove it"))
