"""Argument steps across a document: a worst-case conclusion (or a misalignment claim) linked
to evidence of training-gaming or in-context scheming, and the assumptions named before it.

Every sentence of the writer's own prose is read by the steps classifier
(:mod:`schemelint.judge.steps`). A conclusion counts only when it is asserted (not hedged,
negated, asked, conditional or attributed to someone else) and is not inside a quotation. It is
linked to the nearest earlier evidence

- in the same sentence (either order: "it will X, because it did Y" too);
- in the same section, within the paragraph chain before it (the same block or the two before
  it, a list and its lead-in, a pronoun subject in the next sentence: "Such a model will ...");
- anywhere earlier when the conclusion points back ("these results", "this suggests", "given
  the above", "on the strength of");
- failing those, to evidence the document reported beyond doubt a few paragraphs before, in
  whatever section (an eval report's "Implications" after its "Results").

A conclusion that says it draws the claim from what it points back to ("That pattern is enough
to conclude that ...") needs less certainty of the classifier than a bare prediction.

Assumptions count as named only when a sentence up to the conclusion states them (the
classifier's assumption labels) or cites them by the pack's ids ("Under A1-A4, ..."), not when a
word such as "consistent" appears somewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from schemelint import sentences
from schemelint.judge import steps as stepsmod
from schemelint.judge.stems import may_argue, on_topic
from schemelint.model import Document, Mention, Segment, Span
from schemelint.rulepack import RulePack

EVIDENCE = ("tg-evidence", "ic-evidence")
CONCLUSION = "wc-conclusion"
MISALIGNMENT = "misalignment"
NOT_PROSE_KINDS = frozenset({"heading", "quote", "table-cell", "code"})
CHAIN = 2  # blocks before the conclusion's own that still belong to its paragraph chain
# A finding rests on a conclusion the classifier is sure of: the role thresholds (tuned for
# the roles' F1) are not enough to report a step.
CONCLUDE = 0.7
# ... and that it is asserted: a stance the classifier is torn about ("It is natural to ask
# whether the model would sabotage ...", asserted 0.36 against hedged 0.30) reports nothing.
ASSERTED = 0.5
# the same for a misalignment claim (0.7 until tests/documents' c09, "proves that its values
# are misaligned with ours" at 0.67, showed the bar above the plainest claim; on corpus/devdocs
# and the development repositories 0.65 adds no finding a writer would call wrong)
ACCUSE = 0.65
STRICT = 0.9  # both, in a document with only the topic's words (see _off_the_record)
# A claim the text does not tie to the evidence (no pointer, another section, or a paragraph
# beyond the chain) still rests on it when the document reported it plainly shortly before:
# an eval report's "Implications" after its "Results", a memo's conclusion after its findings.
# The evidence must be sure (``FAR``; a misalignment claim, ``FAR_MISALIGNMENT``) and within
# ``FAR_BLOCKS`` blocks. On corpus/devdocs2 such links spanned at most ten blocks; on the
# development repositories, the two wrong ones found without the window spanned 18 (an
# interview transcript) and 280 (a paper's appendix of model transcripts).
FAR = 0.9
FAR_MISALIGNMENT = 0.75
FAR_BLOCKS = 15
LISTED = 0.6  # a conclusion listed under a lead-in that draws it from the evidence (see _bar)
# a lead-in that announces what follows as predictions: "we expect the following", "it will:"
_EXPECTS = re.compile(r"\b(?:expect|predict|anticipate|conclude)\w*\b|\bwill\b|\bfollowing\s*:",
                      re.IGNORECASE)

_POINTS_BACK = re.compile(
    r"\b(?:th(?:ese|is|ose|at)\s+(?:[\w-]+\s+)?(?:results?|findings?|observations?|experiments?|data|numbers|"
    r"behaviou?rs?|evidence|transcripts?|cases?|gaps?|patterns?)|this\s+(?:suggests|shows|"
    r"means|implies|indicates)|the\s+above|(?:given|in\s+light\s+of)\s+(?:this|these|that|the\s+"
    r"above)|as\s+(?:shown|seen|we\s+saw)\s+(?:above|earlier|in\s+section)|such\s+(?:a\s+)?"
    r"(?:models?|systems?|behaviou?r)|taken\s+together|put\s+together|on\s+the\s+strength\s+of|"
    r"in\s+view\s+of)\b",
    re.IGNORECASE,
)


# Where a sentence joins evidence and a conclusion: the classifier also reads each side.
_JOINT = re.compile(
    r"(?:[,;:—–]|\s-{1,2})\s*(?:and\s+)?(?:so|therefore|thus|hence|consequently|which\s+(?:means|shows|"
    r"suggests|implies|indicates)|meaning|this\s+(?:means|shows|implies))\b|"
    r"\b(?:because|since|given\s+that|as\s+shown\s+by|in\s+light\s+of\s+the\s+fact\s+that)\b",
    re.IGNORECASE)


def clauses(text: str) -> list[tuple[int, int]]:
    """The two sides of the first joint in a sentence ("X, so Y"; "Y, because X"; "Because X,
    Y"), or nothing when the sentence has no joint."""
    m = _JOINT.search(text)
    if m is None:
        return []
    if m.start() == 0 or not text[:m.start()].strip():
        # "Because X, Y": the first comma after the joint ends the reason.
        comma = text.find(",", m.end())
        sides = [(m.end(), comma), (comma + 1, len(text))] if comma > 0 else []
    else:
        sides = [(0, m.start()), (m.end(), len(text))]
    # A side of a word or two ("so", "hence it") says nothing on its own.
    return sides if all(len(text[a:b].split()) >= 3 for a, b in sides) else []


@dataclass(frozen=True)
class Sentence:
    segment: Segment
    start: int  # segment offsets
    end: int
    block: int  # index of the segment in the document
    section: int  # number of headings before it
    index: int  # position in document order
    lead: int  # end of the first sentence of its block (a pointer back may stand there)
    # A list item reads from its list's lead-in ("On the basis of these findings we expect:"):
    # the lead-in's block is where the item's passage starts, and its words may point back.
    anchor: int = -1  # the lead-in's block for a list item, else the sentence's own block
    lead_in: Segment | None = None

    @property
    def text(self) -> str:
        return self.segment.text[self.start:self.end]

    def span(self, start: int | None = None, end: int | None = None) -> Span:
        s, e = self.segment.span_to_source(self.start if start is None else start,
                                           self.end if end is None else end)
        return Span(self.segment.source, s, e)


@dataclass(frozen=True)
class Step:
    kind: str  # "conclusion" (worst-case behaviour) or "misalignment"
    evidence: Sentence
    conclusion: Sentence
    claim: tuple[int, int]  # segment offsets (in the conclusion's segment) of the key words
    link: str  # how the two are linked, for the message
    named: frozenset[str]  # assumption ids stated up to the conclusion
    evidence_kind: str  # "tg-evidence" or "ic-evidence"


def document_sentences(document: Document) -> list[Sentence]:
    out: list[Sentence] = []
    section = 0
    lead_in: tuple[int, Segment] | None = None  # the last block that is not a list item
    for block, seg in enumerate(document.segments):
        if seg.kind == "heading":
            section += 1
        item = seg.kind == "list-item"
        if not item:
            lead_in = (block, seg) if seg.kind != "heading" else None
        anchor, intro = lead_in if item and lead_in is not None else (block, None)
        spans = sentences.split(seg.text)
        lead = spans[0][1] if spans else 0
        for s, e in spans:
            out.append(Sentence(seg, s, e, block, section, len(out), lead, anchor, intro))
    return out


MIN_WORDS = 4  # "Summary.", "1.", "Thanks, Sam": too short to claim anything


def readable(sents: list[Sentence]) -> list[Sentence]:
    """The sentences the steps classifier reads: the writer's own prose, not headings,
    quotations or table cells, and long enough to make a claim."""
    return [s for s in sents if s.segment.kind not in NOT_PROSE_KINDS
            and len(s.text.split()) >= MIN_WORDS]


def worth_reading(document: Document, pack: RulePack) -> bool:
    """A document without the term is read sentence by sentence only when it uses the pack's
    evidence vocabulary or its topic words: mathematics, code and textbooks that merely say "so
    it will" are not. (In a document with the term, :func:`find_steps` reads what a step can
    involve.)"""
    return any(may_argue(s.text, pack) or on_topic(s.text, pack) for s in document.segments)


def _off_the_record(document: Document, mentions: list[Mention], pack: RulePack) -> bool:
    """The document has neither the term nor the pack's evidence phrases, only its topic words:
    its steps must be stated beyond doubt (``STRICT``). With every document read at the usual
    bar, interview transcripts, game theory and RL notes gave sixteen SL200 and SL201 findings
    on the development repositories, every one wrong (their conclusions scored 0.70-0.90)."""
    return not mentions and not any(may_argue(s.text, pack) for s in document.segments)


def find_steps(document: Document, mentions: list[Mention], pack: RulePack,
               readings: list[stepsmod.StepReading] | None = None,
               sents: list[Sentence] | None = None) -> list[Step] | None:
    """The document's steps, or ``None`` when the pack ships no steps model."""
    sents = sents if sents is not None else document_sentences(document)
    own = readable(sents)
    strict = _off_the_record(document, mentions, pack)
    conclude, accuse = (STRICT, STRICT) if strict else (CONCLUDE, ACCUSE)
    far: set[int] = set()  # read for conclusions only (see _beyond_reach)
    if readings is None:
        near = _within_reach(own, mentions, pack)
        if not strict:
            beyond = _beyond_reach(own, near, pack)
            far = {s.index for s in beyond}
            near = sorted([*near, *beyond], key=lambda s: s.index)
        own = near
        texts = [s.text for s in own]
        got = stepsmod.read(texts, pack, cue_tokens=_tokens(own, [(s.start, s.end) for s in own],
                                                            pack))
        if got is None:
            return None
        readings = got
        # A concluding sentence joined by "so", "because" ... is also read side by side, for
        # evidence the whole would drown.
        joined = [(i, ab) for i, (s, r) in enumerate(zip(own, readings))
                  if r.roles & {CONCLUSION, MISALIGNMENT} for ab in clauses(s.text)]
        if joined:
            owners = [own[i] for i, _ in joined]
            spans = [(own[i].start + a, own[i].start + b) for i, (a, b) in joined]
            sides = stepsmod.read([own[i].text[a:b] for i, (a, b) in joined], pack,
                                  cue_tokens=_tokens(owners, spans, pack)) or []
            per: dict[int, list[stepsmod.StepReading]] = {}
            for (i, _ab), side in zip(joined, sides):
                per.setdefault(i, []).append(side)
            readings = [_combine(r, per.get(i, [])) for i, r in enumerate(readings)]
    by_index = {s.index: r for s, r in zip(own, readings)}
    premises = _premise_lists(own, by_index)
    out: list[Step] = []
    evidence: list[tuple[Sentence, str, float]] = []  # (sentence, kind, probability)
    named: set[str] = set()
    claimed: set[tuple[int, int]] = set()  # (paragraph, evidence) of the misalignment steps
    for s in sents:
        named |= _cited(s.text, pack)
        r = by_index.get(s.index)
        if r is None:
            continue
        before = frozenset(named)
        if r.stance not in ("question",) and r.assumptions:
            # The classifier says the sentence states assumptions about the model; the pack's
            # phrases for each assumption in it say which (a list of four in one sentence).
            named |= _stated(r.assumptions, s.text, pack) | _cued_assumptions(s.text, pack)
        kinds = []
        asserted = r.asserted and r.probs.get("stance-asserted", 1.0) >= ASSERTED
        if (asserted and CONCLUSION in r.roles
                and r.probs.get(CONCLUSION, 1.0) >= _bar(s, conclude, strict)
                and _predicts(s, pack)):
            kinds.append("conclusion")
        if (asserted and MISALIGNMENT in r.roles and r.probs.get(MISALIGNMENT, 1.0) >= accuse
                and not (r.assumptions and s.anchor in premises)):
            # (an item of a list of stated assumptions, "[A4] Its goals are misaligned", is a
            # premise the writer adopts, not a claim inferred from the evidence)
            kinds.append("misalignment")
        own_evidence = [k for k in EVIDENCE if k in r.roles] if r.stance not in (
            "negated", "question") and s.index not in far else []
        for kind in kinds:
            link = _link(s, own_evidence, evidence, kind, s.index in far)
            if link is not None:
                ev, ev_kind, how = link
                if kind == "misalignment" and ev is not s:
                    if (s.block, ev.index) in claimed:
                        # "Its real agenda is not ours. The thing underneath has aims of its
                        # own": misalignment is one claim, however many sentences a paragraph
                        # spends on it (each predicted behaviour is a conclusion of its own).
                        continue
                    claimed.add((s.block, ev.index))
                # A misalignment claim is no statement of the assumption it makes: only what
                # came before it counts as named.
                known = before if kind == "misalignment" else frozenset(named)
                out.append(Step(kind, ev, s, _claim(s, pack, kind), how, known, ev_kind))
        for k in own_evidence:
            evidence.append((s, k, r.probs.get(k, 1.0)))
    return out


# a sentence that says it draws a conclusion ("enough for me to conclude", "I draw a forecast")
_INFERS = re.compile(r"\b(?:conclu(?:de|des|ded|sion)|forecasts?|predicts?|infer(?:s|red)?|"
                     r"tells?\s+us|means?\s+that|shows?\s+that|implies|suggests?\s+that)\b",
                     re.IGNORECASE)


def _bar(s: Sentence, conclude: float, strict: bool) -> float:
    """The conclusion bar for ``s``: lower for an item of a list whose lead-in already draws it
    from the evidence ("On the basis of these findings we expect the following:"), since the
    item need not say so again (``LISTED``)."""
    if (not strict and s.lead_in is not None and _EXPECTS.search(s.lead_in.text)
            and _POINTS_BACK.search(s.lead_in.text)):
        return min(conclude, LISTED)
    if not strict and _POINTS_BACK.search(s.text) and _INFERS.search(s.text):
        return min(conclude, LISTED)  # it says it draws the claim from what it points back to
    return conclude


def _premise_lists(own: list[Sentence], readings: dict[int, stepsmod.StepReading]) -> set[int]:
    """The lists (by their lead-in's block) of which two or more items state assumptions."""
    stating: dict[int, set[int]] = {}
    for s in own:
        r = readings.get(s.index)
        if s.segment.kind == "list-item" and s.anchor != s.block and r is not None and r.assumptions:
            stating.setdefault(s.anchor, set()).add(s.block)
    return {a for a, items in stating.items() if len(items) >= 2}


def _within_reach(own: list[Sentence], mentions: list[Mention],
                  pack: RulePack) -> list[Sentence]:
    """The sentences a step can involve: those in a block with a use of the term, the pack's
    evidence vocabulary or its topic words and the ``CHAIN`` blocks after it, those that point
    back ("these results"), and those that name an assumption in the pack's words. The rest of
    a long document is not read: no step could link to it. (Evidence told in plain words, "it
    was told it would be retrained", reaches the claim two paragraphs on: corpus/devdocs d18.)"""
    casual = set(pack.roles.casual)
    hot = {id(m.segment) for m in mentions if m.sense not in casual}
    first = {s.block: s.segment for s in reversed(own)}  # each block once
    blocks = {b for b, seg in first.items() if id(seg) in hot or may_argue(seg.text, pack)
              or on_topic(seg.text, pack)}
    reach: set[int] = set()
    for b in blocks:
        reach.update(range(b, b + CHAIN + 1))
    named = _assumption_blocks(own, pack)
    return [s for s in own if s.block in reach or s.anchor in reach or _POINTS_BACK.search(s.text)
            or (s.block in named and _cued_assumptions(s.text, pack))]


def _assumption_blocks(own: list[Sentence], pack: RulePack) -> set[int]:
    """Blocks in which some assumption is named in the pack's words (one search per block)."""
    seen: dict[int, bool] = {}
    for s in own:
        if s.block not in seen:
            seen[s.block] = bool(_cued_assumptions(s.segment.text, pack))
    return {b for b, yes in seen.items() if yes}


def _tokens(owners: list[Sentence], spans: list[tuple[int, int]],
            pack: RulePack) -> list[list[str]]:
    """The pack-phrase tokens of every span, found once per block."""
    from schemelint.judge.cues import tokens_in_spans

    out: list[list[str]] = [[] for _ in spans]
    by_block: dict[int, list[int]] = {}
    for i, s in enumerate(owners):
        by_block.setdefault(id(s.segment), []).append(i)
    for idx in by_block.values():
        seg = owners[idx[0]].segment
        for i, toks in zip(idx, tokens_in_spans(seg.text, [spans[i] for i in idx], pack)):
            out[i] = toks
    return out


def _stated(learned: frozenset[str], text: str, pack: RulePack) -> set[str]:
    """The assumptions the classifier reads in a sentence, except a misalignment assumption
    (A4) in a sentence with no word of misalignment: the classifier reads A4 into any talk of
    a model's values ("its goals may well be values its developers would endorse", the very
    opposite, at 0.73; "people have said the model is protecting good values" at 0.44), and a
    misread A4 silences SL201 for the rest of the document."""
    out = set(learned)
    found = pack.inference.misalignment
    for a in pack.misalignment_assumptions():
        if a.id in out and not (found is not None and found.search(text)) and not (
                a.regex is not None and a.regex.search(text)):
            out.discard(a.id)
    return out


_ASSUM = re.compile(r"\bassum", re.IGNORECASE)


@lru_cache(maxsize=8)
def _id_pattern(ids: tuple[str, ...]) -> re.Pattern[str]:
    """An assumption id, or a range of two ("A1--A4", "A1 to A3")."""
    one = "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({one})(?:\s*(?:--|–|—|-|to|through)\s*({one}))?(?![\w-])")


