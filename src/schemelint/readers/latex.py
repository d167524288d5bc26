"""LaTeX, parsed with pylatexenc 2 (a real parser that keeps every node's source position).

Prose is the text of the document body: paragraphs, section titles, \\emph and friends,
footnotes and captions (their own segments), list items. Never prose: comments (collected for
directives), math, verbatim-like environments, the arguments of citation, reference, label, URL,
graphics, package and definition macros, and the preamble. ``\\input``, ``\\include`` and
``\\subfile`` are followed through the engine's loader; cycles and missing files become one-line
errors and the rest is still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from schemelint.model import Comment, Document, ReadError, SegmentBuilder, SourceFile
from schemelint.readers import Loader, ReaderOptions
from schemelint.readers.prose import add_prose

VERBATIM_ENVS = ("verbatim", "verbatim*", "Verbatim", "lstlisting", "minted", "comment",
                 "alltt", "code", "BVerbatim", "LVerbatim")
SKIP_ENVS = frozenset({
    "equation", "equation*", "align", "align*", "gather", "gather*", "multline", "multline*",
    "eqnarray", "eqnarray*", "math", "displaymath", "flalign", "flalign*", "alignat",
    "alignat*", "tikzpicture", "thebibliography", "filecontents", "filecontents*", "algorithmic",
    "algorithm2e", "pgfpicture", *VERBATIM_ENVS,
})
BLOCK_ENVS = {"abstract": "paragraph", "quote": "quote", "quotation": "quote",
              "itemize": "list-item", "enumerate": "list-item", "description": "list-item"}
SKIP_ARGS = frozenset({
    "cite", "citet", "citep", "citeauthor", "citeyear", "citealp", "citealt", "autocite",
    "parencite", "textcite", "footcite", "nocite", "Cite", "Citet", "Citep", "ref", "eqref",
    "autoref", "cref", "Cref", "pageref", "nameref", "vref", "label", "url", "includegraphics",
    "bibliography", "bibliographystyle", "addbibresource", "usepackage", "documentclass",
    "RequirePackage", "newcommand", "renewcommand", "providecommand", "DeclareMathOperator",
    "newenvironment", "renewenvironment", "def", "let", "newtheorem", "setlength",
    "setcounter", "addtocounter", "vspace", "hspace", "texttt", "verb", "lstinline", "mintinline",
    "input", "include", "subfile", "graphicspath", "hypersetup", "geometry", "color",
    "pagestyle", "thispagestyle", "newglossaryentry", "newacronym", "glsadd", "bibitem",
    "author", "date", "affiliation", "email", "thanks", "linewidth", "textwidth",
})
HEADINGS = frozenset({"part", "chapter", "section", "subsection", "subsubsection", "paragraph",
                      "subparagraph", "title"})
# how deep each sectioning command sits (a heading deeper than a references section's own
# stays inside the list of works)
LEVELS = {"part": -1, "chapter": 0, "section": 1, "subsection": 2, "subsubsection": 3,
          "paragraph": 4, "subparagraph": 5}
SEPARATE = {"footnote": "footnote", "caption": "caption", "footnotetext": "footnote",
            "marginpar": "footnote", "todo": "footnote"}
INCLUDES = frozenset({"input", "include", "subfile"})
EMPHASIS = frozenset({"emph", "textit", "textsl"})
MAX_DEPTH = 400

_VERBATIM_RE = re.compile(
    r"\\begin\{(" + "|".join(re.escape(e) for e in VERBATIM_ENVS) + r")\}(.*?)(\\end\{\1\}|\Z)",
    re.DOTALL,
)
_VERB_RE = re.compile(
    r"\\(?:verb|lstinline|mintinline\{[^}]*\})\*?([^\sa-zA-Z{])(.*?)(\1|$)", re.MULTILINE
)
_BEGIN_END = re.compile(r"\\(begin|end)\s*\{([^{}]*)\}")
_INCLUDE_PLAIN = re.compile(r"\\input\s+([^\s{}\\%]+)")


@lru_cache(maxsize=1)
def _context() -> Any:
    from pylatexenc import latexwalker
    from pylatexenc.macrospec import MacroSpec, SpecialsSpec

    # Keep macros and environments; of the specials keep only the ones that change what is
    # prose (~ and &). Testing every default special at every character made parsing slow.
    db = latexwalker.get_default_latex_context_db().filter_context(
        keep_which=["macros", "environments"]
    )
    db.add_context_category("schemelint-specials", specials=[SpecialsSpec("~"), SpecialsSpec("&")])
    specs = [
        MacroSpec("href", "{{"), MacroSpec("caption", "*[{"), MacroSpec("subfile", "{"),
        MacroSpec("autoref", "{"), MacroSpec("Cref", "{"), MacroSpec("nameref", "{"),
        MacroSpec("vref", "{"), MacroSpec("autocite", "[[{"), MacroSpec("parencite", "[[{"),
        MacroSpec("textcite", "[[{"), MacroSpec("footcite", "[[{"), MacroSpec("citeauthor", "*[[{"),
        MacroSpec("citealp", "*[[{"), MacroSpec("citealt", "*[[{"), MacroSpec("Citet", "*[[{"),
        MacroSpec("Citep", "*[[{"), MacroSpec("addbibresource", "[{"),
        MacroSpec("DeclareMathOperator", "*{{"), MacroSpec("newglossaryentry", "{{"),
        MacroSpec("newacronym", "[{{{"), MacroSpec("gls", "[{"), MacroSpec("Gls", "[{"),
        MacroSpec("glspl", "[{"), MacroSpec("Glspl", "[{"), MacroSpec("acrshort", "{"),
        MacroSpec("acrlong", "{"), MacroSpec("acrfull", "{"), MacroSpec("todo", "[{"),
        MacroSpec("footnotetext", "[{"), MacroSpec("marginpar", "[{"),
        MacroSpec("graphicspath", "{"), MacroSpec("hypersetup", "{"), MacroSpec("thanks", "{"),
        MacroSpec("affiliation", "{"), MacroSpec("email", "{"), MacroSpec("lstinline", "[{"),
        MacroSpec("enquote", "{"), MacroSpec("textsc", "{"), MacroSpec("underline", "{"),
        MacroSpec("mbox", "{"), MacroSpec("text", "{"),
    ]
    db.add_context_category("schemelint", macros=specs, prepend=True)
    return db


@dataclass
class _State:
    source: SourceFile
    doc: Document
    load: Loader
    options: ReaderOptions
    stack: list[str]
    masked: list[tuple[int, int]]  # verbatim ranges blanked out before parsing
    posmap: _PosMap  # parser positions -> source offsets
    current: SegmentBuilder | None = None
    kind: str = "paragraph"
    kinds: list[str] = field(default_factory=list)
    level: int | None = None  # the depth of the heading being read

    def builder(self) -> SegmentBuilder:
        if self.current is None:
            self.current = SegmentBuilder(self.source, self.kind, self.level)
        return self.current

    def flush(self) -> None:
        if self.current is not None and not self.current.empty():
            self.doc.segments.append(self.current.build())
        self.current = None


_INCLUDE = re.compile(r"\\(?:input|include|subfile)\s*\{([^{}\n]*)\}")


def includes(text: str) -> list[str]:
    """The targets of ``\\input``, ``\\include`` and ``\\subfile`` as written, found without
    parsing (to tell root documents from the sections they include)."""
    return [m.group(1) for m in _INCLUDE.finditer(text)]


def read(source: SourceFile, load: Loader, options: ReaderOptions | None = None) -> Document:
    doc = Document(source, [source], [], markup="latex")
    _read_file(source, doc, load, options or ReaderOptions(), [source.path], root=True)
    return doc


def _read_file(source: SourceFile, doc: Document, load: Loader, options: ReaderOptions,
               stack: list[str], root: bool) -> None:
    text, masked_ranges = _mask_verbatim(source.text)
    _check_balance(source, text, doc)
    if _max_depth(text) > MAX_DEPTH:
        doc.errors.append(f"{source.path}: braces nested deeper than {MAX_DEPTH} levels; "
                          "only comments were read")
        _comments_only(source, text, doc)
        return
    from pylatexenc import latexwalker

    compact, posmap = _compress(text)
    walker = latexwalker.LatexWalker(compact, latex_context=_context(), tolerant_parsing=True)
    try:
        nodes, _pos, _len = walker.get_latex_nodes()
    except (latexwalker.LatexWalkerError, RecursionError, IndexError, ValueError) as exc:
        doc.errors.append(f"{source.path}: could not parse LaTeX ({exc.__class__.__name__})")
        _comments_only(source, text, doc)
        return
    state = _State(source, doc, load, options, stack, masked=masked_ranges, posmap=posmap)
    body = _document_body(nodes) if root else None
    if body is not None:
        _collect_preamble(state, nodes)
        _walk(state, body)
    else:
        _walk(state, nodes)
    state.flush()


def _mask_verbatim(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Blank out verbatim-like content (same length, newlines kept) so that stray braces or
    percent signs in code cannot confuse the parser; offsets stay exact. Returns the masked
    text and the masked ranges."""
    ranges: list[tuple[int, int]] = []

    def blank(m: re.Match[str]) -> str:
        ranges.append((m.start(), m.end()))
        return re.sub(r"[^\n]", " ", m.group(0))

    masked = _VERBATIM_RE.sub(blank, text)
    masked = _VERB_RE.sub(blank, masked)
    return masked, sorted(ranges)


