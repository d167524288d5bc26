"""Output formats. A formatter has ``start(stream)``, ``handle(result)``, ``finish(summary)``;
they differ only in how one result is written. Register new formats in ``FORMATTERS``."""

from __future__ import annotations

from typing import IO, Protocol

from schemelint.model import FileResult


class Formatter(Protocol):
    # called once, before any result
    def start(self, stream: IO[str]) -> None: ...  # pragma: no cover
    # called for every file, in order
    def handle(self, result: FileResult) -> None: ...  # pragma: no cover
    # called once at the end
    def finish(self) -> None: ...  # pragma: no cover


FORMATTERS = {
    "text": "schemelint.formatters.text:TextFormatter",
    "json": "schemelint.formatters.json:JsonFormatter",
    "sarif": "schemelint.formatters.sarif:SarifFormatter",
    "github": "schemelint.formatters.github:GithubFormatter",
    "grouped": "schemelint.formatters.text:GroupedFormatter",
}
# Not a --format choice: --statistics picks it.
_EXTRA = {"statistics": "schemelint.formatters.text:StatisticsFormatter"}


def get(name: str, **options: object) -> Formatter:
    import importlib

    module, cls = {**FORMATTERS, **_EXTRA}[name].split(":")
    return getattr(importlib.import_module(module), cls)(**options)  # type: ignore[no-any-return]


NAMES = tuple(FORMATTERS)
