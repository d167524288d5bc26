"""The one list of each extension: checks, readers, output formats.

Adding one is a module and a line here (see CONTRIBUTING.md). Implementations are imported by
name on first use, so reading the registry is cheap and no implementation imports it back.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType
from typing import Any

from schemelint.extension import Check, CommentSyntax, FormatInfo, ReaderInfo

# -- checks: modules under schemelint.checks, each ending with ``CHECK = CheckSpec(...)`` -------
CHECK_MODULES = (
    "sl100_undefined_sense",
    "sl101_sense_switch",
    "sl102_definition_conflict",
    "sl200_unsupported_worst_case_inference",
    "sl201_gaming_implies_misalignment",
    "sl202_context_free_label",
)

# -- readers: modules under schemelint.readers ----------------------------------------------------
READERS = (
    ReaderInfo("Markdown", "markdown", (".md", ".markdown", ".mdx"), CommentSyntax("<!-- ", " -->"),
               docs="CommonMark with tables, footnotes, front matter and math; MDX with its "
                    "imports, exports and JSX comments left out"),
    ReaderInfo("LaTeX", "latex", (".tex",), CommentSyntax("% "), includes=True,
               docs="LaTeX through pylatexenc, following \\input, \\include and \\subfile"),
    ReaderInfo("plain text", "plain", (".txt",), docs="paragraphs separated by blank lines"),
)

# -- output formats ---------------------------------------------------------------------------------
FORMATS = (
    FormatInfo("text", "schemelint.formatters.text:TextFormatter",
               "one line per finding: path:line:col: CODE [name] message"),
    FormatInfo("json", "schemelint.formatters.json:JsonFormatter",
               "the stable JSON contract of docs/json.md"),
    FormatInfo("sarif", "schemelint.formatters.sarif:SarifFormatter",
               "SARIF 2.1.0 for code scanning"),
    FormatInfo("github", "schemelint.formatters.github:GithubFormatter",
               "GitHub Actions workflow commands (annotations)"),
    FormatInfo("grouped", "schemelint.formatters.text:GroupedFormatter",
               "a header per file with its findings under it"),
    FormatInfo("statistics", "schemelint.formatters.text:StatisticsFormatter",
               "the number of findings per check (--statistics)", choice=False),
)


@lru_cache(maxsize=1)
def checks() -> dict[str, Check]:
    """Code -> check, in registry order."""
    out: dict[str, Check] = {}
    for name in CHECK_MODULES:
        check: Check = importlib.import_module(f"schemelint.checks.{name}").CHECK
        out[check.code] = check
    return out


def check_by_name_or_code(key: str) -> Check | None:
    key = key.strip()
    for c in checks().values():
        if key.upper() == c.code or key.lower() == c.name:
            return c
    return None


def reader_extensions() -> tuple[str, ...]:
    return tuple(ext for r in READERS for ext in r.extensions)


def reader_info(path: str) -> ReaderInfo | None:
    lower = path.lower()
    for r in READERS:
        if lower.endswith(r.extensions):
            return r
    return None


def reader_module(info: ReaderInfo) -> ModuleType:
    return importlib.import_module(f"schemelint.readers.{info.module}")


def includes(path: str, text: str) -> list[str]:
    """The include targets a file names, as written (empty for markups without includes)."""
    info = reader_info(path)
    if info is None or not info.includes:
        return []
    found: list[str] = reader_module(info).includes(text)
    return found


def comment_syntax(path: str) -> CommentSyntax | None:
    info = reader_info(path)
    return info.comment if info else None


def format_names() -> tuple[str, ...]:
    """The names ``--format`` offers."""
    return tuple(f.name for f in FORMATS if f.choice)


def make_formatter(name: str, **options: object) -> Any:
    info = next(f for f in FORMATS if f.name == name)
    module, cls = info.target.split(":")
    return getattr(importlib.import_module(module), cls)(**options)
