"""Every key the rule-pack schema allows is read by the code (no dead keys).

Each key of ``rulepack.schema.json`` maps to the field of the typed model it is loaded into;
the test fails when the schema gains a key that no field holds, when the loader leaves a field
empty for a pack that gives the key, or when no code outside the loader reads the field. A
dead key is a promise to pack authors that nothing keeps.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from schemelint import rulepack
from schemelint.rulepack import load_builtin

SRC = Path(rulepack.__file__).resolve().parent

# schema key -> (the object of the scheming pack that holds it, the field it is loaded into);
# containers (an object or list whose own keys are listed) map to None.
FIELDS: dict[str, tuple[str, str] | None] = {
    "schema": None,  # a constant the schema checks; nothing to read
    "name": ("pack", "name"),
    "description": ("pack", "description"),
    "term": None,
    "term.label": ("pack", "term_label"),
    "term.forms": ("pack", "forms"),
    "term.verb_forms": ("pack", "verb_forms"),
    "term.verb_cues": ("pack", "verb_cues"),
    "term.noun_cues": ("pack", "noun_cues"),
    "term.not_term": ("pack", "not_term"),
    "term.relative_cues": ("pack", "relative_cues"),
    "term.verb_followers": ("pack", "verb_followers"),
    "senses": ("pack", "senses"),
    "senses[].id": ("sense", "id"),
    "senses[].label": ("sense", "label"),
    "senses[].description": ("sense", "description"),
    "senses[].qualified_term": ("sense", "qualified_term"),
    "senses[].qualified_activity": ("sense", "qualified_activity"),
    "senses[].qualifiers": ("sense", "qualifiers"),
    "senses[].cues": ("sense", "cues"),
    "senses[].cues[].phrase": ("cue", "phrase"),
    "senses[].cues[].weight": ("cue", "weight"),
    "roles": None,
    "roles.unclear": ("roles", "unclear"),
    "roles.casual": ("roles", "casual"),
    "roles.evidence": ("roles", "evidence"),
    "roles.conclusion": ("roles", "conclusion"),
    "definitions": ("pack", "definitions"),
    "assumptions": ("pack", "assumptions"),
    "assumptions[].id": ("assumption", "id"),
    "assumptions[].name": ("assumption", "name"),
    "assumptions[].fix": ("assumption", "fix"),
    "assumptions[].cues": ("assumption", "regex"),
    "assumptions[].clause": ("assumption", "clause"),
    "assumptions[].role": ("misalignment", "role"),
    "inference": None,
    **{f"inference.{k}": ("inference", k) for k in rulepack.INFERENCE_PHRASES},
    "inference.labels": ("inference", "labels"),
    "inference.topic": ("inference", "topic"),
    "messages": None,
    **{f"messages.{k}": ("messages", k) for k in (
        "gaming_evidence", "evidence_kinds", "misalignment", "misalignment_fallback",
        "misalignment_fallback_detail", "label", "label_detail")},
}

# Fields read through a helper of the model rather than by name: (field, the helper's name).
READ_THROUGH = {
    ("inference", k): "phrase_sets" for k in rulepack.INFERENCE_PHRASES  # the judges' cue tokens
} | {
    ("pack", "forms"): "term_regex",
    ("pack", "verb_forms"): "term_regex",
    ("cue", "phrase"): "cue_of",
    ("misalignment", "role"): "misalignment_assumptions",
    ("inference", "labels"): "labels",
    ("messages", "evidence_kinds"): "evidence_words",
}


def _schema_keys() -> Iterator[str]:
    schema = json.loads(resources.files("schemelint").joinpath("data/rulepack.schema.json")
                        .read_text("utf-8"))

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            ref = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
            node = {**ref, **{k: v for k, v in node.items() if k != "$ref"}}
        return node

    def walk(node: dict[str, Any], prefix: str) -> Iterator[str]:
        node = resolve(node)
        if isinstance(node.get("items"), dict):
            yield from walk(node["items"], prefix + "[]")
        for key, sub in node.get("properties", {}).items():
            path = f"{prefix}.{key}" if prefix else key
            yield path
            yield from walk(sub, path)

    return walk(schema, "")


def _read_attributes() -> set[str]:
    """Every attribute name read in the package outside the loader."""
    names: set[str] = set()
    for path in SRC.rglob("*.py"):
        if path.name == "rulepack.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
                names.add(node.attr)
    return names


def _holders() -> dict[str, object]:
    pack = load_builtin("scheming")
    return {
        "pack": pack,
        "sense": pack.senses[0],
        "cue": pack.senses[0].cues[0],
        "roles": pack.roles,
        "assumption": pack.assumptions[0],
        "misalignment": pack.misalignment_assumptions()[0],
        "inference": pack.inference,
        "messages": pack.messages,
    }


def test_every_schema_key_has_a_field() -> None:
    keys = set(_schema_keys())
    assert keys - set(FIELDS) == set(), "schema keys that no model field holds"
    assert set(FIELDS) - keys == set(), "fields mapped from keys the schema no longer has"


@pytest.mark.parametrize("key", [k for k, v in FIELDS.items() if v is not None])
def test_the_loader_fills_the_field(key: str) -> None:
    holder, name = FIELDS[key]  # type: ignore[misc]
    value = getattr(_holders()[holder], name)
    # the scheming pack gives every key except the empty not_term list
    assert value or key == "term.not_term", f"{key} is in the pack but {holder}.{name} is empty"


@pytest.mark.parametrize("key", [k for k, v in FIELDS.items() if v is not None])
def test_some_code_reads_the_field(key: str) -> None:
    holder, name = FIELDS[key]  # type: ignore[misc]
    read = _read_attributes()
    via = READ_THROUGH.get((holder, name))
    assert name in read or (via is not None and via in read), (
        f"{key}: no code reads {holder}.{name}; use the key or remove it from the schema")


def test_a_dead_key_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The meta-test's own check: a field nobody reads fails it."""
    monkeypatch.setitem(FIELDS, "roles.gaming", ("roles", "gaming_never_read"))
    with pytest.raises(AssertionError, match="no code reads"):
        test_some_code_reads_the_field("roles.gaming")
