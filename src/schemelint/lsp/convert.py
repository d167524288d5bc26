"""Findings -> LSP types: UTF-16 ranges, severities, related information, hover text."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lsprotocol import types as t
from pygls.uris import from_fs_path

from schemelint.model import Diagnostic, Mention, Severity, SourceFile, Span
from schemelint.senses.document import FROM_MAJORITY

SEVERITY = {
    Severity.ERROR: t.DiagnosticSeverity.Error,
    Severity.WARNING: t.DiagnosticSeverity.Warning,
    Severity.INFO: t.DiagnosticSeverity.Information,
}


def lsp_range(span: Span) -> t.Range:
    index = span.source.index
    sl, sc = index.utf16_col(span.start)
    el, ec = index.utf16_col(span.end)
    return t.Range(t.Position(sl, sc), t.Position(el, ec))


def _uri(path: str) -> str:
    return from_fs_path(str(Path(path).resolve())) or path


def code_description(code: str) -> t.CodeDescription | None:
    """A link to the check's documentation page (docs/checks/CODE.md, shipped in the package),
    else the check module, whose docstring is the same text."""
    from schemelint.registry import checks

    check = checks().get(code)
    if check is None:
        return None
    here = Path(__file__).resolve()
    pages = [here.parents[1] / "docs" / "checks" / f"{code}.md",  # installed package
             here.parents[3] / "docs" / "checks" / f"{code}.md"]  # source checkout
    target = next((p for p in pages if p.is_file()), Path(check.source))
    return t.CodeDescription(href=_uri(str(target)))


def diagnostic(d: Diagnostic, uri: str) -> t.Diagnostic:
    return t.Diagnostic(
        range=lsp_range(d.span),
        message=d.message,
        severity=SEVERITY[d.severity],
        code=d.code,
        code_description=code_description(d.code),
        source="schemelint",
        related_information=[
            t.DiagnosticRelatedInformation(
                location=t.Location(uri=_uri(r.span.source.path), range=lsp_range(r.span)),
                message=r.message,
            )
            for r in d.related
        ] or None,
    )


def hover_text(m: Mention, findings: Iterable[Diagnostic] = ()) -> str:
    cues = ", ".join(f"“{c}”" for c in m.cues) or "none (the classifier alone)"
    label = "The classifier's deciding words (no rule-pack cue)" if m.learned_cues else "Cues"
    lines = [f"**{m.term}**: sense `{m.sense}` (confidence {m.confidence:.2f})", "",
             f"{label}: {cues}"]
    if m.qualified:
        lines.append(f"Qualified by “{m.qualified}”.")
    if m.defines:
        lines.append("This mention defines the term.")
    elif m.definition:
        lines.append("This mention names the word itself rather than using it.")
    if m.sense_from == "document" and m.confidence <= FROM_MAJORITY:
        lines.append("The words around it do not decide; the sense is a lean: the one most of "
                     "the document's other uses carry (the document settles no sense).")
    elif m.sense_from == "document":
        lines.append("The words around it do not decide; the sense comes from the document "
                     "(its definition or its other uses).")
    if m.voice == "quoted":
        lines.append("Inside a quotation: another writer's usage, not counted as yours.")
    elif m.voice == "title":
        lines.append("In the title of a cited work: not counted as your usage.")
    for d in findings:  # the long explanation the one-line message leaves out
        if d.data.get("detail"):
            lines += ["", f"**{d.code}** {d.data['detail']}"]
    return "\n".join(lines)


def suppression_edit(source: SourceFile, d: Diagnostic) -> t.TextEdit | None:
    """Append a ``disable-line`` comment at the end of the finding's line (Markdown, LaTeX)."""
    from schemelint.registry import comment_syntax

    syntax = comment_syntax(source.path)
    if syntax is None:
        return None
    comment = " " + syntax.wrap(f"schemelint: disable-line {d.code}")
    line = source.index.line_col(d.span.start)[0]
    text = source.index.line_text(line)
    end = source.index.starts[line - 1] + len(text)
    pos = t.Position(*source.index.utf16_col(end))
    return t.TextEdit(range=t.Range(pos, pos), new_text=comment)
