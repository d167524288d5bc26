"""``--format json``: the stable contract of SPEC.md, one document for the whole run."""

from __future__ import annotations

import json
from typing import IO, Any

from schemelint import __version__
from schemelint.formatters.positions import diagnostic_dict, mention_dict
from schemelint.model import FileResult


def result_dict(r: FileResult) -> dict[str, Any]:
    return {
        "path": r.path,
        "mentions": [mention_dict(m) for m in r.mentions],
        "diagnostics": [diagnostic_dict(d) for d in r.diagnostics],
        "error": r.error,
        "warnings": list(r.warnings),
    }


class JsonFormatter:
    def __init__(self, **_: object) -> None:
        self.files: list[dict[str, Any]] = []

    def start(self, stream: IO[str]) -> None:
        self.stream = stream

    def handle(self, result: FileResult) -> None:
        self.files.append(result_dict(result))

    def finish(self) -> None:
        # one write: json.dump would write each of tens of thousands of pieces on its own
        self.stream.write(json.dumps({"schemelint": __version__, "files": self.files}, indent=2,
                                     ensure_ascii=False) + "\n")
