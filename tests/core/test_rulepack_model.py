"""The rule pack as a typed model: no key the schema allows goes unread, and the checks'
wording and roles come from the pack."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from schemelint.engine import lint_text
from schemelint.rulepack import (
    Inference,
    Messages,
    RulePackError,
    builtin_dir,
    load_builtin,
    load_file,
)

SRC = Path(__file__).resolve().parents[2] / "src" / "schemelint"

# Schema key -> the attribute of the typed model that holds it (read as ``.attr`` by code
# outside rulepack.py). ``None``: checked by the schema only (the format version).
MODEL_ATTRIBUTE: dict[str, str | None] = {
    "schema": None,
    "name": "name", "description": "description", "term": "term_label",
    "term.label": "term_label", "term.forms": "forms", "term.verb_forms": "verb_forms",
    "term.verb_cues": "verb_cues", "term.noun_cues": "noun_cues", "term.not_term": "not_term",
    "term.relative_cues": "relative_cues", "term.verb_followers": "verb_followers",
    "senses": "senses", "senses[].id": "id", "senses[].label": "label",
    "senses[].description": "description", "senses[].qualified_term": "qualified_term",
    "senses[].qualified_activity": "qualified_activity", "senses[].qualifiers": "qualifiers",
    "senses[].cues": "cues", "senses[].cues[].phrase": "phrase", "senses[].cues[].weight": "weight",
    "roles": "roles", "roles.unclear": "unclear", "roles.casual": "casual",
    "roles.evidence": "evidence", "roles.conclusion": "conclusion",
    "roles.misalignment": "misalignment_assumptions",
    "definitions": "definitions", "assumptions": "assumptions", "assumptions[].id": "id",
    "assumptions[].name": "name", "assumptions[].fix": "fix", "assumptions[].cues": "regex",
    "assumptions[].clause": "clause", "inference": "inference", "inference.labels": "labels",
    **{f"inference.{k}": k for k in Inference.__dataclass_fields__},
    "messages": "messages", **{f"messages.{k}": k for k in Messages.__dataclass_fields__},
}
# Inference phrase sets read only as the judge models' input tokens (Inference.kinds()).
TOKENS_ONLY = {"inference.evidence"}


def _schema_keys() -> list[str]:
    schema = json.loads((SRC / "data" / "rulepack.schema.json").read_text("utf-8"))
    out: list[str] = []

    def walk(node: dict[str, Any], path: str) -> None:
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
        if node.get("type") == "array" and "items" in node:
            walk(node["items"], path + "[]")
            return
        for key, sub in node.get("properties", {}).items():
            full = f"{path}.{key}" if path else key
            out.append(full)
            walk(sub, full)

    walk(schema, "")
    return out


def _code_outside_rulepack() -> str:
    return "\n".join(p.read_text("utf-8") for p in SRC.rglob("*.py") if p.name != "rulepack.py")


def test_every_schema_key_has_a_model_attribute() -> None:
    assert sorted(_schema_keys()) == sorted(MODEL_ATTRIBUTE)


@pytest.mark.parametrize("key", _schema_keys())
def test_no_dead_key(key: str) -> None:
    """A key the schema allows is read by some code: its attribute is used outside the
    loader (a dead key fails here: remove it from the schema and the packs, or use it)."""
    attr = MODEL_ATTRIBUTE[key]
    if attr is None:
        return
    if key in TOKENS_ONLY:
        assert "inference.kinds()" in (SRC / "judge" / "cues.py").read_text("utf-8")
        return
    # as an attribute, or by name through getattr (the inference phrase sets in a loop)
    pattern = rf"\.{attr}\b|\"{attr}\""
    assert re.search(pattern, _code_outside_rulepack()), f"{key} ({attr}) is never read"


def test_inference_kinds_keep_the_judge_token_order() -> None:
    pack = load_builtin("scheming")
    assert [k for k, _v in pack.inference.kinds()] == [
        "evidence", "connectives", "conclusions", "hedges", "gaming_evidence",
        "misalignment", "context_dependence", "predictions", "hypothetical"]


def test_misalignment_assumption_comes_from_roles() -> None:
    pack = load_builtin("scheming")
    assert [a.id for a in pack.misalignment_assumptions] == ["A4"]


def _pack_data() -> dict[str, Any]:
    return yaml.safe_load((builtin_dir() / "scheming.yaml").read_text("utf-8"))  # type: ignore[no-any-return]


def test_unknown_misalignment_assumption_is_an_error(tmp_path: Path) -> None:
    data = _pack_data()
    data["roles"]["misalignment"] = "A9"
    p = tmp_path / "pack.yaml"
    p.write_text(yaml.safe_dump(data))
    with pytest.raises(RulePackError, match=r"roles.misalignment: unknown assumption 'A9'"):
        load_file(p)


def test_removed_gaming_role_is_refused(tmp_path: Path) -> None:
    data = _pack_data()
    data["roles"]["gaming"] = "training-gaming"
    p = tmp_path / "pack.yaml"
    p.write_text(yaml.safe_dump(data))
    with pytest.raises(RulePackError, match=r"roles: unknown key 'gaming'"):
        load_file(p)


LABELLED = ("By scheming we mean instrumental training-gaming.\n\n"
            "This model is a schemer.\n")


def _sl202(pack_path: Path) -> list[str]:
    from schemelint.config import Config

    cfg = Config(rule_packs=(str(pack_path),), packs=())
    (res,) = lint_text(LABELLED, "d.md", config=cfg)
    return [d.message for d in res.diagnostics if d.code == "SL202"]


def test_sl202_message_is_the_packs(tmp_path: Path) -> None:
    data = _pack_data()
    data["messages"]["label"] = "“{term}” is a label of ours"
    p = tmp_path / "pack.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True))
    assert _sl202(p) == ["“schemer” is a label of ours"]


def test_shipped_sl202_message_is_unchanged() -> None:
    want = ("“schemer” treats being a schemer as a fixed property of a model; say in which "
            "contexts it games its training, and how consistently")
    assert _sl202(builtin_dir() / "scheming.yaml") == [want]
