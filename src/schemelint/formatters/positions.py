"""Offsets -> the 1-based positions of the JSON contract."""

from __future__ import annotations

from typing import Any

from schemelint.model import Diagnostic, Mention, Span


def position(span: Span) -> dict[str, int]:
    index = span.source.index
    line, col = index.line_col(span.start)
    end_line, end_col = index.line_col(span.end)
    return {"line": line, "column": col, "end_line": end_line, "end_column": end_col}


def mention_dict(m: Mention) -> dict[str, Any]:
    return {
        "term": m.term,
        **position(m.span),
        "sense": m.sense,
        "confidence": round(m.confidence, 3),
        "cues": list(m.cues),
        "definition": m.defines,
        "about_word": m.definition and not m.defines,
        "voice": m.voice,
        "sense_from": m.sense_from,
    }


def diagnostic_dict(d: Diagnostic) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": d.code,
        "name": d.name,
        "severity": d.severity.value,
        **position(d.span),
        "message": d.message,
        "related": [
            {
                "path": r.span.source.path,
                "line": r.span.source.index.line_col(r.span.start)[0],
                "column": r.span.source.index.line_col(r.span.start)[1],
                "message": r.message,
            }
            for r in d.related
        ],
    }
    if d.data.get("detail"):
        out["detail"] = d.data["detail"]  # the long explanation: cues, sense labels
    if d.fixes:
        out["fixes"] = [
            {"description": f.description, "replacement": f.replacement, **position(f.span)}
            for f in d.fixes
        ]
    return out
