"""The exact scorer of a trained ``spacy.TextCatBOW.v3`` classifier, without spaCy or thinc.

It reads what :mod:`schemelint.judge.export` wrote next to the spaCy model (``bow.npz``: the
weight table and bias; ``bow.json``: labels and config; ``bow-tokenizer.json``: the tokenizer's rules) and
repeats the model's arithmetic step by step in float32: tokens, ORTH ids, unigram and bigram
keys counted once each in sorted order, two hashed weight rows per key summed onto the bias in
thinc's order, then softmax or sigmoid as thinc computes them. Scores are memoised per input
text (bounded), so a re-lint of an unchanged sentence costs a dictionary lookup."""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from schemelint.judge.hashing import bigram_keys, murmur64a, rows
from schemelint.judge.tokenizer import Tokenizer
from schemelint.textmemo import TextMemo

WEIGHTS = "bow.npz"
META = "bow.json"
RULES = "bow-tokenizer.json"
MEMO = 20000


class Scored:
    __slots__ = ("cats",)

    def __init__(self, cats: dict[str, float]) -> None:
        self.cats = cats


class _Defaults:
    def __init__(self, stop_words: frozenset[str]) -> None:
        self.stop_words = stop_words


class Vocabulary:
    """The tokenizer and the ORTH id of a token text (a spaCy symbol's id, else its hash)."""

    def __init__(self, rules: dict[str, Any]) -> None:
        self.tokenizer = Tokenizer(rules)
        self.symbols: dict[str, int] = rules["symbols"]
        self.stop_words = frozenset(rules["stop_words"])
        self._ids: dict[str, int] = {}
        self._texts: TextMemo[str, Any] = TextMemo(MEMO)

    def ids(self, text: str) -> Any:
        """The ORTH ids of ``text``'s tokens (uint64), memoised: every model that shares this
        vocabulary (the roles and stance models read the same sentences) tokenizes once."""
        import numpy as np

        return self._texts.get(text, lambda: np.array(
            [self.orth(t) for t in self.tokenizer(text)], dtype=np.uint64), text)

    def orth(self, text: str) -> int:
        got = self._ids.get(text)
        if got is None:
            got = self.symbols.get(text)
            if got is None:
                got = murmur64a(text.encode("utf8"), 1)
            if len(self._ids) < 200000:
                self._ids[text] = got
        return got


@lru_cache(maxsize=4)
def _vocabulary(digest: str, raw: bytes) -> Vocabulary:
    return Vocabulary(json.loads(raw))


def vocabulary_at(path: Path) -> Vocabulary:
    raw = (path / RULES).read_bytes()
    return _vocabulary(hashlib.sha256(raw).hexdigest(), raw)


class BowScorer:
    """Like a spaCy pipeline with one ``textcat``: ``pipe(texts)`` yields objects with ``cats``."""

    def __init__(self, path: Path) -> None:
        import numpy as np

        meta = json.loads((path / META).read_text())
        with np.load(path / WEIGHTS, allow_pickle=False) as z:
            self.length = int(meta["length"])
            n_out = len(meta["labels"])
            table = np.zeros(n_out * self.length, dtype=np.float32)
            table[z["index"]] = z["value"]
            self.W = table.reshape(n_out, self.length)
            self.b = np.ascontiguousarray(z["bias"], dtype=np.float32)
        self.labels: list[str] = list(meta["labels"])
        self.exclusive = bool(meta["exclusive"])
        self.ngram_size = int(meta["ngram_size"])
        if self.ngram_size != 2:
            raise ValueError(f"{path}: only bigram models are supported")
        self.vocab = vocabulary_at(path)
        self.Defaults = _Defaults(self.vocab.stop_words)
        self._memo: OrderedDict[str, dict[str, float]] = OrderedDict()

    def pipe(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[Scored]:
        texts = list(texts)
        todo = list(dict.fromkeys(t for t in texts if t not in self._memo))
        for i in range(0, len(todo), batch_size):
            chunk = todo[i:i + batch_size]
            for t, cats in zip(chunk, self.score(chunk)):
                self._memo[t] = cats
        for t in texts:
            cats = self._memo[t]
            self._memo.move_to_end(t)
            yield Scored(dict(cats))
        while len(self._memo) > MEMO:
            self._memo.popitem(last=False)

    def tokens(self, text: str) -> list[str]:
        return self.vocab.tokenizer(text if text.strip() else "_")

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        """The probabilities of a batch. The hashing is done once for the whole batch; each
        text's sum is still taken term by term in thinc's order (zero padding after a text's
        last term leaves its float32 sum unchanged), so the bits are those of one text alone."""
        import numpy as np

        if not texts:
            return []
        per_text = [self.vocab.ids(t if t.strip() else "_") for t in texts]
        uni = np.concatenate(per_text)
        owner_uni = np.repeat(np.arange(len(texts)), [len(x) for x in per_text])
        firsts = np.concatenate([x[:-1] for x in per_text])
        seconds = np.concatenate([x[1:] for x in per_text])
        owner_bi = np.repeat(np.arange(len(texts)), [len(x) - 1 for x in per_text])
        keys = np.concatenate([uni, bigram_keys(firsts, seconds)])
        owner = np.concatenate([owner_uni, owner_bi])
        order = np.lexsort((keys, owner))  # by text, then key: np.unique's order per text
        keys, owner = keys[order], owner[order]
        new = np.ones(len(keys), dtype=bool)
        new[1:] = (keys[1:] != keys[:-1]) | (owner[1:] != owner[:-1])
        starts = np.flatnonzero(new)
        counts = np.diff(np.append(starts, len(keys)))
        keys, owner = keys[starts], owner[starts]
        values = counts.astype(np.float32)
        i1 = (rows(keys, 0) % np.uint32(self.length)).astype(np.intp)
        i2 = (rows(keys, 1) % np.uint32(self.length)).astype(np.intp)
        # each key's place among its text's keys
        first_of = np.searchsorted(owner, np.arange(len(texts)))
        place = np.arange(len(keys)) - first_of[owner]
        width = 2 * int(place.max(initial=0) + 1) + 1
        terms = np.zeros((len(self.labels), len(texts), width), dtype=np.float32)
        terms[:, :, 0] = self.b[:, None]
        terms[:, owner, 1 + 2 * place] = self.W[:, i1] * values
        terms[:, owner, 2 + 2 * place] = self.W[:, i2] * values
        out = np.add.accumulate(terms, axis=2)[:, :, -1].T
        probs = self._activate(out)
        return [{lab: float(p) for lab, p in zip(self.labels, row)} for row in probs]

    def _activate(self, x: Any) -> Any:
        import numpy as np

        if self.exclusive:
            shifted = x - np.max(x, axis=-1, keepdims=True)
            e = np.exp(shifted)
            e /= e.sum(axis=-1, keepdims=True)
            return e
        x = np.clip(x, -20.0, 20.0)
        return 1.0 / (1.0 + np.exp(-x))


def fresh(path: Path) -> bool:
    """Whether ``path`` has an export made from the spaCy weights saved there now (the export
    records the size of the spaCy weight file; training always writes both)."""
    try:
        meta = json.loads((path / META).read_text())
        model = path / "textcat" / "model"
        return (path / WEIGHTS).is_file() and (path / RULES).is_file() and \
            model.stat().st_size == meta["spacy_model_size"]
    except (OSError, ValueError, KeyError):
        return False
