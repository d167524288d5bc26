"""Markdown, parsed with markdown-it-py (CommonMark, tables, front matter, footnotes, math).

Block tokens carry ``map`` (their source lines); inline children carry no positions. We locate
each inline token's content line by line inside its mapped source lines, then walk the children
forward with a cursor, so every prose character maps to its exact source offset. Code, HTML,
comments, URLs, math, front matter and footnote labels never reach the prose.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from schemelint.model import Comment, Document, Segment, SegmentBuilder, SourceFile
from schemelint.readers import Loader, ReaderOptions
from schemelint.readers.prose import WIKILINK, add_prose

_COMMENT = re.compile(r"<!--(.*?)(?:-->|\Z)", re.DOTALL)
_KIND = {
    "heading_open": "heading",
    "blockquote_open": "quote",
    "list_item_open": "list-item",
    "td_open": "table-cell",
    "th_open": "table-cell",
    "footnote_open": "footnote",
}


MAX_NESTING = 100


@lru_cache(maxsize=1)
def _parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    # markdown-it stops reading at maxNesting levels (20 by default) and drops the rest without
    # a word; at 100 nothing real is dropped and what is gets reported (read() below)
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING}).enable("table")
    md.use(front_matter_plugin).use(footnote_plugin)
    md.use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True)
    return md


def read(source: SourceFile, load: Loader | None = None, options: ReaderOptions | None = None) -> Document:
    doc = Document(source, [source], [], markup="markdown")
    text = source.text
    starts = source.index.starts
    tokens = _parser().parse(_mdx_masked(text) if source.path.lower().endswith(".mdx") else text)
    kinds: list[str] = []
    code_spans: list[tuple[int, int]] = []
    line_cursor: dict[int, int] = {}  # source line -> column after the last inline token on it
    level: int | None = None  # the open ATX heading's number of "#" (None for an underlined one)
    deep = next((t for t in tokens if t.level >= MAX_NESTING - 1), None)
    if deep is not None:
        line = f" (line {deep.map[0] + 1})" if deep.map else ""
        doc.errors.append(f"text nested deeper than {MAX_NESTING} Markdown levels{line} was not read")
    for tok in tokens:
        if tok.type == "front_matter":
            doc.front_matter = _front_matter(tok.content, doc)
            code_spans.append(_line_span(starts, tok.map, len(text)))
        elif tok.type in ("fence", "code_block", "math_block"):
            if tok.map:
                code_spans.append(_line_span(starts, tok.map, len(text)))
        elif tok.type == "html_block" and tok.map:
            doc.segments.extend(_html_segments(source, *_line_span(starts, tok.map, len(text))))
        if tok.type == "heading_open":
            level = len(tok.markup) if tok.markup.startswith("#") else None
        if tok.type in _KIND:
            kinds.append(_KIND[tok.type])
        elif tok.type.endswith("_close") and tok.type.replace("_close", "_open") in _KIND:
            if kinds:
                kinds.pop()
        elif tok.type == "inline" and tok.map is not None:
            kind = kinds[-1] if kinds else "paragraph"
            seg = _inline_segment(source, tok, kind, line_cursor,
                                  level if kind == "heading" else None)
            if seg is not None:
                doc.segments.append(seg)
    doc.comments = _comments(source, code_spans)
    return doc


# MDX: ESM blocks (top-level import/export up to the next blank line) and {/* comments */}
_ESM = re.compile(r"^(?:import|export)\b.*?(?=\n[ \t]*\n|\Z)", re.MULTILINE | re.DOTALL)
_JSX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.DOTALL)


def _mdx_masked(text: str) -> str:
    """MDX read as Markdown: its ESM blocks and JSX comments are code, not prose, so they are
    blanked (each character but line breaks becomes a space, so every offset stays put). JSX
    elements are read as HTML is: the prose between their tags is linted."""
    def blank(m: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", m.group(0))

    return _JSX_COMMENT.sub(blank, _ESM.sub(blank, text))


def _line_span(starts: list[int], line_map: list[int], n: int) -> tuple[int, int]:
    a = starts[line_map[0]] if line_map[0] < len(starts) else n
    b = starts[line_map[1]] if line_map[1] < len(starts) else n
    return a, b


def _front_matter(content: str, doc: Document) -> dict[str, Any] | None:
    import yaml  # only for files with front matter

    from schemelint import safeyaml

    try:
        data = safeyaml.load(content)
    except yaml.YAMLError as exc:
        # the front matter's first line is the file's second (after "---")
        where = safeyaml.describe(exc, 2, limits_only=True)
        doc.warnings.append(f"front matter is not valid YAML{where}; it was ignored")
        return None
    return data if isinstance(data, dict) else None


def _comments(source: SourceFile, code_spans: list[tuple[int, int]]) -> list[Comment]:
    out = []
    for m in _COMMENT.finditer(source.text):
        if any(a <= m.start() < b for a, b in code_spans):
            continue
        out.append(Comment(source, m.start(), m.end(), m.group(1)))
    return out


class _Locator:
    """Maps offsets in an inline token's ``content`` to source offsets, line by line."""

    def __init__(self, source: SourceFile, content: str, first_line: int, from_col: int = 0) -> None:
        self.ok = True
        self.first_end = 0  # column in the first source line just after this token's text
        self.line_starts: list[int] = []  # content offset where each content line starts
        self.src_starts: list[int] = []  # source offset of the same character
        index = source.index
        pos = 0
        for k, line in enumerate(content.split("\n")):
            lineno = first_line + k
            if lineno >= len(index.starts):
                self.ok = False
                break
            src_line = index.line_text(lineno + 1)
            # the first line may hold earlier tokens (table cells): look after them
            after = from_col if k == 0 else 0
            col = src_line.find(line, after) if line else after
            if col < 0:
                col = src_line.find(line.strip(), after)
                if col < 0:
                    self.ok = False
                    break
            if k == 0:
                self.first_end = col + len(line)
            self.line_starts.append(pos)
            self.src_starts.append(index.starts[lineno] + col)
            pos += len(line) + 1

    def to_source(self, offset: int) -> int:
        import bisect

        k = max(bisect.bisect_right(self.line_starts, offset) - 1, 0)
        return self.src_starts[k] + offset - self.line_starts[k]


