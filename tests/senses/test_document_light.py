"""Senses read in the light of the whole document (senses/document.py), as the JSON output
shows them: a weak use takes the sense the document declares, defines or keeps to; a use with
strong evidence of its own, a colloquial one and another writer's words keep theirs."""

from __future__ import annotations

from schemelint.config import Config
from schemelint.engine import lint_text
from schemelint.formatters.positions import mention_dict

WEAK = "We return to scheming in the last section.\n"
DEFINED = ('By "scheming" we mean in-context scheming: covertly pursuing a goal given in the'
           " prompt.\n\n")


def read(text: str) -> tuple[list[tuple[int, str, float, str]], list[tuple[str, int]]]:
    (r,) = lint_text(text, "draft.md", config=Config())
    mentions = [(m["line"], m["sense"], m["confidence"], m["sense_from"])
                for m in map(mention_dict, r.mentions)]
    return mentions, [(d.code, d.span.source.index.line_col(d.span.start)[0])
                      for d in r.diagnostics]


def test_a_weak_use_takes_the_declared_sense() -> None:
    mentions, codes = read("---\nschemelint: {sense: in-context}\n---\n" + WEAK)
    assert mentions == [(4, "in-context", 0.55, "document")]
    assert codes == []


def test_a_weak_use_takes_the_defined_sense() -> None:
    mentions, codes = read(DEFINED + WEAK)
    assert mentions[-1] == (3, "in-context", 0.55, "document")
    assert {m[3] for m in mentions[:-1]} == {"definition"}
    assert codes == []


def test_strong_local_evidence_keeps_its_own_sense_and_conflicts() -> None:
    mentions, codes = read(DEFINED + WEAK + "\nControl protocols must assume scheming models"
                           " that collude with their copies and sabotage the monitors.\n")
    assert mentions[-2] == (3, "in-context", 0.55, "document")
    assert mentions[-1][1:2] + mentions[-1][3:] == ("worst-case", "sentence")
    assert mentions[-1][2] >= 0.7
    assert codes == [("SL102", 5)]


def test_a_colloquial_use_keeps_its_everyday_sense() -> None:
    mentions, codes = read(DEFINED + "The villain of the novel spends three chapters scheming"
                           " against his brother.\n")
    assert mentions[-1][:2] == (3, "colloquial") and mentions[-1][3] == "sentence"
    assert codes == []


def test_a_guessed_colloquial_reading_without_cue_words_takes_the_defined_sense() -> None:
    mentions, _codes = read('By "schemer" we mean a model that games its training to keep its'
                           " goals.\n\nThe largest checkpoint is a schemer.\n")
    assert mentions[-1][:2] == (3, "training-gaming") and mentions[-1][3] == "document"


def test_without_a_definition_the_confident_uses_set_the_sense() -> None:
    text = ("The model faked alignment during RLHF, instrumental scheming to keep its values.\n\n"
            "The model was scheming against the training process to keep its goals through"
            " fine-tuning.\n\n"
            "Scheming in training: it complied whenever its answers would be used for RLHF, to"
            " keep its values.\n\n" + WEAK)
    mentions, codes = read(text)
    assert [m[1] for m in mentions] == ["training-gaming"] * 4
    assert mentions[-1] == (7, "training-gaming", 0.55, "document")
    assert codes == [("SL100", 3)]  # one sense throughout, but never said: no switch


def test_without_confident_uses_an_undecided_use_leans_to_the_documents_majority() -> None:
    # no use is confident enough to set the document's sense, but the placed ones agree: the
    # use whose own sentence decides nothing leans their way, at a confidence that says so
    text = ("# Week four\n\n"
            "We read the transcripts of the test runs for scheming and tagged each one by hand.\n\n"
            "Most of the scheming we tagged came from the runs where the agent worked alone.\n\n"
            "The graders disagreed on two runs, where the scheming was a single edit to a log.\n\n"
            + WEAK)
    mentions, _codes = read(text)
    assert [m[1] for m in mentions] == ["in-context"] * 4
    assert mentions[-1] == (9, "in-context", 0.45, "document")
    assert {m[3] for m in mentions[:-1]} == {"sentence"}



def test_the_foil_of_a_comparison_defines_nothing_and_takes_the_documents_sense() -> None:
    # the gloss after the colon is about alignment faking: the foil neither defines the term
    # nor reads in the training-gaming sense of the words around it
    text = (DEFINED + "The agents schemed in about one rollout in twenty.\n\n"
            "Alignment faking is distinct from scheming: the model plays along with RLHF during "
            "training so that its values survive fine-tuning.\n")
    (r,) = lint_text(text, "draft.md", config=Config())
    foil = mention_dict(r.mentions[-1])
    assert (foil["line"], foil["definition"], foil["sense"], foil["sense_from"]) == (
        5, False, "in-context", "document")
    assert [d.code for d in r.diagnostics] == []


def test_two_definitions_in_two_senses_each_reach_to_the_next() -> None:
    text = (DEFINED + WEAK + "\n"
            'Later we use "scheming" for instrumental training-gaming: performing well in training'
            " to keep one's goals.\n\n" + WEAK)
    mentions, _codes = read(text)
    weak = [m for m in mentions if m[3] == "document"]
    assert weak == [(3, "in-context", 0.55, "document"), (7, "training-gaming", 0.55, "document")]
