"""Which files can hold a use of a pack's term, decided on the raw text before any reader runs.

The readers (markdown-it, pylatexenc) are the slow part of a lint, and most files of a real
repository that contain "schem" say "schema" or "scheme". A file is read only when

- a word form of a pack's term stands in it as a word (``candidate_regex``) and the finder
  would keep it (the finder's own verb and non-term filters from :mod:`schemelint.mentions`,
  run on the raw text, trusted only where the raw text around the candidate is plain prose that
  every reader passes through unchanged: see :func:`_plain_around`);
- or it has one of the pack's evidence stems (training-gaming evidence without the term still
  reaches SL200), a ``schemelint`` directive, or Markdown front matter (whose warnings must
  still be shown); the engine adds ``\\input`` for LaTeX.

The raw candidate pattern is looser than the finder's: ``_`` and markup around a form still
count as a boundary, so emphasis such as ``_scheming_`` is never missed.
"""

from __future__ import annotations

import re

from schemelint import mentions
from schemelint.rulepack import RulePack

# A word broken at a line end, as rulepack._term_regex allows it: "sche-" newline "ming".
_BREAK = r"(?:-[ \t]*\r?\n[ \t]*%?[ \t]*)?"
# Characters after which a reader may change the text around a word (markup, macros, entities,
# URLs, math, comments, tables, quotes) and so change what the finder's filters see.
_MARKUP = re.compile(r"[\\{}%$*_`<>\[\]|#&~^=@/+]|--|''|www\.|\r")
_LINE_START = re.compile(r"\n(?![^\W\d_]|\s*\Z)")
# How far the finder's filters look around a candidate (40 + 40 characters back for a verb's
# relative clause, 80 for non-term patterns), with a margin.
_REACH = 120
_DIRECTIVE = "schemelint"
_OLD_STEM = "schem"


def candidate_regex(pack: RulePack) -> re.Pattern[str]:
    """Every form of the pack's term as a word, also when broken across a line."""
    cached = pack.__dict__.get("_prefilter_candidates")
    if cached is None:
        forms = sorted(pack.forms + pack.verb_forms, key=len, reverse=True)
        alts = "|".join(_BREAK.join(re.escape(ch) for ch in form) for form in forms)
        cached = re.compile(rf"(?<![^\W_])(?:{alts})(?![^\W_])", re.IGNORECASE)
        pack.__dict__["_prefilter_candidates"] = cached
    return cached


def may_hold_use(text: str, packs: list[RulePack]) -> bool:
    """False only when no reader could find a mention of any pack's term in ``text`` and reading
    the file could show nothing else (an evidence stem, a directive, front matter)."""
    lower = text.lower()
    if _DIRECTIVE in lower or (lower.startswith("---") and _OLD_STEM in lower):
        return True
    from schemelint.judge.arguments import may_argue

    for pack in packs:
        if any(_survives(text, m, pack) for m in candidate_regex(pack).finditer(text)):
            return True
        if may_argue(text, pack):
            return True
    return False


def _survives(text: str, m: re.Match[str], pack: RulePack) -> bool:
    """Would the finder keep this candidate? Yes unless the raw text shows it would not."""
    start, end = m.start(), m.end()
    if not _plain_around(text, start, end):
        return True
    form = m.group(0).lower()
    if "\n" in form or "-" in form:
        return True
    compound = text[start - 1 : start] == "-" or text[end : end + 1] == "-"
    verb = form in {f.lower() for f in pack.verb_forms} and not compound
    if verb and not mentions._is_verb(text, start, end, form, pack):
        return False
    return not mentions._inside_not_term(text, start, end, pack)


def _plain_around(text: str, start: int, end: int) -> bool:
    """The whole lines within reach of the candidate are plain prose: no markup, no URL, no
    blank line, every line starting with a letter. There every reader's segment text equals the
    raw text, so the finder's filters decide the same on both."""
    lo = text.rfind("\n", 0, max(0, start - _REACH)) + 1
    hi = text.find("\n", end + _REACH)
    region = text[lo:] if hi < 0 else text[lo:hi]
    return region[:1].isalpha() and not _MARKUP.search(region) and not _LINE_START.search(region)