def _inline_segment(
    source: SourceFile, tok: Any, kind: str, line_cursor: dict[int, int] | None = None,
    level: int | None = None,
) -> Segment | None:
    content: str = tok.content
    cursors = line_cursor if line_cursor is not None else {}
    loc = _Locator(source, content, tok.map[0], cursors.get(tok.map[0], 0))
    if not loc.ok:
        return None
    cursors[tok.map[0]] = loc.first_end
    b = SegmentBuilder(source, kind, level)
    cursor = 0
    # Wiki links are not CommonMark: markdown-it hands their brackets on as text.
    mask = [(m.start(), m.start(2) if m.group(2) is not None else m.end())
            for m in WIKILINK.finditer(content)]
    skip_link = 0  # inside an autolink: its text is a URL
    link_starts: list[int] = []  # where the text of each open link began
    em_starts: list[int] = []  # where the text of each open emphasis began
    children = tok.children or []
    for child in children:
        t = child.type
        if t == "text":
            if skip_link:
                cursor = _advance(content, child.content, cursor)
                continue
            cursor = _add_text(b, loc, content, child.content, cursor, mask)
        elif t in ("softbreak", "hardbreak"):
            nl = content.find("\n", cursor)
            if nl >= 0:
                b.add_synthetic("\n", loc.to_source(nl))
                cursor = nl + 1
        elif t == "link_open":
            if child.markup == "autolink" or child.info == "auto":
                skip_link += 1
            else:
                link_starts.append(b.length())
        elif t == "link_close":
            if skip_link:
                skip_link -= 1
                cursor = _skip_past(content, ">", cursor)
            else:
                if link_starts:
                    b.link(link_starts.pop(), b.length())
                cursor = _skip_link_target(content, cursor)
        elif t == "em_open":
            em_starts.append(b.length())
        elif t == "em_close":
            if em_starts:
                # marked like a link's text: an italic title names a work ("the report
                # *Scheming AIs: Will AIs Fake Alignment ...*"); voice decides whether it does
                b.link(em_starts.pop(), b.length())
        elif t == "image":
            for sub in child.children or []:
                if sub.type == "text":
                    cursor = _add_text(b, loc, content, sub.content, cursor)
            cursor = _skip_link_target(content, cursor)
        elif t == "footnote_ref":
            cursor = _skip_past(content, "]", content.find("[^", cursor))
        elif t in ("code_inline", "html_inline", "math_inline", "math_inline_double"):
            cursor = _advance(content, child.content, cursor)
    if b.empty():
        return None
    return b.build()


def _advance(content: str, piece: str, cursor: int) -> int:
    if not piece:
        return cursor
    j = content.find(piece, cursor)
    return cursor if j < 0 else j + len(piece)


def _skip_past(content: str, ch: str, cursor: int) -> int:
    if cursor < 0:
        return 0
    j = content.find(ch, cursor)
    return cursor if j < 0 else j + 1


def _skip_link_target(content: str, cursor: int) -> int:
    """After a link's text: skip ``](url "title")`` or ``][ref]``."""
    j = content.find("]", cursor)
    if j < 0:
        return cursor
    rest = content[j + 1 : j + 2]
    if rest == "(":
        depth, k = 0, j + 1
        while k < len(content):
            if content[k] == "\\":
                k += 2
                continue
            if content[k] == "(":
                depth += 1
            elif content[k] == ")":
                depth -= 1
                if depth == 0:
                    return k + 1
            k += 1
        return len(content)
    if rest == "[":
        return _skip_past(content, "]", j + 1)
    return j + 1


