"""The bag-of-words text classifier every judgement uses: built from a blank English pipeline,
trained with a fixed seed, saved inside the package and loaded lazily (spaCy is imported only
when a document needs a judgement)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


def models_dir() -> Path:
    return Path(str(resources.files("schemelint"))) / "judge" / "models"


def build(labels: Sequence[str], *, exclusive: bool, length: int = 2**16) -> Any:
    import spacy

    nlp = spacy.blank("en")
    arch = {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": exclusive,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": length,
    }
    factory = "textcat" if exclusive else "textcat_multilabel"
    pipe = nlp.add_pipe(factory, name="textcat", config={"model": arch, "threshold": 0.5})
    for label in labels:
        pipe.add_label(label)
    return nlp


def fit(nlp: Any, data: Sequence[tuple[str, dict[str, float]]], epochs: int, seed: int,
        on_epoch: Callable[[int, Any], None] | None = None) -> Any:
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    rng = random.Random(seed)
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": c}) for t, c in data]
    optimizer = nlp.initialize(lambda: examples)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        if on_epoch:
            on_epoch(epoch, nlp)
    return nlp


def predict(nlp: Any, texts: Sequence[str]) -> list[dict[str, float]]:
    return [dict(doc.cats) for doc in nlp.pipe(texts, batch_size=256)]


@lru_cache(maxsize=8)
def load(name: str) -> Any | None:
    """The shipped model ``judge/models/<name>``, or ``None`` when it is not there."""
    path = models_dir() / name
    if not (path / "meta.json").is_file():
        return None
    import spacy

    return spacy.load(path)
