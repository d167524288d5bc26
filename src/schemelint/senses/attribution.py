"""Which words made the classifier choose a sense, when no rule-pack cue speaks for it.

The classifier can decide from words the rule pack does not list ("preferences", "RL",
"graded"). A finding must still say which words decided it, so for such a mention we take each
content word out of what the classifier reads, one at a time, and keep the words whose absence
lowers the chosen sense's probability the most (occlusion). It runs only for these mentions,
one small batch each.
"""

from __future__ import annotations

import re
from typing import Any

_WORD = re.compile(r"[^\W\d_][\w'’-]*[\w]|[^\W\d_]{2,}")
MIN_DROP = 0.02  # a word counts if leaving it out costs the sense at least this much
MOST = 4


def deciding_words(
    nlp: Any,
    text: str,
    p0: float,
    words_from: str,
    sense: str,
    skip: set[str],
    most: int = MOST,
) -> list[str]:
    """Up to ``most`` words of ``words_from`` whose removal from ``text`` lowers the probability
    of ``sense`` (``p0`` with every word in place) the most, strongest first."""
    stop = nlp.Defaults.stop_words
    candidates: list[str] = []
    seen: set[str] = set()
    for m in _WORD.finditer(words_from):
        word = m.group(0)
        key = word.lower()
        if key in seen or key in stop or key in skip or len(key) < 3:
            continue
        seen.add(key)
        candidates.append(word)
    if not candidates:
        return []
    variants = [_without(text, w) for w in candidates]
    rest = nlp.pipe(variants, batch_size=64)
    drops = sorted(
        ((p0 - doc.cats.get(sense, 0.0), i) for i, doc in enumerate(rest)), key=lambda d: (-d[0], d[1])
    )
    return [candidates[i] for drop, i in drops[:most] if drop >= MIN_DROP]


def _without(text: str, word: str) -> str:
    return re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", text, flags=re.IGNORECASE)
