"""A bounded memo for answers that depend only on a text (and offsets into it).

An editor re-lints a document with most of its paragraphs unchanged, so the phrase matchers,
the pack patterns, the sentence splitter and the scorers' tokenizer keep their answers per
text. Each memo holds at most ``size`` answers and starts afresh when full: no eviction order
to keep, and a long run never grows without bound. Answers about texts longer than
:data:`LONGEST` (a whole file scanned once by the prefilter) are not kept: the memo would hold
every file of a repository alive, and nothing asks about them twice."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
LONGEST = 4000  # characters: a long paragraph


class TextMemo(Generic[K, V]):
    __slots__ = ("_answers", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self._answers: dict[K, V] = {}

    def get(self, key: K, compute: Callable[[], V], text: str = "") -> V:
        """The answer kept for ``key``, else ``compute()``'s, kept unless ``text`` (what the
        answer is about) is longer than :data:`LONGEST`."""
        if len(text) > LONGEST:
            return compute()
        try:
            return self._answers[key]
        except KeyError:
            pass
        value = compute()
        if len(self._answers) >= self.size:
            self._answers.clear()
        self._answers[key] = value
        return value
