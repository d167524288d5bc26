"""Cue evidence from the rule pack: which words around a mention point to which sense."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from schemelint.rulepack import RulePack
from schemelint.senses.context import Context

# How much a cue counts by where it stands relative to the mention.
WEIGHT_SENTENCE = 1.0
WEIGHT_NEIGHBOUR = 0.5
WEIGHT_PARAGRAPH = 0.2
PARAGRAPH_REACH = 300  # characters of the paragraph beyond the neighbouring sentences

_SENSE_AFTER = re.compile(r"\s*[,(]?\s*in\s+(?:the|a|its|our|their|this)\s+(.{1,40}?)\s+sense")
_WORDS_BEFORE = re.compile(r"((?:[\w'’-]+\s+){0,3})$")


@dataclass(frozen=True)
class CueHit:
    sense: str
    text: str  # the words as written
    weight: float  # after the position factor
    start: int  # segment offsets
    end: int
    region: str = "s"  # where it stands: s(entence), n(eighbouring sentence), p(aragraph)


def _segment_hits(ctx: Context, pack: RulePack) -> list[tuple[int, int, str, float, str]]:
    """Every cue in a segment (the package's one phrase matcher, over all the senses' cues),
    found once, kept with the segment and shared by all the mentions in it."""
    seg = ctx.segment
    if seg is not None and (kept := seg._cue_hits.get(pack.name)) is not None:
        return kept  # type: ignore[no-any-return]
    hits = []
    for m in pack.cue_set.finditer(ctx.text):
        sense, cue = pack.cue_of(m)
        hits.append((m.start(), m.end(), sense.id, cue.weight, m.group(0)))
    if seg is not None:
        seg._cue_hits[pack.name] = hits
    return hits


def cue_hits(ctx: Context, pack: RulePack) -> list[CueHit]:
    regions = [
        (ctx.sentence, WEIGHT_SENTENCE, "s"),
        (ctx.before, WEIGHT_NEIGHBOUR, "n"),
        (ctx.after, WEIGHT_NEIGHBOUR, "n"),
    ]
    covered = [r[0] for r in regions if r[0]]
    lo = max(0, min(r[0] for r in covered) - PARAGRAPH_REACH)
    hi = min(len(ctx.text), max(r[1] for r in covered) + PARAGRAPH_REACH)
    regions += [(r, WEIGHT_PARAGRAPH, "p") for r in _rest_of_paragraph(lo, hi, covered)]
    mention = ctx.text[ctx.start : ctx.end].lower()
    out: list[CueHit] = []
    for start, end, sense, weight, words in _window(_segment_hits(ctx, pack), lo, hi):
        if end <= lo or start >= hi:
            continue
        if start < ctx.end and ctx.start < end and words.lower().startswith(mention):
            continue  # the mention itself is no cue
        for span, factor, region in regions:
            if span and span[0] <= start < span[1]:
                out.append(CueHit(sense, words, weight * factor, start, end, region))
                break
    return out


def _window(hits: list[tuple[int, int, str, float, str]], lo: int, hi: int
            ) -> Iterator[tuple[int, int, str, float, str]]:
    """The hits starting in ``[lo, hi)``, found by binary search (the matcher returns them
    sorted by start), so a mention costs the size of its window, not of its paragraph."""
    i = bisect.bisect_left(hits, lo, key=lambda h: h[0])
    while i < len(hits) and hits[i][0] < hi:
        yield hits[i]
        i += 1


def _rest_of_paragraph(lo: int, hi: int, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    pos = lo
    for s, e in sorted(covered):
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < hi:
        out.append((pos, hi))
    return out


def scores(hits: list[CueHit], pack: RulePack) -> dict[str, float]:
    total = {s.id: 0.0 for s in pack.senses}
    for h in hits:
        total[h.sense] += h.weight
    return total


def qualifier(ctx: Context, pack: RulePack) -> tuple[str, str] | None:
    """A qualifier that fixes the sense: "worst-case schemer", "in-context scheming",
    "scheming in the instrumental sense". Returns (sense id, qualifier text)."""
    mention = ctx.text[ctx.start : ctx.end]
    prefix_m = _WORDS_BEFORE.search(ctx.text, max(ctx.sentence[0], ctx.start - 60), ctx.start)
    before = prefix_m.group(1) if prefix_m else ""
    after_m = _SENSE_AFTER.match(ctx.text, ctx.end, min(len(ctx.text), ctx.end + 60))
    candidates = [mention.rsplit("-", 1)[0] if "-" in mention else "", before]
    if after_m:
        candidates.append(after_m.group(1))
    for text in candidates:
        if not text:
            continue
        for sense in pack.senses:
            if sense.qualifiers is None:
                continue
            found = list(sense.qualifiers.finditer(text))
            if found and (text is not before or found[-1].end() >= len(text.rstrip())):
                return sense.id, found[-1].group(0)
    return None
