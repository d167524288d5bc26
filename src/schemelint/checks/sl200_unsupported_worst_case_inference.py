"""SL200 unsupported-worst-case-inference: worst-case behaviour concluded from training-gaming
evidence without the assumptions that step needs.

## What it does
Finds a worst-case conclusion (the model will sandbag, sabotage, collude, plant flaws, hand
over its weights, wait for oversight to lapse) drawn from evidence of training-gaming or of
in-context scheming, and lists which of the assumptions that step needs were not stated before
it: A1 consistency across contexts, A2 situation-wide strategising, A3 extra capabilities,
A4 egregious misalignment. A learned sentence classifier reads each sentence's role (evidence,
conclusion, assumption) and stance, in the writer's words rather than a fixed phrase list. The
evidence may sit in the same sentence (either order: "it will X, because it did Y"), earlier in
the same passage or list, in an earlier section the conclusion points back to ("these
results suggest"), or, reported beyond doubt, a few paragraphs before it in any section (an eval
report's "Implications" after its "Results"). Hedged, negated, conditional, questioned or
attributed conclusions, and quotations of others, do not fire; an assumption counts only when
a sentence states it or cites it by its id ("Under A1-A4, ..."). A
document without the term is read when it uses the pack's evidence phrases ("alignment
faking", "compliance gap") or its topic words ("retrained", "its own values", "avoid being
modified"); with only the latter, a conclusion must be stated beyond doubt (0.9 where 0.7 is
the usual bar): talk of what an agent "will" do in RL notes and interviews is no step.

## Why is this bad?
A model can game its training on some inputs only, reason about nothing but the reward, lack
the capabilities sabotage needs, and game training to protect values its developers endorse.
The worst case follows only with further assumptions; unnamed, they cannot be checked.

## Example
```markdown
By "scheming" we mean instrumental training-gaming.

We observed the model faking alignment during training, so it will sabotage our monitors.
```

## Use instead
```markdown
By "scheming" we mean instrumental training-gaming.

We observed the model faking alignment during training, so it will sabotage our monitors,
assuming that it behaves consistently across contexts (A1), reasons about the whole situation
(A2), has the extra capabilities sabotage needs (A3) and is egregiously misaligned (A4).
```
"""

from __future__ import annotations

from collections.abc import Iterator

from schemelint import sentences
from schemelint.analysis import Analysis
from schemelint.checks.argument_steps import learned_steps, words
from schemelint.checks.inference import named_assumptions, steps
from schemelint.checks.util import diagnostic
from schemelint.extension import CheckSpec
from schemelint.judge.arguments import Step
from schemelint.model import Diagnostic, Fix, Related, Severity, Span

CODE = "SL200"
NAME = "unsupported-worst-case-inference"
SEVERITY = Severity.WARNING


def run(a: Analysis) -> Iterator[Diagnostic]:
    learned = learned_steps(a)
    if learned is not None:
        yield from _learned(a, learned)
        return
    for step in steps(a):
        if step.kind != "conclusion":
            continue
        named = named_assumptions(a, step.segment)
        missing = [x for x in a.pack.assumptions if x.id not in named]
        if not missing:
            continue
        listed = ", ".join(f"{x.id} {x.name}" for x in missing)
        detail = (
            f"“{step.words(step.conclusion)}” is concluded from “{step.words(step.evidence)}” "
            f"(linked by “{step.words(step.connective)}”) without naming: {listed}"
        )
        ids = ", ".join(x.id for x in missing)
        message = detail
        if len(message) > 160:  # the assumptions' ids say what is missing; names in the detail
            message = (f"“{_clip(step.words(step.conclusion))}” is concluded from "
                       f"“{_clip(step.words(step.evidence))}” (linked by "
                       f"“{_clip(step.words(step.connective), 12)}”) without naming {ids}")
        end = step.span(step.conclusion).end
        sentence_end = _sentence_end(step.segment.text, step.conclusion[1])
        at = step.segment.span_to_source(step.conclusion[1], sentence_end)[1]
        addition = " This conclusion assumes that " + "; that ".join(x.clause for x in missing) + "."
        yield diagnostic(
            CHECK,
            Span(step.segment.source, step.span(step.conclusion).start, end),
            message,
            related=[Related(step.span(step.evidence), f"the {a.pack.messages.gaming_evidence}")],
            fixes=[Fix(Span(step.segment.source, at, at), addition,
                       "Name the missing assumptions after the conclusion", safe=False)],
            missing=[x.id for x in missing],
            evidence=step.words(step.evidence),
            conclusion=step.words(step.conclusion),
            detail=detail,
        )


def _clip(words: str, n: int = 40) -> str:
    return words if len(words) <= n else words[: n - 1].rstrip() + "…"


def _learned(a: Analysis, found: list[Step]) -> Iterator[Diagnostic]:
    for step in found:
        if step.kind != "conclusion":
            continue
        missing = [x for x in a.pack.assumptions if x.id not in step.named]
        if not missing:
            continue
        c = step.conclusion
        claim = c.span(*step.claim)
        ev = step.evidence
        ev_line = ev.segment.source.index.line_col(ev.span().start)[0]
        where = "" if ev is c else f" (line {ev_line}, {step.link})"
        listed = ", ".join(x.id for x in missing)
        said = words(c.segment.text[step.claim[0]:step.claim[1]], 40)
        message = (f"“{said}” concludes the worst case from "
                   f"{a.pack.messages.evidence_words(step.evidence_kind)}{where} without naming {listed}")
        at = c.span().end
        addition = " This conclusion assumes that " + "; that ".join(x.clause for x in missing) + "."
        yield diagnostic(
            CHECK,
            claim,
            message,
            related=[Related(ev.span(), f"the evidence: “{words(ev.text)}”")],
            fixes=[Fix(Span(c.segment.source, at, at), addition,
                       "Name the missing assumptions after the conclusion", safe=False)],
            missing=[x.id for x in missing],
            missing_names=[x.name for x in missing],
            evidence=words(ev.text, 200),
            conclusion=words(c.text, 200),
            link=step.link,
            detail=(f"“{words(c.text, 120)}” concludes worst-case behaviour from "
                    f"“{words(ev.text, 120)}” ({step.link}) without naming: "
                    + ", ".join(f"{x.id} {x.name}" for x in missing)),
        )


def _sentence_end(text: str, pos: int) -> int:
    """The end of the sentence that holds ``pos``, by the package's one sentence splitter (so
    "e.g." or "Fig. 2" inside the conclusion does not cut the fix in two)."""
    spans = sentences.split(text)
    if not spans:
        return len(text)
    end = spans[sentences.containing(spans, max(0, pos - 1))][1]
    return max(end, pos)


CHECK = CheckSpec(CODE, NAME, SEVERITY, __doc__ or "", __file__, run)
