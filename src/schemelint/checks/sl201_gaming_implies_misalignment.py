"""SL201 gaming-implies-misalignment: misalignment or malice inferred from training-gaming alone.

## What it does
Finds a claim that a model is misaligned, malicious or hostile, or that its good behaviour is
a cover story ("its real agenda is not ours", "the helpfulness is an act"), drawn from evidence
of training-gaming, when no sentence before it gives a reason to think the model's goals are
egregiously misaligned (assumption A4). The same learned reading of sentences as SL200 finds the
claim and its evidence, in the same sentence, passage or a section pointed back to. A paragraph
that spends several sentences on one such claim from the same evidence gets one finding.

## Why is this bad?
Training-gaming does not imply misalignment. A model whose developers try to train away values
they would endorse (honesty, care for users) has the same reason to play along with training.
The behaviour alone does not tell the two apart.

## Example
```markdown
By "scheming" we mean instrumental training-gaming.

The model gamed its training to keep its goals, which shows that it is misaligned.
```

## Use instead
```markdown
By "scheming" we mean instrumental training-gaming.

The model gamed its training to keep its goals. Whether those goals are misaligned is a further
question: a model protecting values we endorse would behave the same way.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from schemelint.analysis import Analysis
from schemelint.checks.argument_steps import learned_steps, words
from schemelint.checks.inference import named_assumptions, steps
from schemelint.checks.util import diagnostic
from schemelint.extension import CheckSpec
from schemelint.model import Diagnostic, Related, Severity

CODE = "SL201"
NAME = "gaming-implies-misalignment"
SEVERITY = Severity.WARNING


def run(a: Analysis) -> Iterator[Diagnostic]:
    misalignment = a.pack.misalignment_assumptions()
    said = a.pack.messages
    learned = learned_steps(a)
    if learned is not None:
        for st in learned:
            if st.kind != "misalignment" or all(x.id in st.named for x in misalignment):
                continue
            ev = st.evidence
            ev_line = ev.segment.source.index.line_col(ev.span().start)[0]
            where = "" if ev is st.conclusion else f" (line {ev_line}, {st.link})"
            yield diagnostic(
                CHECK,
                st.conclusion.span(*st.claim),
                said.misalignment.format(
                    claim=words(st.conclusion.segment.text[st.claim[0]:st.claim[1]], 40),
                    where=where),
                related=[Related(ev.span(), f"the {said.gaming_evidence}: “{words(ev.text)}”")],
                evidence=words(ev.text, 200),
                conclusion=words(st.conclusion.text, 200),
                link=st.link,
                detail=(f"“{words(st.conclusion.text, 120)}” infers misalignment from "
                        f"“{words(ev.text, 120)}” ({st.link}); "
                        + (misalignment[0].fix if misalignment else "")),
            )
        return
    for step in steps(a):
        if step.kind != "misalignment":
            continue
        named = named_assumptions(a, step.segment)
        if misalignment and all(x.id in named for x in misalignment):
            continue
        fix = misalignment[0].fix if misalignment else ""
        yield diagnostic(
            CHECK,
            step.span(step.conclusion),
            said.misalignment_fallback.format(conclusion=step.words(step.conclusion),
                                              evidence=step.words(step.evidence)),
            related=[Related(step.span(step.evidence), f"the {said.gaming_evidence}")],
            evidence=step.words(step.evidence),
            conclusion=step.words(step.conclusion),
            detail=said.misalignment_fallback_detail.format(
                conclusion=step.words(step.conclusion), evidence=step.words(step.evidence),
                fix=fix).strip(),
        )


CHECK = CheckSpec(CODE, NAME, SEVERITY, __doc__ or "", __file__, run)