# Runs of plain words the parser need not see one character at a time (pylatexenc tokenises
# character by character): each run becomes one character, and _PosMap maps positions back.
# A run may hold hyphens ("fine-tuned"), never a line break: a comment ends at its line's end.
_PLAIN_RUN = re.compile(r"(?<=[ \t\n])[A-Za-z0-9.,;:!?()'\"][A-Za-z0-9 .,;:!?()'\"-]{7,}")


class _PosMap:
    """Maps positions in the compressed text back to source offsets (piecewise)."""

    def __init__(self, comp_starts: list[int], orig_starts: list[int], runs: list[bool],
                 total: int) -> None:
        self.comp_starts, self.orig_starts, self.runs, self.total = (
            comp_starts, orig_starts, runs, total)

    def __call__(self, pos: int) -> int:
        import bisect

        i = bisect.bisect_right(self.comp_starts, pos) - 1
        if i < 0:
            return pos
        if self.runs[i]:
            return self.orig_starts[i] if pos == self.comp_starts[i] else self.orig_starts[i + 1]
        return min(self.orig_starts[i] + pos - self.comp_starts[i], self.total)

    def span(self, node: Any) -> tuple[int, int]:
        return self(node.pos), self(node.pos + node.len)


# A macro name or the end of an argument just before a run: the parser may take the run's first
# token as an argument (``\\emph plain words``), so that word is left to it as it stands.
_ARGUMENT_BEFORE = re.compile(r"(?:\\[A-Za-z@]+\*?|[}\]])\Z")
_FIRST_GAP = re.compile(r"[^ ]* +")