def _cited(text: str, pack: RulePack) -> set[str]:
    """Assumptions named by the pack's own ids: a range ("Under A1--A4, the model will ...")
    anywhere, single ids ("we grant A2 and A3") only beside the word "assume"/"assumption"
    (an "A2" alone may be an appendix or a table)."""
    ids = [a.id for a in pack.assumptions]
    if not ids or not any(i in text for i in ids):
        return set()
    out: set[str] = set()
    loose = bool(_ASSUM.search(text))
    for m in _id_pattern(tuple(ids)).finditer(text):
        a, b = m.group(1), m.group(2)
        if b is not None:
            i, j = sorted((ids.index(a), ids.index(b)))
            out.update(ids[i:j + 1])
        elif loose:
            out.add(a)
    return out


def _cued_assumptions(text: str, pack: RulePack) -> set[str]:
    return {a.id for a in pack.assumptions if a.regex is not None and a.regex.search(text)}


def _combine(whole: stepsmod.StepReading,
             parts: list[stepsmod.StepReading]) -> stepsmod.StepReading:
    """A sentence read whole and side by side. A side adds only the evidence it reports ("X;
    hence Y" read whole can drown X); the conclusion, its stance and the rest come from the
    whole sentence (a side alone is too short to judge: "cannot be trusted" is no negation)."""
    if not parts:
        return whole
    roles = set(whole.roles)
    for p in parts:
        roles |= p.roles & set(EVIDENCE)
    assumptions = set(whole.assumptions).union(*(p.assumptions for p in parts))
    return stepsmod.StepReading(frozenset(roles), frozenset(assumptions), whole.stance,
                                whole.probs)


