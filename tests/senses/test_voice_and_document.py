"""Whose words a mention is in, and senses read in the document's light."""

from __future__ import annotations

from dataclasses import replace

from schemelint.definitions import Definitions
from schemelint.judge import prose
from schemelint.mentions import find_mentions
from schemelint.model import Mention
from schemelint.rulepack import load_builtin
from schemelint.senses.document import in_document_light, prior
from schemelint.senses.voice import voice_of

PACK = load_builtin("scheming")


def voices(text: str, fmt: str = "markdown") -> list[tuple[str, str]]:
    doc = prose.read(text, fmt)
    return [(m.term, voice_of(m)) for m in find_mentions(doc, PACK)]


def test_blockquotes_and_long_inline_quotations_are_another_writers_words() -> None:
    text = ("> Models will scheme whenever they can.\n\nAs one critic wrote, “any model that is "
            "scheming will hide it”, but we disagree that scheming is common.\n")
    assert voices(text) == [("scheme", "quoted"), ("scheming", "quoted"), ("scheming", "own")]


def test_a_quotation_wrapped_across_a_line_break_is_still_a_quotation() -> None:
    text = ("Examples of the unclear label: \"we should worry about\nscheming\", or a bare\n"
            "question. Models scheming in our tests was rare.\n\n\"A new paragraph\"\nscheming here.\n")
    assert voices(text) == [("scheming", "quoted"), ("scheming", "own"), ("scheming", "own")]


def test_a_quoted_word_is_the_writers_own_naming_of_it() -> None:
    assert voices("We avoid the word “scheming” here.") == [("scheming", "own")]


def test_titles_of_cited_works_in_running_prose() -> None:
    text = ("In Scheming AIs: Will AIs Fake Alignment, the author argues a point. "
            "Scheming models are a worry.\n")
    assert voices(text) == [("Scheming", "title"), ("Scheming", "own")]


def test_a_works_short_name_and_a_named_resource_are_titles() -> None:
    text = ("As the in-context scheming paper showed, and as the scheming and alignment-faking "
            "papers agree, models notice tests ([Anti-Scheming Snippets](https://example.org/s)). "
            "Scheming is rare in our runs, and [scheming](#terms) is defined below.\n")
    assert voices(text) == [("scheming", "title"), ("scheming", "title"),
                            ("Anti-Scheming", "title"), ("Scheming", "own"), ("scheming", "own")]


def mention(sense: str, confidence: float, cues: list[str] | None = None,
            voice: str = "own") -> Mention:
    doc = prose.read("Models might scheme.", "plain")
    (m,) = find_mentions(doc, PACK)
    return replace(m, sense=sense, confidence=confidence, cues=cues or [], voice=voice)


def test_weak_uses_take_the_sense_of_a_document_whose_confident_uses_agree() -> None:
    strong = [mention("training-gaming", 0.9, ["reward on the episode"]) for _ in range(3)]
    weak = mention("unclear", 0.3)
    other = mention("worst-case", 0.95, ["sabotage"])
    ms = [*strong, weak, other]
    assert prior(ms, Definitions(), PACK) is None  # 3 of 4 confident uses agree: not enough
    ms = [*strong, mention("training-gaming", 0.8, ["gradient"]), weak, other]
    assert prior(ms, Definitions(), PACK) == "training-gaming"
    read = in_document_light(ms, Definitions(), PACK)
    weak, other = read[-2], read[-1]
    assert (weak.sense, weak.sense_from, weak.confidence) == ("training-gaming", "document", 0.55)
    assert (other.sense, other.sense_from) == ("worst-case", "sentence")  # strong: kept
    assert ms[-2].sense == "unclear"  # a stage returns new mentions; it changes none


def test_quoted_uses_neither_set_nor_take_the_document_sense() -> None:
    quoted = [mention("worst-case", 0.9, ["sabotage"], voice="quoted") for _ in range(4)]
    weak = mention("unclear", 0.2, voice="quoted")
    assert prior([*quoted, weak], Definitions(), PACK) is None


