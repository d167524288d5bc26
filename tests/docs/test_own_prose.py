"""The project's own prose lints clean: the README, docs/ and the corpus guides use the term
as the tool asks writers to (issue 17: the README's prose, docs/ and corpus/README.md)."""

from __future__ import annotations

from pathlib import Path

from schemelint.config import ConfigFinder
from schemelint.engine import Linter

ROOT = Path(__file__).resolve().parents[2]


def test_readme_docs_and_corpus_guides_draw_no_finding() -> None:
    paths = [ROOT / "README.md", ROOT / "corpus" / "README.md",
             *sorted((ROOT / "docs").rglob("*.md")),
             *sorted((ROOT / "corpus").glob("dev*/README.md"))]
    results = Linter(ConfigFinder()).lint_paths([str(p) for p in paths])
    found = [f"{r.path}:{d.span.source.index.line_col(d.span.start)[0]}: {d.code}"
             for r in results for d in r.diagnostics]
    assert found == []
    assert len(results) >= 10