def _comment_start(text: str, lo: int, hi: int) -> int:
    """Where a comment starts in ``text[lo:hi]`` (one line): the first ``%`` after an even
    number of backslashes; -1 when there is none."""
    at = text.find("%", lo, hi)
    while at >= 0:
        slashes = 0
        while at - slashes - 1 >= lo and text[at - slashes - 1] == "\\":
            slashes += 1
        if slashes % 2 == 0:
            return at
        at = text.find("%", at + 1, hi)
    return -1


def _run_start(text: str, m: re.Match[str]) -> int:
    """Where the run ``m`` may start being one character, or -1 when it may not."""
    start = m.start()
    # the last character before the run's leading whitespace and comments, however long they
    # are (a masked verbatim block is a long run of spaces; TeX skips a comment when it looks
    # for an argument, and so does the parser)
    end = start
    while True:
        while end > 0 and text[end - 1] in " \t\n":
            end -= 1
        comment = _comment_start(text, text.rfind("\n", 0, end) + 1, end)
        if comment < 0:
            break
        end = comment
    if not _ARGUMENT_BEFORE.search(text, max(0, end - 64), end):
        return start
    gap = _FIRST_GAP.match(text, start, m.end())
    start = gap.end() if gap else m.end()
    return start if m.end() - start >= 8 else -1


def _compress(text: str) -> tuple[str, _PosMap]:
    parts: list[str] = []
    comp_starts, orig_starts, runs = [0], [0], [False]
    comp = orig = 0
    for m in _PLAIN_RUN.finditer(text):
        start = _run_start(text, m)
        if start < 0:
            continue
        parts.append(text[orig:start])
        comp += start - orig
        comp_starts.append(comp)
        orig_starts.append(start)
        runs.append(True)
        parts.append("x")
        comp += 1
        orig = m.end()
        comp_starts.append(comp)
        orig_starts.append(orig)
        runs.append(False)
    parts.append(text[orig:])
    return "".join(parts), _PosMap(comp_starts, orig_starts, runs, len(text))


# What can change the brace depth: an escaped character (skipped with its backslash), a
# comment (to its line end), a brace. Everything between is skipped by the regex engine.
_DEPTH_TOKEN = re.compile(r"\\[\s\S]|%[^\n]*|[{}]")


def _max_depth(text: str) -> int:
    """The deepest brace nesting outside comments and escapes (a stray "}" never goes below 0)."""
    depth = best = 0
    for tok in _DEPTH_TOKEN.findall(text):
        if tok == "{":
            depth += 1
            best = max(best, depth)
        elif tok == "}" and depth:
            depth -= 1
    return best


