"""Decide each mention's sense from the rule pack's cues and the pack's trained text classifier.

The decision, in order:

1. a qualifier fixes the sense ("worst-case schemer", "in-context scheming");
2. otherwise the classifier's probabilities (a spaCy ``textcat`` trained on ``corpus/``) are
   blended with the cue evidence, and the best sense wins if it is confident enough;
3. otherwise the mention is ``unclear``: we would rather say so than guess. Its confidence is
   then that of the best sense it declined to pick, so an unclear mention is never confident.

spaCy is imported only here, and only when a document has a mention.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from schemelint.model import Mention
from schemelint.rulepack import RulePack
from schemelint.senses import context as ctxmod
from schemelint.senses.attribution import deciding_words
from schemelint.senses.features import CueHit, cue_hits, qualifier, scores


@dataclass(frozen=True)
class Blend:
    """How cue evidence and the classifier are combined (tuned on the dev split only)."""

    model_weight: float = 0.6  # share of the classifier in the blended distribution
    cue_temperature: float = 1.5  # softness of the cue distribution
    threshold: float = 0.45  # below this the mention is unclear
    unsupported: float = 0.5  # with no cue word for the sense, below this it is unclear


def models_dir() -> Path:
    return Path(str(resources.files("schemelint"))) / "senses" / "models"


@lru_cache(maxsize=4)
def load_model(pack_name: str) -> tuple[Any, Blend] | None:
    """The pack's shipped classifier and its blend settings, or ``None`` if it has none."""
    path = models_dir() / pack_name
    if not (path / "meta.json").is_file():
        return None
    from schemelint.judge.textcat import load_at

    nlp = load_at(path)
    blend_file = path / "blend.json"
    blend = Blend(**json.loads(blend_file.read_text())) if blend_file.is_file() else Blend()
    return nlp, blend


def model_input(ctx: ctxmod.Context, hits: list[CueHit]) -> str:
    """What the classifier reads: the mention's sentence first (it matters most), then the
    sentences around it, then one token per rule-pack cue naming its sense and where it stands
    (``cue`` + ``s``entence/``n``eighbour/``p``aragraph + the sense id without dashes), so the
    classifier learns how far to trust the pack's vocabulary, including words it never saw in
    training. The mention itself is kept; its form carries some signal."""
    cues = " ".join(f"cue{h.region}{h.sense.replace('-', '')}" for h in hits)
    parts = [ctx.slice(ctx.sentence), "|", ctx.slice(ctx.before), ctx.slice(ctx.after), "|", cues]
    return " ".join(p for p in parts if p)


def classify(
    mentions: list[Mention], pack: RulePack, blend: Blend | None = None, nlp: Any = None
) -> list[Mention]:
    """The mentions with their ``sense``, ``confidence``, ``cues`` and ``qualified`` read.

    ``nlp`` and ``blend`` default to the pack's shipped model; training passes its own."""
    if not mentions:
        return []
    if nlp is None:
        loaded = load_model(pack.name)
        if loaded is not None:
            nlp, shipped = loaded
            blend = blend or shipped
    contexts = [ctxmod.of(m) for m in mentions]
    hits, inputs, probs = evidence(contexts, pack, nlp)
    blend = blend or Blend()
    out: list[Mention] = []
    for mention, ctx, h, text, p in zip(mentions, contexts, hits, inputs, probs):
        read = decide(mention, ctx, pack, p, blend, h)
        if p is not None and not read.cues and read.sense != pack.roles.unclear:
            learned = deciding_words(
                nlp,
                text,
                p.get(read.sense, 0.0),
                " ".join(ctx.slice(s) for s in (ctx.sentence, ctx.before, ctx.after) if s),
                read.sense,
                skip={read.term.lower()},
            )
            read = replace(read, cues=learned, learned_cues=bool(learned))
        out.append(read)
    return out


def evidence(
    contexts: list[ctxmod.Context], pack: RulePack, nlp: Any
) -> tuple[list[list[CueHit]], list[str], list[dict[str, float] | None]]:
    """Each context's cue hits, what the classifier reads, and its probabilities (``None``
    without a classifier); the classifier runs once, in batches."""
    hits = [cue_hits(c, pack) for c in contexts]
    inputs = [model_input(c, h) for c, h in zip(contexts, hits)]
    probs: list[dict[str, float] | None] = [None] * len(contexts)
    if nlp is not None:
        probs = [dict(doc.cats) for doc in nlp.pipe(inputs, batch_size=64)]
    return hits, inputs, probs


def decide(
    mention: Mention,
    ctx: ctxmod.Context,
    pack: RulePack,
    probs: dict[str, float] | None,
    blend: Blend,
    hits: list[CueHit] | None = None,
) -> Mention:
    """The mention with the sense its context and the classifier's probabilities give."""
    unclear = pack.roles.unclear
    qual = qualifier(ctx, pack)
    if qual is not None:
        return replace(mention, sense=qual[0], confidence=0.97, cues=[qual[1]],
                       qualified=qual[1])
    if hits is None:
        hits = cue_hits(ctx, pack)
    dist = blended(hits, pack, probs, blend)
    best = max(dist, key=lambda s: dist[s])
    confidence = dist[best]
    cues = explain(hits, best)
    if best == unclear or confidence < blend.threshold or (not cues and confidence < blend.unsupported):
        # Say so rather than guess. The confidence of an unclear mention is that of the best
        # sense we declined to pick: low, so nothing downstream mistakes it for a decision.
        best = unclear
        cues = []
        confidence = max(v for s, v in dist.items() if s != unclear)
    return replace(mention, sense=best, confidence=round(confidence, 3), cues=cues)


def blended(
    hits: list[CueHit], pack: RulePack, probs: dict[str, float] | None, blend: Blend
) -> dict[str, float]:
    ids = pack.sense_ids
    cue = scores(hits, pack)
    cue_dist = _cue_distribution(cue, ids, pack.roles.unclear, blend.cue_temperature)
    if probs is None:
        return cue_dist
    model = {s: float(probs.get(s, 0.0)) for s in ids}
    w = blend.model_weight
    return {s: w * model[s] + (1 - w) * cue_dist[s] for s in ids}


def _cue_distribution(
    cue: dict[str, float], ids: list[str], unclear: str, temperature: float
) -> dict[str, float]:
    """Softmax over cue scores; with no evidence at all, the mass sits on ``unclear``."""
    logits = {s: cue[s] / temperature for s in ids}
    logits[unclear] = max(logits[unclear], 1.0 / temperature)
    top = max(logits.values())
    exp = {s: math.exp(v - top) for s, v in logits.items()}
    z = sum(exp.values())
    return {s: v / z for s, v in exp.items()}


def explain(hits: list[CueHit], sense: str, most: int = 6) -> list[str]:
    """The words that spoke for the chosen sense, strongest first, each once."""
    out: list[str] = []
    for h in sorted((h for h in hits if h.sense == sense), key=lambda h: (-h.weight, h.start)):
        word = " ".join(h.text.split())
        if word.lower() not in (o.lower() for o in out):
            out.append(word)
        if len(out) == most:
            break
    return out
