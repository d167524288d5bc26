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
.m{border-radius:3px;padding:0 2px;cursor:help}
.m a,.m a:visited{color:inherit}
.d{color:inherit;text-decoration:underline wavy #c00;text-underline-offset:3px}
.legend span{display:inline-block;margin:0 .6rem .3rem 0;padding:0 .4rem;border-radius:3px}
.finding{margin:.4rem 0;padding:.4rem .6rem;border-left:4px solid #c00;background:#fff6f6}
.finding code{font-weight:bold}
.finding a{color:#0645ad}
"""


def _luminance(colour: str) -> float:
    """Relative luminance of ``#rrggbb`` (WCAG 2)."""
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return max(("#000000", "#ffffff"), key=lambda c: contrast(c, background))


def _colours(senses: list[str]) -> dict[str, str]:
    return {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(senses)}


def _style(background: str) -> str:
    return f"background:{background};color:{text_colour(background)}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _page_of(result: FileResult, colours: dict[str, str], first: int) -> tuple[str, str]:
    """The marked-up source of one file, and its findings list (numbered from ``first``)."""
    assert result.source is not None
    text = result.source.text
    marks: list[tuple[int, int, str, str]] = []  # start, priority, kind, html
    for m in result.mentions:
        tip = f"{m.sense} ({m.confidence:.2f}); cues: {', '.join(m.cues) or '-'}"
        if m.definition:
            tip += "; definition"
        opening = (f'<span class="m" style="{_style(colours.get(m.sense, "#555555"))}" '
                   f'title="{html.escape(tip)}">')
        marks.append((m.span.start, 1, "open", opening))
        marks.append((m.span.end, 0, "close", "</span>"))
    for i, d in enumerate(result.diagnostics, first):
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
    findings = "".join(
        f'<div class="finding" id="l{i}"><a href="#f{i}">[{i}]</a> '
        f"{html.escape(result.path)}:{d.span.source.index.line_col(d.span.start)[0]}: "
        f"<code>{d.code}</code> [{html.escape(d.name)}] {html.escape(d.message)}</div>"
        for i, d in enumerate(result.diagnostics, first)
    )
    return "".join(out), findings


def render(results: FileResult | list[FileResult], senses: list[str]) -> str:
    """The page for a document: its root file and the files it includes (each with its source
    set), the root first."""
    files = [results] if isinstance(results, FileResult) else [r for r in results if r.source]
    colours = _colours(senses)
    bodies, findings = [], []
    n = 1
    for r in files:
        body, found = _page_of(r, colours, n)
        n += len(r.diagnostics)
        heading = f"<h2>{html.escape(r.path)}</h2>" if len(files) > 1 else ""
        bodies.append(f"{heading}<pre>{body}</pre>")
        findings.append(found)
    mentions = [m for r in files for m in r.mentions]
    diagnostics = sum(len(r.diagnostics) for r in files)
    legend = "".join(
        f'<span style="{_style(c)}">{html.escape(s)}</span>' for s, c in colours.items()
    )
    counts: dict[str, Any] = {}
    for m in mentions:
        counts[m.sense] = counts.get(m.sense, 0) + 1
    summary = ", ".join(f"{n} {s}" for s, n in counts.items()) or "no mentions"
    title = files[0].path if files else ""
    included = f" and {_plural(len(files) - 1, 'included file')}" if len(files) > 1 else ""
    return (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        f"<title>schemelint map: {html.escape(title)}</title><style>{STYLE}</style>"
        f"<h1>{html.escape(title)}</h1>"
        f"<p>{_plural(len(mentions), 'mention')} ({html.escape(summary)}), "
        f"{_plural(diagnostics, 'finding')}{included}. Hover a mention for its sense and cues.</p>"
        f'<p class="legend">{legend}</p>'
        f"{''.join(bodies)}<h2>Findings</h2>{''.join(findings) or '<p>None.</p>'}</html>\n"
    )
