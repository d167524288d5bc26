"""The one phrase matcher and the one sentence splitter."""

from __future__ import annotations

from schemelint import sentences
from schemelint.judge import cues as judge_cues
from schemelint.phrases import PhraseSet
from schemelint.rulepack import load_builtin
from schemelint.senses import features

TEXT = ("We observed the model faking alignment during training, so it will sabotage the "
        "monitors. It fakes alignment during training on some inputs. Alignment-faking, "
        "e.g. in the RL runs, is training-gaming.")


def test_longest_phrase_wins_at_a_word_start() -> None:
    ps = PhraseSet(["during", "during training"])
    assert [m.group(0) for m in ps.finditer("faked during training")] == ["during training"]


def test_overlapping_also_finds_phrases_inside_a_hit() -> None:
    ps = PhraseSet(["fakes alignment during training", "during training"])
    text = "it fakes alignment during training"
    assert [m.group(0) for m in ps.finditer(text)] == ["fakes alignment during training"]
    assert [m.group(0) for m in ps.finditer(text, overlapping=True)] == [
        "fakes alignment during training", "during training"]


def test_whole_words_hyphen_line_break_and_star() -> None:
    ps = PhraseSet(["training gam*", "so"])
    text = "Training-gaming, also\ntraining\ngamers; soon"
    assert [m.group(0) for m in ps.finditer(text)] == ["Training-gaming", "training\ngamers"]


def test_search_is_the_first_hit_and_fullmatch_is_exact() -> None:
    ps = PhraseSet(["will", "sabotag*", "(A4)"])
    for pos in range(0, len(TEXT), 7):
        hits = ps.finditer(TEXT, pos)
        first = ps.search(TEXT, pos)
        assert (first.span() if first else None) == (hits[0].span() if hits else None)
    assert ps.fullmatch("to sabotage", 3) is not None
    assert ps.fullmatch("to sabotage it", 3) is None


def test_tags_say_what_a_phrase_stands_for() -> None:
    ps = PhraseSet(["a b", "c"], tags=["first", "second"])
    assert [ps.tag(m) for m in ps.finditer("c then a b")] == ["second", "first"]


def test_cue_scores_and_judge_tokens_agree_with_the_phrase_set() -> None:
    """The senses' cue hits and the judge's cue tokens are the pack's PhraseSet hits."""
    pack = load_builtin("scheming")
    cue_phrases = PhraseSet([c.phrase for s in pack.senses for c in s.cues])
    got = [(s, e) for s, e, *_rest in features._segment_hits(TEXT, pack)]
    assert got == [m.span() for m in cue_phrases.finditer(TEXT, overlapping=True)]
    assert got  # the text has cues
    kinds = judge_cues._kinds(pack)
    want = {k for k, (_t, phrases) in enumerate(kinds)
            for m in PhraseSet(phrases).finditer(TEXT)}
    tokens = judge_cues.tokens(TEXT, pack)
    assert {kinds[k][0] for k in want} <= set(tokens)


def test_sentences_do_not_end_at_abbreviations() -> None:
    text = "Models game training, e.g. by faking alignment. Then they act. Fig. 2 shows it."
    spans = sentences.split(text)
    assert [text[s:e] for s, e in spans] == [
        "Models game training, e.g. by faking alignment.", "Then they act.", "Fig. 2 shows it."]
    assert sentences.containing(spans, text.index("faking")) == 0
    assert sentences.containing(spans, text.index("act")) == 1


def test_sl200_fix_goes_after_the_whole_sentence() -> None:
    from schemelint.checks import sl200_unsupported_worst_case_inference as sl200

    text = "So it will sabotage, e.g. the monitors. Next."
    assert text[: sl200._sentence_end(text, text.index("sabotage"))] == (
        "So it will sabotage, e.g. the monitors.")
