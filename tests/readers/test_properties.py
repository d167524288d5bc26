"""Property tests: on generated documents, every mention lies inside the source and slices to
its term, every segment maps back exactly, and nothing ever raises."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from schemelint.mentions import find_mentions
from schemelint.model import ReadError, SourceFile
from schemelint.readers import ReaderOptions, latex, markdown, plain
from schemelint.rulepack import load_builtin

PACK = load_builtin("scheming")

PROSE = ["models might scheme", "a schemer", "Scheming", "anti-scheming", "the plan", "é 🙂",
         "non-schemers", "sche-\nming", "labelling scheme", "word", " ", "\n", "\r\n", "\n\n"]
MD = ["`scheming`", "```\nscheming\n```\n", "<!-- scheming -->", "[scheming](http://x/scheming)",
      "$scheming$", "> quote scheming", "- item scheming", "| a | scheming |\n|---|---|\n",
      "# scheming", "*scheming*", "\\*", "&amp;", "[^1]", "\n[^1]: scheming note\n", "<b>", "---"]
TEX = ["$scheming$", "\\cite{scheming}", "\\label{scheming}", "% scheming\n", "\\emph{scheming}",
       "\\footnote{scheming}", "{", "}", "\\begin{itemize}\\item scheming", "\\end{itemize}",
       "\\begin{lstlisting}\nscheming {\n\\end{lstlisting}", "\\unknown{scheming}", "~", "\\\\",
       "\\section{scheming}", "\\verb|scheming|", "\\url{http://scheming}", "\\[x\\]"]


def _check(src: SourceFile, doc) -> None:  # type: ignore[no-untyped-def]
    for seg in doc.segments:
        for p in seg.pieces:
            if not p.synthetic:
                assert seg.text[p.text_start : p.text_start + p.length] == \
                    seg.source.text[p.source_start : p.source_start + p.length]
    for m in find_mentions(doc, PACK):
        assert 0 <= m.span.start < m.span.end <= len(m.span.source.text)
        assert m.span.source.text[m.span.start : m.span.end] == m.term
        assert "schem" in m.term.lower().replace("-\n", "").replace("-\r\n", "")


def _no_load(target: str, including: SourceFile) -> SourceFile:
    raise ReadError("no includes in this test")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PROSE + MD), max_size=30))
# found by this test: the escape made the text child "ming*" differ from its source "ming\\*",
# and the literal "ming*" of the later "*scheming*" was taken for it
@example(["sche-\nming", "\\*", "*scheming*"])
def test_markdown_positions(parts: list[str]) -> None:
    src = SourceFile("t.md", "".join(parts))
    _check(src, markdown.read(src, _no_load, ReaderOptions()))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PROSE + TEX), max_size=30))
def test_latex_positions(parts: list[str]) -> None:
    src = SourceFile("t.tex", "".join(parts))
    _check(src, latex.read(src, _no_load, ReaderOptions()))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_plain_and_random_text_never_raise(text: str) -> None:
    for reader, name in ((plain.read, "t.txt"), (markdown.read, "t.md"), (latex.read, "t.tex")):
        src = SourceFile(name, text)
        _check(src, reader(src, _no_load, ReaderOptions()))
