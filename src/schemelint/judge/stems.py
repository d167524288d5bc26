"""The pack's evidence vocabulary, the words that make a document without the term worth
reading for argument steps: its evidence phrases (read as usual) and its topic words (read
under a stricter bar, see :func:`schemelint.judge.arguments.find_steps`). Kept apart from
:mod:`schemelint.judge.arguments` so that the prefilter, which asks about every file of a
repository, imports nothing else."""

from __future__ import annotations

import re
from collections.abc import Callable

from schemelint.rulepack import RulePack
from schemelint.saferegex import PackPattern

STRONG_CUE = 2.5  # an evidence sense's cue at least this heavy names the topic by itself


def stems(pack: RulePack) -> tuple[str, ...]:
    """Lower-case forms of the pack's evidence vocabulary: its training-gaming evidence phrases
    ("alignment fak", "compliance gap", "games its training") and the heaviest cues of its
    evidence senses ("system prompt", "covert action", "reward on the episode"). A document
    without the term and without any of these is not about the evidence the checks weigh, so
    it is never read sentence by sentence (nor parsed at all when nothing else needs it). A
    phrase is kept whole (up to its ``*``), so common words never make a file a candidate."""
    cached = getattr(pack, "_argument_stems", None)
    if cached is None:
        found = pack.inference.gaming_evidence
        phrases: list[str] = list(found.phrases) if found is not None else []
        evidence = set(pack.roles.evidence)
        phrases += [c.phrase for s in pack.senses if s.id in evidence for c in s.cues
                    if c.weight >= STRONG_CUE]
        forms = {" ".join(p.lower().rstrip("*").split()) for p in phrases}
        forms = {f for f in forms if len(f) >= (6 if " " in f else 7)}
        # A form that contains another adds nothing to the scan.
        cached = tuple(sorted(f for f in forms if not any(g != f and g in f for g in forms)))
        object.__setattr__(pack, "_argument_stems", cached)
    return cached


def may_argue(text: str, pack: RulePack) -> bool:
    """Whether ``text`` holds one of the pack's evidence :func:`stems` (case-insensitively)."""
    # One RE2 automaton for all stems: a single linear scan, where a substring test per stem
    # reads a repository's text forty times.
    return _automaton(pack, "_argument_stems_rx", lambda: _stem_forms(pack)).search(text) is not None


def on_topic(text: str, pack: RulePack) -> bool:
    """Whether ``text`` holds one of the pack's ``inference.topic`` words ("retrain*", "its own
    values", "avoid being modified"; case-insensitively, whole words, ``*`` a word's end)."""
    return _automaton(pack, "_topic_rx", lambda: _topic_forms(pack)).search(text) is not None


def worth_a_look(text: str, pack: RulePack) -> bool:
    """:func:`may_argue` or :func:`on_topic`, in one scan (the prefilter's question)."""
    return _automaton(pack, "_argue_or_topic_rx",
                      lambda: _stem_forms(pack) + _topic_forms(pack)).search(text) is not None


def _stem_forms(pack: RulePack) -> list[str]:
    return [re.escape(s) for s in stems(pack)]


def _topic_forms(pack: RulePack) -> list[str]:
    out = []
    for phrase in pack.inference.topic:
        words = phrase.lower().split()
        body = r"\s+".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")
                           for w in words)
        out.append(r"\b" + body + ("" if phrase.endswith("*") else r"\b"))
    return out


def _automaton(pack: RulePack, key: str, alternatives: Callable[[], list[str]]) -> PackPattern:
    """One RE2 automaton per pack and key, built the first time it is asked for."""
    found = pack.__dict__.get(key)
    if found is None:
        found = PackPattern("|".join(alternatives()) or "$^")
        pack.__dict__[key] = found
    return found
