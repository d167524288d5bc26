"""The checks' context: everything they read about one document and one rule pack.

It holds values, it runs nothing: the stage order lives in :mod:`schemelint.pipeline`. What the
checks compute once and share (the argument steps, where assumptions are first named) is kept
in typed :class:`Memo` fields of this object, so it lives and dies with the document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from schemelint.config import Config
from schemelint.definitions import Definitions
from schemelint.grammar import modifies_noun
from schemelint.model import Document, Mention
from schemelint.rulepack import RulePack

if TYPE_CHECKING:
    from schemelint.checks.inference import Step as PatternStep
    from schemelint.judge.arguments import Step as LearnedStep

T = TypeVar("T")

OUTVOTED = 4  # agreeing confident uses that outvote a lone use of another sense
VOTE = 0.6  # the confidence at which a use with cue words counts in that vote
DECISIVE = 0.95  # a lone use this confident ...
DECISIVE_CUES = 3  # ... with this many distinct cue words is not outvoted


class Memo(Generic[T]):
    """One value computed on first use and kept (``None`` is a value like any other)."""

    def __init__(self) -> None:
        self._set = False
        self._value: T | None = None

    def get(self, compute: Callable[[], T]) -> T:
        if not self._set:
            self._value, self._set = compute(), True
        return self._value  # type: ignore[return-value]


@dataclass
class Analysis:
    document: Document
    pack: RulePack
    config: Config
    mentions: list[Mention]
    definitions: Definitions
    # shared by SL200 and SL201, computed on first use
    pattern_steps: Memo[list[PatternStep]] = field(default_factory=Memo)
    learned_steps: Memo[list[LearnedStep] | None] = field(default_factory=Memo)
    first_named: Memo[dict[str, int]] = field(default_factory=Memo)  # assumption -> segment
    segment_order: Memo[dict[int, int]] = field(default_factory=Memo)  # id(segment) -> index

    def segment_index(self, segment: object) -> int:
        """Where a segment of this document stands (the document holds it, so its id is stable)."""
        order = self.segment_order.get(
            lambda: {id(s): i for i, s in enumerate(self.document.segments)})
        return order.get(id(segment), len(self.document.segments))

    def confident(self, threshold: float = 0.6, explained: bool = False) -> list[Mention]:
        """Mentions whose sense is settled: not unclear, not casual, not a definition; with
        ``explained``, only those whose sense some rule-pack cue in the text speaks for (a
        finding about a sense must be able to say which words decided it; the classifier's
        own deciding words are shown but are too weak to ground a finding; and a compound
        ("anti-scheming training", "scheming-consistent", "a schemer check") names a
        technique or a property rather than using the term in a sense of its own; a
        comparison's foil, "distinct from scheming: ...", is read from the other thing's
        words)."""
        skip = set(self.pack.roles.casual) | {self.pack.roles.unclear}
        return [
            m
            for m in self.mentions
            if m.sense not in skip
            and m.voice == "own"
            and not m.definition
            and m.confidence >= threshold
            and ((m.cues and not m.learned_cues and "-" not in m.term.strip("-")
                  and not _noun_compound(m) and not m.foil) or not explained)
        ]

    def departures(self, threshold: float) -> list[Mention]:
        """The confident, explained, unqualified mentions that may ground a switch (SL101) or
        a conflict (SL102): all of them, except a sense with a single such use in a document
        where ``OUTVOTED`` or more uses placed with cue words (at ``VOTE`` or above) agree on
        one other sense. On other people's writing the classifier places about three uses in
        four correctly, so a lone dissent among many agreeing uses is far more often its
        misreading than the writer's switch (on the development repositories, four such
        findings, all wrong). A lone use whose own words decide it beyond doubt (``DECISIVE``
        confidence and ``DECISIVE_CUES`` distinct cue words) is still a departure."""
        strong = self.confident(threshold, explained=True)
        votes = Counter(m.sense for m in self.confident(VOTE) if m.cues or m.qualified)
        out = [m for m in strong if not m.qualified]
        if not votes:
            return out
        lead, n = votes.most_common(1)[0]
        if n < OUTVOTED:
            return out
        return [m for m in out if m.sense == lead or votes[m.sense] > 1 or decisive(m)]

    def casual_document(self) -> bool:
        """Every use the classifier can place is colloquial (a novel review, a history)."""
        casual = set(self.pack.roles.casual)
        placed = [m for m in self.mentions if m.confidence >= 0.5 and m.sense != self.pack.roles.unclear]
        return bool(placed) and all(m.sense in casual for m in placed)

    def sense_label(self, sense_id: str) -> str:
        s = self.pack.sense(sense_id)
        return s.label if s else sense_id


def decisive(m: Mention) -> bool:
    """The use's own words decide its sense beyond doubt: ``DECISIVE`` confidence and
    ``DECISIVE_CUES`` distinct cue words."""
    return m.confidence >= DECISIVE and len({c.lower() for c in m.cues}) >= DECISIVE_CUES


def _noun_compound(m: Mention) -> bool:
    """ "schemer" as the modifier of another noun ("a weak schemer check", "schemer risk")."""
    return m.term.lower().endswith(("schemer", "schemers")) and modifies_noun(
        m.segment.text, m.seg_end, len(m.segment.text))
