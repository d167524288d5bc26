"""Does a sentence say what the writer means by the term?

A binary text classifier (``judge/models/definitional``) reads the mention's sentence with every
form of the term masked as ``TERM`` (so packs can share the model), followed by tokens for the
shape around the mention: a colon or dash after it, a gloss in parentheses, quotation marks,
bold or emphasis in the source, a heading (then the first sentence of the paragraph under it is
read too), the kind of block, and whether one of the pack's definition patterns matches.
The patterns alone find fewer than half of real definitions; here they are one input among
others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from schemelint import sentences
from schemelint.judge import textcat
from schemelint.model import Mention, Segment
from schemelint.rulepack import RulePack
from schemelint.saferegex import PackPattern

MODEL = "definitional"
LABELS = ("definitional", "other")
THRESHOLD = 0.5
WITH_PATTERN = 0.3  # the bar when one of the pack's definition patterns matches the sentence

_QUOTES = "\"'“”‘’`«»"
_AFTER = re.compile(r"[\"'”’`*_}\s]*(:|—|–|--| - |\(|,|\bis\b|\bare\b|\brefers\b|\bmeans\b)?")
# A hyphen typed for a dash right after a closing quote or emphasis ('"scheming"-acting one way
# while ...'): a compound would have no closer before its hyphen.
_CLOSER_HYPHEN = re.compile(r"[\"'”’`*_}]+-(?=\s*[^\W\d_])")
_BOLD_BEFORE = re.compile(r"(\*\*|__|\\textbf\{|\\textsc\{)\s*$")
_EMPH_BEFORE = re.compile(r"(?<![*_])([*_]|\\emph\{|\\textit\{|\\textsl\{|\\term\{|\\defn\{)\s*$")


@lru_cache(maxsize=16)
def _term_mask(pack_forms: tuple[str, ...]) -> re.Pattern[str]:
    forms = "|".join(re.escape(f) for f in sorted(pack_forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:[^\W\d_]+-)?(?:{forms})(?:-[^\W\d_]+)?(?!\w)", re.IGNORECASE)


def _patterns(pack: RulePack) -> list[PackPattern]:
    """The pack's definition patterns, compiled once for linear-time matching (RE2), as the
    pattern-only reading in :mod:`schemelint.definitions` compiles them."""
    from schemelint.definition_patterns import compiled, term_core

    return compiled(id(pack), tuple(pack.definitions), term_core(pack))


@dataclass(frozen=True)
class Where:
    """A mention as the definitional model sees it: its segment, its offsets in it, and the
    source characters just before it (for markup the reader removed)."""

    segment: Segment
    start: int
    end: int
    source_before: str
    following: Segment | None = None


def where(m: Mention, following: Segment | None = None) -> Where:
    src = m.span.source.text
    return Where(m.segment, m.seg_start, m.seg_end, src[max(0, m.span.start - 12):m.span.start],
                 following)


def _sentence(w: Where) -> tuple[int, int]:
    spans = w.segment.sentence_spans()
    i = sentences.containing(spans, w.start) if spans else 0
    return spans[i] if spans else (0, len(w.segment.text))


def pattern_match(w: Where, pack: RulePack) -> bool:
    s0, s1 = _sentence(w)
    return any(p.search(w.segment.text, s0, s1) for p in _patterns(pack))


def model_input(w: Where, pack: RulePack) -> str:
    text = w.segment.text
    spans = w.segment.sentence_spans()
    s0, s1 = _sentence(w)
    mask = _term_mask(pack.forms + pack.verb_forms)
    sentence = text[s0:s1]
    feats: list[str] = []
    after = _AFTER.match(text, w.end)
    mark = after.group(1) if after else None
    if mark is None and _CLOSER_HYPHEN.match(text, w.end):
        mark = "—"
    if mark in (":", "—", "–", "--", " - "):
        feats.append("fcolon")
    elif mark == "(":
        feats.append("fparen")
    elif mark == ",":
        feats.append("fcomma")
    elif mark:
        feats.append("fverb")
    before = text[max(0, w.start - 1):w.start]
    if before and before in _QUOTES:
        feats.append("fquoted")
    if not text[s0:w.start].strip(" \t\"'“‘*_("):
        feats.append("fstart")
    if _BOLD_BEFORE.search(w.source_before):
        feats.append("fbold")
    elif _EMPH_BEFORE.search(w.source_before):
        feats.append("femph")
    feats.append("fkind" + w.segment.kind.replace("-", ""))
    if len(spans) <= 1 and len(sentence.split()) <= 6:
        feats.append("fshort")
    if pattern_match(w, pack):
        feats.append("fpattern")
    parts = [" ".join(mask.sub("TERM", sentence).split())]
    if w.segment.kind == "heading" and w.following is not None:
        nxt = w.following.text
        nspans = w.following.sentence_spans()
        first = nxt[nspans[0][0]:nspans[0][1]] if nspans else nxt
        parts += ["||", " ".join(mask.sub("TERM", first).split())]
    return " ".join([*parts, "|", *feats])


@lru_cache(maxsize=1)
def threshold() -> float:
    import json

    path = textcat.models_dir() / MODEL / "thresholds.json"
    if path.is_file():
        return float(json.loads(path.read_text()).get("definitional", THRESHOLD))
    return THRESHOLD


def probabilities(items: list[Where], pack: RulePack, nlp: Any = None) -> list[float] | None:
    """P(definitional) per mention, or ``None`` when no model is shipped."""
    if not items:
        return []
    nlp = nlp or textcat.load(MODEL)
    if nlp is None:
        return None
    return [c["definitional"] for c in textcat.predict(nlp, [model_input(w, pack) for w in items])]
