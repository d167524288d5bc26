"""Check documentation, generated from the check modules' docstrings (as ruff does).

``python -m schemelint.checkdocs docs/checks`` writes one page per check; the test suite fails
when a check lacks a section or a page is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from schemelint.extension import Check

SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")


def missing_sections(check: Check) -> list[str]:
    return [s for s in SECTIONS if s not in check.docs]


def _sentence(title: str) -> str:
    text = title.split(":", 1)[-1].strip()
    return text[:1].upper() + text[1:]


def _per_line(code: str) -> str:
    """How to turn the check off for one line, in every markup that has comments."""
    from schemelint.registry import READERS

    ways = [f"`{r.comment.wrap(f'schemelint: disable-line {code}')}` ({r.name})"
            for r in READERS if r.comment is not None]
    return ", ".join(ways[:-1]) + " or " + ways[-1] if len(ways) > 1 else "".join(ways)


def page(check: Check) -> str:
    title, _, body = check.docs.strip().partition("\n")
    return (
        f"# {check.code} {check.name}\n\n"
        f"{_sentence(title)}\n\n"
        f"Default severity: **{check.severity.value}**. "
        f"Show in a terminal with `schemelint explain {check.code}`.\n"
        f"{body.rstrip()}\n\n"
        f"## Turning it off\n\n"
        f"For one line: {_per_line(check.code)}. For a project: "
        f'`ignore = ["{check.code}"]` under `[tool.schemelint]`.\n'
    )


def index(checks: list[Check]) -> str:
    rows = "\n".join(
        f"| [{c.code}]({c.code}.md) | {c.name} | {c.severity.value} | "
        f"{_sentence(c.docs.strip().splitlines()[0])} |"
        for c in checks
    )
    return (
        "# Checks\n\n| code | name | default severity | fires when |\n|---|---|---|---|\n"
        f"{rows}\n"
    )


def write(folder: Path) -> list[Path]:
    from schemelint.registry import checks

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for c in checks().values():
        p = folder / f"{c.code}.md"
        p.write_text(page(c), encoding="utf-8")
        written.append(p)
    (folder / "README.md").write_text(index(list(checks().values())), encoding="utf-8")
    return written


if __name__ == "__main__":  # pragma: no cover
    for p in write(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/checks")):
        print(p)
