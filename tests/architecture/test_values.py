"""The pipeline's values are frozen: a stage returns new mentions and definitions instead of
changing the ones an earlier stage produced (issue 12)."""

from __future__ import annotations

import dataclasses

import pytest

from schemelint import directives, pipeline
from schemelint.config import Config
from schemelint.definitions import Definitions
from schemelint.judge import prose
from schemelint.model import Mention
from schemelint.rulepack import load_builtin

PACK = load_builtin("scheming")
TEXT = ('By "scheming" we mean instrumental training-gaming: doing well in training to keep '
        "one's goals.\n\nBefore the launch we must determine whether the model is a schemer.\n")


def test_mentions_and_definitions_cannot_be_changed_in_place() -> None:
    (m, *_rest) = pipeline.find(prose.read(TEXT, "markdown"), PACK)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.sense = "worst-case"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Definitions().declared = None  # type: ignore[misc]
    assert isinstance(m, Mention)


def test_each_stage_returns_new_readings_and_leaves_its_input_alone() -> None:
    doc = prose.read(TEXT, "markdown")
    found = pipeline.find(doc, PACK)
    read = pipeline.read_senses(found, PACK)
    assert [m.sense for m in found] == ["unclear", "unclear"]  # untouched by the classifier
    final, definitions = pipeline.definitions(doc, read, PACK, Config(),
                                              directives.parse(doc.comments))
    assert [m.defines for m in read] == [False, False]  # untouched by the definitions stage
    assert final[0].defines and definitions.single_sense() is not None
    assert final[1].sense == "training-gaming" and final[1].sense_from in ("document", "sentence")
