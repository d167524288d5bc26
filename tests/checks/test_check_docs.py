"""Every check is documented like a ruff rule, and docs/checks is generated from the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemelint.checkdocs import index, missing_sections, page
from schemelint.checks import CHECKS

DOCS = Path(__file__).resolve().parents[2] / "docs" / "checks"
CASES = Path(__file__).resolve().parent / "cases"


@pytest.mark.parametrize("code", sorted(CHECKS))
def test_check_has_every_doc_section(code: str) -> None:
    assert missing_sections(CHECKS[code]) == []


@pytest.mark.parametrize("code", sorted(CHECKS))
def test_docs_page_is_up_to_date(code: str) -> None:
    page_path = DOCS / f"{code}.md"
    assert page_path.read_text(encoding="utf-8") == page(CHECKS[code]), (
        "regenerate with: python -m schemelint.checkdocs docs/checks"
    )


def test_docs_index_is_up_to_date() -> None:
    assert (DOCS / "README.md").read_text(encoding="utf-8") == index(list(CHECKS.values()))


@pytest.mark.parametrize("code", sorted(CHECKS))
def test_check_has_pass_and_fail_cases(code: str) -> None:
    import yaml

    cases = yaml.safe_load((CASES / f"{code}.yaml").read_text(encoding="utf-8"))
    fires = [c for c in cases if any(e["code"] == code for e in c["expect"])]
    quiet = [c for c in cases if not any(e["code"] == code for e in c["expect"])]
    assert fires and quiet, f"{code} needs cases where it fires and cases where it must not"
