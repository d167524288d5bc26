"""``schemelint train``: fit the sense classifier on the train split, pick the epoch and tune
the cue/classifier blend on the dev split. The test split is never read here."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from schemelint.judge.textcat import fit
from schemelint.rulepack import RulePack, load_builtin
from schemelint.senses import context as ctxmod
from schemelint.senses.classifier import (
    Blend,
    classify,
    decide,
    evidence,
    model_input,
    models_dir,
)
from schemelint.senses.corpus import NOT_TERM, Row, as_mention, load
from schemelint.senses.features import cue_hits
from schemelint.senses.metrics import macro_f1

if TYPE_CHECKING:
    from spacy.pipeline import TextCategorizer

ARCH = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": 2**18,
}


def build_nlp(labels: list[str], arch: dict[str, Any] | None = None) -> Any:
    import spacy

    nlp = spacy.blank("en")
    # add_pipe is typed as returning any pipe; the "textcat" factory makes a TextCategorizer
    textcat = cast("TextCategorizer",
                   nlp.add_pipe("textcat", config={"model": arch or ARCH, "threshold": 0.0}))
    for label in labels:
        textcat.add_label(label)
    return nlp


def texts_and_cats(rows: list[Row], pack: RulePack) -> list[tuple[str, dict[str, float]]]:
    out = []
    for r in rows:
        ctx = ctxmod.of_text(r.text, r.start, r.end)
        text = model_input(ctx, cue_hits(ctx, pack))
        out.append((text, {lab: float(lab == r.label) for lab in pack.sense_ids}))
    return out


def predict(rows: list[Row], pack: RulePack, nlp: Any, blend: Blend) -> list[str]:
    mentions = classify([as_mention(r) for r in rows], pack, blend=blend, nlp=nlp)
    return [m.sense for m in mentions]


def tune(rows: list[Row], pack: RulePack, nlp: Any) -> tuple[Blend, float]:
    """Grid search of the blend on ``rows`` (the dev split). The classifier and the cue finder
    run once; only the cheap final decision is repeated for each setting."""
    gold = [r.label for r in rows]
    contexts = [ctxmod.of_text(r.text, r.start, r.end) for r in rows]
    hits, _inputs, probs = evidence(contexts, pack, nlp)
    best = (Blend(), -1.0)
    for w in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0):
        for t in (1.0, 1.5, 2.0, 3.0):
            # No threshold below 0.3: the product must say "unclear" rather than guess.
            for th in (0.3, 0.35, 0.4, 0.45, 0.5):
                for un in (0.35, 0.4, 0.45, 0.5):
                    blend = Blend(model_weight=w, cue_temperature=t, threshold=th, unsupported=un)
                    predicted = []
                    for r, c, h, p in zip(rows, contexts, hits, probs):
                        predicted.append(decide(as_mention(r), c, pack, p, blend, h).sense)
                    score = macro_f1(gold, predicted, pack.sense_ids)
                    if score > best[1]:
                        best = (blend, score)
    return best


def train_and_save(corpus: Path, out: Path | None, pack_name: str, seed: int,
                   echo: Callable[[str], None] = print, epochs: int = 12) -> None:
    started = time.monotonic()
    pack = load_builtin(pack_name)
    labels = pack.sense_ids
    train = [r for r in load(corpus, "train") if r.label != NOT_TERM]
    dev = [r for r in load(corpus, "dev") if r.label != NOT_TERM]
    echo(f"training on {len(train)} mentions, tuning on {len(dev)} (test split not read)")
    data = texts_and_cats(train, pack)
    gold = [r.label for r in dev]
    model_only = Blend(model_weight=1.0, threshold=0.0)
    scores: list[float] = []

    def report(epoch: int, nlp: Any) -> None:
        f1 = macro_f1(gold, predict(dev, pack, nlp, model_only), labels)
        scores.append(f1)
        echo(f"  epoch {epoch + 1:2d}: dev macro-F1 (classifier alone) {f1:.3f}")

    fit(build_nlp(labels), data, epochs, seed, report)
    best_epochs = max(range(len(scores)), key=lambda i: scores[i]) + 1
    echo(f"refitting for {best_epochs} epochs (best on dev)")
    nlp = fit(build_nlp(labels), data, best_epochs, seed)
    blend, score = tune(dev, pack, nlp)
    echo(f"blend tuned on dev: {blend} -> dev macro-F1 {score:.3f}")
    target = out or models_dir() / pack_name
    target.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    from schemelint.judge.export import export

    export(target)  # the spaCy-free scorer's copy of the weights, always beside them
    (target / "blend.json").write_text(json.dumps(blend.__dict__, indent=2) + "\n")
    echo(f"saved to {target} in {time.monotonic() - started:.0f} s")