def _add_text(b: SegmentBuilder, loc: _Locator, content: str, text: str, cursor: int,
              mask: list[tuple[int, int]] | None = None) -> int:
    """Add a text child found at or after ``cursor``, leaving out the ``mask`` ranges of
    ``content`` (wiki-link targets); returns the new cursor."""
    if not text:
        return cursor
    j = content.find(text, cursor)
    places: list[int | None] | None = None
    if j >= 0 and "\n" not in text and any(ch.isalnum() for ch in content[cursor:j]):
        # Only markup may stand between the cursor and the literal occurrence: a word character
        # there means the child starts earlier and differs from the source (an escape:
        # ``ming\*`` is decoded ``ming*``), and the literal match is a later, unrelated one
        # (``*scheming*``). Such a child is aligned character by character, when it can be.
        aligned = _char_places(content, text, cursor)
        if None not in aligned:
            places = aligned
    if places is None and j >= 0 and "\n" not in text:
        end = j + len(text)
        pos = j
        for a, z in mask or ():
            if z <= pos or a >= end:
                continue
            if a > pos:
                add_prose(b, loc.to_source(pos), content[pos:a])
            if not b.ends_with_space():
                b.add_synthetic(" ", loc.to_source(max(a, pos)))
            pos = max(pos, min(z, end))
        if pos < end:
            add_prose(b, loc.to_source(pos), content[pos:end])
        return end
    # The source differs from the decoded text (escapes, entities): align char by char.
    for ch, k in zip(text, places or _char_places(content, text, cursor)):
        if k is None:
            b.add_synthetic(ch, loc.to_source(min(cursor, max(len(content) - 1, 0))))
            continue
        src = loc.to_source(k)
        b.add(src, src + 1, text=ch)
        cursor = k + 1
    return cursor


def _char_places(content: str, text: str, cursor: int) -> list[int | None]:
    """Where each character of ``text`` stands in ``content`` from ``cursor`` on, each within
    12 characters of the one before (``None``: not in the source, as an entity's decoded
    character; the next is looked for from the same place)."""
    places: list[int | None] = []
    for ch in text:
        k = content.find(ch, cursor, cursor + 12)
        places.append(k if k >= 0 else None)
        if k >= 0:
            cursor = k + 1
    return places


# HTML that Markdown renders as it stands (<details>, <summary>, <figcaption markdown="1">,
# <div markdown>) holds prose between its tags; what sits inside these never does.
_HTML_TAG = re.compile(
    r"<!--.*?(?:-->|\Z)|<(/?)([A-Za-z][\w:-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.DOTALL
)
_NOT_PROSE_TAGS = frozenset({"script", "style", "pre", "code", "svg", "math", "textarea",
                             "iframe", "object", "template", "kbd", "samp", "var", "noscript"})
_HTML_KINDS = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading",
               "h5": "heading", "h6": "heading", "li": "list-item", "td": "table-cell",
               "th": "table-cell", "blockquote": "quote", "figcaption": "caption",
               "summary": "heading"}
_HTML_BREAKS = frozenset({"p", "div", "br", "li", "tr", "td", "th", "ul", "ol", "details",
                          "summary", "figcaption", "figure", "section", "article", "aside",
                          "blockquote", "table", "hr", "dl", "dt", "dd", "h1", "h2", "h3", "h4",
                          "h5", "h6", "header", "footer", "nav", "main", "caption"})


def _html_segments(source: SourceFile, start: int, end: int) -> list[Segment]:
    """Prose between the tags of an HTML block, one segment per block-level element."""
    text = source.text
    out: list[Segment] = []
    skip: list[str] = []
    kind = "paragraph"
    b = SegmentBuilder(source, kind)

    def flush(next_kind: str) -> None:
        nonlocal b
        if not b.empty():
            out.append(b.build())
        b = SegmentBuilder(source, next_kind)

    pos = start
    for m in _HTML_TAG.finditer(text, start, end):
        if not skip and m.start() > pos:
            add_prose(b, pos, text[pos:m.start()])
        pos = m.end()
        name = (m.group(2) or "").lower()
        if not name:
            continue  # a comment
        closing = bool(m.group(1))
        if name in _NOT_PROSE_TAGS:
            if closing:
                if name in skip:
                    del skip[len(skip) - 1 - skip[::-1].index(name):]
            elif not m.group(0).endswith("/>"):
                skip.append(name)
            continue
        if name in _HTML_BREAKS:
            flush("paragraph" if closing else _HTML_KINDS.get(name, "paragraph"))
        elif not b.ends_with_space():
            b.add_synthetic(" ", m.start())
    if not skip and pos < end:
        add_prose(b, pos, text[pos:end])
    flush("paragraph")
    return out
