"""Where the shipped rule packs live: inside the package once installed, else ``rules/`` of
the source checkout. Kept apart from :mod:`schemelint.rulepack`, which imports YAML, so that
the result cache can stamp the packs without loading one."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def builtin_dir() -> Path:
    """The folder of the shipped packs: inside the package once installed, else ``rules/``."""
    inside = Path(str(resources.files("schemelint"))) / "rules"
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[2] / "rules"
