"""What the definitional-sentence model reads, and what it decides on uses written for this
test (not in corpus/definitions)."""

from __future__ import annotations

from itertools import pairwise

from schemelint.judge import definitional, prose
from schemelint.mentions import find_mentions
from schemelint.rulepack import load_builtin

PACK = load_builtin("scheming")


def inputs(text: str, fmt: str = "markdown") -> list[str]:
    doc = prose.read(text, fmt)
    segs = doc.segments
    nxt = {id(a): b for a, b in pairwise(segs)}
    return [definitional.model_input(definitional.where(m, nxt.get(id(m.segment))), PACK)
            for m in find_mentions(doc, PACK)]


def test_the_term_is_masked_and_the_shape_around_it_becomes_tokens() -> None:
    assert inputs("**Scheming**: faking compliance to keep one's goals.") == [
        "TERM: faking compliance to keep one's goals. | fcolon fstart fbold fkindparagraph"]
    assert inputs("We study scheming (covert pursuit of a given goal) here.") == [
        "We study TERM (covert pursuit of a given goal) here. | fparen fkindparagraph"]
    # a hyphen typed for a dash after the closing quote is a dash; a compound's hyphen is not
    assert inputs('They tested "scheming"-acting one way while hiding goals.')[0].endswith(
        "| fcolon fquoted fkindparagraph")
    assert inputs("They tested scheming-related reasoning.") == [
        "They tested TERM reasoning. | fkindparagraph fshort"]


def test_a_heading_is_read_with_the_first_sentence_under_it() -> None:
    got = inputs("## Scheming\n\nA model that games training to keep its goals. More text.\n")
    assert got == [("TERM || A model that games training to keep its goals. | fstart "
                    "fkindheading fshort")]


def test_the_pack_patterns_are_one_input() -> None:
    (got,) = inputs("By scheming we mean instrumental training-gaming.", "plain")
    assert got.endswith("fpattern")


def test_shipped_model_tells_definitions_from_near_misses() -> None:
    texts = {
        "In this note, scheming is shorthand for a model that plays along with training so its "
        "goals survive.": True,
        "Throughout, we call a policy a schemer when it hides a goal from its overseers.": True,
        "Definitions of scheming differ a lot between labs, and we will not settle them.": False,
        "Our results on scheming are in Section 4.": False,
    }
    for text, want in texts.items():
        doc = prose.read(text, "plain")
        (m,) = find_mentions(doc, PACK)
        (p,) = definitional.probabilities([definitional.where(m)], PACK) or [None]
        assert p is not None
        assert (p >= definitional.threshold()) is want, (text, p)


def _reading(text: str) -> tuple[bool, bool]:
    doc = prose.read(text, "plain")
    (m,) = find_mentions(doc, PACK)
    w = definitional.where(m)
    (p,) = definitional.probabilities([w], PACK) or [None]
    assert p is not None
    return p >= definitional.threshold(), definitional.pattern_match(w, PACK)


def test_pack_patterns_and_the_model_on_more_forms() -> None:
    assert _reading("We define scheming as performing well in training only so that one's goals"
                    " survive it.") == (True, True)
    assert _reading("Scheming, as we use the word here, means covertly pursuing a goal given in"
                    " the prompt.") == (True, False)
    for near_miss in ("What exactly is scheming, and why does it matter?",
                      "Scheming was observed in 3% of rollouts.",
                      "The model was scheming against its developers, the transcripts suggest."):
        assert _reading(near_miss) == (False, False), near_miss


def test_a_gloss_of_anti_scheming_training_defines_a_method_not_the_term() -> None:
    from schemelint.definitions import mark

    text = ("**Anti-scheming training**: fine-tuning a model to reason about a specification "
            "that forbids covert actions before it acts.\n\n"
            "**Scheming**: covertly pursuing a goal given in the prompt while hiding it.\n")
    doc = prose.read(text, "markdown")
    marked = mark(find_mentions(doc, PACK), PACK, doc)
    assert [(m.term, m.defines) for m in marked] == [("Anti-scheming", False), ("Scheming", True)]