def _check_balance(source: SourceFile, text: str, doc: Document) -> None:
    opened: list[int] = []
    stray = 0
    for m in re.finditer(r"\\[\\{}%]|%[^\n]*|[{}]", text):
        tok = m.group(0)
        if tok == "{":
            opened.append(m.start())
        elif tok == "}":
            if opened:
                opened.pop()
            else:
                stray += 1
    if opened:
        line = source.index.line_col(opened[0])[0]
        doc.errors.append(f"{source.path}: unbalanced braces: {len(opened)} '{{' not closed "
                          f"(first on line {line})")
    elif stray:
        doc.errors.append(f"{source.path}: unbalanced braces: {stray} '}}' without '{{'")
    envs: list[tuple[str, int]] = []
    clean = re.sub(r"(?<!\\)%[^\n]*", lambda m: " " * len(m.group(0)), text)
    for m in _BEGIN_END.finditer(clean):
        if m.group(1) == "begin":
            envs.append((m.group(2), m.start()))
        elif envs and envs[-1][0] == m.group(2):
            envs.pop()
        elif any(e[0] == m.group(2) for e in envs):
            while envs and envs[-1][0] != m.group(2):
                envs.pop()
            envs.pop()
    if envs:
        name, pos = envs[0]
        doc.errors.append(f"{source.path}: unterminated environment '{name}' "
                          f"(line {source.index.line_col(pos)[0]})")


def _comments_only(source: SourceFile, text: str, doc: Document) -> None:
    for m in re.finditer(r"(?<!\\)%([^\n]*)", text):
        doc.comments.append(Comment(source, m.start(), m.end(), m.group(1)))


def _document_body(nodes: list[Any]) -> list[Any] | None:
    for n in nodes:
        if _is(n, "LatexEnvironmentNode") and n.environmentname == "document":
            return list(n.nodelist)
    return None


def _collect_preamble(state: _State, nodes: list[Any]) -> None:
    """Comments (directives) and glossary entries before and around the document body."""
    for n in nodes:
        if _is(n, "LatexEnvironmentNode") and n.environmentname == "document":
            continue
        _walk_silently(state, n)


def _walk_silently(state: _State, n: Any) -> None:
    if _is(n, "LatexCommentNode"):
        _comment(state, n)
    elif _is(n, "LatexMacroNode"):
        if n.macroname in ("newglossaryentry", "newacronym"):
            _glossary(state, n)
        for a in _args(n):
            _walk_silently(state, a)
    elif _is(n, "LatexGroupNode") or _is(n, "LatexEnvironmentNode"):
        for c in n.nodelist or []:
            _walk_silently(state, c)


def _glossary(state: _State, n: Any) -> None:
    args = [a for a in _args(n) if a is not None]
    raw = [state.source.text[slice(*state.posmap.span(a))].strip("{}") for a in args]
    if n.macroname == "newglossaryentry" and len(raw) >= 2:
        name = re.search(r"name\s*=\s*\{?([^,}]*)", raw[-1])
        desc = re.search(r"description\s*=\s*\{?([^}]*)", raw[-1])
        state.doc.glossary.append(((name.group(1) if name else raw[0]).strip(),
                                   (desc.group(1) if desc else "").strip()))
    elif n.macroname == "newacronym" and len(raw) >= 3:
        state.doc.glossary.append((raw[-2].strip(), raw[-1].strip()))


def _is(n: Any, cls: str) -> bool:
    return n is not None and type(n).__name__ == cls


def _args(n: Any) -> list[Any]:
    argd = getattr(n, "nodeargd", None)
    return list(argd.argnlist) if argd is not None and argd.argnlist else []


def _comment(state: _State, n: Any) -> None:
    start = state.posmap(n.pos)
    end = state.posmap(n.pos + 1 + len(n.comment))
    state.doc.comments.append(Comment(state.source, start, end, state.source.text[start + 1 : end]))


def _walk(state: _State, nodes: list[Any]) -> None:
    for n in nodes:
        _node(state, n)


def _node(state: _State, n: Any) -> None:
    name = type(n).__name__
    if name == "LatexCharsNode":
        _chars(state, n)
    elif name == "LatexCommentNode":
        _comment(state, n)
    elif name == "LatexGroupNode":
        _walk(state, n.nodelist or [])
    elif name == "LatexMathNode":
        state.builder().add_synthetic(" ", state.posmap(n.pos))
    elif name == "LatexSpecialsNode":
        if n.specials_chars in ("~", "&"):
            state.builder().add_synthetic(" ", state.posmap(n.pos))
    elif name == "LatexMacroNode":
        _macro(state, n)
    elif name == "LatexEnvironmentNode":
        _environment(state, n)


