"""SL101 sense-switch: confident mentions in one document carry different senses.

## What it does
Fires at the first mention of each further sense of the term, once an earlier mention has
carried another sense; the earlier mention is the related location and both sets of cues are
given. Mentions the classifier is unsure of, definitions and quotations of the word, colloquial
uses and mentions qualified by a distinct term ("worst-case schemer", "in-context scheming")
never trigger it. A document that defines two senses and keeps them apart with their distinct
terms does not trigger it. Nor does a single confident use of a sense in a document where four
or more uses placed with cue words agree on one other sense: on other people's writing such a
lone dissent is far more often a misreading than the writer's switch, unless its own words
decide it beyond doubt (confidence 0.95 and three distinct cue words).

In a book or site whose files form one document (an ``mkdocs.yml`` nav, an mdBook, a blog
``series``, or the ``documents`` setting; see ``docs/configuration.md``), a chapter that
defines nothing itself is read in the sense another chapter defines, and its first confident
use of another sense is a switch, with the defining chapter as the related location, when the
chapter uses that sense in two places or once in words that decide it beyond doubt.

## Why is this bad?
A reader who learned one meaning in the introduction carries it into the conclusion. When the
evidence is about one sense and the conclusion about another, the switch does the arguing.

## Example
```markdown
In the RLHF experiments the schemers faked alignment so that their goals would survive
fine-tuning.

Control protocols must therefore assume schemers that collude with their copies and
sabotage the monitors.
```

## Use instead
```markdown
In the RLHF experiments the instrumental training-gamers faked alignment so that their goals
would survive fine-tuning.

Control protocols must assume worst-case models that collude with their copies and
sabotage the monitors.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from schemelint.analysis import Analysis, decisive
from schemelint.checks.util import describe, diagnostic, replace_term
from schemelint.definitions import SiteSense
from schemelint.extension import CheckSpec
from schemelint.model import Diagnostic, Mention, Related, Severity

CODE = "SL101"
NAME = "sense-switch"
SEVERITY = Severity.WARNING

CONFIDENCE = 0.8  # only strong local evidence is a switch or a conflict


def run(a: Analysis) -> Iterator[Diagnostic]:
    if a.definitions.single_sense() is not None:
        return  # a declared or defined sense: SL102 reports mentions that depart from it
    mentions = a.departures(CONFIDENCE)
    site = a.definitions.site
    if site is not None and not a.definitions.own_sense():
        # a chapter of a book or site that defines the term in another file
        if site.sense == a.pack.roles.unclear:
            return  # its definition settles no sense to switch from
        others = [m for m in mentions if m.sense != site.sense]
        # One use of another sense in a chapter is a switch only when its own words decide
        # it beyond doubt; a chapter that uses the other sense does so more than once.
        if others and (len({id(m.segment) for m in others}) > 1 or decisive(others[0])):
            yield _report_site(a, others[0], site)
        return
    if len(a.definitions.defined) >= 2 and _keeps_apart(a):
        return
    first_of: dict[str, Mention] = {}
    for m in mentions:
        if m.sense in first_of:
            continue
        if first_of:
            earlier = next(iter(first_of.values()))
            yield _report(a, m, earlier)
        first_of[m.sense] = m


def _keeps_apart(a: Analysis) -> bool:
    """The document uses the distinct qualified terms of the senses it defines."""
    text = " ".join(seg.text.lower() for seg in a.document.segments)
    for sense_id in a.definitions.defined:
        sense = a.pack.sense(sense_id)
        if sense is None:
            continue
        names = [n.lower() for n in (sense.qualified_term, sense.qualified_activity) if n]
        qualified = any(m.qualified and m.sense == sense_id for m in a.mentions)
        if not qualified and not any(n in text for n in names):
            return False
    return True


def _report_site(a: Analysis, m: Mention, site: SiteSense) -> Diagnostic:
    line = site.span.source.index.line_col(site.span.start)[0]
    where = f"{site.span.source.path}:{line}"
    detail = (
        f"“{m.term}” is used in the {describe(m, a.sense_label(m.sense))}, but this book or "
        f"site defines it ({site.how} at {where}) in the “{site.sense}” sense "
        f"({a.sense_label(site.sense)}); name each sense with its own term"
    )
    message = (
        f"“{m.term}” is used in the “{m.sense}” sense, but {where} defines it in the "
        f"“{site.sense}” sense; name each sense with its own term"
    )
    return diagnostic(
        CHECK,
        m.span,
        message,
        related=[Related(site.span, f"the book's {site.how} in the “{site.sense}” sense")],
        fixes=replace_term(m, a.pack.sense(m.sense)),
        sense=m.sense,
        cues=list(m.cues),
        earlier_sense=site.sense,
        earlier_cues=[],
        detail=detail,
    )


def _report(a: Analysis, m: Mention, earlier: Mention) -> Diagnostic:
    line = earlier.span.source.index.line_col(earlier.span.start)[0]
    detail = (
        f"“{m.term}” switches to the {describe(m, a.sense_label(m.sense))}, after line {line} "
        f"used it in the {describe(earlier, a.sense_label(earlier.sense))}; name each sense "
        "with its own term"
    )
    message = (
        f"“{m.term}” switches to the “{m.sense}” sense after line {line} used the "
        f"“{earlier.sense}” sense; name each sense with its own term"
    )
    sense = a.pack.sense(m.sense)
    return diagnostic(
        CHECK,
        m.span,
        message,
        related=[
            Related(earlier.span, f"earlier mention in the “{earlier.sense}” sense")
        ],
        fixes=replace_term(m, sense),
        sense=m.sense,
        cues=list(m.cues),
        earlier_sense=earlier.sense,
        earlier_cues=list(earlier.cues),
        detail=detail,
    )


CHECK = CheckSpec(CODE, NAME, SEVERITY, __doc__ or "", __file__, run)
