"""The shipped rule packs as JSON, so that a run that loads only them never imports YAML.

``rules/NAME.yaml`` is the source; ``rules/NAME.json`` holds the same data with the SHA-256 of
the YAML text it was made from. A run uses the JSON only when that hash matches the YAML file
as it is now, so an edited pack whose JSON was not remade is read from its YAML (slower, never
stale). Importing PyYAML and parsing the 30 KB pack costs about 40 ms of CPU, a quarter of a
run over a clean draft; the JSON loads in well under 1 ms.

Remake the JSON after editing a shipped pack (the test suite fails until you do)::

    python -m schemelint.packcache
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from schemelint.shipped import builtin_dir


def _digest(text: bytes) -> str:
    return hashlib.sha256(text).hexdigest()


def compiled(yaml_path: Path) -> Any | None:
    """The pack's data from its JSON twin, or ``None`` when there is none or it is stale."""
    twin = yaml_path.with_suffix(".json")
    try:
        stored = json.loads(twin.read_text(encoding="utf-8"))
        source = yaml_path.read_bytes()
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("source_sha256") != _digest(source):
        return None
    return stored.get("pack")


def compile_pack(yaml_path: Path) -> Path:
    """Write ``yaml_path``'s JSON twin; returns its path."""
    from schemelint import safeyaml

    source = yaml_path.read_bytes()
    data = safeyaml.load(source.decode("utf-8"))
    twin = yaml_path.with_suffix(".json")
    body = {"source_sha256": _digest(source), "pack": data}
    twin.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return twin


def main(argv: list[str] | None = None) -> int:
    folder = Path(argv[0]) if argv else builtin_dir()
    for path in sorted(folder.glob("*.yaml")):
        print(compile_pack(path))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
