"""``schemelint map``: a self-contained HTML page showing a document with every mention coloured
by sense and every finding in place, for reviewers who would rather look than read a list."""

from __future__ import annotations

import html
from typing import Any

from schemelint.model import FileResult

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#7f7f7f", "#ff7f0e", "#17becf"]

STYLE = """
body{font:15px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
pre{white-space:pre-wrap;word-wrap:break-word;font:14px/1.6 ui-monospace,monospace;
background:#fafafa;border:1px solid #ddd;padding:1rem;border-radius:6px}
.m{border-radius:3px;padding:0 2px;color:#fff;cursor:help}
.d{text-decoration:underline wavy #c00;text-underline-offset:3px}
.legend span{display:inline-block;margin:0 .6rem .3rem 0;padding:0 .4rem;border-radius:3px;color:#fff}
.finding{margin:.4rem 0;padding:.4rem .6rem;border-left:4px solid #c00;background:#fff6f6}
.finding code{font-weight:bold}
"""


def _colours(senses: list[str]) -> dict[str, str]:
    return {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(senses)}


def render(result: FileResult, senses: list[str]) -> str:
    """The page for one file's result (its source must be set)."""
    assert result.source is not None
    text = result.source.text
    colours = _colours(senses)
    marks: list[tuple[int, int, str, str]] = []  # start, priority, kind, html
    for m in result.mentions:
        tip = f"{m.sense} ({m.confidence:.2f}); cues: {', '.join(m.cues) or '-'}"
        if m.definition:
            tip += "; definition"
        marks.append((m.span.start, 1, "open",
                      f'<span class="m" style="background:{colours.get(m.sense, "#555")}" '
                      f'title="{html.escape(tip)}">'))
        marks.append((m.span.end, 0, "close", "</span>"))
    for i, d in enumerate(result.diagnostics, 1):
        marks.append((d.span.start, 2, "open",
                      f'<a id="f{i}" class="d" href="#l{i}" title="{html.escape(d.code + " " + d.message)}">'))
        marks.append((d.span.end, -1, "close", f"</a><sup>[{i}]</sup>"))
    out: list[str] = []
    pos = 0
    for offset, _prio, _kind, tag in sorted(marks, key=lambda x: (x[0], x[1])):
        out.append(html.escape(text[pos:offset]))
        out.append(tag)
        pos = max(pos, offset)
    out.append(html.escape(text[pos:]))
    legend = "".join(
        f'<span style="background:{c}">{html.escape(s)}</span>' for s, c in colours.items()
    )
    findings = "".join(
        f'<div class="finding" id="l{i}"><a href="#f{i}">[{i}]</a> '
        f"line {d.span.source.index.line_col(d.span.start)[0]}: <code>{d.code}</code> "
        f"[{html.escape(d.name)}] {html.escape(d.message)}</div>"
        for i, d in enumerate(result.diagnostics, 1)
    )
    counts: dict[str, Any] = {}
    for m in result.mentions:
        counts[m.sense] = counts.get(m.sense, 0) + 1
    summary = ", ".join(f"{n} {s}" for s, n in counts.items()) or "no mentions"
    return (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        f"<title>schemelint map: {html.escape(result.path)}</title><style>{STYLE}</style>"
        f"<h1>{html.escape(result.path)}</h1>"
        f"<p>{len(result.mentions)} mentions ({html.escape(summary)}), "
        f"{len(result.diagnostics)} findings. Hover a mention for its sense and cues.</p>"
        f'<p class="legend">{legend}</p>'
        f"<pre>{''.join(out)}</pre><h2>Findings</h2>{findings or '<p>None.</p>'}</html>\n"
    )
