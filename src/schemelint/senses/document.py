"""Senses read in the document's light.

A careful reader takes each use in the light of the whole document: an essay that defines
"schemer" as an instrumental training-gamer, or whose confident uses all carry one sense, means
that sense by the uses whose own sentence does not decide. This stage gives such weak uses the
document's sense, marked ``sense_from = "document"`` with a confidence that says so; a use with
strong local evidence for another sense keeps it (and may be a switch, SL101, or a conflict,
SL102). Uses in another writer's voice neither set nor take the document's sense.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from schemelint.definitions import Definitions, word_itself
from schemelint.model import Mention, Segment
from schemelint.rulepack import RulePack

# A use at or above this confidence, with rule-pack cue words, speaks for itself; any other
# use (unclear, unsure, or placed by the classifier's own words) takes the document's sense.
STRONG = 0.7
DOMINANT = 0.8  # share of the confident own uses one sense needs to be the document's
DEFINITION = 0.6  # a defining use at or above this sets the document's sense
MIN_CONFIDENT = 3  # confident own uses needed before their majority counts
NEAR = 2  # blocks (paragraphs, list items) either side that count as a use's surroundings
NEARBY_SHARE = 0.67  # share of the confident uses around it that must agree
COLLOQUIAL = 0.5  # a colloquial reading below this, with no cue word, is weak like any other
FROM_DOCUMENT = 0.55  # the confidence of a sense taken from the document: settled, not strong
MAJORITY_MIN = 3  # placed own uses a document needs before ...
MAJORITY_SHARE = 0.6  # ... this share of them for one sense gives it to the undecided ones
FROM_MAJORITY = 0.45  # a sense taken from the document's weaker majority: a lean, not settled
VOCABULARY_SHARE = 0.7  # failing a majority, this share of the document's cue weight ...
VOCABULARY_MIN = 4  # ... and at least this much of it give the undecided uses a lean


def prior(mentions: list[Mention], definitions: Definitions, pack: RulePack) -> str | None:
    """The document's sense: the one it declares or defines, else the sense of nearly all of
    its confident own uses; ``None`` when it has none (or it is a colloquial one)."""
    casual = set(pack.roles.casual) | {pack.roles.unclear}
    if definitions.declared is not None:
        return definitions.declared.sense if definitions.declared.sense not in casual else None
    # A definition sets the document's sense when its own words settle which sense it defines.
    settled = {s for s, m in definitions.defined.items() if m.confidence >= DEFINITION}
    if len(settled) == 1:
        (sense,) = settled
        return sense if sense not in casual else None
    if len(settled) > 1:
        return None  # two senses defined: each use speaks for itself
    if (definitions.site is not None and not definitions.own_sense()
            and definitions.site.sense != pack.roles.unclear):
        # a chapter of a book that defines the term elsewhere reads it in the book's sense
        # (a book whose definition settles no sense leaves each chapter to its own uses)
        site = definitions.site.sense
        return site if site not in casual else None
    confident = [m.sense for m in mentions if _confident(m)]
    if len(confident) < MIN_CONFIDENT:
        return None
    sense, n = Counter(confident).most_common(1)[0]
    if sense in casual or n / len(confident) < DOMINANT:
        return None
    return sense


def _confident(m: Mention) -> bool:
    """A use that speaks for itself: qualified ("in-context scheming"), or placed with
    rule-pack cue words at a high confidence."""
    if m.voice != "own" or m.definition or m.foil:
        return False  # (a comparison's foil is read from the other thing's words)
    return bool(m.qualified) or (m.confidence >= STRONG and bool(m.cues) and not m.learned_cues)


def _plotting(m: Mention, colloquial: set[str]) -> bool:
    """Everyday plotting the use's own words show ("the schemer in the novel"), not a guess:
    "The largest checkpoint is a schemer." in a page about training read colloquial at 0.41
    with no cue word, and a careful reader reads it in the page's sense."""
    return m.sense in colloquial and (m.confidence >= COLLOQUIAL or (bool(m.cues)
                                                                      and not m.learned_cues))


def _nearby(m: Mention, placed: dict[int, list[Mention]], where: dict[int, int],
            casual: set[str]) -> str | None:
    """The sense the confident uses around ``m`` agree on: those within ``NEAR`` blocks of it,
    at least two thirds of them for one sense."""
    here = where.get(id(m.segment))
    if here is None:
        return None
    around = [p.sense for i in range(here - NEAR, here + NEAR + 1) for p in placed.get(i, ())
              if p is not m]
    if not around:
        return None
    sense, n = Counter(around).most_common(1)[0]
    if sense in casual or n / len(around) < NEARBY_SHARE:
        return None
    return sense


