"""The published JSON Schemas (``data/*.schema.json``) and the one way their errors are said.

Rule packs and config files are validated here, and a problem is one line: the key (as a path,
``senses[0].cues[1].weight``) and what is wrong with it, in the schema's words. The value from
the file is never repeated (a config pointing at a secrets file must not print it), except a
short excerpt of an unknown key's name.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from schemelint import sanitize


@lru_cache(maxsize=4)
def schema(name: str) -> dict[str, Any]:
    """``data/<name>.schema.json``."""
    text = resources.files("schemelint").joinpath(f"data/{name}.schema.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@lru_cache(maxsize=4)
def _validator(name: str) -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(schema(name))


def first_error(data: Any, name: str, words: dict[str, str] | None = None) -> str | None:
    """``"key: problem"`` for the first error of ``data`` against schema ``name`` (errors are
    ordered by key path), or ``None`` when it is valid. ``words`` renames JSON's type names
    (a config file says "table" and "list" for object and array)."""
    errors = sorted(_validator(name).iter_errors(data), key=lambda e: [
        (0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in e.absolute_path])
    if not errors:
        return None
    err = _deepest(errors[0])
    key = _key_path(err.absolute_path) or "(top level)"
    return f"{key}: {_message(err, words or {})}"


def _deepest(err: Any) -> Any:
    """For a value that fits none of a ``oneOf``/``anyOf``, the alternative that got furthest
    (a list with a number in it says which item, not that the whole is "not valid")."""
    while err.context:
        deeper = [e for e in err.context if len(e.absolute_path) > len(err.absolute_path)]
        if not deeper:
            break
        err = max(deeper, key=lambda e: len(e.absolute_path))
    return err


def _message(err: Any, words: dict[str, str]) -> str:
    v, want, inst = err.validator, err.validator_value, err.instance

    def t(name: str) -> str:
        return words.get(name, name)

    if v == "type":
        wanted = " or ".join(t(w) for w in want) if isinstance(want, list) else t(str(want))
        return f"expected {wanted}, got {t(_json_type(inst))}"
    if v in ("oneOf", "anyOf"):
        kinds = [t(str(s.get("type"))) for s in want if isinstance(s, dict) and "type" in s]
        if kinds:
            return f"expected {' or '.join(kinds)}, got {t(_json_type(inst))}"
        return "does not match any of the allowed forms"
    if v == "required":
        missing = [k for k in want if not (isinstance(inst, dict) and k in inst)]
        return f"missing required key '{missing[0] if missing else want[0]}'"
    if v == "additionalProperties" and isinstance(inst, dict):
        known = sorted((err.schema or {}).get("properties", {}))
        extra = [k for k in inst if k not in known]
        shown = sanitize.excerpt(str(extra[0]) if extra else "?")
        return f"unknown key {shown} (known keys: {', '.join(known)})" if known else f"unknown key {shown}"
    if v == "enum":
        return "expected one of: " + ", ".join(str(x) for x in want)
    if v == "const":
        return f"expected {want!r}"
    if v in ("minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum",
             "exclusiveMinimum", "exclusiveMaximum", "minProperties", "uniqueItems"):
        return f"fails {v} = {want!r}"
    if v == "pattern":
        return f"does not match the pattern {want!r}"
    return f"does not match the schema ({v})"


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null" if value is None else type(value).__name__


def _key_path(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
