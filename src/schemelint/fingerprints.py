"""Fingerprints of findings that survive edits elsewhere in a file (for baselines and SARIF)."""

from __future__ import annotations

import hashlib

from schemelint.model import Diagnostic


def fingerprint(d: Diagnostic) -> str:
    """The code, the flagged words and the text of their line, whitespace folded."""
    line = d.span.source.index.line_col(d.span.start)[0]
    context = " ".join(d.span.source.index.line_text(line).split())
    raw = f"{d.code}\x00{' '.join(d.span.text.lower().split())}\x00{context}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]