def _link(c: Sentence, here: list[str], earlier: list[tuple[Sentence, str, float]],
          kind: str, far: bool = False) -> tuple[Sentence, str, str] | None:
    """The evidence ``c`` rests on, its kind and how the two are linked (``far``: ``c`` lies
    beyond the paragraph chains, read only for a claim on plainly reported evidence)."""
    usable = ("tg-evidence",) if kind == "misalignment" else EVIDENCE
    if far:
        return _far_link(c, earlier, kind, usable)
    for k in here:
        if k in usable:
            return c, k, "in the same sentence"
    back = (_POINTS_BACK.search(c.text) or _POINTS_BACK.search(c.segment.text, 0, c.lead)
            or (c.lead_in is not None and _POINTS_BACK.search(c.lead_in.text)))
    start = c.anchor if c.anchor >= 0 else c.block
    for ev, k, _p in reversed(earlier):
        if not back and (ev.section != c.section or start - ev.block > CHAIN):
            break  # document order: nothing earlier is within reach either
        if k not in usable:
            continue
        if ev.section == c.section and start - ev.block <= CHAIN:
            return ev, k, "in the same passage"
        if back:
            return ev, k, f"pointed back to by “{' '.join(back.group(0).split())}”"
    return _far_link(c, earlier, kind, usable)


