"""Export a trained spaCy ``TextCatBOW`` model for :mod:`schemelint.judge.bow`: its weights
(only the nonzero cells of the hashed table), bias, labels and config, and the blank English
tokenizer's rules. Run at training time and by ``schemelint export-models``; imports spaCy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from schemelint.judge.bow import META, RULES, WEIGHTS


def tokenizer_rules(nlp: Any) -> dict[str, Any]:
    from spacy.symbols import IDS

    tok = nlp.tokenizer

    def pattern(fn: Any) -> dict[str, Any] | None:
        if fn is None:
            return None
        rx = fn.__self__
        return {"pattern": rx.pattern, "flags": int(rx.flags)}

    return {
        "spacy": __import__("spacy").__version__,
        "prefix": pattern(tok.prefix_search),
        "suffix": pattern(tok.suffix_search),
        "infix": pattern(tok.infix_finditer),
        "token_match": pattern(tok.token_match),
        "url_match": pattern(tok.url_match),
        "faster_heuristics": bool(tok.faster_heuristics),
        "specials": {k: [t[65] if 65 in t else t["ORTH"] for t in v]
                     for k, v in sorted(tok.rules.items())},
        "symbols": {k: int(v) for k, v in IDS.items() if k},
        "stop_words": sorted(nlp.Defaults.stop_words),
    }


def export(path: Path) -> None:
    """Write ``bow.npz``, ``bow.json`` and ``bow-tokenizer.json`` next to the model at ``path``."""
    import numpy as np
    import spacy
    from spacy.about import __version__ as spacy_version

    from schemelint.judge.textcat import host, load_at

    scorer = load_at(path, exact=False)
    comp = scorer.component
    cfg = spacy.util.load_config(path / "config.cfg")
    (name,) = cfg["nlp"]["pipeline"]
    arch = cfg["components"][name]["model"]
    if arch["@architectures"] != "spacy.TextCatBOW.v3" or arch["no_output_layer"]:
        raise ValueError(f"{path}: not a TextCatBOW.v3 model with an output layer")
    linear = comp.model.get_ref("output_layer")
    W = np.asarray(linear.get_param("W"), dtype=np.float32)
    b = np.asarray(linear.get_param("b"), dtype=np.float32)
    index = np.flatnonzero(W).astype(np.uint32)
    np.savez_compressed(path / WEIGHTS, index=index, value=W[index], bias=b)
    meta = {
        "labels": list(comp.labels),
        "exclusive": bool(arch["exclusive_classes"]),
        "ngram_size": int(arch["ngram_size"]),
        "length": int(linear.get_dim("length")),
        "spacy": spacy_version,
        "spacy_model_size": (path / name / "model").stat().st_size,
    }
    (path / META).write_text(json.dumps(meta, indent=2) + "\n")
    (path / RULES).write_text(json.dumps(tokenizer_rules(host()), ensure_ascii=False) + "\n")


def shipped() -> list[Path]:
    from schemelint.judge.textcat import models_dir
    from schemelint.senses.classifier import models_dir as senses_dir

    return sorted(p.parent for root in (models_dir(), senses_dir())
                  for p in root.rglob("meta.json"))
