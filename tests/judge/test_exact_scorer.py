"""The spaCy-free scorer (judge/bow.py) gives the shipped spaCy models' probabilities, token for
token, on every input the linter builds from the corpus; its exported weights are current; and
a lint imports neither spaCy nor thinc."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemelint.judge import bow, export, textcat

ROOT = Path(__file__).resolve().parents[2]
MODELS = export.shipped()


@lru_cache(maxsize=1)
def corpus_inputs() -> list[str]:
    """Every model input as the linter builds it from corpus/, and every raw text."""
    from schemelint.judge import steps
    from schemelint.judge.corpus import load_definitions, load_steps
    from schemelint.judge.training import _def_inputs
    from schemelint.rulepack import load_builtin
    from schemelint.senses import corpus as senses_corpus
    from schemelint.senses.training import texts_and_cats

    pack = load_builtin("scheming")
    out: list[str] = []
    for split in ("train", "dev", "test"):
        rows = [r for r in senses_corpus.load(ROOT / "corpus", split)
                if r.label != senses_corpus.NOT_TERM]
        out += [t for t, _ in texts_and_cats(rows, pack)]
        out += [r.text for r in rows]
        items = load_steps(ROOT / "corpus" / "steps", split)
        out += [steps.model_input(i.text, pack) for i in items] + [i.text for i in items]
        defs = [i for i in load_definitions(ROOT / "corpus" / "definitions", split) if i.where]
        out += _def_inputs(defs)
    for f in sorted((ROOT / "corpus").rglob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            out += [v for k, v in row.items() if k in ("text", "sentence") and isinstance(v, str)]
    return list(dict.fromkeys(out))


def test_the_corpus_is_read_in_full() -> None:
    assert len(corpus_inputs()) > 10000


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.name)
def test_exact_scorer_agrees_with_spacy_on_the_whole_corpus(path: Path) -> None:
    spacy_model = textcat.load_at(path, exact=False)
    exact = bow.BowScorer(path)
    texts = corpus_inputs()
    want = [d.cats for d in spacy_model.pipe(texts)]
    got = exact.score(texts)
    worst = max(abs(w[k] - g[k]) for w, g in zip(want, got) for k in w)
    assert worst <= 1e-6
    assert [list(g) for g in got[:1]] == [list(spacy_model.labels)]


def test_tokens_agree_with_spacy_on_the_whole_corpus() -> None:
    host = textcat.host()
    exact = bow.BowScorer(MODELS[0])
    bad = [t for t in corpus_inputs() if [x.text for x in host.make_doc(t)] != exact.tokens(t)]
    assert bad == []


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80) | st.lists(
    st.sampled_from(["don't", "U.S.", ":)", "):", ":*", "(", ")", "**", "e.g.", "http://a.b/c",
                     "x-y", "'s", "\n", " ", "  ", "a.m.", "--", "3.5%", "\"", "Scheming"]),
    max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_tokens_and_probabilities_agree_on_random_text(text: str) -> None:
    host = textcat.host()
    for path in MODELS[::3]:
        exact = bow.BowScorer(path)
        assert exact.tokens(text) == [x.text for x in host.make_doc(text if text.strip() else "_")]
        want = next(iter(textcat.load_at(path, exact=False).pipe([text]))).cats
        got = exact.score([text])[0]
        assert max(abs(want[k] - got[k]) for k in want) <= 1e-6


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.name)
def test_the_exported_weights_are_those_of_the_shipped_spacy_model(path: Path) -> None:
    import numpy as np

    comp = textcat.load_at(path, exact=False).component
    linear = comp.model.get_ref("output_layer")
    exact = bow.BowScorer(path)
    assert bow.fresh(path)
    assert exact.labels == list(comp.labels)
    assert np.array_equal(exact.W.ravel(), np.asarray(linear.get_param("W")))
    assert np.array_equal(exact.b, np.asarray(linear.get_param("b")))
    assert json.loads((path / bow.RULES).read_text()) == json.loads(
        json.dumps(export.tokenizer_rules(textcat.host()), ensure_ascii=False))


def test_scores_are_memoised_per_input_text() -> None:
    exact = bow.BowScorer(MODELS[0])
    first = [d.cats for d in exact.pipe(["a sentence", "another one"])]
    assert len(exact._memo) == 2
    again = [d.cats for d in exact.pipe(["another one", "a sentence"])]
    assert again == first[::-1]


def test_a_lint_imports_neither_spacy_nor_thinc() -> None:
    code = ("import sys\nfrom schemelint.cli import main\n"
            "try:\n    main(['--format', 'json', 'examples/draft.md'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')),"
            " file=sys.stderr)")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env=os.environ.copy(), check=False)
    assert "SL100" in run.stdout  # the draft was linted, models and all
    assert run.stderr.strip().splitlines()[-1] == "[]"