def _far_link(c: Sentence, earlier: list[tuple[Sentence, str, float]], kind: str,
              usable: tuple[str, ...]) -> tuple[Sentence, str, str] | None:
    """The nearest earlier evidence reported beyond doubt within ``FAR_BLOCKS`` blocks."""
    bar = FAR_MISALIGNMENT if kind == "misalignment" else FAR
    for ev, k, p in reversed(earlier):
        if c.block - ev.block > FAR_BLOCKS:
            break
        if k in usable and p >= bar:
            return ev, k, "reported earlier in the document"
    return None


def _beyond_reach(own: list[Sentence], near: list[Sentence], pack: RulePack) -> list[Sentence]:
    """The sentences within ``FAR_BLOCKS`` blocks after one within reach that
    :func:`_within_reach` leaves out and that may make a claim (one of the pack's prediction,
    conclusion or misalignment words): read for a conclusion or a misalignment claim only
    (their evidence counts for nothing), which may rest on evidence reported plainly before
    them (:func:`_far_link`)."""
    if not near:
        return []
    have = {s.index for s in near}
    blocks: set[int] = set()
    for b in {s.block for s in near}:
        blocks.update(range(b + 1, b + FAR_BLOCKS + 1))
    inf = pack.inference
    claims = [ps for ps in (inf.predictions, inf.conclusions, inf.misalignment) if ps is not None]
    return [s for s in own if s.index > near[0].index and s.index not in have
            and s.block in blocks and any(ps.search(s.text) for ps in claims)]