def test_link_text_that_names_a_work_is_a_title() -> None:
    text = ("See [Frontier Models Can Scheme in Context](https://example.org/p) and what we "
            "call [scheming](#defs) here.\n")
    assert voices(text) == [("Scheme", "title"), ("scheming", "own")]


def test_a_papers_abstract_pasted_into_notes_is_its_authors_words() -> None:
    from schemelint.engine import lint_text

    notes = ("# Notes on a paper\n\n**URL**: https://arxiv.org/abs/2501.00001\n\n## Abstract\n\n"
             "We show that agents given a goal in context engage in scheming when it helps.\n\n"
             "## My notes\n\nThe scheming they count is covert action in test scenarios.\n")
    (r,) = lint_text(notes, "notes.md")
    assert [(m.term, m.voice) for m in r.mentions] == [("scheming", "quoted"), ("scheming", "own")]
    # a paper's own abstract (no link to a paper elsewhere) is the writer's
    own = notes.replace("**URL**: https://arxiv.org/abs/2501.00001\n\n", "")
    (r,) = lint_text(own, "paper.md")
    assert [m.voice for m in r.mentions] == ["own", "own"]


def test_the_gloss_in_a_pasted_abstract_says_what_the_notes_mean() -> None:
    from schemelint.engine import lint_text

    text = ("# Reading notes\n\nLink: https://arxiv.org/abs/2501.00002\n\n## Abstract\n\n"
            "Agents may covertly pursue goals their developers did not intend while hiding what "
            "they are doing, a behaviour also known as scheming. We test six models for it.\n\n"
            "## Summary\n\nThe paper measures scheming in six environments where the prompt "
            "gives the agent a goal.\n\nMost models showed some scheming, and the rates varied "
            "between environments.\n\nThe scheming they count is narrower than the control "
            "literature's worry.\n")
    (r,) = lint_text(text, "notes.md")
    assert (r.mentions[0].voice, r.mentions[0].definition) == ("quoted", True)
    assert [d.code for d in r.diagnostics] == []


def test_an_abstract_under_a_chinese_heading_with_original_text_is_pasted_too() -> None:
    from schemelint.engine import lint_text

    digest = ("# 论文速递\n\n链接: https://arxiv.org/abs/2509.00003\n\n## 📄 摘要（原文）\n\n"
              "Capable systems could pursue misaligned goals in secret, what we call "
              "\"scheming\". We test six models for it.\n\n## 笔记\n\nThe paper measures "
              "scheming in test environments where the prompt gives a goal.\n")
    (r,) = lint_text(digest, "digest.md")
    assert [m.voice for m in r.mentions] == ["quoted", "own"]
    assert r.mentions[0].defines  # the pasted abstract's gloss says what the page means
    assert [d.code for d in r.diagnostics] == []


def test_a_title_that_ends_on_the_term_is_a_title() -> None:
    text = ("Part two asks: [Deliberative Alignment - Can We Train AI Not to Scheme?]"
            "({% link _posts/part-2.md %})\n\nModels can scheme when prompted.\n")
    assert voices(text) == [("Scheme", "title"), ("scheme", "own")]


def test_an_emphasised_title_names_a_work_and_an_emphasised_word_does_not() -> None:
    md = ("The study *Frontier Models are Capable of In-context Scheming* measures covert goal "
          "pursuit, the proposal *Towards evaluations-based safety cases for AI scheming* argues "
          "for safety cases, and we think *scheming* matters.\n")
    assert voices(md) == [("Scheming", "title"), ("scheming", "title"), ("scheming", "own")]
    tex = ("The proposal in \\emph{Towards evaluations-based safety cases for AI\n"
           "scheming} argues for safety cases, and we think \\emph{scheming} matters.\n")
    assert voices(tex, "latex") == [("scheming", "title"), ("scheming", "own")]
