"""Config parsing: validated by data/config.schema.json with the rule packs' error format."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from schemelint.config import Config, ConfigError, ConfigFinder, parse
from schemelint.model import Severity

ROOT = Path("/project")


def _error(data: Any) -> str:
    with pytest.raises(ConfigError) as info:
        parse(data, "c.yaml", ROOT)
    return str(info.value)


def test_every_key_parses() -> None:
    c = parse({
        "select": ["SL1"], "ignore": "SL202", "severity": {"SL100": "Error"},
        "per-path-ignores": {"old/*": "SL101"}, "sense": {"scheming": "worst-case"},
        "packs": ["scheming", "sandbagging"], "rule-packs": "mine.yaml", "exclude": ["archive/"],
        "allow-outside-root": True,
        "latex": {"skip-macros": ["\\todo"], "prose-macros": "caption",
                  "term-macros": {"gls": "scheming"}, "skip-environments": ["tikzpicture"]},
    }, "c.yaml", ROOT)
    assert c.select == ("SL1",) and c.ignore == ("SL202",)
    assert c.severity == {"SL100": Severity.ERROR}
    assert c.per_path_ignores == {"old/*": ("SL101",)}
    assert c.sense == {"scheming": "worst-case"} and c.sense_from == "c.yaml: sense"
    assert c.packs == ("scheming", "sandbagging")
    assert c.rule_packs == (str((ROOT / "mine.yaml").resolve()),)
    assert c.allow_outside_root is True
    assert c.latex.skip_macros == frozenset({"todo"}) and c.latex.prose_macros == frozenset({"caption"})
    assert c.latex.term_macros == {"gls": "scheming"}


def test_an_empty_file_is_the_defaults() -> None:
    assert parse(None, "c.yaml", ROOT) == Config(path="c.yaml", root=ROOT)


def test_term_macros_as_a_list() -> None:
    assert parse({"latex": {"term-macros": ["\\gls", "acr"]}}, "c", ROOT).latex.term_macros == {
        "gls": "", "acr": ""}


@pytest.mark.parametrize(("data", "message"), [
    ({"selct": []}, ("c.yaml: (top level): unknown key 'selct' (known keys: allow-outside-root, "
                     "documents, exclude, ignore, latex, packs, per-path-ignores, rule-packs, select, sense, "
                     "severity)")),
    ({"select": ["SL1", 3]}, "c.yaml: select[1]: expected string, got number"),
    ({"severity": {"SL100": "loud"}}, "c.yaml: severity.SL100: expected one of: error, warning, info"),
    ({"latex": "x" * 5000}, "c.yaml: latex: expected table, got string"),
    ({"latex": {"macros": []}}, ("c.yaml: latex: unknown key 'macros' (known keys: "
                                 "prose-macros, skip-environments, skip-macros, term-macros)")),
    ({"allow-outside-root": "yes"}, "c.yaml: allow-outside-root: expected true or false, got string"),
    ({"sense": 3}, "c.yaml: sense: expected string or table, got number"),
    ([1, 2], "c.yaml: (top level): expected table, got list"),
])
def test_errors_are_one_line_naming_the_key(data: Any, message: str) -> None:
    assert _error(data) == message


def test_a_code_that_names_no_check_is_an_error() -> None:
    assert "SL999" in _error({"ignore": ["SL999"]})


def test_the_schema_is_published_and_lists_every_key_parse_reads() -> None:
    schema = json.loads(resources.files("schemelint").joinpath("data/config.schema.json").read_text())
    assert set(schema["properties"]) == {
        "select", "ignore", "severity", "per-path-ignores", "sense", "packs", "rule-packs",
        "exclude", "latex", "allow-outside-root", "documents"}
    assert schema["additionalProperties"] is False


def test_the_finder_looks_up_each_folder_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".schemelint.yaml").write_text("ignore: [SL202]\n")
    from schemelint import config as config_module

    loads: list[Path] = []
    real = config_module.load_file
    monkeypatch.setattr(config_module, "load_file", lambda p: loads.append(p) or real(p))
    finder = ConfigFinder()
    for name in ("a.md", "b.md", "a.md"):
        assert finder.for_path(tmp_path / name).ignore == ("SL202",)
    assert loads == [tmp_path / ".schemelint.yaml"]
