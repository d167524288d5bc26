"""schemelint: a terminology linter for "schemer" and "scheming" in research writing."""

from __future__ import annotations

__version__ = "0.1.0"
