"""The prefilter may skip a file only when fully linting it would show nothing: no mention, no
finding, no warning, no error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemelint import prefilter, rulepack
from schemelint.engine import Linter, lint_text

ROOT = Path(__file__).resolve().parents[2]
PACKS = [rulepack.load_builtin("scheming"), rulepack.load_builtin("sandbagging")]
EXTS = (".md", ".tex", ".txt")


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _full(text: str, path: str, linter: Linter, monkeypatch: pytest.MonkeyPatch) -> list:
    """Lint with the prefilter switched off: every file reaches its reader."""
    with monkeypatch.context() as m:
        m.setattr(prefilter, "may_hold_use", lambda *_args: True)
        return lint_text(text, path, linter)


def _shows_nothing(results: list) -> bool:
    # A LaTeX error (unbalanced braces) in a file without the term is not compared: it was
    # shown before only when the file happened to contain "schem".
    return all(not r.mentions and not r.diagnostics and not r.warnings for r in results)


def _documents() -> list[Path]:
    folders = [ROOT / "tests" / "documents", ROOT / "examples", ROOT / "corpus" / "heldout"]
    return sorted(p for f in folders for p in f.rglob("*") if p.suffix in EXTS and p.is_file())


def test_rejected_documents_hold_no_use(linter: Linter, monkeypatch: pytest.MonkeyPatch) -> None:
    rejected = 0
    for path in _documents():
        text = path.read_text(encoding="utf-8")
        if not prefilter.may_hold_use(text, PACKS, str(path)):
            rejected += 1
            assert _shows_nothing(_full(text, str(path), linter, monkeypatch)), path
    assert rejected  # the folders have term-free documents


def _corpus_texts() -> list[str]:
    texts = []
    for jsonl in sorted((ROOT / "corpus").glob("*.jsonl")) + sorted((ROOT / "corpus" / "ood").glob("*.jsonl")):
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") if line.strip() else None
            if isinstance(text, str):
                texts.append(text)
    return texts


def test_rejected_corpus_sentences_hold_no_use(linter: Linter,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # The corpus is about the term; swapping its forms for the noun "scheme" and for "schema"
    # gives the finder's non-term filters real sentences to decide.
    for i, text in enumerate(_corpus_texts()):
        for swapped in (text.replace("scheming", "scheme").replace("schemers", "schemes"),
                        text.replace("scheming", "schema")):
            quoted = "> " + swapped.replace("\n", "\n> ")
            for ext in EXTS:
                for doc in (swapped, quoted):
                    path = f"corpus-{i}{ext}"
                    if not prefilter.may_hold_use(doc, PACKS, path):
                        got = _full(doc, path, linter, monkeypatch)
                        assert _shows_nothing(got), (ext, doc)


def test_the_common_non_terms_are_skipped() -> None:
    assert not prefilter.may_hold_use("The JSON schema validates the config.\n", PACKS)
    assert not prefilter.may_hold_use("A pension scheme and a colour scheme.\n", PACKS)
    assert prefilter.may_hold_use("Models might scheme against us.\n", PACKS)
    assert prefilter.may_hold_use("We saw _scheming_ here.\n", PACKS)
    assert prefilter.may_hold_use("The model fakes alignment during training.\n", PACKS)
    assert prefilter.may_hold_use("<!-- schemelint: disable SL999 -->\nA schema.\n", PACKS)
    quote = "> Their pension scheme\n> was generous.\n"
    assert not prefilter.may_hold_use(quote, PACKS, "notes.md")
    assert prefilter.may_hold_use(quote, PACKS, "notes.tex")  # ">" is text there: not judged
    assert prefilter.may_hold_use("> The courtiers\n> scheme against him.", PACKS, "a.md")


WORDS = ["scheme", "Scheme", "schemes", "schemed", "schema", "schemata", "scheming", "schemer",
         "sche-\nming", "a", "the", "pension", "models", "might", "they", "against", "to", "can't",
         "colour", "will", "Schemes", "courtiers", "that", "sandbag", "sandbags", "which"]
MARKUP = ["", " ", "\n", "\n\n", "**", "_", "`", "# ", "- ", "> ", "\\emph{", "}", "%", "$",
          "<b>", "\n> ", "\n>", "[", "](x)", "~", "--", "1. ", "    ", "| ", "http://x.org/", "&amp;", ". ", ", "]
PIECE = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKUP))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(PIECE, min_size=1, max_size=40), st.sampled_from(EXTS))
def test_generated_text(linter: Linter, monkeypatch: pytest.MonkeyPatch, pieces: list[str],
                        ext: str) -> None:
    text = " ".join(pieces)
    if not prefilter.may_hold_use(text, PACKS, f"generated{ext}"):
        assert _shows_nothing(_full(text, f"generated{ext}", linter, monkeypatch)), text
