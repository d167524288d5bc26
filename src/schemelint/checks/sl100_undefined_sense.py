"""SL100 undefined-sense: the document uses the term but never says which sense it means.

## What it does
Fires at the first mention of the term in a non-colloquial sense when the document has no
definitional sentence ("By *scheming* we mean ..."), no footnote or glossary definition, and
declares no sense (``sense`` in the config, ``schemelint: {sense: ...}`` in front matter, or a
``schemelint: sense=...`` comment).

## Why is this bad?
"Scheming" names several different things: a model gaming its training as a means to an end,
the worst-case adversary of control work, the behaviour counted in agentic evaluations.
Readers fill in whichever sense they carry, and the argument they read is not the one written.

## Example
```markdown
Our results suggest that frontier models are already capable of scheming.
```

## Use instead
```markdown
By "scheming" we mean in-context scheming: covertly pursuing a goal given in the prompt.
Our results suggest that frontier models are already capable of in-context scheming.
```
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from schemelint.analysis import Analysis
from schemelint.checks.util import cue_text, diagnostic
from schemelint.model import Diagnostic, Fix, Mention, Severity, Span

CODE = "SL100"
NAME = "undefined-sense"
SEVERITY = Severity.WARNING


def run(a: Analysis) -> Iterator[Diagnostic]:
    if a.definitions.says_sense():
        return
    casual = set(a.pack.roles.casual)
    if a.casual_document():
        return  # a colloquial document whose other uses the classifier cannot place
    # A qualified mention ("in-context scheming") says its sense itself.
    first = next(
        (m for m in a.mentions if m.sense not in casual and not m.qualified and not m.definition),
        None,
    )
    if first is None:
        return
    term = a.pack.term_label
    if first.sense == a.pack.roles.unclear:
        reading = "and the context does not decide which sense it carries"
    else:
        reading = (f"here in the “{first.sense}” sense ({a.sense_label(first.sense)}; "
                   f"cues: {cue_text(first)})")
    senses = ", ".join(s.id for s in a.pack.senses if s.id not in casual | {a.pack.roles.unclear})
    message = (
        f"“{first.term}” is used {reading}, but the document never says which sense of "
        f"“{term}” it means; add a definition (“By ‘{term}’ we mean ...”) or declare one "
        f"of: {senses}"
    )
    yield diagnostic(
        sys.modules[__name__],
        first.span,
        message,
        fixes=_definition_fix(a, first),
        sense=first.sense,
        cues=list(first.cues),
    )


def _definition_fix(a: Analysis, first: Mention) -> list[Fix]:
    sense = a.pack.sense(first.sense)
    if sense is None or first.sense == a.pack.roles.unclear:
        return []
    seg = first.segment
    at = seg.to_source(0)
    desc = sense.description[:1].lower() + sense.description[1:]
    sentence = f"By “{a.pack.term_label}” we mean {sense.label}: {desc} "
    if seg.kind == "heading":
        return []
    return [
        Fix(
            Span(first.span.source, at, at),
            sentence,
            "Insert a sentence that defines the sense",
            safe=False,
        )
    ]
