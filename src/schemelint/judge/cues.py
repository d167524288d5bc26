"""The rule pack's phrases as input tokens for the judgement models.

A model reads a sentence followed by one token per kind of pack phrase found in it
(``cueconclusions``, ``cueassumeA2``, ``cuesensetraininggaming`` ...), so it learns how far the
pack's vocabulary can be trusted, and a second pack with other phrases reuses the same tokens.
"""

from __future__ import annotations

import bisect

from schemelint.phrases import PhraseSet, compile_phrases
from schemelint.rulepack import RulePack

_TOKEN_SAFE = str.maketrans("", "", "-_ ")


def _sense_sets(pack: RulePack) -> list[tuple[str, PhraseSet]]:
    return [(s.id, compile_phrases([c.phrase for c in s.cues])) for s in pack.senses if s.cues]


def _kinds(pack: RulePack) -> list[tuple[str, tuple[str, ...]]]:
    """(token, phrases) for every kind of pack phrase, in a fixed order."""
    cached = getattr(pack, "_judge_kinds", None)
    if cached is None:
        cached = [("cue" + k.translate(_TOKEN_SAFE), v.phrases) for k, v in pack.inference.phrase_sets()]
        cached += [("cueassume" + a.id.translate(_TOKEN_SAFE), a.regex.phrases)
                   for a in pack.assumptions if a.regex is not None]
        cached += [("cuesense" + sid.translate(_TOKEN_SAFE), ps.phrases)
                   for sid, ps in _sense_sets(pack)]
        object.__setattr__(pack, "_judge_kinds", cached)
    return cached


def _matcher(pack: RulePack) -> tuple[PhraseSet, list[frozenset[int]]]:
    """One matcher for every phrase of every kind, and for each of its phrases the kinds it
    belongs to."""
    cached = getattr(pack, "_judge_matcher", None)
    if cached is None:
        kinds_of: dict[str, set[int]] = {}
        for k, (_token, phrases) in enumerate(_kinds(pack)):
            for p in phrases:
                kinds_of.setdefault(p.strip().lower(), set()).add(k)
        matcher = compile_phrases(kinds_of)
        cached = (matcher, [frozenset(kinds_of[p.lower()]) for p in matcher.phrases])
        object.__setattr__(pack, "_judge_matcher", cached)
    return cached


def tokens_in_spans(text: str, spans: list[tuple[int, int]], pack: RulePack) -> list[list[str]]:
    """One token per kind of pack phrase found in each span of ``text`` (each kind once, in a
    fixed order). The text is scanned once for all kinds and all spans: a long document has
    thousands of sentences, each read by the steps classifier."""
    out: list[set[int]] = [set() for _ in spans]
    if spans:
        matcher, groups = _matcher(pack)
        order = sorted(range(len(spans)), key=lambda i: spans[i])
        starts = [spans[i][0] for i in order]
        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
        for m in matcher.finditer(text, lo, hi):
            kinds = groups[matcher.index(m)]
            k = bisect.bisect_right(starts, m.start())
            # spans may nest (a sentence and its sides): every span that holds the hit counts
            for j in range(k - 1, -1, -1):
                i = order[j]
                s, e = spans[i]
                if m.start() - s > MAX_SPAN:
                    break
                if s <= m.start() and m.end() <= e:
                    out[i] |= kinds
    names = [token for token, _ in _kinds(pack)]
    result = [[names[k] for k in sorted(found)] for found in out]
    if spans:
        # where the term may stand ("schem"), found once for the whole block: only a span
        # holding such a place is searched for the term itself
        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
        places = [m.start() for m in pack.prefilter.finditer(text, lo, hi)]
        term = pack.term_regex
        for i, (s, e) in enumerate(spans):
            k = bisect.bisect_left(places, s)
            if k < len(places) and places[k] < e and term.search(text, s, e):
                result[i].append("cueterm")
    return result


MAX_SPAN = 4000  # no sentence the classifier reads is longer than this


def tokens(text: str, pack: RulePack) -> list[str]:
    """One token per kind of pack phrase that occurs in ``text`` (each kind once)."""
    return tokens_in_spans(text, [(0, len(text))], pack)[0]
