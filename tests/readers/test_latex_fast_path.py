"""The LaTeX fast paths (plain runs handed to pylatexenc as one character, the brace depth found
by a regex scan) read exactly what the slow paths read: the same segments, kinds, texts, offsets,
comments and errors, on every .tex file we have and on generated LaTeX."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemelint.model import ReadError, SourceFile
from schemelint.readers import ReaderOptions, latex

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from generate import latex_doc


def _old_max_depth(text: str) -> int:
    """The per-character loop the regex scan replaced, kept as the reference."""
    depth = best = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "%":
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if ch == "{":
            depth += 1
            best = max(best, depth)
        elif ch == "}":
            depth = max(depth - 1, 0)
        i += 1
    return best


def _no_load(target: str, _including: SourceFile) -> SourceFile:
    raise ReadError(f"not here: {target}")


def _uncompressed(text: str) -> tuple[str, Any]:
    return text, latex._PosMap([0], [0], [False], len(text))


def _shape(text: str, path: str = "t.tex") -> Any:
    doc = latex.read(SourceFile(path, text), _no_load, ReaderOptions())
    segments = [(s.kind, s.text, [s.to_source(i) for i in range(len(s.text) + 1)], s.links)
                for s in doc.segments]
    comments = [(c.start, c.end, c.text) for c in doc.comments]
    return segments, comments, doc.errors, doc.warnings


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    fast = _shape(text)
    with monkeypatch.context() as m:
        m.setattr(latex, "_compress", _uncompressed)
        m.setattr(latex, "_max_depth", _old_max_depth)
        slow = _shape(text)
    return fast, slow


def _tex_files() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.tex")
                  if "bench/out" not in p.as_posix() and ".git" not in p.parts)


def test_every_tex_file_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    files = _tex_files()
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert latex._max_depth(text) == _old_max_depth(text), path
        fast, slow = _both(text, monkeypatch)
        assert fast == slow, path


def test_generated_papers_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    for seed in range(4):
        text = latex_doc(random.Random(seed), 1500, term=True)
        fast, slow = _both(text, monkeypatch)
        assert fast == slow, seed


@pytest.mark.parametrize("text", [
    "\\emph plain words here and there\n",  # an argument without braces: one character
    "\\href{u} plain words here and there.\n",
    "\\setlength{\\x} plain words here and there\n",
    "\\section*{A title}\nplain words here and there\n",
    # the macro stands more than 64 characters before the run: a masked verbatim block between
    "\\input \\begin{verbatim}" + "\\emph{" * 5 + "\\end{verbatim}fine-tuned models",
    # a comment between the macro and the run: the parser skips it when it takes an argument
    "\\input % c\nfine-tuned models",
    "\\emph % c\n% d\n plain words here and there",
    "\\\\% c\nplain words here and there",
])
def test_a_run_after_a_macro_is_not_its_argument(text: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = _both(text, monkeypatch)
    assert fast == slow


PIECES = ["\\emph{", "\\textbf{", "}", "{", "\\section{", "\\cite{a}", "\\footnote{", "%",
          "% c\n", "\n", "\n\n", " ", "$x$", "\\\\", "\\%", "\\{", "~", "&", "-", "--",
          "fine-tuned models", "the schemers scheme against", "plain words here and there",
          "\\begin{itemize}", "\\item ", "\\end{itemize}", "\\begin{verbatim}", "\\end{verbatim}",
          "\\href{u}", "\\ref{x}", "\\emph ", "\\setlength{\\x}", "[opt]", "(a, b).", "sche-\nming", "x", "\\input "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40))
def test_generated_latex_reads_the_same(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert latex._max_depth(text) == _old_max_depth(text)
    with pytest.MonkeyPatch.context() as m:
        fast, slow = _both(text, m)
    assert fast == slow


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="\\{}%\n ab", max_size=60))
def test_brace_depth_matches_the_loop(text: str) -> None:
    assert latex._max_depth(text) == _old_max_depth(text)
