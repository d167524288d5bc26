"""Output formats. A formatter has ``start(stream)``, ``handle(result)``, ``finish(summary)``;
they differ only in how one result is written. Register new formats in
:data:`schemelint.registry.FORMATS`."""

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


def get(name: str, **options: object) -> Formatter:
    """The formatter registered as ``name`` in :mod:`schemelint.registry`."""
    from schemelint.registry import make_formatter

    formatter: Formatter = make_formatter(name, **options)
    return formatter


def _names() -> tuple[str, ...]:
    from schemelint.registry import format_names

    return format_names()


NAMES = _names()
