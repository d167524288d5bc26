"""The stage order of one document, in one place.

read (the engine's reader) -> find mentions -> whose words -> senses -> definitions -> the
document's light -> argument steps and checks -> decisions. Each stage is a function of what
the stages before it produced; :func:`run_pack` strings them together for one rule pack and
:func:`run` for every pack of a document. Nothing here reads files or writes output.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from schemelint import directives
from schemelint.analysis import Analysis
from schemelint.config import Config, sense_for_pack
from schemelint.definitions import Definitions, SiteSense, collect
from schemelint.directives import Directives
from schemelint.mentions import find_mentions
from schemelint.model import Diagnostic, Document, Mention, Span
from schemelint.registry import checks
from schemelint.rulepack import RulePack

# what the book or site a document belongs to defines, asked per pack (schemelint.site_senses)
Site = Callable[[RulePack], SiteSense | None]


@dataclass(frozen=True)
class PackResult:
    """What one rule pack found in a document: its mentions and its (undecided) findings."""

    mentions: list[Mention]
    findings: list[Diagnostic]


@dataclass(frozen=True)
class DocumentResult:
    """Every pack's mentions, the findings kept after selection and suppression, the comments."""

    mentions: list[Mention]
    findings: list[Diagnostic]
    directives: Directives


def find(document: Document, pack: RulePack) -> list[Mention]:
    """Stage 1: the uses of the pack's term, each with whose words they are."""
    from schemelint.senses.voice import copied_abstract, voice_of

    mentions = find_mentions(document, pack)
    pasted = copied_abstract(document) if mentions else set()
    return [replace(m, voice="quoted" if id(m.segment) in pasted else voice_of(m))
            for m in mentions]


def read_senses(mentions: list[Mention], pack: RulePack) -> list[Mention]:
    """Stage 2: each mention's sense from its own sentence (the models load only here)."""
    if not mentions:
        return []
    from schemelint.senses.classifier import classify

    return classify(mentions, pack)


def definitions(
    document: Document, mentions: list[Mention], pack: RulePack, config: Config,
    parsed: Directives, site: Site | None = None,
) -> tuple[list[Mention], Definitions]:
    """Stage 3: what the document says it means (definitions, declarations, the config, the
    book it belongs to), then the senses read in the light of the whole document."""
    directive = None
    if parsed.sense and parsed.sense_comment is not None:
        c = parsed.sense_comment
        directive = (parsed.sense, Span(c.source, c.start, c.end))
    mentions, found = collect(document, mentions, pack, sense_for_pack(config.sense, pack.name),
                              directive)
    if site is not None and mentions and not found.own_sense():
        found = replace(found, site=site(pack))  # the book or site this document belongs to
    from schemelint.senses.document import in_document_light
    from schemelint.senses.voice import copied_abstract

    pasted = copied_abstract(document) if any(m.voice == "quoted" for m in mentions) else set()
    mentions = in_document_light(mentions, found, pack, document.segments, pasted)
    declared = found.declared
    if declared and declared.sense not in pack.sense_ids:
        known = ", ".join(pack.sense_ids)
        document.errors.append(
            f"unknown sense '{declared.sense}' declared in {declared.how} (known: {known})"
        )
        found = replace(found, declared=None)
    return mentions, found


def run_checks(analysis: Analysis) -> list[Diagnostic]:
    """Stage 4: every registered check (the argument steps are computed on first use)."""
    out: list[Diagnostic] = []
    for check in checks().values():
        out.extend(check.run(analysis))
    return out


def run_pack(document: Document, pack: RulePack, config: Config, parsed: Directives,
             site: Site | None = None) -> PackResult:
    """Stages 1-4 for one rule pack."""
    mentions = find(document, pack)
    if not mentions:
        # The argument checks read documents that only use the pack's evidence or conclusion
        # vocabulary too; nothing else has anything to say without a mention.
        from schemelint.judge.arguments import worth_reading

        if not worth_reading(document, pack):
            return PackResult([], [])
    mentions = read_senses(mentions, pack)
    mentions, found = definitions(document, mentions, pack, config, parsed, site)
    analysis = Analysis(document, pack, config, mentions, found)
    return PackResult(mentions, run_checks(analysis))


def run(document: Document, packs: list[RulePack], config: Config,
        site: Site | None = None) -> DocumentResult:
    """Every pack's stages, then stage 5: which findings are reported (selection, severity,
    suppression comments, unknown codes in those comments)."""
    from schemelint.decisions import decide
    from schemelint.suppressions import unknown_codes

    parsed = directives.parse(document.comments)
    mentions: list[Mention] = []
    findings: list[Diagnostic] = []
    for pack in packs:
        result = run_pack(document, pack, config, parsed, site)
        mentions.extend(result.mentions)
        findings.extend(result.findings)
    kept = decide(findings, config, parsed, Path(document.root.path))
    kept += unknown_codes(parsed)
    return DocumentResult(mentions, kept, parsed)