def _chars(state: _State, n: Any) -> None:
    start, end = state.posmap.span(n)
    for a, b in state.masked:
        if b <= start or a >= end:
            continue
        _prose_run(state, start, max(a, start))
        state.builder().add_synthetic(" ", a)
        start = min(b, end)
    _prose_run(state, start, end)


def _prose_run(state: _State, start: int, end: int) -> None:
    """Source text as prose, a new paragraph at every blank line."""
    text = state.source.text[start:end]
    pos = 0
    for m in re.finditer(r"\n[ \t]*\n\s*", text):
        add_prose(state.builder(), start + pos, text[pos : m.start()])
        state.flush()
        pos = m.end()
    add_prose(state.builder(), start + pos, text[pos:])


def _macro(state: _State, n: Any) -> None:
    name = n.macroname
    opts = state.options
    if name in INCLUDES:
        _include(state, n)
    elif name in opts.term_macros:
        for a in _args(n):
            if _is(a, "LatexGroupNode"):
                a_start, a_end = state.posmap.span(a)
                state.builder().add(a_start + 1, a_end - 1)
    elif name in SKIP_ARGS or name in opts.skip_macros:
        if name == "newglossaryentry" or name == "newacronym":
            _glossary(state, n)
        for a in _args(n):
            if a is not None:
                _walk_silently(state, a)
    elif name in HEADINGS:
        state.flush()
        _separate(state, n, "heading", level=LEVELS.get(name))
    elif name in SEPARATE:
        _separate(state, n, SEPARATE[name], keep_current=True)
    elif name == "item":
        if state.kinds and state.kinds[-1] == "list-item":
            state.flush()
            state.kind = "list-item"
    elif name in ("par", "newline", "linebreak"):
        if name == "par":
            state.flush()
        else:
            state.builder().add_synthetic(" ", state.posmap(n.pos))
    elif name == "\\":
        state.builder().add_synthetic(" ", state.posmap(n.pos))
    elif name == "href":
        args = [a for a in _args(n) if a is not None]
        if args:
            _walk(state, [args[-1]])
    else:
        args = [a for a in _args(n) if a is not None]
        if name in opts.prose_macros and args:
            args = args[-1:]
        for a in args:
            if _is(a, "LatexGroupNode"):
                b = state.builder()
                start = b.length()
                _walk(state, a.nodelist or [])
                if name in EMPHASIS and state.builder() is b:
                    # marked like a link's text: an emphasised title names a work
                    # ("the study \emph{Frontier Models are Capable of In-context Scheming}")
                    b.link(start, b.length())
            elif not _is(a, "LatexCharsNode"):
                _node(state, a)


def _separate(state: _State, n: Any, kind: str, keep_current: bool = False,
              level: int | None = None) -> None:
    """The last argument of ``n`` as a segment of its own (a heading with its ``level``); the
    current paragraph goes on."""
    saved, saved_kind, saved_level = state.current, state.kind, state.level
    state.current, state.kind, state.level = None, kind, level
    args = [a for a in _args(n) if _is(a, "LatexGroupNode")]
    if args:
        _walk(state, args[-1].nodelist or [])
    state.flush()
    state.kind, state.level = saved_kind, saved_level
    if keep_current:
        state.current = saved


def _environment(state: _State, n: Any) -> None:
    env = n.environmentname
    if env in SKIP_ENVS or env in state.options.skip_environments:
        state.builder().add_synthetic(" ", state.posmap(n.pos))
        return
    kind = BLOCK_ENVS.get(env)
    if kind is None:
        _walk(state, n.nodelist or [])
        return
    state.flush()
    state.kinds.append(kind)
    outer = state.kind
    state.kind = "paragraph" if kind == "list-item" else kind
    _walk(state, n.nodelist or [])
    state.flush()
    state.kinds.pop()
    state.kind = outer


def _include(state: _State, n: Any) -> None:
    args = [a for a in _args(n) if _is(a, "LatexGroupNode")]
    if not args:
        return
    t_start, t_end = state.posmap.span(args[-1])
    target = state.source.text[t_start + 1 : t_end - 1].strip()
    state.flush()
    try:
        included = state.load(target, state.source)
    except ReadError as exc:
        state.doc.errors.append(f"{state.source.path}: {exc}")
        return
    if included.path in state.stack:
        chain = " -> ".join([*state.stack[state.stack.index(included.path):], included.path])
        state.doc.errors.append(f"\\input cycle: {chain}")
        return
    if all(f.path != included.path for f in state.doc.files):
        state.doc.files.append(included)
    _read_file(included, state.doc, state.load, state.options, [*state.stack, included.path],
               root=False)
