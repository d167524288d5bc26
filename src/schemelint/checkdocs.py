"""Check documentation, generated from the check modules' docstrings (as ruff does).

``python -m schemelint.checkdocs docs/checks`` writes one page per check; the test suite fails
when a check lacks a section or a page is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")


def missing_sections(module: ModuleType) -> list[str]:
    doc = module.__doc__ or ""
    return [s for s in SECTIONS if s not in doc]


def _sentence(title: str) -> str:
    text = title.split(":", 1)[-1].strip()
    return text[:1].upper() + text[1:]


def page(module: ModuleType) -> str:
    doc = (module.__doc__ or "").strip()
    title, _, body = doc.partition("\n")
    return (
        f"# {module.CODE} {module.NAME}\n\n"
        f"{_sentence(title)}\n\n"
        f"Default severity: **{module.SEVERITY.value}**. "
        f"Show in a terminal with `schemelint explain {module.CODE}`.\n"
        f"{body.rstrip()}\n\n"
        f"## Turning it off\n\n"
        f"For one line: `<!-- schemelint: disable-line {module.CODE} -->` (Markdown) or "
        f"`% schemelint: disable-line {module.CODE}` (LaTeX). For a project: "
        f'`ignore = ["{module.CODE}"]` under `[tool.schemelint]`.\n'
    )


def index(modules: list[ModuleType]) -> str:
    rows = "\n".join(
        f"| [{m.CODE}]({m.CODE}.md) | {m.NAME} | {m.SEVERITY.value} | "
        f"{_sentence((m.__doc__ or '').strip().splitlines()[0])} |"
        for m in modules
    )
    return (
        "# Checks\n\n| code | name | default severity | fires when |\n|---|---|---|---|\n"
        f"{rows}\n"
    )


def write(folder: Path) -> list[Path]:
    from schemelint.checks import CHECKS

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for m in CHECKS.values():
        p = folder / f"{m.CODE}.md"
        p.write_text(page(m), encoding="utf-8")
        written.append(p)
    (folder / "README.md").write_text(index(list(CHECKS.values())), encoding="utf-8")
    return written


if __name__ == "__main__":  # pragma: no cover
    for p in write(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/checks")):
        print(p)
