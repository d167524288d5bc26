"""Which part a sentence plays in an argument, and how it is asserted.

Roles (several may apply): evidence of training-gaming, evidence of in-context scheming, a
worst-case conclusion, a misalignment claim, and statements of the assumptions (A1-A4 in the
shipped pack). Stance: asserted, hedged, negated, a question, a conditional, or attributed to
someone else. Two text classifiers in ``judge/models/steps-<pack>/`` read the sentence and the
pack's phrases found in it (:mod:`schemelint.judge.cues`): a multi-label one for the roles
(``roles/``, per-label thresholds tuned on the dev split of ``corpus/steps``) and an exclusive
one for the stance (``stance/``), so the stances compete for one probability mass.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from schemelint.judge import cues, textcat
from schemelint.rulepack import RulePack

ROLES = ("tg-evidence", "ic-evidence", "wc-conclusion", "misalignment")
STANCES = ("asserted", "hedged", "negated", "question", "conditional", "attributed")
ASSUME = "assume-"
STANCE = "stance-"


def labels(pack: RulePack) -> list[str]:
    """The role model's labels."""
    return [*ROLES, *(ASSUME + a.id for a in pack.assumptions)]


def stance_labels() -> list[str]:
    return [STANCE + s for s in STANCES]


def model_name(pack: RulePack) -> str:
    return f"steps-{pack.name}"


def model_input(sentence: str, pack: RulePack, cue_tokens: list[str] | None = None) -> str:
    """The sentence, then its shape (its first word and whether it ends with a question mark:
    "Whether ...", "If ...", "...?" scope over the whole claim), then the pack's phrases."""
    text = " ".join(sentence.split())
    words = text.split()
    first = "".join(ch for ch in (words[0] if words else "") if ch.isalpha()).lower()
    shape = [f"first{first}"] if first else []
    if text.rstrip(" \"'”’)*_").endswith("?"):
        shape.append("endsquestion")
    found = cues.tokens(text, pack) if cue_tokens is None else cue_tokens
    return f"{text} | {' '.join(shape + found)}".rstrip(" |")


@dataclass(frozen=True)
class StepReading:
    """What the classifier made of one sentence."""

    roles: frozenset[str]
    assumptions: frozenset[str]
    stance: str
    probs: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    @property
    def asserted(self) -> bool:
        return self.stance == "asserted"


def decide(probs: dict[str, float], thresholds: dict[str, float]) -> StepReading:
    roles = frozenset(r for r in ROLES if probs.get(r, 0.0) >= thresholds.get(r, 0.5))
    assumptions = frozenset(
        k[len(ASSUME):] for k, p in probs.items()
        if k.startswith(ASSUME) and p >= thresholds.get(k, 0.5)
    )
    stance_probs = {k[len(STANCE):]: p for k, p in probs.items() if k.startswith(STANCE)}
    stance = max(stance_probs, key=lambda s: stance_probs[s]) if stance_probs else "asserted"
    return StepReading(roles, assumptions, stance, probs)


@lru_cache(maxsize=4)
def _thresholds(name: str) -> dict[str, float]:
    path = textcat.models_dir() / name / "thresholds.json"
    return json.loads(path.read_text()) if path.is_file() else {}


def read(sentences: list[str], pack: RulePack, models: tuple[Any, Any] | None = None,
         thresholds: dict[str, float] | None = None,
         cue_tokens: list[list[str]] | None = None) -> list[StepReading] | None:
    """A reading per sentence, or ``None`` when the pack ships no steps model.
    ``models`` (roles, stance) and ``thresholds`` default to the shipped ones; ``cue_tokens``
    (from :func:`cues.tokens_in_spans`) saves searching the pack's phrases again."""
    if not sentences:
        return []
    if models is None:
        roles = textcat.load(f"{model_name(pack)}/roles")
        stance = textcat.load(f"{model_name(pack)}/stance")
        if roles is None or stance is None:
            return None
        models = (roles, stance)
        thresholds = _thresholds(f"{model_name(pack)}/roles")
    inputs = [model_input(s, pack, cue_tokens[i] if cue_tokens is not None else None)
              for i, s in enumerate(sentences)]
    role_probs = textcat.predict(models[0], inputs)
    # The stance matters only for a sentence with a role: the others are not read for it.
    th = thresholds or {}
    wanted = [i for i, p in enumerate(role_probs)
              if any(v >= min(th.get(k, 0.5), 0.5) for k, v in p.items())]
    stance_probs: list[dict[str, float]] = [{} for _ in inputs]
    for i, p in zip(wanted, textcat.predict(models[1], [inputs[i] for i in wanted])):
        stance_probs[i] = p
    return [decide(r | s, th) for r, s in zip(role_probs, stance_probs)]
