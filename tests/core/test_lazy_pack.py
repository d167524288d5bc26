"""Fixed costs of a run: the pack is compiled only as far as a document needs it, and YAML goes
through the C parser when PyYAML has it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from schemelint import packcache, phrases, safeyaml
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




def test_every_shipped_pack_has_a_fresh_json_twin() -> None:
    # fails after an edit of rules/*.yaml until `python -m schemelint.packcache` is run
    for path in sorted(builtin_dir().glob("*.yaml")):
        data = packcache.compiled(path)
        assert data is not None, f"{path.with_suffix('.json').name} is missing or stale"
        assert data == safeyaml.load(path.read_text("utf-8"))


def test_a_stale_twin_is_ignored_and_the_yaml_read(tmp_path: Path) -> None:
    source = builtin_dir() / "sandbagging.yaml"
    copy = tmp_path / "sandbagging.yaml"
    copy.write_bytes(source.read_bytes())
    packcache.compile_pack(copy)
    assert packcache.compiled(copy) == safeyaml.load(copy.read_text("utf-8"))
    copy.write_text(copy.read_text("utf-8").replace("sandbagging", "sandbaggin", 1), "utf-8")
    assert packcache.compiled(copy) is None  # edited after its twin was made
    (tmp_path / "sandbagging.json").write_text("{not json", "utf-8")
    assert packcache.compiled(copy) is None


def test_a_term_free_run_imports_neither_yaml_nor_a_markup_parser(tmp_path: Path) -> None:
    draft = tmp_path / "clean.md"
    draft.write_text(CLEAN, "utf-8")
    code = ("import sys; from schemelint.cli import main\n"
            "try: main([sys.argv[1]])\nexcept SystemExit: pass\n"
            "print(sorted(m for m in ('yaml', 'markdown_it', 'pylatexenc') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(draft)], capture_output=True,
                         text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"
