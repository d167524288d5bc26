"""Which files form one book or site (mkdocs, mdBook, the ``documents`` setting)."""

from __future__ import annotations

import os
from pathlib import Path

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
