"""The package's one phrase matcher (phrases.PhraseSet) and the callers that share it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemelint.judge import cues as judge_cues
from schemelint.phrases import PhraseSet, compile_phrases, phrase_regex
from schemelint.rulepack import load_builtin
from schemelint.senses import features
from schemelint.senses.context import of_text

ROOT = Path(__file__).resolve().parents[2]


def _hits(ps: PhraseSet, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in ps.finditer(text)]


def test_whole_words_case_insensitive_and_a_space_matches_a_hyphen_or_a_line_break() -> None:
    ps = PhraseSet(["during training", "fine-tun*"])
    text = "During-training and during\ntraining, not induring training; Fine-tuned."
    assert [h[2] for h in _hits(ps, text)] == ["During-training", "during\ntraining", "Fine-tuned"]


def test_a_star_takes_any_ending_of_the_last_word_only() -> None:
    ps = PhraseSet(["sandbag*"])
    assert [h[2] for h in _hits(ps, "sandbags, sandbagging, resandbag")] == ["sandbags", "sandbagging"]


def test_longest_phrase_at_a_start_wins_and_nested_phrases_are_found_too() -> None:
    ps = PhraseSet(["during training", "fakes alignment during training", "alignment"])
    text = "It fakes alignment during training."
    assert _hits(ps, text) == [
        (3, 34, "fakes alignment during training"),
        (9, 18, "alignment"),
        (19, 34, "during training"),
    ]


def test_search_is_the_first_hit_of_finditer() -> None:
    ps = PhraseSet(["so", "therefore", "hence"])
    text = "We saw it; hence, and therefore, so."
    first = ps.search(text)
    assert first is not None and first.span() == ps.finditer(text)[0].span()
    assert ps.search(text, 20) is not None and ps.search(text, 20).group(0) == "therefore"  # type: ignore[union-attr]
    assert ps.search("nothing here") is None


def test_fullmatch_and_which_phrase_matched() -> None:
    ps = PhraseSet(["misaligned", "egregiously misaligned"])
    text = "it is egregiously misaligned"
    m = ps.fullmatch(text, 6)
    assert m is not None and ps.phrase(m) == "egregiously misaligned"
    assert ps.fullmatch(text, 6, 17) is None


def test_phrases_that_start_with_a_symbol() -> None:
    ps = PhraseSet(["#tag", "tag"])
    assert [h[2] for h in _hits(ps, "a #tag and tag")] == ["#tag", "tag", "tag"]


def test_duplicates_are_dropped_and_the_same_phrases_share_one_matcher() -> None:
    ps = PhraseSet(["RLHF", "rlhf ", "sgd"])
    assert ps.phrases == ("RLHF", "sgd")
    assert compile_phrases(["a b", "c"]) is compile_phrases(["a b", "c"])


def test_nothing_is_compiled_until_first_use() -> None:
    ps = PhraseSet(["never used"])
    assert ps._rx is None
    ps.search("never used")
    assert ps._rx is not None


def _reference(phrases: list[str], text: str) -> list[tuple[int, int]]:
    """The semantics spelled out slowly: each phrase's own regex, and at each start the
    longest phrase (first listed among equals) that begins there."""
    best: dict[int, tuple[int, int]] = {}
    for rank, p in enumerate(sorted(dict.fromkeys(p.strip() for p in phrases), key=len, reverse=True)):
        for m in re.finditer(phrase_regex(p), text, re.IGNORECASE):
            best.setdefault(m.start(), (rank, m.end()))
            if best[m.start()][0] > rank:
                best[m.start()] = (rank, m.end())
    return [(s, e) for s, (_r, e) in sorted(best.items())]


def _documents() -> str:
    files = [ROOT / "examples" / "draft.md", *sorted((ROOT / "tests" / "documents").rglob("*.md"))]
    return "\n\n".join(f.read_text("utf-8") for f in files)


@pytest.mark.parametrize("pack_name", ["scheming", "sandbagging"])
def test_every_caller_agrees_with_the_reference_semantics(pack_name: str) -> None:
    """The sense features, the judges' cue tokens and the inference phrases all see the same
    hits: those of the one matcher, which are those of the reference."""
    pack = load_builtin(pack_name)
    text = _documents()
    cue_phrases = [c.phrase for s in pack.senses for c in s.cues]
    expected = _reference(cue_phrases, text)
    assert len(expected) > 40
    # the sense classifier's cue evidence
    ctx = of_text(text, 0, 0)
    assert [(s, e) for s, e, *_ in features._segment_hits(ctx, pack)] == expected
    # the one matcher itself
    assert [m.span() for m in pack.cue_set.finditer(text)] == expected
    # the judges' tokens: the kinds of the phrases the reference finds over all the kinds'
    # phrases at once (the longest phrase at a start names the kinds found there)
    kinds = judge_cues._kinds(pack)
    union = [p for _token, phrases in kinds for p in phrases]
    spans = [(i, min(len(text), i + 300)) for i in range(0, len(text), 300)]
    tokens = judge_cues.tokens_in_spans(text, spans, pack)
    union_hits = _reference(union, text)
    for (s, e), found in zip(spans, tokens):
        words = {text[a:b].lower() for a, b in union_hits if s <= a and b <= e}
        want = [t for t, phrases in kinds if any(
            any(re.fullmatch(phrase_regex(p), w, re.IGNORECASE) for w in words) for p in phrases)]
        assert [t for t in found if t != "cueterm"] == want, s
    for key, ps in pack.inference.phrase_sets():
        assert [m.span() for m in ps.finditer(text)] == _reference(list(ps.phrases), text), key


def _reference_at_every_start(phrases: list[str], text: str) -> list[tuple[int, int]]:
    """The semantics at its most literal: at every word start, each phrase's own regex tried in
    order (longest first), the first that matches is the hit (so a hit nested inside another
    hit of the same phrase, "training" in "train-training" for "train*", is found too)."""
    ordered = sorted(dict.fromkeys(p.strip() for p in phrases), key=len, reverse=True)
    rxs = [re.compile(phrase_regex(p), re.IGNORECASE) for p in ordered]
    out = []
    for w in re.finditer(r"(?<!\w)\w", text):
        for rx in rxs:
            m = rx.match(text, w.start())
            if m:
                out.append(m.span())
                break
    return out


_WORDS = ["so", "also", "fake", "faking", "alignment", "train", "training", "the", "model's",
          "x-risk", "SO", "Training", "ß", "naïve"]
_GAPS = [" ", "  ", "-", "\n", "\u00a0", "\u2009", "\t", ", ", ". ", "_", "", "(", "'"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4),
       st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=25),
       st.integers(0, 20), st.integers(0, 30))
def test_search_and_finditer_agree_with_the_reference_on_any_text(
        words: list[str], pieces: list[tuple[str, str]], lo: int, span: int) -> None:
    """The RE2 candidate scan of ``search`` and the lead-letter filter of ``finditer`` only
    skip places where no phrase can start: on any text (odd spaces, hyphens, case, letters
    outside ASCII, a window that starts inside a word) both give the reference's hits."""
    phrases = [" ".join(words[: i + 1]) for i in range(len(words))] + [words[-1] + "*"]
    ps = PhraseSet(phrases)
    text = "".join(w + g for w, g in pieces)
    pos, end = min(lo, len(text)), min(len(text), lo + span)
    want = [(s, e) for s, e in _reference_at_every_start(list(ps.phrases), text[:end]) if s >= pos]
    # the reference sees the text up to ``end`` and nothing before ``pos`` starts a hit
    got = [m.span() for m in ps.finditer(text, pos, end)]
    assert got == want
    first = ps.search(text, pos, end)
    assert (first.span() if first else None) == (want[0] if want else None)
