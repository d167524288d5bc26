"""The shipped examples: every mention found once, at its exact position; nothing from code,
math, comments, URLs, labels or citation keys."""

from __future__ import annotations

import json
import os
from pathlib import Path

from click.testing import CliRunner

from schemelint.cli import main

ROOT = Path(__file__).resolve().parents[2]


def mentions(*paths: str) -> dict[str, list[tuple[str, int, int]]]:
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        r = CliRunner().invoke(main, ["--format", "json", *paths], catch_exceptions=False)
    finally:
        os.chdir(old)
    data = json.loads(r.stdout)
    return {f["path"]: [(m["term"], m["line"], m["column"]) for m in f["mentions"]]
            for f in data["files"]}


def test_markdown_draft() -> None:
    assert mentions("examples/draft.md") == {"examples/draft.md": [
        ("scheming", 7, 42),   # heading (the front-matter title is skipped)
        ("scheming", 12, 1),
        ("schemers", 19, 48),
        ("schemer", 20, 15),
        ("schemers", 25, 1),
        ("scheming", 32, 45),  # link text; the URL and the code fence are skipped
    ]}


def test_latex_paper_split_over_files() -> None:
    # Each file once, as part of its root, with positions in its own file; \newcommand, math,
    # \label, \cite, \bibliography, \url, \includegraphics, comments and lstlisting are skipped.
    assert mentions("examples/paper/main.tex", "examples/paper/sections/intro.tex") == {
        "examples/paper/main.tex": [("scheming", 11, 16)],
        "examples/paper/sections/intro.tex": [("scheming", 2, 57), ("scheming", 9, 1)],
        "examples/paper/sections/results.tex": [
            ("scheming", 2, 14),
            ("Scheming", 9, 12),        # caption
            ("sche-\nming", 11, 60),    # a word broken across lines
        ],
    }


def test_positions_slice_to_the_term() -> None:
    for path, found in mentions("examples/").items():
        lines = (ROOT / path).read_text(encoding="utf-8").split("\n")
        for term, line, col in found:
            first = term.split("\n")[0]
            assert lines[line - 1][col - 1 : col - 1 + len(first)] == first, (path, line, col)


def test_mdx_page_reads_prose_and_skips_imports_exports_and_jsx_comments(tmp_path: Path) -> None:
    page = tmp_path / "page.mdx"
    page.write_text(
        "import { Chart } from '../components/SchemingChart';\n"
        "export const meta = { topic: 'scheming' };\n"
        "\n"
        "{/* scheming notes for editors */}\n"
        "\n"
        "<Chart data=\"scheming\" />\n"
        "\n"
        "Models that game their training are what we call schemers here.\n"
        "\n"
        "<Callout>\n"
        "A schemer plays along with training to keep its goals.\n"
        "</Callout>\n",
        encoding="utf-8",
    )
    r = CliRunner().invoke(main, ["--no-cache", "--format", "json", str(page)],
                           catch_exceptions=False)
    (f,) = json.loads(r.stdout)["files"]
    assert [(m["term"], m["line"], m["column"]) for m in f["mentions"]] == [
        ("schemers", 8, 50), ("schemer", 11, 3)]
