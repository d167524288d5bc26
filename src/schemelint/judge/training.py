"""Train and score the judgement models on their corpora.

    python -m schemelint.judge.training steps [--corpus corpus/steps] [--out DIR]
    python -m schemelint.judge.training definitional [--corpus corpus/definitions]
    python -m schemelint.judge.training steps --evaluate test

Training reads the train split, picks the number of epochs and the thresholds on dev, and
never reads test; ``--evaluate`` scores a split with the shipped (or ``--model``) model.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from schemelint.judge import definitional, steps, textcat
from schemelint.judge.corpus import DefinitionItem, StepItem, load_definitions, load_steps
from schemelint.rulepack import RulePack, load_builtin

ROOT = Path(__file__).resolve().parents[3]
SEED = 0


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# -- steps ------------------------------------------------------------------------------------

def _step_cats(item: StepItem, labels: list[str]) -> dict[str, float]:
    gold = _step_gold(item)
    return {lab: float(lab in gold) for lab in labels}


def _stance_cats(item: StepItem) -> dict[str, float]:
    return {lab: float(lab == steps.STANCE + item.stance) for lab in steps.stance_labels()}


def _step_gold(item: StepItem) -> set[str]:
    return set(item.roles) - {"assumption"} | {steps.ASSUME + a for a in item.assumptions}


def _step_pred(r: steps.StepReading) -> set[str]:
    return set(r.roles) | {steps.ASSUME + a for a in r.assumptions}


def score_steps(items: list[StepItem], readings: list[steps.StepReading],
                labels: list[str]) -> dict[str, Any]:
    table: dict[str, tuple[float, float, float, int]] = {}
    role_labels = [lab for lab in labels if not lab.startswith(steps.STANCE)]
    micro = [0, 0, 0]
    for lab in role_labels:
        tp = sum(1 for i, r in zip(items, readings) if lab in _step_gold(i) and lab in _step_pred(r))
        fp = sum(1 for i, r in zip(items, readings) if lab not in _step_gold(i) and lab in _step_pred(r))
        fn = sum(1 for i, r in zip(items, readings) if lab in _step_gold(i) and lab not in _step_pred(r))
        micro = [micro[0] + tp, micro[1] + fp, micro[2] + fn]
        table[lab] = (*_f1(tp, fp, fn), tp + fn)
    with_role = [(i, r) for i, r in zip(items, readings) if _step_gold(i)]
    stance_acc = sum(1 for i, r in zip(items, readings) if i.stance == r.stance) / max(len(items), 1)
    stance_acc_roles = (sum(1 for i, r in with_role if i.stance == r.stance) / len(with_role)
                        if with_role else 0.0)
    exact = sum(1 for i, r in zip(items, readings) if _step_gold(i) == _step_pred(r)) / max(len(items), 1)
    return {"per_label": table, "micro_f1": _f1(*micro)[2], "stance_accuracy": stance_acc,
            "stance_accuracy_with_role": stance_acc_roles, "exact_roles": exact, "n": len(items)}


# The definitional threshold is chosen on real writing, not on the corpus: on the corpus's dev
# split every threshold from 0.35 to 0.7 is within about 0.01 F1, while on the real-document
# development set a lower one takes short near misses (headings, table cells, "I used the word
# ... in every talk") for definitions: definitions precision 0.39 at 0.7, about 0.2 at 0.45.
DEFINITIONAL_THRESHOLD = 0.7


def _tune_thresholds(items: list[StepItem], probs: list[dict[str, float]],
                     labels: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for lab in labels:
        if lab.startswith(steps.STANCE):
            continue
        best = (0.5, -1.0)
        # No threshold below 0.4: a finding rests on the reading, so it must lean one way.
        for th in (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
            tp = sum(1 for i, p in zip(items, probs) if lab in _step_gold(i) and p[lab] >= th)
            fp = sum(1 for i, p in zip(items, probs) if lab not in _step_gold(i) and p[lab] >= th)
            fn = sum(1 for i, p in zip(items, probs) if lab in _step_gold(i) and p[lab] < th)
            f = _f1(tp, fp, fn)[2]
            # Ties go to the higher threshold: a finding needs the more confident reading.
            if f >= best[1]:
                best = (th, f)
        out[lab] = best[0]
    return out


def train_steps(corpus: Path, out: Path, pack: RulePack, echo: Callable[[str], None] = print,
                max_epochs: int = 14) -> None:
    started = time.process_time()
    labels = steps.labels(pack)
    train = load_steps(corpus, "train")
    dev = load_steps(corpus, "dev")
    echo(f"steps: training on {len(train)} sentences, tuning on {len(dev)} (test not read)")
    inputs = [steps.model_input(i.text, pack) for i in train]
    dev_inputs = [steps.model_input(i.text, pack) for i in dev]

    def role_score(nlp: Any) -> float:
        readings = [steps.decide(p, {}) for p in textcat.predict(nlp, dev_inputs)]
        return float(score_steps(dev, readings, labels)["micro_f1"])

    def stance_score(nlp: Any) -> float:
        got = [max(p, key=lambda k: p[k]) for p in textcat.predict(nlp, dev_inputs)]
        return sum(g == steps.STANCE + i.stance for g, i in zip(got, dev)) / max(len(dev), 1)

    roles = _fit_best("roles", labels, False, list(zip(inputs, (_step_cats(i, labels)
                                                               for i in train))),
                      role_score, max_epochs, echo)
    stance = _fit_best("stance", steps.stance_labels(), True,
                       list(zip(inputs, (_stance_cats(i) for i in train))),
                       stance_score, max_epochs, echo)
    probs = textcat.predict(roles, dev_inputs)
    thresholds = _tune_thresholds(dev, probs, labels)
    stance_probs = textcat.predict(stance, dev_inputs)
    s = score_steps(dev, [steps.decide(p | q, thresholds) for p, q in zip(probs, stance_probs)],
                    labels)
    echo(f"thresholds tuned on dev -> role micro-F1 {s['micro_f1']:.3f}, "
         f"stance accuracy {s['stance_accuracy']:.3f}")
    _save(roles, out / "roles", {"thresholds.json": thresholds})
    _save(stance, out / "stance", {})
    echo(f"saved to {out} ({time.process_time() - started:.0f} s CPU)")


def _fit_best(name: str, labels: list[str], exclusive: bool,
              data: list[tuple[str, dict[str, float]]], score: Callable[[Any], float],
              max_epochs: int, echo: Callable[[str], None]) -> Any:
    """Fit for ``max_epochs`` scoring on dev after each, then refit for the best count."""
    scores: list[float] = []

    def report(epoch: int, nlp: Any) -> None:
        scores.append(score(nlp))
        echo(f"  {name} epoch {epoch + 1:2d}: dev {scores[-1]:.3f}")

    textcat.fit(textcat.build(labels, exclusive=exclusive), data, max_epochs, SEED, report)
    best = max(range(len(scores)), key=lambda i: scores[i]) + 1
    echo(f"  {name}: refitting for {best} epochs (best on dev)")
    return textcat.fit(textcat.build(labels, exclusive=exclusive), data, best, SEED)


def evaluate_steps(corpus: Path, split: str, pack: RulePack, model: Path | None = None) -> str:
    items = load_steps(corpus, split)
    labels = steps.labels(pack)
    base = model or textcat.models_dir() / steps.model_name(pack)
    roles, thresholds = _load(base / "roles", "")
    stance, _ = _load(base / "stance", "")
    readings = steps.read([i.text for i in items], pack, (roles, stance), thresholds) or []
    s = score_steps(items, readings, labels)
    lines = [f"{s['n']} sentences ({split})", "",
             f"{'role':<18}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}"]
    for lab, (p, r, f, n) in s["per_label"].items():
        lines.append(f"{lab:<18}{p:>7.3f}{r:>7.3f}{f:>7.3f}{n:>6}")
    lines += ["", f"role micro-F1 {s['micro_f1']:.3f}; exact role sets {s['exact_roles']:.3f}",
              (f"stance accuracy {s['stance_accuracy']:.3f} "
               f"({s['stance_accuracy_with_role']:.3f} on sentences with a role)")]
    return "\n".join(lines)


# -- definitional sentences --------------------------------------------------------------------

def _def_inputs(items: list[DefinitionItem]) -> list[str]:
    return [definitional.model_input(i.where, load_builtin(i.pack)) for i in items if i.where]


def train_definitional(corpus: Path, out: Path, echo: Callable[[str], None] = print,
                       max_epochs: int = 14) -> None:
    started = time.process_time()
    train = [i for i in load_definitions(corpus, "train") if i.where]
    dev = [i for i in load_definitions(corpus, "dev") if i.where]
    echo(f"definitional: training on {len(train)} uses, tuning on {len(dev)} (test not read)")
    data = [(x, {"definitional": float(i.definitional), "other": float(not i.definitional)})
            for x, i in zip(_def_inputs(train), train)]
    dev_inputs = _def_inputs(dev)
    scores: list[float] = []

    def f1_at(probs: list[float], th: float) -> float:
        tp = sum(1 for i, p in zip(dev, probs) if i.definitional and p >= th)
        fp = sum(1 for i, p in zip(dev, probs) if not i.definitional and p >= th)
        fn = sum(1 for i, p in zip(dev, probs) if i.definitional and p < th)
        return _f1(tp, fp, fn)[2]

    def report(epoch: int, nlp: Any) -> None:
        # epochs are chosen at the threshold the model ships with: at 0.5 an early epoch can
        # win by a hair and be too unsure to clear 0.7 on real definitions
        probs = [c["definitional"] for c in textcat.predict(nlp, dev_inputs)]
        scores.append(f1_at(probs, DEFINITIONAL_THRESHOLD))
        echo(f"  epoch {epoch + 1:2d}: dev F1 {scores[-1]:.3f} at {DEFINITIONAL_THRESHOLD}")

    labels = list(definitional.LABELS)
    textcat.fit(textcat.build(labels, exclusive=True), data, max_epochs, SEED, report)
    best = max(range(len(scores)), key=lambda i: scores[i]) + 1
    echo(f"refitting for {best} epochs (best on dev)")
    nlp = textcat.fit(textcat.build(labels, exclusive=True), data, best, SEED)
    probs = [c["definitional"] for c in textcat.predict(nlp, dev_inputs)]
    best_th = max((0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7),
                  key=lambda t: (f1_at(probs, t), t))
    th = DEFINITIONAL_THRESHOLD
    echo(f"threshold {th} (corpus dev F1 {f1_at(probs, th):.3f}; the corpus alone would pick "
         f"{best_th}, F1 {f1_at(probs, best_th):.3f})")
    _save(nlp, out, {"thresholds.json": {"definitional": th}})
    echo(f"saved to {out} ({time.process_time() - started:.0f} s CPU)")


def evaluate_definitional(corpus: Path, split: str, model: Path | None = None) -> str:
    from schemelint.definitions import mark

    items = load_definitions(corpus, split)
    found = [i for i in items if i.where]
    nlp, thresholds = _load(model, definitional.MODEL)
    th = thresholds.get("definitional", definitional.THRESHOLD)
    probs = [c["definitional"] for c in textcat.predict(nlp, _def_inputs(found))]
    model_says = [p >= th for p in probs]
    pattern_says = []
    for i in found:
        assert i.mention is not None
        pattern_says.append(mark([i.mention], load_builtin(i.pack), learned=False)[0].defines)

    def row(name: str, said: list[bool]) -> str:
        tp = sum(1 for i, s in zip(found, said) if i.definitional and s)
        fp = sum(1 for i, s in zip(found, said) if not i.definitional and s)
        fn = sum(1 for i, s in zip(found, said) if i.definitional and not s)
        p, r, f = _f1(tp, fp, fn)
        return f"{name:<22}{p:>8.3f}{r:>8.3f}{f:>8.3f}{tp:>5}{fp:>5}{fn:>5}"

    lines = [f"{len(items)} uses ({split}); the finder found {len(found)}",
             f"({sum(i.definitional for i in found)} definitional)", "",
             f"{'':<22}{'P':>8}{'R':>8}{'F1':>8}{'TP':>5}{'FP':>5}{'FN':>5}",
             row("classifier", model_says), row("pack patterns alone", pattern_says)]
    forms: dict[str, list[bool]] = {}
    for i, s in zip(found, model_says):
        if i.definitional:
            forms.setdefault(i.form, []).append(s)
    lines += ["", "recall by form (classifier):"]
    lines += [f"  {f:<28}{sum(v) / len(v):.2f} of {len(v)}" for f, v in sorted(forms.items())]
    return "\n".join(lines)


# -- shared -----------------------------------------------------------------------------------

def _save(nlp: Any, out: Path, extra: dict[str, Any]) -> None:
    from schemelint.judge.export import export

    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    export(out)  # the spaCy-free scorer's copy of the weights, always beside them
    for name, value in extra.items():
        (out / name).write_text(json.dumps(value, indent=2, sort_keys=True) + "\n")


def _load(model: Path | None, name: str) -> tuple[Any, dict[str, float]]:
    import spacy

    path = model if model is not None else textcat.models_dir() / name
    if not (path / "meta.json").is_file():
        raise SystemExit(f"{path}: no trained model; run the training first")
    th = path / "thresholds.json"
    return spacy.load(path), (json.loads(th.read_text()) if th.is_file() else {})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Train or score a judgement model.")
    ap.add_argument("model", choices=["steps", "definitional"])
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--out", type=Path, help="where to save (default: ./judge-models/NAME)")
    ap.add_argument("--pack", default="scheming")
    ap.add_argument("--evaluate", metavar="SPLIT", choices=["train", "dev", "test"])
    ap.add_argument("--model-path", type=Path, help="score this model instead of the shipped one")
    a = ap.parse_args(argv)
    pack = load_builtin(a.pack)
    if a.model == "steps":
        corpus = a.corpus or ROOT / "corpus" / "steps"
        if a.evaluate:
            print(evaluate_steps(corpus, a.evaluate, pack, a.model_path))
        else:
            train_steps(corpus, a.out or Path("judge-models") / steps.model_name(pack), pack)
    else:
        corpus = a.corpus or ROOT / "corpus" / "definitions"
        if a.evaluate:
            print(evaluate_definitional(corpus, a.evaluate, a.model_path))
        else:
            train_definitional(corpus, a.out or Path("judge-models") / definitional.MODEL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