def in_document_light(mentions: list[Mention], definitions: Definitions, pack: RulePack,
                      segments: list[Segment] | None = None,
                      pasted: set[int] | None = None) -> list[Mention]:
    """The mentions, each weak own use given the document's sense, or, when the document has
    none, the sense the confident uses around it agree on; failing both, an undecided use
    leans to the sense most of the document's placed uses carry, or failing that to the one
    its vocabulary speaks for. When the document defines the term in two senses, a weak use
    takes the sense of the definition it follows. Uses in ``pasted`` blocks (a
    paper's abstract pasted into notes about it) are read like the page's own."""
    sense = prior(mentions, definitions, pack)
    casual = set(pack.roles.casual) | {pack.roles.unclear}
    where = {id(s): i for i, s in enumerate(segments or [])}
    placed: dict[int, list[Mention]] = {}
    for p in mentions:
        if _confident(p) and id(p.segment) in where:
            placed.setdefault(where[id(p.segment)], []).append(p)
    colloquial = set(pack.roles.casual)
    majority = _majority(mentions, casual) if sense is None else None
    # the vocabulary is read only when an undecided use needs it (a scan of every block)
    vocabulary: list[str | None] = []
    out: list[Mention] = []
    pasted = pasted or set()
    # a document that defines the term in two senses: each definition reaches to the next
    reach = _definitions_in_order(mentions, pack)
    for m in mentions:
        # a paper's abstract pasted into notes about it is read in the page's sense
        mine = m.voice == "own" or id(m.segment) in pasted
        if (not mine or m.defines or (m.definition and word_itself(m))
                or _plotting(m, colloquial) or _confident(m)):
            # another's words, a definition, the word itself, everyday plotting, or strong
            # evidence (a label named in a short quotation, "a schemer", is read in the
            # document's light like any other use)
            out.append(m)
            continue
        take = (_latest(reach, m) if reach else sense) or _nearby(m, placed, where, casual)
        confidence = FROM_DOCUMENT
        if take is None and m.sense == pack.roles.unclear:
            if majority is None and sense is None and segments:
                if not vocabulary:
                    vocabulary.append(_vocabulary(segments, pack, casual))
                take = vocabulary[0]
            else:
                take = majority
            confidence = FROM_MAJORITY
        if take is None or take == m.sense:
            out.append(m)
            continue
        out.append(replace(m, sense=take, confidence=confidence, cues=[], learned_cues=False,
                           sense_from="document"))
    return out


def _majority(mentions: list[Mention], casual: set[str]) -> str | None:
    """The sense most of the document's placed own uses carry (a gloss of the quoted word
    among them), confident or not: a weaker reading than :func:`prior`, given only to uses
    whose own sentence decides nothing (a page whose decided uses are mostly "in-context"
    means that by the undecided ones too)."""
    votes = Counter(m.sense for m in mentions
                    if m.voice == "own" and m.sense not in casual and not m.foil)
    total = sum(votes.values())
    if total < MAJORITY_MIN:
        return None
    sense, n = votes.most_common(1)[0]
    return sense if n / total >= MAJORITY_SHARE else None



def _vocabulary(segments: list[Segment], pack: RulePack, casual: set[str]) -> str | None:
    """The sense the document's own vocabulary speaks for: the pack's cue words summed over
    its blocks (not quotations or code), when one sense holds ``VOCABULARY_SHARE`` of their
    weight and at least ``VOCABULARY_MIN``. The weakest lean of all, for a page too sparse in
    placed uses for a majority: slides about evaluation results ("tested frontier models",
    "caught", "covert actions") mean the in-context sense by their bare "scheming" too."""
    from schemelint.senses.context import Context
    from schemelint.senses.features import _segment_hits

    totals: dict[str, float] = {}
    for seg in segments:
        if seg.kind in ("quote", "code"):
            continue
        ctx = Context(seg.text, (0, 0), None, None, 0, 0, seg)
        for _a, _b, sense, weight, _w in _segment_hits(ctx, pack):
            if sense not in casual:
                totals[sense] = totals.get(sense, 0.0) + weight
    total = sum(totals.values())
    if not total:
        return None
    top = max(totals, key=lambda k: totals[k])
    n = totals[top]
    return top if n >= VOCABULARY_MIN and n / total >= VOCABULARY_SHARE else None



def _definitions_in_order(mentions: list[Mention], pack: RulePack) -> list[Mention]:
    """The document's own definitions in order, when they define the term in more than one
    sense (an interview that glosses scheming as the adversary of control early and gives
    Carlsmith's definition, training-gaming, in its last third); otherwise none."""
    casual = set(pack.roles.casual) | {pack.roles.unclear}
    defs = [m for m in mentions if m.defines and m.voice == "own" and m.sense not in casual]
    return defs if len({d.sense for d in defs}) >= 2 else []


def _latest(defs: list[Mention], m: Mention) -> str | None:
    """The sense of the last definition before ``m`` in its file (before the first one, the
    first one's): a careful reader reads a use in the light of the definition it follows."""
    path = m.span.source.path
    before = [d for d in defs if d.span.source.path == path and d.span.start <= m.span.start]
    return before[-1].sense if before else defs[0].sense
