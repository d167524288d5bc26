"""SL000 unused-suppression: a schemelint: disable comment that suppresses nothing.

## What it does
With `--report-unused-suppressions`, fires at every `schemelint: disable` comment (any form:
`disable`, `disable-line`, `disable-next-line`, `disable-file`) under which the checks it names
would not have fired. Always fires, with or without the option, at a suppression comment that
names a check that does not exist (`disable-next-line SL999`): a typo must not hide a finding.

## Why is this bad?
A suppression that suppresses nothing hides the next real finding at that place, and one with
a misspelt code makes the writer believe a check is silenced when it is not.

## Example
```markdown
<!-- schemelint: disable-next-line SL999 -->
We should worry about scheming.
```

## Use instead
```markdown
<!-- schemelint: disable-next-line SL100 -->
We should worry about scheming.
```
"""

from __future__ import annotations

from schemelint.codes import SUPPRESSION_CODE as CODE
from schemelint.codes import SUPPRESSION_NAME as NAME
from schemelint.directives import Directives
from schemelint.model import Diagnostic, FileResult, Severity, Span


def unknown_codes(parsed: Directives) -> list[Diagnostic]:
    """A suppression comment naming a check that does not exist suppresses nothing: a finding
    (always reported), so that a typo cannot hide a finding or turn a run green."""
    from schemelint.codes import known

    out = []
    for comment, names in parsed.unknown:
        listed = ", ".join(known())
        out.append(Diagnostic(
            code=CODE, name=NAME, severity=Severity.WARNING,
            span=Span(comment.source, comment.start, comment.end),
            message=f"unknown check {', '.join(repr(n) for n in names)} in this suppression "
                    f"(known: {listed}); it suppresses nothing"))
    return out


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
