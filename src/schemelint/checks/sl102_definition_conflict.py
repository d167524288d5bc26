"""SL102 definition-conflict: a mention's context contradicts the sense the document declared.

## What it does
When a document declares one sense (config, front matter, a ``schemelint: sense=...`` comment)
or defines exactly one in words that settle which (not a definition read at under 0.6 from
the classifier's own words), every confident mention whose context points to another sense is
reported, with the definition as the related location; but not a single such use in a document
where four or more uses placed with cue words agree on one sense (a lone dissent among many
agreeing uses is far more often a misreading than the writer's departure, unless its own words
decide it beyond doubt: confidence 0.95 and three distinct cue words).

## Why is this bad?
The definition tells the reader how to read every later use. A use that means something else
is read in the declared sense, and the claim it makes silently changes.

## Example
```markdown
By "scheming" we mean in-context scheming: covertly pursuing a goal given in the prompt.

A schemer sandbags evaluations, colludes with its copies and subverts the monitors of
control protocols.
```

## Use instead
```markdown
By "scheming" we mean in-context scheming: covertly pursuing a goal given in the prompt.

A worst-case model sandbags evaluations, colludes with its copies and subverts the monitors
of control protocols.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from schemelint.analysis import Analysis
from schemelint.checks.util import describe, diagnostic, replace_term
from schemelint.extension import CheckSpec
from schemelint.model import Diagnostic, Related, Severity
from schemelint.senses.document import DEFINITION

CODE = "SL102"
NAME = "definition-conflict"
SEVERITY = Severity.WARNING

CONFIDENCE = 0.8  # only strong local evidence is a switch or a conflict
# A definition read at less than DEFINITION (the bar at which one sets the document's sense)
# is no sense a use can contradict: a video transcript's "Scheming is when an AI takes actions
# we don't want it to, while trying to avoid us noticing", read worst-case at 0.52 from the
# classifier's own words, drew six SL102s against its in-context uses, five of them wrong.


def run(a: Analysis) -> Iterator[Diagnostic]:
    single = a.definitions.single_sense()
    if single is None:
        return
    sense_id, where, how = single
    defining = a.definitions.defined.get(sense_id) if how == "definition" else None
    if defining is not None and defining.confidence < DEFINITION:
        return  # a definition whose own words do not settle its sense contradicts nothing
    for m in a.departures(CONFIDENCE):
        if m.sense == sense_id:
            continue
        said = f"the {how}" if where is None else f"the {how} on line {where.source.index.line_col(where.start)[0]}"
        detail = (
            f"“{m.term}” reads in the {describe(m, a.sense_label(m.sense))}, but {said} "
            f"says this document means “{sense_id}” ({a.sense_label(sense_id)}); use a "
            "distinct term here or revise the definition"
        )
        message = (
            f"“{m.term}” reads in the “{m.sense}” sense, but {said} says “{sense_id}”; use a "
            "distinct term here or revise the definition"
        )
        related = [Related(where, f"the document says it means “{sense_id}”")] if where else []
        yield diagnostic(
            CHECK,
            m.span,
            message,
            related=related,
            fixes=replace_term(m, a.pack.sense(m.sense)),
            sense=m.sense,
            declared=sense_id,
            cues=list(m.cues),
            detail=detail,
        )


CHECK = CheckSpec(CODE, NAME, SEVERITY, __doc__ or "", __file__, run)
