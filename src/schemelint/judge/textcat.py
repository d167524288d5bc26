"""The bag-of-words text classifier every judgement uses: built from a blank English pipeline,
trained with a fixed seed, saved inside the package and loaded lazily (spaCy is imported only
when a document needs a judgement)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from spacy.pipeline import TextCategorizer


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
    # add_pipe is typed as returning any pipe; this factory makes a (multi-label) TextCategorizer
    pipe = cast("TextCategorizer",
                nlp.add_pipe(factory, name="textcat", config={"model": arch, "threshold": 0.5}))
    for label in labels:
        pipe.add_label(label)
    return nlp


BATCH = 16  # examples per update


def fit(nlp: Any, data: Sequence[tuple[str, dict[str, float]]], epochs: int, seed: int,
        on_epoch: Callable[[int, Any], None] | None = None) -> Any:
    from spacy.training import Example
    from thinc.api import fix_random_seed  # what spacy.util re-exports

    fix_random_seed(seed)
    rng = random.Random(seed)
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": c}) for t, c in data]
    optimizer = nlp.initialize(lambda: examples)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for start in range(0, len(examples), BATCH):  # the batches spacy.util.minibatch makes
            nlp.update(examples[start:start + BATCH], sgd=optimizer, drop=0.2, losses=losses)
        if on_epoch:
            on_epoch(epoch, nlp)
    return nlp


def predict(nlp: Any, texts: Sequence[str]) -> list[dict[str, float]]:
    # A bag of bigrams of no token at all breaks thinc: an empty text reads as one blank token.
    safe = [t if t.strip() else "_" for t in texts]
    return [dict(doc.cats) for doc in nlp.pipe(safe, batch_size=256)]


@lru_cache(maxsize=1)
def host() -> Any:
    """One blank English pipeline whose tokenizer every shipped classifier shares: building a
    tokenizer (its special cases) is most of what loading a model costs."""
    import spacy

    return spacy.blank("en")


class _Scored:
    __slots__ = ("cats",)

    def __init__(self, cats: dict[str, float]) -> None:
        self.cats = cats


class Scorer:
    """A trained classifier read into the shared :func:`host`; like a spaCy pipeline,
    ``pipe(texts)`` yields one object with ``cats`` per text (the same probabilities)."""

    def __init__(self, component: Any) -> None:
        self.component = component
        self.labels = list(component.labels)
        self.Defaults = host().Defaults

    def pipe(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[_Scored]:
        nlp = host()
        batch: list[Any] = []
        for t in texts:
            batch.append(nlp.make_doc(t if t.strip() else "_"))
            if len(batch) >= batch_size:
                yield from self._score(batch)
                batch = []
        if batch:
            yield from self._score(batch)

    def _score(self, docs: list[Any]) -> Iterator[_Scored]:
        for row in self.component.predict(docs):
            yield _Scored({lab: float(p) for lab, p in zip(self.labels, row)})


def load_at(path: Path, exact: bool = True) -> Any:
    """The classifier saved at ``path`` (by ``nlp.to_disk``): its exact spaCy-free scorer
    (:mod:`schemelint.judge.bow`) when its export is there and current, else the spaCy model
    read into the shared host."""
    from schemelint.judge import bow

    if exact and bow.fresh(path):
        return bow.BowScorer(path)
    from spacy import util

    cfg = util.load_config(path / "config.cfg")
    (name,) = cfg["nlp"]["pipeline"]
    comp = dict(cfg["components"][name])
    factory = comp.pop("factory")
    component = host().create_pipe(factory, name=f"{path.parent.name}/{path.name}", config=comp)
    component.from_disk(path / name, exclude=["vocab"])
    return Scorer(component)


@lru_cache(maxsize=8)
def load(name: str) -> Any:
    """The shipped model ``judge/models/<name>``, or ``None`` when it is not there."""
    path = models_dir() / name
    if not (path / "meta.json").is_file():
        return None
    return load_at(path)
