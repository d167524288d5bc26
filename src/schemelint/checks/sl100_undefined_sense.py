"""SL100 undefined-sense: the document relies on the term but never says which sense it means.

## What it does
Fires at the first mention of the term in a non-colloquial sense, in the writer's own voice,
when the document relies on the term and has no definitional sentence or gloss ("By *scheming*
we mean ...", "**Scheming**: ...", a heading and its defining paragraph, a footnote or glossary
entry), declares no sense (``sense`` in the config, ``schemelint: {sense: ...}`` in front matter,
or a ``schemelint: sense=...`` comment), and does not link to a page about the term (a wiki
link or a relative link: its definition is one click away).

Where the line is: a document relies on the term when it uses it at least three times in its
own voice, two of them in running prose, and in at least one paragraph per 2,000 words (three
uses in a 20,000-word interview transcript, or in one paragraph of a 4,500-word survey page, are
passing mentions), or once in a sentence of running prose
of a piece under 400 words (a label or caption of a few words, such as a slide's reference
"Apollo Scheming Study", is not a sentence). One or two uses in a long piece, uses only in headings,
lists, tables, link titles or as one item of an inline list ("reward hacking, scheming,
deception", or the last of "e.g. TruthfulQA, scheming evals"), the name of a method
against the thing ("anti-scheming training"), and uses inside
quotations or titles of cited works are passing mentions or pointers to elsewhere: asking for a
definition there would be noise. The message names the sense the mention seems to carry
and the words that decided it; when the context of the first mention does not decide, it names
the first use elsewhere in the document that the classifier can place, and the fix (with
``--unsafe-fixes``) inserts a definition of that sense before the first use's paragraph.

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

import re
from collections.abc import Iterator
from functools import lru_cache

from schemelint.analysis import Analysis
from schemelint.checks.util import cue_text, diagnostic
from schemelint.extension import CheckSpec
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
        (m for m in a.mentions if m.sense not in casual and not m.qualified and not m.definition
         and m.voice == "own"),
        None,
    )
    if first is None or not _relies_on_term(a, casual) or _points_to_a_definition(a):
        return
    term = a.pack.term_label
    unclear = a.pack.roles.unclear
    # The first use the classifier can place, to say what the document seems to mean.
    placed = next((m for m in a.confident(0.5) if not m.qualified
                   and m.sense_from != "document"), None)
    # A use whose sense came from the uses around it was not decided by its own words.
    undecided = first.sense == unclear or first.sense_from == "document"
    meant = first if not undecided else placed
    # The message is one short line (what, where, the fix); the cues and the sense labels,
    # which make it long, are the detail (--show-senses, JSON, explain).
    if undecided:
        reading = "and the context does not decide which sense it carries"
        short = ""
        if placed is not None:
            line = placed.span.source.index.line_col(placed.span.start)[0]
            reading += (f" (line {line} uses it in the “{placed.sense}” sense: "
                        f"{a.sense_label(placed.sense)}; cues: {cue_text(placed)})")
            short = f" (line {line} reads as “{placed.sense}”)"
    else:
        reading = (f"here in the “{first.sense}” sense ({a.sense_label(first.sense)}; "
                   f"cues: {cue_text(first)})")
        short = f" (it reads as “{first.sense}”)"
    senses = ", ".join(s.id for s in a.pack.senses if s.id not in casual | {a.pack.roles.unclear})
    detail = (
        f"“{first.term}” is used {reading}, but the document never says which sense of "
        f"“{term}” it means; add a definition (“By ‘{term}’ we mean ...”) or declare one "
        f"of: {senses}"
    )
    message = (
        f"“{first.term}” is used but the document never says which sense{short}; "
        f"define it (“By ‘{term}’ we mean ...”) or declare a sense"
    )
    yield diagnostic(
        CHECK,
        first.span,
        message,
        fixes=_definition_fix(a, first, meant) if meant is not None else [],
        sense=first.sense,
        cues=list(first.cues),
        detail=detail,
    )


RUNNING_PROSE = frozenset({"paragraph", "footnote"})
RELIES = 3  # own uses a longer document needs before it relies on the term ...
IN_PROSE = 2  # ... of them in running prose (not a list, table, heading or inline enumeration)
PER_USE = 2000  # words: a long piece needs a use per this many words, or its uses are in passing
SHORT = 400  # words: in a piece this short, one use in a sentence of running prose is its topic
SENTENCE = 6  # words: fewer, with no full stop, make a label or a caption ("Apollo Scheming Study")


def _relies_on_term(a: Analysis, casual: set[str]) -> bool:
    """Does the document rely on the term, or only mention it in passing? It relies on it when
    it uses it in its own voice at least ``RELIES`` times with ``IN_PROSE`` of them in running
    prose, or once in a sentence of running prose of a short piece (not a label or caption of
    a few words, such as a slide's reference, nor the last item of an inline enumeration such
    as "e.g. TruthfulQA, scheming evals": two such findings on the development repositories
    were wrong). A use as one item of an inline list
    ("reward hacking, scheming, deception") or of a list, table, heading or link title is a
    passing mention or a pointer to elsewhere. (Two uses, one in prose, used to be enough; on
    the real-document development set those were mostly passing mentions in long documents:
    3 of 4 such findings were wrong.) In a long piece the uses must also come at least once per
    ``PER_USE`` words."""
    own = [m for m in a.mentions if m.voice == "own" and not m.definition
           and m.sense not in casual and not _names_something(m)]
    prose = [m for m in own if m.segment.kind in RUNNING_PROSE and not _listed(m)]
    if len(own) >= RELIES and len(prose) >= IN_PROSE:
        # Three or four uses in a 20,000-word interview transcript or a converted paper are
        # passing mentions too (all three such findings on newly fetched repositories were
        # debatable; the right ones on the development set use the term once per 800 words).
        # Uses bunched in one paragraph are one passing mention ("anti-scheming research ...
        # consistent with scheming ... anti-scheming training" in a 4,500-word survey page):
        # the blocks that use the term count, not the uses.
        return len({id(m.segment) for m in own}) * PER_USE >= _words(a)
    return any(_in_a_sentence(m) for m in prose) and _words(a) < SHORT


def _names_something(m: Mention) -> bool:
    """The use names a method against the thing, "anti-scheming training", not the thing: a
    page that cites the method relies on its name, not on a sense of the term (such SL100s on
    a development wiki were debatable at best). ("Scheming behaviour" is the thing itself.)"""
    return m.term.lower().startswith("anti-")


def _points_to_a_definition(a: Analysis) -> bool:
    """The document links to a page about the term (``[[concepts/scheming]]``,
    ``[what we mean](glossary.md#schemer)``, a site's own link element such as
    ``<EntityLink name="scheming">`` or ``<a href="/risks/scheming">``): its definition is one
    click away, as in a wiki or a course whose glossary page defines the term once for every
    page. A link to another site (a paper's URL) points to no definition."""
    link = _link_to_term(a.pack.forms + a.pack.verb_forms)
    return any(link.search(f.text) for f in a.document.files)


@lru_cache(maxsize=8)
def _link_to_term(term_forms: tuple[str, ...]) -> re.Pattern[str]:
    """A wiki link, or a relative link (a page of the same site, not a paper on the web), whose
    target names the term; compiled once per pack."""
    forms = "|".join(re.escape(f.lower()) for f in term_forms)
    return re.compile(rf"\[\[[^\]|\n]*(?:{forms})|\]\((?![a-z]+:|www\.)[^)\s]*(?:{forms})"
                      rf"[^)\s]*\)|<[A-Za-z][\w.:-]*\s[^<>]*?\b(?:href|to|name|slug|page)\s*=\s*"
                      rf"[\"'{{]\s*(?![a-z]+:|www\.)[^\"'}}<>\s]*(?:{forms})", re.IGNORECASE)


def _words(a: Analysis) -> int:
    return sum(len(s.text.split()) for s in a.document.segments)


_CLOSES = re.compile(r"[.!?][\"'”’)\]*_]*\s*$")


def _in_a_sentence(m: Mention) -> bool:
    """The use stands in a sentence (ended by a full stop, a question or exclamation mark, or
    long enough to be one), not in a label or a caption."""
    text = m.segment.text
    s0, s1 = next(((a, b) for a, b in m.segment.sentence_spans() if a <= m.seg_start < b),
                  (0, len(text)))
    sentence = text[s0:s1]
    return _CLOSES.search(sentence) is not None or len(sentence.split()) >= SENTENCE


_LIST_LINE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]")


def _listed(m: Mention) -> bool:
    """One item of an inline enumeration (a comma shortly before, and a comma, "and" or "or"
    shortly after), or on a line of plain text that starts like a list item ("2. ...")."""
    text = m.segment.text
    before = text[max(0, m.seg_start - 25):m.seg_start]
    after = text[m.seg_end:m.seg_end + 25]
    if "," in before and ("," in after or " and " in after or " or " in after):
        return True
    if "," in before and _ends_enumeration(text, m.seg_start, m.seg_end):
        return True
    return bool(_LIST_LINE.match(text, text.rfind("\n", 0, m.seg_start) + 1))


_ENUMERATION_END = re.compile(r"(?:[ \t]+[^\W\d_][\w-]*)?[ \t]*(?:[.;)]?[ \t]*(?:\n|$)|[.;)][ \t])")


_ENUMERATION_START = re.compile(r"\b(?:e\.g\.|such as|including|for example|like)\s|,[^,]*,",
                                re.IGNORECASE)


def _ends_enumeration(text: str, start: int, end: int) -> bool:
    """The use is the last item of an inline enumeration of examples: "e.g.", "such as" or two
    commas shortly before it, and at most one more word, then the end of the sentence or the
    line ("e.g. TruthfulQA, scheming evals"; not "In our tests, scheming rose.")."""
    return (_ENUMERATION_END.match(text, end) is not None
            and _ENUMERATION_START.search(text, max(0, start - 60), start) is not None)


def _definition_fix(a: Analysis, first: Mention, meant: Mention) -> list[Fix]:
    """Insert a definition of the sense ``meant`` carries before the first use, or, when that
    is a heading, before the paragraph of ``meant``."""
    sense = a.pack.sense(meant.sense)
    if sense is None or meant.sense == a.pack.roles.unclear:
        return []
    seg = first.segment if first.segment.kind != "heading" else meant.segment
    at = seg.to_source(0)
    desc = sense.description[:1].lower() + sense.description[1:]
    sentence = f"By “{a.pack.term_label}” we mean {sense.label}: {desc} "
    if seg.kind == "heading":
        return []
    return [
        Fix(
            Span(seg.source, at, at),
            sentence,
            "Insert a sentence that defines the sense",
            safe=False,
        )
    ]


CHECK = CheckSpec(CODE, NAME, SEVERITY, __doc__ or "", __file__, run)
