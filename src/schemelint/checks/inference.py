"""Finding inferential steps in prose: evidence, a connective, a conclusion (SL200, SL201).

A step is a sentence (or a sentence and the one before it, in the same paragraph) where
evidence of the pack's evidence senses (a mention in such a sense, or a phrase such as "faked
alignment") is followed by a connective ("so", "therefore", "will", "implies") and then by a
conclusion phrase, with no hedge ("not", "might", "whether") between the connective and the end
of the conclusion.
"""

from __future__ import annotations

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
    cached = a.cache.get("inference.steps")
    if cached is None:
        cached = a.cache["inference.steps"] = _steps(a)
    return cached  # type: ignore[no-any-return]


def _steps(a: Analysis) -> list[Step]:
    inf = a.pack.inference
    if inf.get("connectives") is None and inf.get("predictions") is None:
        return []
    by_segment: dict[int, list[Mention]] = {}
    for m in a.mentions:
        by_segment.setdefault(id(m.segment), []).append(m)
    out: list[Step] = []
    for seg in a.document.segments:
        mentions = by_segment.get(id(seg), [])
        gaming = inf.get("gaming_evidence")
        if not mentions and not (gaming and gaming.search(seg.text)):
            continue
        spans = sentences.split(seg.text)
        evidence_at = [m.seg_start for m in mentions if m.sense in set(a.pack.roles.evidence)]
        if gaming is not None:
            evidence_at += [h.start() for h in gaming.finditer(seg.text)]
        if not evidence_at:
            continue
        for i, sent in enumerate(spans):
            prev = spans[i - 1] if i > 0 else None
            lo = prev[0] if prev else sent[0]
            if not any(lo <= e < sent[1] for e in evidence_at):
                continue  # no evidence here or just before: no step can start
            step = _step_in(a, seg, sent, prev, mentions)
            if step:
                out.append(step)
    return out


def _evidence(a: Analysis, seg: Segment, span: tuple[int, int], mentions: list[Mention],
              limit: int) -> tuple[int, int] | None:
    """The first evidence words in ``span`` before ``limit``."""
    evidence_senses = set(a.pack.roles.evidence)
    for m in mentions:
        if span[0] <= m.seg_start < min(span[1], limit) and m.sense in evidence_senses:
            return m.seg_start, m.seg_end
    gaming = a.pack.inference.get("gaming_evidence")
    if gaming:
        hit = gaming.search(seg.text, span[0], min(span[1], limit))
        if hit:
            return hit.start(), hit.end()
    return None


def _links(a: Analysis, text: str, sent: tuple[int, int]) -> list[tuple[re.Match[str], bool]]:
    """Connectives (may reach back to the previous sentence) and predictions (may not)."""
    out = []
    for key, reach in (("connectives", True), ("predictions", False)):
        rx = a.pack.inference.get(key)
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
    for key in ("conclusions", "misalignment"):
        rx = inf.get(key)
        hit = rx.search(seg.text, start, end) if rx else None
        if hit:
            found.append((hit.start(), hit.end(), "conclusion" if key == "conclusions" else key))
    for m in mentions:
        if start <= m.seg_start < end and m.sense == a.pack.roles.conclusion:
            found.append((m.seg_start, m.seg_end, "conclusion"))
    if not found:
        return None
    misalign = inf.get("misalignment")
    behaviours = [f for f in found if f[2] == "conclusion" and not (
        misalign and misalign.fullmatch(seg.text, f[0], f[1]))]
    if behaviours:
        return min(behaviours)
    return min(found)[0], min(found)[1], "misalignment"


def _hedged(a: Analysis, text: str, start: int, end: int) -> bool:
    hedges = a.pack.inference.get("hedges")
    return bool(hedges and hedges.search(text, start, end))


def named_assumptions(a: Analysis, upto: Segment) -> set[str]:
    """Assumption ids named anywhere up to and including the segment ``upto``."""
    named: set[str] = set()
    for seg in a.document.segments:
        for asm in a.pack.assumptions:
            if asm.id not in named and asm.regex is not None and asm.regex.search(seg.text):
                named.add(asm.id)
        if seg is upto:
            break
    return named

