"""The values that flow through the pipeline: reader -> mentions -> senses -> checks -> output.

Everything here carries character offsets into a decoded source text; lines and columns are
computed only when a result is written out (see :mod:`schemelint.lineindex`).
"""

from __future__ import annotations

import bisect
import enum
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from schemelint.lineindex import LineIndex


class RulePackError(Exception):
    """A rule pack is malformed; the message names the file and the key (raised by
    :mod:`schemelint.rulepack`; defined here so that callers can catch it without loading
    the pack machinery)."""


class ReadError(Exception):
    """A file could not be read or parsed; the message is one line, without the path."""


class EmptyFile(ReadError):
    """The file holds nothing to lint: a warning, not a failure."""


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass
class SourceFile:
    """One file on disk, decoded (BOM removed), with the path as the user should see it."""

    path: str
    text: str
    _index: LineIndex | None = field(default=None, repr=False, compare=False)

    @property
    def index(self) -> LineIndex:
        if self._index is None:
            self._index = LineIndex(self.text)
        return self._index


@dataclass(frozen=True)
class Piece:
    """``length`` characters of segment text starting at ``text_start`` come from the source at
    ``source_start``. A synthetic piece (a space a reader inserted) has no source characters and
    maps every offset to ``source_start``."""

    text_start: int
    source_start: int
    length: int
    synthetic: bool = False


