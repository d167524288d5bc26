"""The steps classifier (judge/steps.py) on sentences written for this test: the part each
plays in an argument (roles, named assumptions) and how it is put (stance)."""

from __future__ import annotations

import pytest

from schemelint.judge import steps
from schemelint.rulepack import load_builtin

PACK = load_builtin("scheming")


def reading(sentence: str) -> tuple[list[str], list[str], str]:
    out = steps.read([sentence], PACK)
    assert out is not None
    (r,) = out
    return sorted(r.roles), sorted(r.assumptions), r.stance


def test_labels_are_the_roles_and_the_packs_assumptions() -> None:
    assert steps.labels(PACK) == ["tg-evidence", "ic-evidence", "wc-conclusion", "misalignment",
                                  "assume-A1", "assume-A2", "assume-A3", "assume-A4"]


def test_the_input_carries_the_sentences_shape() -> None:
    text = steps.model_input("Whether   it will sabotage the monitors?", PACK, cue_tokens=[])
    assert text == "Whether it will sabotage the monitors? | firstwhether endsquestion"


@pytest.mark.parametrize(("sentence", "roles"), [
    ("We observed the model faking alignment during training in 12% of episodes.",
     ["tg-evidence"]),
    (("In agentic evaluations the model covertly disabled oversight in 5% of rollouts when"
     " prompted with a goal."), ["ic-evidence"]),
    ("So it will sabotage our monitors and exfiltrate its weights.", ["wc-conclusion"]),
    ("The weather was pleasant in Berkeley that week.", []),
])
def test_roles(sentence: str, roles: list[str]) -> None:
    assert reading(sentence) == (roles, [], "asserted")


@pytest.mark.xfail(strict=True, reason="the stance model retrained on corpus f/g reads this bare"
                   " claim as negated (its roles are right)")
def test_misalignment_claim() -> None:
    roles, _assumptions, stance = reading("This shows that the model is misaligned.")
    assert "misalignment" in roles and stance == "asserted"


def test_a_stated_assumption_is_named() -> None:
    assert reading("We assume the behaviour is consistent across contexts.") == (
        [], ["A1"], "asserted")


@pytest.mark.parametrize(("sentence", "stance"), [
    ("It might sabotage our monitors.", "hedged"),
    ("Will it sabotage our monitors?", "question"),
    ("If it games its training, it will sabotage our monitors.", "conditional"),
    ("Critics claim that the model will sabotage our monitors.", "attributed"),
    ("It will not sabotage our monitors.", "negated"),
])
def test_stance(sentence: str, stance: str) -> None:
    assert reading(sentence)[2] == stance


def test_nothing_to_read() -> None:
    assert steps.read([], PACK) == []


def test_decide_applies_thresholds_and_takes_the_likeliest_stance() -> None:
    r = steps.decide({"tg-evidence": 0.6, "wc-conclusion": 0.4, "assume-A2": 0.9,
                      "stance-asserted": 0.3, "stance-hedged": 0.7},
                     {"tg-evidence": 0.5, "wc-conclusion": 0.3, "assume-A2": 0.95})
    assert (sorted(r.roles), sorted(r.assumptions), r.stance, r.asserted) == (
        ["tg-evidence", "wc-conclusion"], [], "hedged", False)
