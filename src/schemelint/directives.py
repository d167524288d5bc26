"""``schemelint:`` directives in comments: suppressions and declared senses.

Syntax (in an HTML comment in Markdown, a ``%`` comment in LaTeX, a ``#``-less line never):

- ``schemelint: disable SL101 SL200`` on a line of its own: off from here until
  ``schemelint: enable SL101`` (or the end of the file); with no codes, every check.
- the same comment at the end of a line of prose: off on that line only.
- ``schemelint: disable-line SL101``, ``schemelint: disable-next-line SL101``,
  ``schemelint: disable-file SL101``.
- ``schemelint: sense=worst-case`` (or ``sense: worst-case``): the document's declared sense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from schemelint.model import Comment, SourceFile

_DIRECTIVE = re.compile(
    r"^\s*schemelint\s*:\s*(?P<verb>disable-next-line|disable-line|disable-file|disable|enable"
    r"|sense)\s*(?:[:=]\s*)?(?P<args>[^\n]*?)\s*(?:-->)?\s*$",
    re.IGNORECASE,
)


@dataclass
class Suppression:
    source: SourceFile
    codes: frozenset[str]  # empty: every check
    first_line: int
    last_line: int  # inclusive; a huge number for "to the end"
    comment: Comment
    used: bool = False

    def covers(self, code: str, line: int) -> bool:
        return self.first_line <= line <= self.last_line and (
            not self.codes or any(code.startswith(c) for c in self.codes)
        )


@dataclass
class Directives:
    suppressions: list[Suppression] = field(default_factory=list)
    sense: str | None = None
    sense_comment: Comment | None = None
    problems: list[str] = field(default_factory=list)
    unknown: list[tuple[Comment, tuple[str, ...]]] = field(default_factory=list)  # typos in codes


END = 1 << 30


def parse(comments: list[Comment]) -> Directives:
    out = Directives()
    open_blocks: dict[tuple[str, str], Suppression] = {}
    for c in comments:
        m = _DIRECTIVE.match(c.text)
        if not m:
            continue
        verb = m.group("verb").lower()
        args = m.group("args").replace(",", " ").split()
        if verb == "sense":
            if args:
                out.sense, out.sense_comment = args[0], c
            continue
        from schemelint.codes import normalise

        named = [(a, normalise(a)) for a in args]
        unknown = tuple(a for a, n in named if n is None)
        codes = frozenset(n for _a, n in named if n is not None)
        if unknown:
            out.unknown.append((c, unknown))  # a typo: reported as a finding, never silent
            if not codes:
                continue  # suppress nothing (not "every check")
        line = c.source.index.line_col(c.start)[0]
        alone = _alone_on_line(c)
        if verb == "disable-file":
            out.suppressions.append(Suppression(c.source, codes, 1, END, c))
        elif verb == "disable-next-line":
            nxt = _next_content_line(c)
            out.suppressions.append(Suppression(c.source, codes, nxt, nxt, c))
        elif verb == "disable-line" or (verb == "disable" and not alone):
            last = c.source.index.line_col(c.end)[0]
            out.suppressions.append(Suppression(c.source, codes, line, last, c))
        elif verb == "disable":
            sup = Suppression(c.source, codes, line, END, c)
            out.suppressions.append(sup)
            for code in codes or {"*"}:
                open_blocks[(c.source.path, code)] = sup
        else:  # enable
            for code in codes or {k[1] for k in open_blocks if k[0] == c.source.path}:
                closed = open_blocks.pop((c.source.path, code), None)
                if closed is not None:
                    closed.last_line = line
    return out


def _alone_on_line(c: Comment) -> bool:
    text = c.source.text
    start = text.rfind("\n", 0, c.start) + 1
    end = text.find("\n", c.end)
    end = len(text) if end < 0 else end
    before = text[start : c.start]
    return not before.strip() and not text[c.end : end].strip()


def _next_content_line(c: Comment) -> int:
    """The first non-blank line after the comment."""
    index = c.source.index
    line = index.line_col(c.end)[0] + 1
    while line <= len(index.starts) and not index.line_text(line).strip():
        line += 1
    return line
