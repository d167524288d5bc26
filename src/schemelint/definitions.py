"""Which mentions define the term, which merely quote it, and which sense a document declares."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from schemelint.definition_patterns import compiled as _compiled
from schemelint.definition_patterns import term_core as _term_core
from schemelint.model import Document, Mention, Segment, Span
from schemelint.rulepack import RulePack
from schemelint.senses import context as ctxmod

_QUOTES = "\"'“”‘’`"
# "the word 'scheming'", "the term schemer", "the label": talking about the word, not using it.
_META_BEFORE = re.compile(r"(?:word|term|label|terms|words|phrase|notion|concept)\s+[\"'“‘`]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Declared:
    sense: str
    span: Span | None  # where it was declared (None: in the config)
    how: str  # "config", "front matter", "comment directive", "definition", "glossary"


@dataclass(frozen=True)
class SiteSense:
    """The sense another file of the same book or site defines (see :mod:`schemelint.sites`)."""

    sense: str
    span: Span  # the defining use, or the start of the file that declares it
    how: str  # "definition", "front matter", "comment directive"


@dataclass(frozen=True)
class Definitions:
    declared: Declared | None = None  # one sense declared for the whole document
    defined: dict[str, Mention] = field(default_factory=dict)  # sense -> defining mention
    any_definition: Mention | None = None  # a definitional sentence of unknown sense
    glossary: bool = False
    site: SiteSense | None = None  # set only when the document says nothing itself

    def says_sense(self) -> bool:
        return bool(self.declared or self.defined or self.any_definition or self.glossary
                    or self.site)

    def own_sense(self) -> bool:
        """The document itself declares or defines a sense (not its book or site)."""
        return bool(self.declared or self.defined or self.any_definition or self.glossary)

    def single_sense(self) -> tuple[str, Span | None, str] | None:
        """The one sense the document says it uses, with where it says so."""
        if self.declared:
            return self.declared.sense, self.declared.span, self.declared.how
        if len(self.defined) == 1:
            sense, m = next(iter(self.defined.items()))
            return sense, m.span, "definition"
        return None


def mark(mentions: list[Mention], pack: RulePack, document: Document | None = None,
         learned: bool = True) -> list[Mention]:
    """The mentions with ``definition`` set on definitional and quoting ones and ``defines`` on
    those that really define (a definitional sentence, not a mere quotation).

    The shipped definitional-sentence classifier decides (:mod:`schemelint.judge.definitional`,
    the pack's patterns are one of its inputs); without it, the patterns alone do."""
    found = _learned(mentions, pack, document) if learned else None
    if found is not None:
        return [_marked(m, id(m) in found and not m.foil and not _elaborated(m)
                        and not _against(m), m.segment.text)
                for m in mentions]
    patterns = _compiled(id(pack), tuple(pack.definitions), _term_core(pack))
    defining: set[int] = set()
    # the term spans of definitional sentences, found once per sentence (not once per mention:
    # 20,000 mentions in one sentence must not scan it 20,000 times)
    per_sentence: dict[tuple[int, int, int], list[tuple[int, int]]] = {}
    for m in mentions:
        ctx = ctxmod.of(m)
        s0, s1 = ctx.sentence
        key = (id(m.segment), s0, s1)
        terms = per_sentence.get(key)
        if terms is None:
            terms = per_sentence[key] = [
                hit.span("term") for pat in patterns for hit in pat.finditer(ctx.text, s0, s1)
            ]
        for t0, t1 in terms:
            if t0 <= m.seg_start < t1 or t0 < m.seg_end <= t1:
                defining.add(id(m))
                break
    return [_marked(m, id(m) in defining, m.segment.text) for m in mentions]


# "models that are scheming at full strength, sabotaging ..., colluding ...": a progressive verb
# whose comma list describes what the models do, not a gloss of the word.
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$", re.IGNORECASE)
_LIST_AFTER = re.compile(r"(?:\s+(?!when\b|if\b|whenever\b)[\w-]+){0,4},")
# "The model schemes against the training process, complying whenever ...": a finite verb
# whose participle clause says what the model does.
_FINITE_TERM = re.compile(r"(?:schemes|schemed)$", re.IGNORECASE)
_PARTICIPLE_AFTER = re.compile(r"(?:\s+(?!when\b|if\b|whenever\b)[\w-]+){0,4},\s+\w+ing\b")


def _elaborated(m: Mention) -> bool:
    """The use is a verb in the progressive ("are scheming") followed, within a few words, by
    a comma that starts a list of what the models do, or a finite verb ("schemes against the
    training process, complying whenever ...") followed by a participle clause: an elaboration,
    not a definition (a definition by condition, "a model is scheming when ...", is not caught
    here)."""
    text = m.segment.text
    if _FINITE_TERM.search(m.term) and _PARTICIPLE_AFTER.match(text, m.seg_end):
        return True
    return (_PROGRESSIVE.search(text, max(0, m.seg_start - 30), m.seg_start) is not None
            and _LIST_AFTER.match(text, m.seg_end) is not None)


def _against(m: Mention) -> bool:
    """"Anti-scheming" names a method against the thing ("anti-scheming and deliberative-
    alignment training"): whatever follows it glosses the method, never the term."""
    return m.term.lower().startswith("anti")


def _marked(m: Mention, defines: bool, text: str) -> Mention:
    definition = m.definition or defines or _quoted(text, m.seg_start, m.seg_end)
    if defines == m.defines and definition == m.definition:
        return m
    return replace(m, defines=defines, definition=definition)


def _learned(mentions: list[Mention], pack: RulePack, document: Document | None) -> set[int] | None:
    from schemelint.judge import definitional

    following: dict[int, Segment] = {}
    if document is not None:
        segs = document.segments
        following = {id(a): b for a, b in pairwise(segs)}
    wheres = [definitional.where(m, following.get(id(m.segment))) for m in mentions]
    probs = definitional.probabilities(wheres, pack)
    if probs is None:
        return None
    threshold = definitional.threshold()
    # A quoted definition the writer presents as the one they work from (the sentence before
    # or after the quotation speaks of a definition or a sense) tells the reader what the term
    # means; only a paper's abstract pasted into notes about it also speaks for the page's
    # sense (:func:`collect`).
    from schemelint.senses.voice import copied_abstract

    pasted = copied_abstract(document) if document is not None else set()
    # One of the pack's explicit definition patterns lowers the bar the model must clear.
    presented = _presented_quotes(mentions, document)
    return {id(m) for m, w, p in zip(mentions, wheres, probs)
            if (m.voice == "own" or id(m.segment) in pasted or id(m.segment) in presented) and (
        p >= threshold or (p >= definitional.WITH_PATTERN and definitional.pattern_match(w, pack)))}


_PRESENTS = re.compile(r"\b(?:definitions?|defin(?:es|ed|ing)|sense|meaning|we\s+mean|i\s+mean|"
                       r"the\s+(?:term|word))\b", re.IGNORECASE)


def _presented_quotes(mentions: list[Mention], document: Document | None) -> set[int]:
    """Quotation blocks (by ``id``) that the writer's own block just before or after presents
    as a definition: "The glossary gives the definition our design works from:", "That is the
    sense in which I use the word here." A quotation without such words is someone else's."""
    if document is None or not any(m.voice == "quoted" for m in mentions):
        return set()
    segs = document.segments
    index = {id(seg): i for i, seg in enumerate(segs)}
    out: set[int] = set()
    for m in mentions:
        i = index.get(id(m.segment))
        if m.voice != "quoted" or i is None or m.segment.kind != "quote":
            continue
        j, k = i - 1, i + 1
        while j >= 0 and segs[j].kind == "quote":
            j -= 1
        while k < len(segs) and segs[k].kind == "quote":
            k += 1
        near = [segs[x].text for x in (j, k) if 0 <= x < len(segs)]
        if any(_PRESENTS.search(t) for t in near):
            out.add(id(m.segment))
    return out


def _quoted(text: str, start: int, end: int) -> bool:
    """The term named rather than used: the word itself (:func:`_word_itself`), or inside a
    short quoted phrase ("a schemer", "schemers and non-schemers": the writer names the label,
    as a scare quote or an example of the wording)."""
    return _word_itself(text, start, end) or _in_short_quote(text, start, end)


def _word_itself(text: str, start: int, end: int) -> bool:
    """The word on its own: quoted alone ("scheming") or after "the word", "the term" ..."""
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    if before and after and before in _QUOTES and after in _QUOTES:
        return True
    return bool(_META_BEFORE.search(text, max(0, start - 30), start))


def word_itself(m: Mention) -> bool:
    """``m`` names the word itself, so it carries no sense of its own or of the document's."""
    return _word_itself(m.segment.text, m.seg_start, m.seg_end)


# a quotation wrapped across a line break in the source still counts (not across a blank line)
_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))[\"“]((?:[^\"“”\n]|\n(?!\s*\n)){0,40})$")
_CLOSE = re.compile(r"^((?:[^\"“”\n]|\n(?!\s*\n)){0,40})[\"”](?=$|[\s.,;:!?)\]])")
SHORT_QUOTE = 4  # words: a longer quotation is someone's sentence, not a named label


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Inside double quotes that open and close within a few words of the term."""
    opened = _OPEN.search(text, max(0, start - 41), start)
    if opened is None:
        return False
    closed = _CLOSE.match(text[end:end + 41])
    if closed is None:
        return False
    inside = opened.group(1) + text[start:end] + closed.group(1)
    return len(inside.split()) <= SHORT_QUOTE


def _own_words(m: Mention, pack: RulePack) -> Mention:
    """A definition is decided by its own sentence: when the cue words of the defining
    sentence clearly point to one sense, that sense wins over the surrounding paragraph."""
    from schemelint.senses.features import cue_hits, scores

    ctx = ctxmod.of(m)
    own = [h for h in cue_hits(ctx, pack) if ctx.sentence[0] <= h.start < ctx.sentence[1]]
    score = scores(own, pack)
    best = max(score, key=lambda k: score[k])
    others = sorted(score.values(), reverse=True)
    if best != m.sense and score[best] >= 3.0 and score[best] >= 2 * others[1]:
        return replace(m, sense=best, cues=[" ".join(h.text.split()) for h in
                                            sorted(own, key=lambda h: -h.weight)
                                            if h.sense == best][:6])
    return m


def collect(
    document: Document,
    mentions: list[Mention],
    pack: RulePack,
    config_sense: str | None,
    directive_sense: tuple[str, Span] | None,
) -> tuple[list[Mention], Definitions]:
    """The mentions with their definitions marked (a definition's sense decided by its own
    sentence), and what the document says it means."""
    mentions = mark(mentions, pack, document)
    fm = document.front_matter or {}
    fm_block = fm.get("schemelint") if isinstance(fm, dict) else None
    fm_sense = fm_block.get("sense") if isinstance(fm_block, dict) else None
    declared = None
    if directive_sense:
        declared = Declared(directive_sense[0], directive_sense[1], "comment directive")
    elif isinstance(fm_sense, str):
        declared = Declared(fm_sense, None, "front matter")
    elif config_sense:
        declared = Declared(config_sense, None, "config")
    casual = set(pack.roles.casual)
    read: list[Mention] = []
    defined: dict[str, Mention] = {}
    any_definition: Mention | None = None
    from schemelint.senses.voice import copied_abstract

    pasted = copied_abstract(document) if any(m.voice == "quoted" for m in mentions) else set()
    for m in mentions:
        if m.defines:
            m = replace(_own_words(m, pack), sense_from="definition")
            if m.sense == pack.roles.unclear or (m.voice != "own" and id(m.segment) not in pasted):
                # another writer's definition says what the term can mean, not which sense
                # this document holds to
                any_definition = any_definition or m
            elif m.sense not in casual:
                defined.setdefault(m.sense, m)
        read.append(m)
    term_re = pack.prefilter
    glossary = any(term_re.search(name) for name, _desc in document.glossary)
    return read, Definitions(declared, defined, any_definition, glossary)
