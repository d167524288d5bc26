"""Fixed costs of a run: the pack is compiled only as far as a document needs it, and YAML goes
through the C parser when PyYAML has it."""

from __future__ import annotations

import yaml

from schemelint import phrases, safeyaml
from schemelint.config import Config
from schemelint.engine import Linter
from schemelint.model import SourceFile
from schemelint.phrases import PhraseSet
from schemelint.rulepack import builtin_dir, load_file

CLEAN = "# Notes\n\nThe model was evaluated on held-out tasks; nothing unusual happened.\n" * 50


def _compiled(pack: object) -> list[str]:
    """The phrase sets of ``pack`` that have been compiled."""
    sets: list[tuple[str, PhraseSet | None]] = [
        (f"inference.{k}", v) for k, v in pack.inference.phrase_sets()]  # type: ignore[attr-defined]
    sets += [(f"qualifiers of {s.id}", s.qualifiers) for s in pack.senses]  # type: ignore[attr-defined]
    sets += [(f"assumption {a.id}", a.regex) for a in pack.assumptions]  # type: ignore[attr-defined]
    out = [name for name, ps in sets if ps is not None and ps._rx is not None]
    if "cue_set" in vars(pack) and pack.cue_set._rx is not None:  # type: ignore[attr-defined]
        out.append("cues")
    return out


def _fresh(name: str) -> object:
    """A pack loaded anew, with none of its phrase sets shared with packs loaded before."""
    phrases._shared.cache_clear()
    return load_file(builtin_dir() / f"{name}.yaml")


def test_loading_a_pack_compiles_no_phrase_set() -> None:
    pack = _fresh("sandbagging")
    assert _compiled(pack) == []
    assert "term_regex" not in vars(pack)


def test_a_term_free_draft_compiles_no_phrase_set() -> None:
    pack = _fresh("scheming")
    linter = Linter()
    linter.packs._cache[(("scheming",), ())] = [pack]
    (result,) = linter.lint_source(SourceFile("clean.md", CLEAN), Config())
    assert result.diagnostics == [] and result.mentions == []
    assert _compiled(pack) == []


def test_yaml_goes_through_the_c_parser_when_present() -> None:
    if getattr(yaml, "__with_libyaml__", False):
        assert safeyaml._Loader is yaml.CSafeLoader
    assert safeyaml.load("a: [1, 2]\n") == {"a": [1, 2]}


def test_the_pack_file_parses_the_same_with_either_parser() -> None:
    text = (builtin_dir() / "scheming.yaml").read_text("utf-8")
    assert safeyaml.load(text) == yaml.load(text, Loader=yaml.SafeLoader)