@dataclass
class Segment:
    """A block of prose pulled out of a source file, with an exact map back to the source."""

    source: SourceFile
    kind: str  # paragraph, heading, list-item, table-cell, quote, footnote, caption, ...
    text: str
    pieces: tuple[Piece, ...]
    _starts: list[int] | None = field(default=None, repr=False, compare=False)
    links: tuple[tuple[int, int], ...] = ()  # segment offsets of link texts ([text](url))
    # a heading's depth when the reader knows it (a Markdown ATX heading's number of "#", a
    # LaTeX section 1, subsection 2, ...)
    level: int | None = None
    # what the stages read of this block, computed once and kept with it (not in module-level
    # caches): its sentences, and its rule-pack cue hits per pack
    _sentences: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)
    _cue_hits: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def sentence_spans(self) -> list[tuple[int, int]]:
        """The block's sentences (the package's one splitter), split once."""
        if self._sentences is None:
            from schemelint import sentences

            self._sentences = sentences.split(self.text)
        return self._sentences

    def to_source(self, offset: int) -> int:
        """Source offset of the character at segment offset ``offset``."""
        if not self.pieces:
            return 0
        if self._starts is None:
            self._starts = [p.text_start for p in self.pieces]
        i = max(bisect.bisect_right(self._starts, offset) - 1, 0)
        p = self.pieces[i]
        if p.synthetic:
            return p.source_start
        return p.source_start + min(max(offset - p.text_start, 0), p.length)

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the segment span ``[start, end)`` (end exclusive)."""
        if end <= start:
            s = self.to_source(start)
            return s, s
        return self.to_source(start), self.to_source(end - 1) + 1


class SegmentBuilder:
    """Collects source slices (and the odd synthetic space) into one :class:`Segment`."""

    def __init__(self, source: SourceFile, kind: str, level: int | None = None) -> None:
        self.source = source
        self.kind = kind
        self.level = level
        self._parts: list[str] = []
        self._pieces: list[Piece] = []
        self._len = 0
        self._links: list[tuple[int, int]] = []

    def add(self, start: int, end: int, text: str | None = None) -> None:
        """Append ``source.text[start:end]``; ``text`` may replace it only with equal length."""
        if end <= start:
            return
        chunk = self.source.text[start:end] if text is None else text
        assert len(chunk) == end - start
        last = self._pieces[-1] if self._pieces else None
        if last and not last.synthetic and last.source_start + last.length == start:
            self._pieces[-1] = Piece(last.text_start, last.source_start, last.length + len(chunk))
        else:
            self._pieces.append(Piece(self._len, start, len(chunk)))
        self._parts.append(chunk)
        self._len += len(chunk)

    def add_synthetic(self, text: str, at: int) -> None:
        """Append text that is not in the source (a separator), mapped to source offset ``at``."""
        if not text:
            return
        self._pieces.append(Piece(self._len, at, len(text), synthetic=True))
        self._parts.append(text)
        self._len += len(text)

    def ends_with_space(self) -> bool:
        return not self._parts or self._parts[-1][-1:].isspace()

    def empty(self) -> bool:
        return not "".join(self._parts).strip()

    def length(self) -> int:
        return self._len

    def link(self, start: int, end: int) -> None:
        """Mark segment offsets ``[start, end)`` as the text of a link."""
        if end > start:
            self._links.append((start, end))

    def build(self) -> Segment:
        return Segment(self.source, self.kind, "".join(self._parts), tuple(self._pieces),
                       links=tuple(self._links), level=self.level)


@dataclass(frozen=True)
class Comment:
    """A comment (HTML comment, LaTeX ``%`` comment) that may carry a schemelint directive."""

    source: SourceFile
    start: int
    end: int
    text: str  # the comment body, without the comment markers


@dataclass
class Document:
    """What a reader hands on: the prose of a document that may span several files."""

    root: SourceFile
    files: list[SourceFile]
    segments: list[Segment]
    comments: list[Comment] = field(default_factory=list)
    front_matter: dict[str, Any] | None = None
    markup: str = "plain"  # plain, markdown, latex
    glossary: list[tuple[str, str]] = field(default_factory=list)  # (term, description)
    errors: list[str] = field(default_factory=list)  # problems that did not stop the reading
    warnings: list[str] = field(default_factory=list)  # shown, never a failure (ignored front matter)
    # what the stages derive from the whole document once and share (the blocks of a pasted
    # abstract), kept with it rather than in module-level caches
    _derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class Span:
    """A span of a source file, end exclusive."""

    source: SourceFile
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.source.text[self.start : self.end]


@dataclass(frozen=True, eq=False)
class Mention:
    """One use of a contested term. Frozen: each stage that refines a reading (whose words,
    the sense, definitions, the document's light) returns new mentions made with
    :func:`dataclasses.replace`; compared and hashed by identity."""

    span: Span
    term: str
    segment: Segment
    seg_start: int
    seg_end: int
    sense: str = "unclear"
    confidence: float = 0.0
    cues: list[str] = field(default_factory=list)
    definition: bool = False  # it defines the term, or names the word itself ("the word 'x'")
    defines: bool = False  # it really defines the term (a definitional sentence or gloss)
    qualified: str | None = None  # a qualifier that fixes the sense ("instrumental", "worst-case")
    # The cues are the classifier's own deciding words (no rule-pack cue spoke for the sense):
    # shown to the writer, but too weak to ground a finding on.
    learned_cues: bool = False
    # Whose words: "own", "quoted" (inside a quotation of someone else) or "title" (the title
    # of a cited work). Only the writer's own uses ground SL101, SL102 and SL202.
    voice: str = "own"
    # Where the sense came from: "sentence" (the words around it), "definition" (it defines
    # the term) or "document" (the document's definitions or its other uses).
    sense_from: str = "sentence"

    @cached_property
    def foil(self) -> bool:
        """The use is the foil of a comparison ("Alignment faking is distinct from scheming:
        <a gloss of alignment faking>", "more concerning than scheming"): it defines nothing,
        its sense is read from the other thing's words, and it grounds no finding."""
        from schemelint.grammar import foil_before

        return foil_before(self.segment.text, self.seg_start)


@dataclass(frozen=True)
class Fix:
    """Replace ``span`` with ``replacement`` (an insertion when the span is empty)."""

    span: Span
    replacement: str
    description: str
    safe: bool = True


@dataclass(frozen=True)
class Related:
    span: Span
    message: str


@dataclass
class Diagnostic:
    code: str
    name: str
    severity: Severity
    span: Span
    message: str
    related: list[Related] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)  # explanation: cues, missing assumptions


@dataclass
class FileResult:
    """Everything reported for one path: its mentions, findings, or a one-line error."""

    path: str
    mentions: list[Mention] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None  # set only when the file could not be linted
    source: SourceFile | None = None
    warnings: list[str] = field(default_factory=list)  # problems that did not stop it
    suppressions: list[Any] = field(default_factory=list)  # directives.Suppression of this file
