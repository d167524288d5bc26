"""``--format sarif``: SARIF 2.1.0 for code-scanning services (GitHub, Azure DevOps).

Rules carry their help text, results carry related locations, fixes and a partial fingerprint
that survives edits elsewhere in the file (the rule, the flagged words and their sentence).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from schemelint import __version__
from schemelint.fingerprints import fingerprint
from schemelint.model import Diagnostic, FileResult, Severity, Span

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
INFO_URI = "https://pypi.org/project/schemelint/"


def region(span: Span) -> dict[str, int]:
    index = span.source.index
    line, col = index.line_col(span.start)
    end_line, end_col = index.line_col(span.end)
    return {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}


def uri(path: str) -> str:
    """A relative URI reference: percent-encoded (spaces, ``#``, ``%``, newlines, non-ASCII)."""
    return quote(Path(path).as_posix().encode("utf-8", "surrogateescape"), safe="/")


def rules() -> list[dict[str, Any]]:
    from schemelint.registry import checks

    out = []
    for m in checks().values():
        doc = m.docs.strip()
        title, _, body = doc.partition("\n")
        out.append({
            "id": m.code,
            "name": m.name,
            "shortDescription": {"text": title.split(":", 1)[-1].strip()},
            "fullDescription": {"text": title.split(":", 1)[-1].strip()},
            "help": {"text": body.strip(), "markdown": body.strip()},
            "defaultConfiguration": {"level": _LEVEL[m.severity]},
        })
    return out


def _suppression_rule() -> dict[str, Any]:
    from schemelint import suppressions
    from schemelint.codes import SUPPRESSION_CODE, SUPPRESSION_NAME

    title, _, body = (suppressions.__doc__ or "").strip().partition("\n")
    summary = title.split(":", 1)[-1].strip()
    return {"id": SUPPRESSION_CODE, "name": SUPPRESSION_NAME,
            "shortDescription": {"text": summary}, "fullDescription": {"text": summary},
            "help": {"text": body.strip(), "markdown": body.strip()},
            "defaultConfiguration": {"level": "warning"}}


def result(d: Diagnostic, rule_index: dict[str, int]) -> dict[str, Any]:
    res: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": rule_index[d.code],
        "level": _LEVEL[d.severity],
        "message": {"text": d.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": uri(d.span.source.path)},
            "region": region(d.span),
        }}],
        "partialFingerprints": {"schemelint/v1": fingerprint(d)},
    }
    if d.related:
        res["relatedLocations"] = [
            {"id": i, "message": {"text": r.message}, "physicalLocation": {
                "artifactLocation": {"uri": uri(r.span.source.path)}, "region": region(r.span)}}
            for i, r in enumerate(d.related, 1)
        ]
    if d.fixes:
        res["fixes"] = [
            {"description": {"text": f.description}, "artifactChanges": [{
                "artifactLocation": {"uri": uri(f.span.source.path)},
                "replacements": [{"deletedRegion": region(f.span),
                                  "insertedContent": {"text": f.replacement}}],
            }]}
            for f in d.fixes
        ]
    return res


class SarifFormatter:
    def __init__(self, **_: object) -> None:
        self.results: list[dict[str, Any]] = []
        self.notifications: list[dict[str, Any]] = []
        self.rules = rules()
        self.rule_index = {r["id"]: i for i, r in enumerate(self.rules)}

    def start(self, stream: IO[str]) -> None:
        self.stream = stream

    def handle(self, r: FileResult) -> None:
        if r.error:
            self.notifications.append({
                "level": "error",
                "message": {"text": f"{r.path}: {r.error}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(r.path)}}}],
            })
        for d in r.diagnostics:
            if d.code not in self.rule_index:  # SL000: listed only when it is reported
                self.rule_index[d.code] = len(self.rules)
                self.rules.append(_suppression_rule())
            self.results.append(result(d, self.rule_index))
        for warning in r.warnings:
            self.notifications.append({
                "level": "warning",
                "message": {"text": f"{r.path}: {warning}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(r.path)}}}],
            })

    def finish(self) -> None:
        run: dict[str, Any] = {
            "tool": {"driver": {"name": "schemelint", "version": __version__,
                                "informationUri": INFO_URI, "rules": self.rules}},
            "columnKind": "unicodeCodePoints",
            "results": self.results,
        }
        if self.notifications:
            run["invocations"] = [{"executionSuccessful": True,
                                   "toolExecutionNotifications": self.notifications}]
        doc = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        }
        json.dump(doc, self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")
