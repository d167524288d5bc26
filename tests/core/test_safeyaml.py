"""YAML errors are put in words in one place (safeyaml.describe)."""

from __future__ import annotations

import pytest
import yaml

from schemelint import safeyaml


def _error(text: str) -> yaml.YAMLError:
    with pytest.raises(yaml.YAMLError) as info:
        safeyaml.load(text)
    return info.value


def test_a_syntax_error_names_the_line_and_the_problem() -> None:
    assert safeyaml.describe(_error("a: [1, 2\nb: 3\n")) .startswith(" (line ")
    assert ": " in safeyaml.describe(_error("a: [1, 2\nb: 3\n"))


def test_limits_only_says_the_problem_only_for_a_limit() -> None:
    syntax = _error("a: [1, 2\nb: 3\n")
    assert safeyaml.describe(syntax, 2, limits_only=True) == f" (line {syntax.problem_mark.line + 2})"
    alias = _error("a: &x 1\nb: *x\n")
    assert safeyaml.describe(alias, 1, limits_only=True) == " (line 2): aliases (*name) are not allowed"


def test_the_offending_text_is_never_repeated() -> None:
    assert "s3cret" not in safeyaml.describe(_error("key: [s3cret\n"))
