"""Everything the checks read about one document and one rule pack, computed once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from schemelint.config import Config
from schemelint.definitions import Definitions, SiteSense, collect
from schemelint.directives import Directives
from schemelint.mentions import find_mentions
from schemelint.model import Diagnostic, Document, Mention, Span
from schemelint.rulepack import RulePack


@dataclass
class Analysis:
    document: Document
    pack: RulePack
    config: Config
    mentions: list[Mention]
    definitions: Definitions
    cache: dict[str, object] = field(default_factory=dict)  # results the checks share

    def confident(self, threshold: float = 0.6, explained: bool = False) -> list[Mention]:
        """Mentions whose sense is settled: not unclear, not casual, not a definition; with
        ``explained``, only those whose sense some rule-pack cue in the text speaks for (a
        finding about a sense must be able to say which words decided it; the classifier's
        own deciding words are shown but are too weak to ground a finding; and a compound
        ("anti-scheming training", "scheming-consistent") names a technique or a property
        rather than using the term in a sense of its own)."""
        skip = set(self.pack.roles.casual) | {self.pack.roles.unclear}
        return [
            m
            for m in self.mentions
            if m.sense not in skip
            and m.voice == "own"
            and not m.definition
            and m.confidence >= threshold
            and ((m.cues and not m.learned_cues and "-" not in m.term.strip("-")) or not explained)
        ]

    def casual_document(self) -> bool:
        """Every use the classifier can place is colloquial (a novel review, a history)."""
        casual = set(self.pack.roles.casual)
        placed = [m for m in self.mentions if m.confidence >= 0.5 and m.sense != self.pack.roles.unclear]
        return bool(placed) and all(m.sense in casual for m in placed)

    def sense_label(self, sense_id: str) -> str:
        s = self.pack.sense(sense_id)
        return s.label if s else sense_id


def run_document(
    document: Document, pack: RulePack, config: Config, parsed: Directives,
    site: Callable[[RulePack], SiteSense | None] | None = None,
) -> tuple[list[Mention], list[Diagnostic]]:
    mentions = find_mentions(document, pack)
    from schemelint.senses.voice import voice_of

    for m in mentions:
        m.voice = voice_of(m)
    if not mentions:
        # The argument checks read documents that only use the pack's evidence or conclusion
        # vocabulary too; nothing else has anything to say without a mention.
        from schemelint.judge.arguments import worth_reading

        if not worth_reading(document, pack):
            return [], []
    else:
        from schemelint.senses.classifier import classify

        classify(mentions, pack)
    directive = None
    if parsed.sense and parsed.sense_comment is not None:
        c = parsed.sense_comment
        directive = (parsed.sense, Span(c.source, c.start, c.end))
    from schemelint.config import sense_for_pack

    definitions = collect(document, mentions, pack, sense_for_pack(config.sense, pack.name),
                          directive)
    if site is not None and mentions and not definitions.own_sense():
        definitions.site = site(pack)  # the book or site this document is a chapter of
    from schemelint.senses.document import in_document_light

    in_document_light(mentions, definitions, pack, document.segments)
    analysis = Analysis(document, pack, config, mentions, definitions)
    declared = definitions.declared
    if declared and declared.sense not in pack.sense_ids:
        known = ", ".join(pack.sense_ids)
        document.errors.append(
            f"unknown sense '{declared.sense}' declared in {declared.how} (known: {known})"
        )
        definitions.declared = None
    from schemelint.checks import run_checks

    return mentions, run_checks(analysis)
