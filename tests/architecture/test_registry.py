"""Every registered check, reader and output format is complete: a check has its four
ruff-style doc sections, a docs page and a case file; a reader and a format have docs, and the
modules they name exist with the functions the contract asks for."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from schemelint.checkdocs import missing_sections
from schemelint.extension import Check
from schemelint.registry import FORMATS, READERS, checks, format_names, reader_module

ROOT = Path(__file__).resolve().parents[2]
CHECKS = checks()


@pytest.mark.parametrize("code", sorted(CHECKS))
def test_check_is_documented_and_has_cases(code: str) -> None:
    check: Check = CHECKS[code]
    assert check.code == code and check.name and check.name == check.name.lower()
    assert missing_sections(check) == [], f"{code}: docs lack sections"
    assert (ROOT / "tests" / "checks" / "cases" / f"{code}.yaml").is_file(), (
        f"{code}: add tests/checks/cases/{code}.yaml")
    assert (ROOT / "docs" / "checks" / f"{code}.md").is_file(), (
        "regenerate with: python -m schemelint.checkdocs docs/checks")


def test_check_codes_and_names_are_unique() -> None:
    names = [c.name for c in CHECKS.values()]
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("reader", READERS, ids=lambda r: r.name)
def test_reader_is_documented_and_complete(reader) -> None:  # type: ignore[no-untyped-def]
    assert reader.docs, f"{reader.name}: say what the reader reads"
    assert reader.extensions and all(e.startswith(".") and e == e.lower()
                                     for e in reader.extensions)
    module = reader_module(reader)
    assert callable(module.read) and module.__doc__
    if reader.includes:
        assert callable(module.includes)


def test_reader_extensions_do_not_overlap() -> None:
    exts = [e for r in READERS for e in r.extensions]
    assert len(set(exts)) == len(exts)


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_format_is_documented_and_loads(fmt) -> None:  # type: ignore[no-untyped-def]
    assert fmt.docs, f"{fmt.name}: say what the format writes"
    module, cls = fmt.target.split(":")
    formatter = getattr(importlib.import_module(module), cls)
    for method in ("start", "handle", "finish"):
        assert callable(getattr(formatter, method))


def test_cli_offers_the_registered_formats() -> None:
    import click

    from schemelint.cli import check

    (option,) = [p for p in check.params if p.name == "fmt"]
    assert isinstance(option.type, click.Choice)
    assert tuple(option.type.choices) == format_names()
