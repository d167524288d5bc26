"""The rule pack's phrases as input tokens for the judgement models.

A model reads a sentence followed by one token per kind of pack phrase found in it
(``cueconclusions``, ``cueassumeA2``, ``cuesensetraininggaming`` ...), so it learns how far the
pack's vocabulary can be trusted, and a second pack with other phrases reuses the same tokens.
"""

from __future__ import annotations

from schemelint.phrases import PhraseSet, compile_phrases
from schemelint.rulepack import RulePack

_TOKEN_SAFE = str.maketrans("", "", "-_ ")


def _sense_sets(pack: RulePack) -> list[tuple[str, PhraseSet]]:
    cached = getattr(pack, "_judge_sense_sets", None)
    if cached is None:
        cached = [(s.id, compile_phrases([c.phrase for c in s.cues])) for s in pack.senses
                  if s.cues]
        object.__setattr__(pack, "_judge_sense_sets", cached)
    return cached  # type: ignore[no-any-return]


def tokens(text: str, pack: RulePack) -> list[str]:
    """One token per kind of pack phrase that occurs in ``text`` (each kind once)."""
    out: list[str] = []
    for key, phrases in pack.inference.items():
        if phrases is not None and phrases.search(text):  # type: ignore[attr-defined]
            out.append("cue" + key.translate(_TOKEN_SAFE))
    for a in pack.assumptions:
        if a.regex is not None and a.regex.search(text):
            out.append("cueassume" + a.id.translate(_TOKEN_SAFE))
    for sense_id, phrases in _sense_sets(pack):
        if phrases.search(text):
            out.append("cuesense" + sense_id.translate(_TOKEN_SAFE))
    if pack.prefilter.search(text) and pack.term_regex.search(text):
        out.append("cueterm")
    return out
