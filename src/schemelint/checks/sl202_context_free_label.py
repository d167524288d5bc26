"""SL202 context-free-label: a model called "a schemer" or "not a schemer" as a fixed property.

## What it does
Reports phrases that make "schemer" a fixed, context-independent property of a model
("the model is a schemer", "a non-schemer", "schemers and non-schemers") when the sentence does
not tie it to contexts ("on some inputs", "only when", "with a scratchpad", "in this
environment", or, in the label's own clause, named inputs: "on prompts about tax law", "in the
file-sorting environment"). Questions, suppositions ("assume the model is a schemer", a
mathematical "let M be ...", a preregistration's "H1: ...", "if our model is one"), hedged
labels ("it might be one"), claims reported from someone else ("X says it is a
schemer", "they argue", "pessimists think that ...") or disowned ("we do not claim that", "no one
is saying that"), what being one would take ("for this model to be a schemer, we need ...",
"in order to be a schemer", "turning a non-schemer into a schemer"), uses
inside quotations, compounds whose head is another noun ("as a schemer risk mitigation") and
comparisons of skill ("more capable models are better schemers") are left alone: only a label
in the writer's own voice is reported.

## Why is this bad?
A model may game its training only where training pushes against its values, only when the
input tells it about training, or only with a scratchpad. Sorting models into "schemers"
and "non-schemers" hides exactly the context dependence that evaluations need to measure.

## Example
```markdown
We must determine whether the deployed model is a schemer.
```

## Use instead
```markdown
We must determine on which inputs the deployed model games its training, and how consistently.
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from schemelint.analysis import Analysis
from schemelint.checks.util import diagnostic
from schemelint.extension import CheckSpec
from schemelint.grammar import modifies_noun
from schemelint.model import Diagnostic, Severity
from schemelint.saferegex import PackPattern
from schemelint.senses import context as ctxmod

CODE = "SL202"
NAME = "context-free-label"
SEVERITY = Severity.INFO


def run(a: Analysis) -> Iterator[Diagnostic]:
    if not a.pack.labels or a.casual_document():
        return
    patterns = _patterns(tuple(a.pack.labels))
    dependence = a.pack.inference.context_dependence
    # Calling the assumed adversary of a control protocol "a schemer" is a design assumption,
    # not a label: sentences that suppose or assume are left alone.
    hypothetical = a.pack.inference.hypothetical
    casual = set(a.pack.roles.casual)
    for m in a.mentions:
        if m.definition or m.sense in casual or m.voice != "own":
            continue
        ctx = ctxmod.of(m)
        s0, s1 = ctx.sentence
        if ctx.text[s0:s1].rstrip(" \t\n\"'”’)]*_").endswith("?"):
            continue  # a question asks whether the label applies; it does not apply it
        if dependence is not None and dependence.search(ctx.text, s0, s1):
            continue
        if hypothetical is not None and hypothetical.search(ctx.text, s0, s1):
            continue
        c0, c1 = _clause(ctx.text, s0, s1, m.seg_start)
        if _SUPPOSED.search(ctx.text, s0, s1) or _IN_CONTEXT.search(ctx.text, c0, c1):
            continue  # a hypothesis, a claim not made, or a label tied to named inputs
        if (_CONDITION.search(ctx.text, c0, m.seg_start)
                or _HEDGED.search(ctx.text, max(c0, m.seg_start - 60), m.seg_start)
                or _THEY_THINK.search(ctx.text, s0, m.seg_start)):
            continue  # "if our model is a schemer", "maybe being a schemer", "they think ..."
        if _COMPARED.search(ctx.text, max(s0, m.seg_start - 30), m.seg_start):
            continue  # "more capable models are better schemers": how well, not whether
        if modifies_noun(ctx.text, m.seg_end, s1):
            continue  # "a schemer risk", "schemer hypothesis": a compound, no model labelled
        if any(_labels(p, ctx.text, s0, s1, m.seg_start) for p in patterns):
            yield diagnostic(
                CHECK,
                m.span,
                a.pack.messages.label.format(term=m.term),
                sense=m.sense,
                detail=a.pack.messages.label_detail.format(term=m.term),
            )


# Besides the pack's suppositions: the numbered hypotheses of a preregistration ("H1: C is a
# schemer"; not "the hypothesis that the model is a schemer", which frames the binary), "let M
# be", arguments and claims reported or disowned ("we do not claim that").
_SUPPOSED = re.compile(
    r"\bH[0-9]\s*[:.)]|\blet\s+(?:\S+\s+)?be\b|\bargue\b|\bclaim\b|"
    r"\b(?:do|does|did)\s+not\s+(?:claim|say|show|mean)\b|\bpremature\b|"
    r"\b(?:no\s+one|nobody)\s+(?:is\s+|was\s+)?(?:say|says|saying|claim|claims|claiming)\b|"
    # ... and what being one would take: "for this model to be a schemer, we need ...", "in
    # order to be a schemer", "turning a non-schemer into a schemer might require",
    # "hypothesizing that the model is a schemer requires" (a theory post examining the
    # conditions labels no model: four such findings on a development repository)
    r"\bin\s+order\s+to\s+be\b|\bfor\s+(?:[\w'’]+\s+){1,3}to\s+be\b|"
    r"\bturn(?:s|ed|ing)?\s+(?:\S+\s+){1,3}into\b|\bhypothesi[sz](?:e|es|ed|ing)\b",
    re.IGNORECASE)
# ... and contexts named in other words: "on prompts about copyright", "in the file-cleanup
# environment", "in conversations it believes are graded".
_IN_CONTEXT = re.compile(
    r"\b(?:on|in|for|across)\s+(?:the\s+|these\s+|those\s+|some\s+|most\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:prompts?|inputs?|questions?|conversations?|environments?|episodes?|topics?|slices?|"
    r"data\s+slices?)\b", re.IGNORECASE)


# The label's own clause is a condition ("estimate the probability that if our model is a
# schemer, ..."), the label is hedged ("while also maybe being a schemer", "it might be a
# schemer"), or the sentence reports what others think ("Pessimists tend to think that the
# easiest thing to find is a schemer", "they think most models will be schemers"; the writer's
# own "we think" is a claim): on a development repository, four such findings, all wrong. A
# hedge elsewhere in the sentence ("I don't see how it could get you a Bayes factor of 20 away
# from the model being a schemer") leaves the binary framing in place.
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_HEDGED = re.compile(
    r"\b(?:maybe|perhaps|possibly|might|may|could)(?:\s+(?:also|still|well|even|be|being|become|"
    r"turn\s+out\s+to\s+be))*\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_THEY_THINK = re.compile(
    r"\b(?!(?:we|i|I)\b)[A-Za-z]+\s+(?:(?:tend|seem|appear)\s+to\s+|(?:also|often|still)\s+)?"
    r"(?:think|believe|worry|fear|suspect|expect)\s+(?:that\s+)?", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
# A comparative before the word compares how well models scheme; it labels no model.
_COMPARED = re.compile(r"\b(?:better|worse|stronger|weaker|smarter|(?:more|less)\s+[\w-]+)\s+$",
                       re.IGNORECASE)


def _clause(text: str, s0: int, s1: int, at: int) -> tuple[int, int]:
    """The clause of the sentence ``[s0, s1)`` that holds ``at``: between the punctuation marks
    around it ("on synthetic inputs, ..., away from the model being a schemer" ties nothing)."""
    before = [b.end() for b in _CLAUSE_BREAK.finditer(text, s0, at)]
    after = _CLAUSE_BREAK.search(text, at, s1)
    return (before[-1] if before else s0), (after.start() if after else s1)


@lru_cache(maxsize=16)
def _patterns(labels: tuple[str, ...]) -> list[PackPattern]:
    return [PackPattern(p) for p in labels]  # linear time (RE2), see saferegex


def _labels(pattern: PackPattern, text: str, s0: int, s1: int, at: int) -> bool:
    for hit in pattern.finditer(text, s0, s1):
        if "term" in pattern.groupindex and hit.start("term") <= at < hit.end("term"):
            return True
    return False


CHECK = CheckSpec(CODE, NAME, SEVERITY, __doc__ or "", __file__, run)
