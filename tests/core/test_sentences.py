"""The package's one sentence splitter, and SL200's fix that ends where its sentence ends."""

from __future__ import annotations

from schemelint import sentences
from schemelint.checks.sl200_unsupported_worst_case_inference import _sentence_end


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences.split(text)]


def test_splits_after_full_stops_before_a_capital() -> None:
    assert _texts("The model games training. It will sabotage.  Then what?") == [
        "The model games training.", "It will sabotage.", "Then what?"]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "Models sandbag, e.g. On some inputs, and cf. Fig. 2 for details. Next one."
    assert _texts(text) == ["Models sandbag, e.g. On some inputs, and cf. Fig. 2 for details.",
                            "Next one."]


def test_a_blank_line_ends_a_sentence_and_spaces_are_trimmed() -> None:
    assert _texts("  a heading without a stop\n\nThe paragraph.  ") == [
        "a heading without a stop", "The paragraph."]


def test_containing_finds_the_sentence_of_an_offset() -> None:
    text = "One two. Three four. Five."
    spans = sentences.split(text)
    assert [sentences.containing(spans, text.index(w)) for w in ("One", "Three", "Five")] == [0, 1, 2]


def test_sl200_fix_goes_after_the_whole_sentence_even_with_e_g() -> None:
    text = "So it will sabotage, e.g. The monitors we rely on. Later text."
    end = _sentence_end(text, text.index("sabotage"))
    assert text[:end] == "So it will sabotage, e.g. The monitors we rely on."


def test_sl200_fix_at_the_end_of_a_text_without_a_stop() -> None:
    text = "so it will sabotage the monitors"
    assert _sentence_end(text, 10) == len(text)
