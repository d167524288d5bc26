"""The pack's evidence vocabulary, the words that make a document without the term worth
reading for argument steps. Kept apart from :mod:`schemelint.judge.arguments` so that the
prefilter, which asks about every file of a repository, imports nothing else."""

from __future__ import annotations

import re

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
    found = pack.__dict__.get("_argument_stems_rx")
    if found is None:
        # One RE2 automaton for all stems: a single linear scan, where a substring test per
        # stem reads a repository's text forty times.
        found = PackPattern("|".join(re.escape(s) for s in stems(pack)) or "$^")
        pack.__dict__["_argument_stems_rx"] = found
    return found.search(text) is not None
