"""``schemelint config PATH``: the effective settings as TOML, with the source of each value."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from schemelint.config import CONFIG_NAMES, Config, load_raw

_BARE = re.compile(r"^[A-Za-z0-9_-]+$")
_FIELDS = {  # config key -> Config field
    "select": "select", "ignore": "ignore", "severity": "severity",
    "per-path-ignores": "per_path_ignores", "sense": "sense", "packs": "packs",
    "rule-packs": "rule_packs", "exclude": "exclude", "latex": "latex",
    "allow-outside-root": "allow_outside_root",
}


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if hasattr(value, "value") and isinstance(value.value, str):  # Severity
        return json.dumps(value.value)
    if isinstance(value, (list, tuple, frozenset, set)):
        items = sorted(value) if isinstance(value, (frozenset, set)) else value
        return "[" + ", ".join(toml_value(v) for v in items) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(type(value).__name__)


def toml_key(key: str) -> str:
    return key if _BARE.match(key) else json.dumps(key, ensure_ascii=False)


def _latex(config: Config) -> dict[str, Any]:
    opts = config.latex
    return {
        "skip-macros": sorted(opts.skip_macros),
        "prose-macros": sorted(opts.prose_macros),
        "term-macros": dict(opts.term_macros),
        "skip-environments": sorted(opts.skip_environments),
    }


def _document_sense(path: Path) -> tuple[str, str] | None:
    """The sense a document declares itself (front matter or a comment directive)."""
    if not path.is_file():
        return None
    from schemelint import directives, sources
    from schemelint.model import ReadError
    from schemelint.readers import ReaderOptions, reader_for

    reader = reader_for(str(path))
    if reader is None:
        return None
    try:
        source = sources.read_source(str(path))

        def no_includes(target: str, including: Any) -> Any:
            raise ReadError("not followed")

        doc = reader(source, no_includes, ReaderOptions())
    except ReadError:
        return None
    parsed = directives.parse(doc.comments)
    if parsed.sense:
        return parsed.sense, f"comment directive in {path}"
    fm = doc.front_matter or {}
    block = fm.get("schemelint") if isinstance(fm, dict) else None
    if isinstance(block, dict) and isinstance(block.get("sense"), str):
        return block["sense"], f"front matter of {path}"
    return None


def render(path: Path, config: Config) -> str:
    raw: dict[str, Any] = {}
    source = "default"
    if config.path:
        file = config.path.split(" [", 1)[0]
        raw = load_raw(Path(file)) or {}
        source = file
    found = source if config.path else (
        f"defaults (no {', '.join(CONFIG_NAMES)} found upwards)")
    lines = [f"# settings for {path}, from {found}", "[tool.schemelint]"]
    for key, name in _FIELDS.items():
        value: Any = _latex(config) if key == "latex" else getattr(config, name)
        where = source if key in raw else "default"
        if value is None:
            lines.append(f"# {key}: not set ({where})")
            continue
        if isinstance(value, dict) and name == "severity":
            value = {k: v.value for k, v in value.items()}
        lines.append(f"{key} = {toml_value(value)}  # {where}")
    declared = _document_sense(path)
    if declared is not None:
        sense, how = declared
        lines.append(f"# the document declares sense = {toml_value(sense)} ({how}); "
                     "it overrides the config's sense for this document")
    return "\n".join(lines) + "\n"
