"""Finding inferential steps in prose: evidence, a connective, a conclusion (SL200, SL201).

A step is a sentence (or a sentence and the one before it, in the same paragraph) where
evidence of the pack's evidence senses (a mention in such a sense, or a phrase such as "faked
alignment") is followed by a connective ("so", "therefore", "will", "implies") and then by a
conclusion phrase, with no hedge ("not", "might", "whether") between the connective and the end
of the conclusion.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from schemelint import sentences
from schemelint.analysis import Analysis
from schemelint.model import Mention, Segment, Span


@dataclass(frozen=True)
class Step:
    segment: Segment
    evidence: tuple[int, int]  # segment offsets of the evidence words
    connective: tuple[int, int]
    conclusion: tuple[int, int]
    kind: str  # "conclusion" (worst-case behaviour) or "misalignment"

    def span(self, part: tuple[int, int]) -> Span:
        s, e = self.segment.span_to_source(*part)
        return Span(self.segment.source, s, e)

    def words(self, part: tuple[int, int]) -> str:
        return " ".join(self.segment.text[part[0] : part[1]].split())


def steps(a: Analysis) -> list[Step]:
    """The inferential steps of a document, computed once and shared by SL200 and SL201."""
    return a.pattern_steps.get(lambda: _steps(a))


def _steps(a: Analysis) -> list[Step]:
    inf = a.pack.inference
    if inf.connectives is None and inf.predictions is None:
        return []
    by_segment: dict[int, list[Mention]] = {}
    for m in a.mentions:
        by_segment.setdefault(id(m.segment), []).append(m)
    out: list[Step] = []
    for seg in a.document.segments:
        mentions = sorted(by_segment.get(id(seg), []), key=lambda m: m.seg_start)
        gaming = inf.gaming_evidence
        if not mentions and not (gaming and gaming.search(seg.text)):
            continue
        spans = _bounded(sentences.split(seg.text))
        evidence_at = [m.seg_start for m in mentions if m.sense in set(a.pack.roles.evidence)]
        if gaming is not None:
            evidence_at += [h.start() for h in gaming.finditer(seg.text)]
        if not evidence_at:
            continue
        evidence_at.sort()
        for i, sent in enumerate(spans):
            prev = spans[i - 1] if i > 0 else None
            lo = prev[0] if prev else sent[0]
            k = bisect.bisect_left(evidence_at, lo)
            if k == len(evidence_at) or evidence_at[k] >= sent[1]:
                continue  # no evidence here or just before: no step can start
            step = _step_in(a, seg, sent, prev, mentions)
            if step:
                out.append(step)
    return out


def _bounded(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences longer than the context window (a paragraph with no full stop) are read in
    window-sized pieces, so the cost of a step search is linear in the document."""
    from schemelint.senses.context import MAX_SENTENCE

    out: list[tuple[int, int]] = []
    for s0, s1 in spans:
        while s1 - s0 > MAX_SENTENCE:
            out.append((s0, s0 + MAX_SENTENCE))
            s0 += MAX_SENTENCE
        out.append((s0, s1))
    return out


def _evidence(a: Analysis, seg: Segment, span: tuple[int, int], mentions: list[Mention],
              limit: int) -> tuple[int, int] | None:
    """The first evidence words in ``span`` before ``limit``."""
    evidence_senses = set(a.pack.roles.evidence)
    for m in _between(mentions, span[0], min(span[1], limit)):
        if m.sense in evidence_senses:
            return m.seg_start, m.seg_end
    gaming = a.pack.inference.gaming_evidence
    if gaming:
        hit = gaming.search(seg.text, span[0], min(span[1], limit))
        if hit:
            return hit.start(), hit.end()
    return None


def _links(a: Analysis, text: str, sent: tuple[int, int]) -> list[tuple[re.Match[str], bool]]:
    """Connectives (may reach back to the previous sentence) and predictions (may not)."""
    out: list[tuple[re.Match[str], bool]] = []
    inf = a.pack.inference
    for rx, reach in ((inf.connectives, True), (inf.predictions, False)):
        if rx is not None:
            out.extend((m, reach) for m in rx.finditer(text, sent[0], sent[1]))
    return sorted(out, key=lambda x: x[0].start())


def _step_in(a: Analysis, seg: Segment, sent: tuple[int, int], prev: tuple[int, int] | None,
             mentions: list[Mention]) -> Step | None:
    text = seg.text
    for conn, reach in _links(a, text, sent):
        conclusion = _conclusion(a, seg, conn.end(), sent[1], mentions)
        if conclusion is None:
            continue
        evidence = _evidence(a, seg, sent, mentions, conn.start())
        if evidence is None and reach and prev is not None:
            evidence = _evidence(a, seg, prev, mentions, prev[1])
        if evidence is None:
            continue
        if _hedged(a, text, max(evidence[1], conn.start()), conclusion[1]):
            return None
        kind = conclusion[2]
        return Step(seg, evidence, (conn.start(), conn.end()), conclusion[:2], kind)
    return None


def _conclusion(a: Analysis, seg: Segment, start: int, end: int,
                mentions: list[Mention]) -> tuple[int, int, str] | None:
    inf = a.pack.inference
    found = []
    for rx, kind in ((inf.conclusions, "conclusion"), (inf.misalignment, "misalignment")):
        hit = rx.search(seg.text, start, end) if rx else None
        if hit:
            found.append((hit.start(), hit.end(), kind))
    for m in _between(mentions, start, end):
        if m.sense == a.pack.roles.conclusion:
            found.append((m.seg_start, m.seg_end, "conclusion"))
    if not found:
        return None
    misalign = inf.misalignment
    behaviours = [f for f in found if f[2] == "conclusion" and not (
        misalign and misalign.fullmatch(seg.text, f[0], f[1]))]
    if behaviours:
        return min(behaviours)
    return min(found)[0], min(found)[1], "misalignment"


def _between(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (in segment order) that start in ``[start, end)``, by binary search."""
    lo = bisect.bisect_left(mentions, start, key=lambda m: m.seg_start)
    hi = bisect.bisect_left(mentions, end, lo, key=lambda m: m.seg_start)
    return mentions[lo:hi]


def _hedged(a: Analysis, text: str, start: int, end: int) -> bool:
    hedges = a.pack.inference.hedges
    return bool(hedges and hedges.search(text, start, end))


def named_assumptions(a: Analysis, upto: Segment) -> set[str]:
    """Assumption ids named anywhere up to and including the segment ``upto``.

    Each segment is searched once per document (the first segment naming each assumption is
    remembered), not once per conclusion: a long document with many conclusions stays linear."""
    first = a.first_named.get(lambda: _first_named(a))
    at = a.segment_index(upto)
    return {asm_id for asm_id, i in first.items() if i <= at}


def _first_named(a: Analysis) -> dict[str, int]:
    out: dict[str, int] = {}
    for asm in a.pack.assumptions:
        if asm.regex is None:
            continue
        for i, seg in enumerate(a.document.segments):
            if asm.regex.search(seg.text):
                out[asm.id] = i
                break
    return out

