"""The contracts of schemelint's three extension points: checks, readers, output formats.

Each kind has one registry (:mod:`schemelint.registry`) that every edge reads: the CLI, the
config, the docs generator, the formatters and the language server. This module imports no
implementation, so anything may depend on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from schemelint.model import Diagnostic, Severity

if TYPE_CHECKING:
    from schemelint.analysis import Analysis


class Check(Protocol):
    """A document check: its code and name, default severity, ruff-style docs and ``run``."""

    @property
    def code(self) -> str: ...  # pragma: no cover
    @property
    def name(self) -> str: ...  # pragma: no cover
    @property
    def severity(self) -> Severity: ...  # pragma: no cover
    @property
    def docs(self) -> str: ...  # pragma: no cover
    @property
    def source(self) -> str: ...  # pragma: no cover (the file that defines it)

    def run(self, analysis: Analysis) -> Iterable[Diagnostic]: ...  # pragma: no cover


@dataclass(frozen=True)
class CheckSpec:
    """The usual way to define a :class:`Check`: ``CHECK = CheckSpec(CODE, NAME, SEVERITY,
    __doc__ or "", __file__, run)`` at the end of the check's module."""

    code: str
    name: str
    severity: Severity
    docs: str
    source: str
    runner: Callable[[Analysis], Iterable[Diagnostic]]

    def run(self, analysis: Analysis) -> Iterable[Diagnostic]:
        return self.runner(analysis)


@dataclass(frozen=True)
class CommentSyntax:
    """How a markup writes a comment that holds a schemelint directive."""

    start: str  # "<!-- " or "% "
    end: str = ""  # " -->" or nothing

    def wrap(self, body: str) -> str:
        return f"{self.start}{body}{self.end}"


@dataclass(frozen=True)
class ReaderInfo:
    """A markup reader: which files it reads, its comments, and the files a file includes.

    ``module`` (under :mod:`schemelint.readers`) has ``read(source, load, options) -> Document``;
    with ``includes``, it also has ``includes(text) -> list[str]``: the targets of its include
    directives as written (LaTeX ``\\input{...}``), found without parsing the file."""

    name: str  # shown in docs: "Markdown"
    module: str
    extensions: tuple[str, ...]
    comment: CommentSyntax | None = None  # None: no comments (suppressions need a line of its own)
    includes: bool = False
    docs: str = ""


@dataclass(frozen=True)
class FormatInfo:
    """An output format: ``--format NAME`` builds ``module:cls`` (a :class:`Formatter`)."""

    name: str
    target: str  # "schemelint.formatters.text:TextFormatter"
    docs: str
    choice: bool = True  # offered by --format (statistics is chosen by --statistics)