_FINITE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|has|have|had|already|now)\s+(?:\w+\s+)?$",
                            re.IGNORECASE)


# "Meinke et al. found that agents would copy themselves ...", "once it believed it had
# started, it would generally continue", "In-context scheming (Meinke et al., 2024): agents
# would ...": "would" as the past of "will" in a report of what was observed (after a
# reporting verb or a citation), or as a past habit, describes evidence; it predicts nothing.
_REPORTED_BEFORE = re.compile(
    r"\b(?:found|observed|reported|noted|saw|discovered|demonstrated|revealed|documented|"
    r"showed|recorded)\b[^.;:!?]*$|\b(?:once|when|whenever)\b[^.;:!?]*?\b(?:believed|was|were|"
    r"had|thought|saw|realised|realized|noticed|learned|learnt|became)\b[^.;:!?]*$|"
    r"\([^()]*\b(?:19|20)\d\d[a-z]?\)[^.;!?]*$", re.IGNORECASE)


def _reported(text: str, start: int, hit: re.Match[str]) -> bool:
    """The prediction word is a "would" that reports observed or habitual past behaviour."""
    return (hit.group(0).lower() == "would"
            and _REPORTED_BEFORE.search(text, start, hit.start()) is not None)


def _predicts(s: Sentence, pack: RulePack) -> bool:
    """The sentence predicts or asserts behaviour: one of the pack's prediction words ("will",
    "would", "is going to"), or a conclusion phrase as a finite verb ("sabotages", "colluded",
    "is sandbagging"). A conclusion word as a noun in a topic list ("contributed to
    sandbagging, alignment faking and other research") or after "could" predicts nothing."""
    inf = pack.inference
    text = s.segment.text
    if inf.predictions is not None and any(
            not _reported(text, s.start, hit) for hit in inf.predictions.finditer(text, s.start, s.end)):
        return True
    if inf.conclusions is None:
        return True
    for hit in inf.conclusions.finditer(text, s.start, s.end):
        word = hit.group(0).lower()
        if word.endswith(("s", "ed")) or _FINITE_BEFORE.search(text, max(s.start, hit.start() - 40),
                                                                 hit.start()):
            return True
    return False


def _claim(s: Sentence, pack: RulePack, kind: str) -> tuple[int, int]:
    """The conclusion's key words to the end of its sentence: from the first conclusion (or,
    for a misalignment claim, misalignment) phrase of the pack, else from the prediction
    ("will", "would"), else the whole sentence."""
    text = s.segment.text
    inf = pack.inference
    order = (inf.misalignment, inf.conclusions) if kind == "misalignment" else (inf.conclusions,)
    for rx in (*order, inf.predictions):
        hit = rx.search(text, s.start, s.end) if rx is not None else None
        if hit:
            return hit.start(), s.end
    return s.start, s.end
