"""Which files can hold a use of a pack's term, decided on the raw text before any reader runs.

The readers (markdown-it, pylatexenc) are the slow part of a lint, and most files of a real
repository that contain "schem" say "schema" or "scheme". A file is read only when

- a word form of a pack's term stands in it as a word (``candidate_regex``) and the finder
  would keep it (the finder's own verb and non-term filters from :mod:`schemelint.mentions`,
  run on the raw text, trusted only where the raw text around the candidate is plain prose that
  every reader passes through unchanged: see :func:`_plain_view`);
- or it has one of the pack's evidence stems or topic words (training-gaming evidence without
  the term still reaches SL200); or it has the pack's old substring prefilter ("schem") and a ``schemelint``
  directive or front matter (whose warnings must still be shown). The engine adds ``\\input``
  for LaTeX.

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
_BLANK = re.compile(r"\n[ \t]*\n\s*")
# A blockquote line's marker, as markdown-it strips it: ">" and one optional space.
_QUOTE_MARKER = re.compile(r">[ ]?(?=[^\W\d_])")
# How far the finder's filters look around a candidate (40 + 40 characters back for a verb's
# relative clause, 80 for non-term patterns), with a margin.
_REACH = 120
_DIRECTIVE = re.compile("schemelint", re.IGNORECASE)


def candidate_regex(pack: RulePack) -> re.Pattern[str]:
    """Every form of the pack's term as a word, also when broken across a line."""
    cached = pack.__dict__.get("_prefilter_candidates")
    if cached is None:
        forms = sorted(pack.forms + pack.verb_forms, key=len, reverse=True)
        alts = "|".join(_BREAK.join(re.escape(ch) for ch in form) for form in forms)
        cached = re.compile(rf"(?<![^\W_])(?:{alts})(?![^\W_])", re.IGNORECASE)
        pack.__dict__["_prefilter_candidates"] = cached
    return cached


def may_hold_use(text: str, packs: list[RulePack], path: str = "") -> bool:
    """False only when no reader could find a mention of any pack's term in ``text`` (the file
    ``path``) and reading the file could show nothing else (an evidence stem, a directive, front
    matter)."""
    from schemelint.judge.stems import worth_a_look

    quotes = path.lower().endswith((".md", ".markdown", ".mdx"))
    for pack in packs:
        # The pack's old substring test comes first: without it there is no candidate, and
        # most files of a repository fail it at C speed.
        hit = pack.prefilter.search(text)
        if hit is not None:
            if text.startswith("---") or _DIRECTIVE.search(text, hit.start()):
                return True
            candidates = candidate_regex(pack).finditer(text, hit.start())
            if any(_survives(text, m, pack, quotes) for m in candidates):
                return True
        if worth_a_look(text, pack):
            return True
    return False


def _survives(text: str, m: re.Match[str], pack: RulePack, quotes: bool = False) -> bool:
    """Would the finder keep this candidate? Yes unless the raw text shows it would not."""
    form = m.group(0).lower()
    if "\n" in form or "-" in form:
        return True
    view = _plain_view(text, m.start(), m.end(), quotes)
    if view is None:
        return True
    text, start, end = view
    compound = text[start - 1 : start] == "-" or text[end : end + 1] == "-"
    verb = form in {f.lower() for f in pack.verb_forms} and not compound
    if verb and not mentions._is_verb(text, start, end, form, pack):
        return False
    return not mentions._inside_not_term(text, start, end, pack)


def _plain_view(text: str, start: int, end: int, quotes: bool) -> tuple[str, int, int] | None:
    """The whole lines within reach of the candidate (not past a blank line), and its place in
    them, when they are plain prose: no markup, no URL, every line starting with a letter (in
    Markdown, all of them may instead be lines of one blockquote, "> " and a letter, seen
    without the marker as markdown-it sees them). There every reader's segment text equals this text, so the
    finder's filters decide the same on both. ``None`` otherwise."""
    lo = text.rfind("\n", 0, max(0, start - _REACH)) + 1
    hi = text.find("\n", end + _REACH)
    hi = len(text) if hi < 0 else hi
    # A blank line ends a paragraph in every reader: the segment starts or stops there too.
    for blank in _BLANK.finditer(text, lo, start):
        lo = blank.end()
    after = _BLANK.search(text, end, hi)
    if after is not None:
        hi = after.start()
    region = text[lo:hi]
    start, end = start - lo, end - lo
    if quotes and region.startswith(">"):
        body = region.rstrip("\n")
        kept, pos = [], 0
        for line in body.split("\n"):
            marker = _QUOTE_MARKER.match(line)
            if marker is None:
                return None
            if pos <= start:
                start, end = start - marker.end(), end - marker.end()
            pos += len(line) + 1
            kept.append(line[marker.end():])
        region = "\n".join(kept) + region[len(body):]
    if region[:1].isalpha() and not _MARKUP.search(region) and not _LINE_START.search(region):
        return region, start, end
    return None
