"""SL201 gaming-implies-misalignment: misalignment or malice inferred from training-gaming alone.

## What it does
Finds a passage where evidence of training-gaming is linked by an inference ("so",
"therefore", "shows that") to misalignment, malice or a "cover story", when the document
nowhere gives a reason to think the model's goals are egregiously misaligned (assumption A4).

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

import sys
from collections.abc import Iterator

from schemelint.analysis import Analysis
from schemelint.checks.inference import named_assumptions, steps
from schemelint.checks.util import diagnostic
from schemelint.model import Diagnostic, Related, Severity

CODE = "SL201"
NAME = "gaming-implies-misalignment"
SEVERITY = Severity.WARNING


def run(a: Analysis) -> Iterator[Diagnostic]:
    misalignment = [x for x in a.pack.assumptions if "misalign" in x.name.lower()]
    for step in steps(a):
        if step.kind != "misalignment":
            continue
        named = named_assumptions(a, step.segment)
        if misalignment and all(x.id in named for x in misalignment):
            continue
        fix = misalignment[0].fix if misalignment else ""
        yield diagnostic(
            sys.modules[__name__],
            step.span(step.conclusion),
            f"“{step.words(step.conclusion)}” is inferred from training-gaming alone "
            f"(“{step.words(step.evidence)}”), which does not imply misalignment; say why the "
            "goals are misaligned",
            related=[Related(step.span(step.evidence), "the training-gaming evidence")],
            evidence=step.words(step.evidence),
            conclusion=step.words(step.conclusion),
            detail=(f"“{step.words(step.conclusion)}” is inferred from training-gaming alone "
                    f"(“{step.words(step.evidence)}”); training-gaming does not imply "
                    f"misalignment. {fix}").strip(),
        )
