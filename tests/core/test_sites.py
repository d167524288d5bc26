"""Which files form one book or site (mkdocs, mdBook, the ``documents`` setting)."""

from __future__ import annotations

import os
from pathlib import Path

from schemelint.config import ConfigFinder
from schemelint.engine import Linter
from schemelint.sites import discover, from_config


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def test_mkdocs_site_in_nav_order(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _write(tmp_path, {
        "mkdocs.yml": "site_name: Course\nnav:\n  - Home: index.md\n"
                      "  - Part 1:\n      - part1/b.md\n      - part1/a.md\n"
                      "  - Paper: https://example.org/x.md\n",
        "docs/index.md": "# Home\n", "docs/part1/a.md": "a\n", "docs/part1/b.md": "b\n",
        "docs/extra.md": "not in nav\n", "README.md": "outside docs\n",
    })
    site = discover(str(tmp_path / "docs/part1/a.md"))
    assert site is not None and site.kind == "mkdocs"
    names = [os.path.relpath(f, tmp_path / "docs") for f in site.files]
    assert names == ["index.md", "part1/b.md", "part1/a.md", "extra.md"]
    assert discover(str(tmp_path / "README.md")) is None  # beside mkdocs.yml, not under docs/


def test_mkdocs_with_python_tags_still_groups_its_docs(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _write(tmp_path, {
        "mkdocs.yml": "site_name: x\ndocs_dir: pages\nmarkdown_extensions:\n"
                      "  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
        "pages/one.md": "1\n", "pages/two.md": "2\n",
    })
    site = discover(str(tmp_path / "pages/two.md"))
    assert site is not None and len(site.files) == 2


def test_mdbook_in_summary_order(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _write(tmp_path, {
        "book.toml": "[book]\ntitle = \"Notes\"\n",
        "src/SUMMARY.md": "# Summary\n\n- [Second](./two.md)\n- [First](one.md)\n",
        "src/one.md": "1\n", "src/two.md": "2\n",
    })
    site = discover(str(tmp_path / "src/one.md"))
    assert site is not None and site.kind == "mdbook"
    assert [os.path.basename(f) for f in site.files] == ["two.md", "one.md"]


def test_a_folder_of_posts_is_not_a_site(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _write(tmp_path, {"posts/a.md": "a\n", "posts/b.md": "b\n"})
    assert discover(str(tmp_path / "posts/a.md")) is None


def test_documents_setting_groups_globs_and_folders(tmp_path: Path) -> None:
    _write(tmp_path, {"book/ch1.md": "1\n", "book/part/ch2.md": "2\n", "notes/n.md": "n\n",
                      "paper/main.tex": "x\n", "paper/appendix.md": "y\n"})
    entries = (("book",), ("paper/main.tex", "paper/*.md"))
    site = from_config(str(tmp_path / "book/part/ch2.md"), entries, tmp_path)
    assert site is not None
    assert sorted(os.path.relpath(f, tmp_path) for f in site.files) == [
        "book/ch1.md", "book/part/ch2.md"]
    paper = from_config(str(tmp_path / "paper/appendix.md"), entries, tmp_path)
    assert paper is not None and len(paper.files) == 2
    assert from_config(str(tmp_path / "notes/n.md"), entries, tmp_path) is None


# -- a definition in one chapter covers the others (end to end) ------------------------------

INTRO = ("# Introduction\n\nBy \"scheming\" we mean instrumental training-gaming: a model that "
         "performs well during training as a means to keep its current goals from being "
         "modified, so that it can pursue them later.\n\nThis course is about scheming and about "
         "how developers could tell whether a model is scheming during training.\n")
EVIDENCE = ("# Evidence so far\n\nExperiments on alignment faking give the clearest evidence of "
            "scheming so far: the model complied more often when it believed its answers would "
            "be used for training, and its scratchpad said it complied to protect its values "
            "from modification.\n\nWhether the scheming we see persists across contexts is the "
            "open question of this chapter, and we return to scheming in the next one.\n")
CONTROL = ("# Control\n\nControl protocols assume a schemer that sandbags on dangerous-capability "
           "evaluations, colludes with its monitor and inserts backdoors into the code it "
           "writes, waiting for a chance to exfiltrate its weights.\n\nWe test the protocols "
           "against such schemers with a red team that plays the schemer.\n")


def _book(tmp_path: Path, anchor: dict[str, str]) -> None:
    (tmp_path / ".git").mkdir()
    _write(tmp_path, {**anchor, "docs/index.md": INTRO, "docs/chapter2.md": EVIDENCE,
                      "docs/chapter3.md": CONTROL})


def _findings(tmp_path: Path, *paths: str) -> list[tuple[str, str, int, int, list[str]]]:
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        results = Linter(ConfigFinder()).lint_paths(list(paths))
    finally:
        os.chdir(cwd)
    out = []
    for r in results:
        for d in r.diagnostics:
            line, col = d.span.source.index.line_col(d.span.start)
            related = [f"{x.span.source.path}:{x.span.source.index.line_col(x.span.start)[0]}"
                       for x in d.related]
            out.append((r.path, d.code, line, col, related))
    return out


def test_mkdocs_book_definition_covers_chapters_and_a_switch_points_to_it(tmp_path: Path) -> None:
    _book(tmp_path, {"mkdocs.yml": "site_name: x\nnav:\n  - index.md\n  - chapter2.md\n"
                                   "  - chapter3.md\n"})
    expected = [("docs/chapter3.md", "SL101", 3, 28, ["docs/index.md:3"])]
    assert _findings(tmp_path, "docs") == expected
    # a pre-commit run that hands over only the changed chapter reads the book the same way
    assert _findings(tmp_path, "docs/chapter3.md") == expected
    assert _findings(tmp_path, "docs/chapter2.md") == []


def test_without_a_site_each_chapter_is_its_own_document(tmp_path: Path) -> None:
    _book(tmp_path, {})
    assert [(p, c) for p, c, *_ in _findings(tmp_path, "docs")] == [
        ("docs/chapter2.md", "SL100"), ("docs/chapter3.md", "SL100")]


def test_documents_setting_makes_a_folder_one_document(tmp_path: Path) -> None:
    _book(tmp_path, {".schemelint.yaml": "documents:\n  - docs\n"})
    assert [(p, c) for p, c, *_ in _findings(tmp_path, "docs")] == [
        ("docs/chapter3.md", "SL101")]


def test_posts_naming_one_series_form_a_site(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _write(tmp_path, {
        "posts/2026-02-01-a.md": "---\ntitle: A\nseries: [\"Deep Dive\"]\n---\nOne.\n",
        "posts/2026-02-08-b.md": "+++\ntitle = \"B\"\nseries = \"deep dive\"\n+++\nTwo.\n",
        "posts/2026-02-09-c.md": "---\ntitle: C\n---\nseries: deep dive (body text, not front matter)\n",
        "posts/2026-02-10-d.md": "---\nseries: other\n---\nThree.\n",
    })
    site = discover(str(tmp_path / "posts/2026-02-08-b.md"))
    assert site is not None and site.kind == "series"
    assert [os.path.basename(f) for f in site.files] == ["2026-02-01-a.md", "2026-02-08-b.md"]
    assert discover(str(tmp_path / "posts/2026-02-09-c.md")) is None
    assert discover(str(tmp_path / "posts/2026-02-10-d.md")) is None  # a series of one
