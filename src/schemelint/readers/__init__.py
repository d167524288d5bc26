"""Markup readers: each turns a source file into prose :class:`~schemelint.model.Segment` s.

A reader is a module with one function ``read(source, load, options) -> Document``. ``load(target,
including)`` returns the :class:`SourceFile` an include directive names (LaTeX ``\\input``), or
raises :class:`~schemelint.model.ReadError`. Register a new markup in :data:`schemelint.registry.READERS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from schemelint.model import Document, SourceFile

Loader = Callable[[str, SourceFile], SourceFile]


@dataclass(frozen=True)
class ReaderOptions:
    """Markup settings from the config; readers ignore what does not concern them."""

    skip_macros: frozenset[str] = frozenset()  # LaTeX macros whose arguments are not prose
    prose_macros: frozenset[str] = frozenset()  # LaTeX macros whose last argument is prose
    term_macros: dict[str, str] = field(default_factory=dict)  # \gls{key} -> the term it prints
    skip_environments: frozenset[str] = frozenset()  # LaTeX environments that hold no prose


class Reader(Protocol):
    # source: the file to read; load: resolves include targets; options: markup settings
    def __call__(
        self, source: SourceFile, load: Loader, options: ReaderOptions
    ) -> Document: ...  # pragma: no cover


def _extensions() -> tuple[str, ...]:
    from schemelint.registry import reader_extensions

    return reader_extensions()


EXTENSIONS = _extensions()


def reader_for(path: str) -> Reader | None:
    """The reader for a path, chosen by its extension (imported on first use), or ``None``."""
    from schemelint.registry import reader_info, reader_module

    info = reader_info(path)
    if info is None:
        return None
    read: Reader = reader_module(info).read
    return read
