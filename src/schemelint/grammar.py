"""Small facts of English grammar the checks share, kept apart from any rule pack."""

from __future__ import annotations

import re

# English closed-class words (and a few adverbs) that may follow a predicate noun; any other
# lower-case word right after "schemer" is the head of a compound ("schemer risk mitigation").
_FOLLOWER_WORDS = """
a an the this that these those it its their his her our your my some any every each no all
and or but nor yet so than then because since although though while whereas unless until if
when whenever where wherever whether who whom whose which what how why as
of in on at by for with without within from to into onto over under during after before
about against among between through throughout across along around beyond upon via per like
unlike toward towards despite except rather instead either neither both too also only just
even still already now today anymore again yet ever never not indeed itself themselves
is are was were be been being has have had do does did will would shall should can could
may might must i we you he she they one there here
"""
_FOLLOWERS = frozenset(_FOLLOWER_WORDS.split())
_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)\b")


def modifies_noun(text: str, end: int, limit: int) -> bool:
    """A singular noun (the text before ``end``) is the modifier of another noun: a lower-case
    word follows it in the same sentence that is not a function word, an adverb or participle
    ("-ly", "-ed", "-ing"), nor a verb agreeing with it ("-s": "a schemer sandbags"); "a
    schemer risk mitigation", "schemer check". A plural is never taken for a modifier: the word
    after "schemers" is its verb more often than not ("schemers collude")."""
    if text[:end].endswith("s"):
        return False
    after = _WORD_AFTER.match(text, end, limit)
    if after is None:
        return False
    word = after.group(1)
    return word not in _FOLLOWERS and not word.endswith(("ly", "ed", "ing", "s"))


# The term as the foil of a comparison: "Alignment faking is distinct from scheming: <a gloss
# of alignment faking>", "more concerning than scheming", "unlike scheming, ...".
_FOIL = re.compile(
    r"\b(?:distinct\s+from|different\s+from|differs\s+from|differ\s+from|unlike|as\s+opposed\s+to|"
    r"rather\s+than|confused\s+with|compared\s+(?:with|to)|vs\.?|versus|than|"
    r"not\s+the\s+same\s+(?:thing\s+)?as|separate\s+from)[\s*_\"“'‘]*$", re.IGNORECASE)


def foil_before(text: str, start: int) -> bool:
    """The words before ``start`` make what follows the foil of a comparison, so the sentence
    glosses the other thing."""
    return _FOIL.search(text, max(0, start - 40), start) is not None
