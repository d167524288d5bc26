"""Argument steps as SL200 and SL201 report them.

Two readers find the steps: the learned one (judge/arguments.py linking the steps classifier's
sentence readings) for a pack that ships a steps model, and the phrase reader
(checks/inference.py: the pack's inference cues) for a pack that does not. The second is tested
with a copy of the shipped pack under another name, which has no model of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from schemelint import fixes
from schemelint.config import Config
from schemelint.engine import lint_text
from schemelint.model import Diagnostic

ROOT = Path(__file__).resolve().parents[2]
DEFINED = ('By "scheming" we mean instrumental training-gaming: performing well in training to'
           " keep one's goals.\n\n")
SO = "We observed the model faking alignment during training, so it will sabotage our monitors.\n"


@pytest.fixture(scope="module")
def phrases(tmp_path_factory: pytest.TempPathFactory) -> Config:
    data = yaml.safe_load((ROOT / "rules" / "scheming.yaml").read_text(encoding="utf-8"))
    data["name"] = "scheming-phrases"
    path = tmp_path_factory.mktemp("pack") / "pack.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return Config(packs=(), rule_packs=(str(path),))


def lint(text: str, config: Config) -> list[Diagnostic]:
    (r,) = lint_text(DEFINED + text, "draft.md", config=config)
    assert r.error is None, r.error
    return r.diagnostics


def where(d: Diagnostic) -> tuple[str, int, int]:
    return (d.code, *d.span.source.index.line_col(d.span.start))


# -- the phrase reader (checks/inference.py) ---------------------------------------------------

def test_phrases_evidence_so_conclusion(phrases: Config) -> None:
    (d,) = lint(SO, phrases)
    assert where(d) == ("SL200", 3, 68)
    assert d.message == ("“sabotage” is concluded from “faking alignment” (linked by “so”)"
                         " without naming A1, A2, A3, A4")
    assert d.data["missing"] == ["A1", "A2", "A3", "A4"]
    assert [r.message for r in d.related] == ["the training-gaming evidence"]
    assert not d.fixes[0].safe


@pytest.mark.parametrize("text", [
    ("We observed the model faking alignment during training. This does not show that it would"
    " sabotage our monitors.\n"),
    ("We observed the model faking alignment during training, so it might perhaps sabotage our"
    " monitors.\n"),
    "We observed the model faking alignment during training in 12% of episodes.\n",
], ids=["negated", "hedged", "evidence-only"])
def test_phrases_near_misses_stay_clean(phrases: Config, text: str) -> None:
    assert lint(text, phrases) == []


def test_phrases_assumptions_named_earlier_count(phrases: Config) -> None:
    some = ("Going further needs consistency across contexts and reasoning about which control"
            " measures are in place.\n\n")
    (d,) = lint(some + SO, phrases)
    assert where(d) == ("SL200", 5, 68)
    assert d.data["missing"] == ["A3", "A4"]
    every = ("We assume the behaviour is consistent across contexts, that the model reasons about"
             " which control measures are in place, that it has extra capabilities such as"
             " sandbagging undetected, and that its goals are egregiously misaligned.\n\n")
    assert lint(every + SO, phrases) == []


def test_phrases_misalignment_from_gaming(phrases: Config) -> None:
    (d,) = lint("The model gamed its training to keep its goals, which shows that it is"
                " misaligned.\n", phrases)
    assert where(d) == ("SL201", 3, 72)
    assert "inferred from training-gaming alone (“gamed its training”)" in d.message
    assert lint("The model gamed its training to keep its goals, which does not show that it is"
                " misaligned.\n", phrases) == []


def test_phrases_fix_goes_after_the_conclusions_sentence(phrases: Config) -> None:
    res = lint_text(DEFINED + SO, "draft.md", config=phrases)
    text, n = fixes.fixed_text(res, unsafe=True)
    assert n == 1
    assert text.startswith(DEFINED + SO.rstrip("\n") + " This conclusion assumes that the model"
                           " keeps to the plan consistently across contexts")


def test_phrases_fix_is_not_put_inside_an_abbreviation(phrases: Config) -> None:
    sentence = ("We observed the model faking alignment during training, so it will sabotage our"
                " monitors, e.g. the audit logs, and collude with its copies.")
    res = lint_text(DEFINED + sentence + "\n", "draft.md", config=phrases)
    text, _n = fixes.fixed_text(res, unsafe=True)
    assert text.startswith(DEFINED + sentence + " This conclusion assumes that")


# -- the learned reader (judge/arguments.py linking the steps model's readings) ----------------

def test_learned_conclusion_linked_to_evidence_in_the_sentence_before() -> None:
    (d,) = lint("We observed the model faking alignment during training. Hence it will collude"
                " with other instances to exfiltrate its weights.\n", Config())
    assert where(d) == ("SL200", 3, 71)
    assert "(line 3, in the same passage)" in d.message
    (rel,) = d.related
    assert rel.span.source.index.line_col(rel.span.start) == (3, 1)
    assert rel.message.startswith("the evidence: “We observed the model faking alignment")


def test_learned_evidence_and_conclusion_in_one_sentence() -> None:
    (d,) = lint(SO, Config())
    assert where(d) == ("SL200", 3, 68)
    assert d.message == ("“sabotage our monitors.” concludes the worst case from training-gaming"
                         " evidence without naming A1, A2, A3, A4")


@pytest.mark.parametrize("text", [
    ("We observed the model faking alignment during training. Does that mean it will sabotage our"
    " monitors?\n"),
    ("A blog post argued that \"a model which fakes alignment during training will sabotage its"
    " monitors\"; we do not share that view.\n"),
    ("We observed the model faking alignment during training. This does not show that it would"
    " sabotage our monitors.\n"),
], ids=["question", "quoted", "negated"])
def test_learned_near_misses_stay_clean(text: str) -> None:
    assert lint(text, Config()) == []


def test_learned_assumptions_stated_in_the_document_are_named() -> None:
    some = ("We assume the behaviour is consistent across contexts and that the model reasons"
            " about which control measures are in place.\n\n")
    (d,) = lint(some + SO, Config())
    assert d.data["missing"] == ["A3", "A4"]


REPORT = (
    "## Results\n\n"
    "When told that its answers in one condition would be used to retrain it, the model complied"
    " with the new objective in 31% of those conversations and in 5% of the others, and its"
    " scratchpad said that going along now would keep its current values from being trained"
    " away.\n\n"
    "## Implications\n\n"
    "- The model will deliberately underperform on the dangerous-capability evaluations we run"
    " before each release.\n"
)


def test_learned_conclusion_in_a_later_section_rests_on_evidence_reported_there() -> None:
    # no pointer back ("these results"), another section: the evidence was reported beyond doubt
    (d,) = lint(REPORT, Config())
    assert where(d) == ("SL200", 9, 13)
    assert "(line 5, reported earlier in the document)" in d.message
    (rel,) = d.related
    assert rel.span.source.index.line_col(rel.span.start) == (5, 1)


def test_learned_conclusion_far_from_the_evidence_rests_on_nothing() -> None:
    asides = "".join(f"An aside on the logging setup, number {i}.\n\n" for i in range(16))
    assert lint(REPORT.replace("## Implications\n\n", "## Implications\n\n" + asides),
                Config()) == []


def test_learned_assumptions_cited_by_their_ids_are_named() -> None:
    cited = REPORT.replace("- The model will", "- Under A1-A4, the model will")
    assert lint(cited, Config()) == []
