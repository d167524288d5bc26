"""Whose words a mention is in: the writer's own, a quotation of someone else, or the title of
a cited work. Uses in another's voice are reported, but they are not the writer's usage: they
ground no SL100, SL101, SL102 or SL202 finding."""

from __future__ import annotations

import re

from schemelint.model import Document, Mention

QUOTED_KINDS = frozenset({"quote"})
_OPEN = "\"“‘«"
_CLOSE = {"\"": "\"", "“": "”", "‘": "’", "«": "»"}
MIN_QUOTE_WORDS = 4  # a quoted word or two is the writer naming the term, not a quotation
# A run of capitalised words (a title in running prose): "Scheming AIs: Will AIs Fake ...".
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’-]*[:?]?|(?:a|an|and|as|at|by|for|from|in|of|on|or|the|"
                         r"to|vs\.?|with|via|is|are|can|do|does|when|how|why|what)")
_SMALL = frozenset(["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs", "vs.", "with", "via", "is", "are", "can", "do", "does", "when", "how", "why", "what"])


# A heading over a paper's own abstract, copied into notes about the paper.
_ABSTRACT_HEADING = re.compile(
    r"^\W*(?:(?:the\s+|original\s+|paper(?:'s|’s)?\s+|author(?:s'|s’|'s)?\s+)*abstract"
    r"(?:\s*\((?:verbatim|original|from\s+the\s+paper)\))?|原始摘要|摘要(?:\s*[（(]原文[）)])?)\W*$",
    re.IGNORECASE)
# A link to or identifier of a paper elsewhere: the page is about someone else's paper.
_PAPER_ELSEWHERE = re.compile(
    r"arxiv\.org/|\barXiv:\s*\d{4}\.\d{4,5}|doi\.org/|openreview\.net/|aclanthology\.org/|"
    r"papers\.nips\.cc/|proceedings\.mlr\.press/", re.IGNORECASE)


def copied_abstract(document: Document) -> set[int]:
    """The blocks (by ``id``) under an "Abstract" heading of a Markdown or plain-text page that
    points to a paper elsewhere (an arXiv, DOI or OpenReview link): notes about a paper that
    paste its abstract, whose words are the paper's authors', not the writer's. A LaTeX paper's
    abstract, or a Markdown paper's own, is not such a block (no heading of this kind, or no
    link to a paper elsewhere). Found once per document: the finder, the definitions and the
    document's light all ask."""
    known: set[int] | None = document._derived.get("copied_abstract")
    if known is None:
        known = document._derived["copied_abstract"] = _copied_abstract(document)
    return known


def _copied_abstract(document: Document) -> set[int]:
    if document.markup == "latex":
        return set()
    # the headings first: a page has few, while the link search reads every file whole
    if not any(seg.kind == "heading" and _ABSTRACT_HEADING.match(" ".join(seg.text.split()))
               for seg in document.segments):
        return set()
    if not any(_PAPER_ELSEWHERE.search(f.text) for f in document.files):
        return set()
    out: set[int] = set()
    inside = False
    for seg in document.segments:
        if seg.kind == "heading":
            inside = bool(_ABSTRACT_HEADING.match(" ".join(seg.text.split())))
            continue
        if inside:
            out.add(id(seg))
    return out


def voice_of(m: Mention) -> str:
    if m.segment.kind in QUOTED_KINDS:
        return "quoted"
    text = m.segment.text
    if _inside_long_quote(text, m.seg_start, m.seg_end):
        return "quoted"
    if m.term[:1].isupper() and _in_title(text, m.seg_start, m.seg_end):
        return "title"
    if any(a <= m.seg_start < b and _names_a_work(text[a:b]) for a, b in m.segment.links):
        return "title"
    if _WORK_HEAD.match(text, m.seg_end):
        return "title"  # "the in-context scheming paper", "the scheming and alignment-faking papers"
    return "own"


# The term modifying a noun that names a work: the use is the work's short name, not a claim.
_WORK_HEAD = re.compile(r"(?:[ \t]+(?:and|or|&)[ \t]+[\w-]+)?[ \t]+(?:papers?|preprints?|report)\b",
                        re.IGNORECASE)


def _names_a_work(link_text: str) -> bool:
    """Link text that names a paper, post or resource ("Frontier Models are Capable of
    In-context Scheming", "Anti-Scheming Training Results") rather than a word or two linked
    in a sentence of one's own ("what we call [scheming](#defs)")."""
    words = link_text.split()
    if len(words) == 2 and all(w[:1].isupper() for w in words):
        return True  # a named resource: "[Anti-Scheming Snippets](...)"
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() and w.lower() not in _SMALL)
    return capitalised >= 2 or ":" in link_text


def _inside_long_quote(text: str, start: int, end: int) -> bool:
    """The mention sits between an opening and a closing quotation mark on its line or opened
    on the line before (a quotation wrapped across a line break: ``("X says it is a\\nschemer")``),
    and the quotation holds at least ``MIN_QUOTE_WORDS`` words."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text.endswith(("\n\n", "\r\n\r\n"), 0, line_start):
        reach = line_start
    else:  # the line before, when the quotation may have opened there
        reach = text.rfind("\n", 0, line_start - 1) + 1
    for i in range(start - 1, max(reach, start - 400) - 1, -1):
        ch = text[i]
        if ch == "\"" and not _opens(text, i):
            return False  # a straight quote that closes ('... against us." So ...')
        if ch in _OPEN and (i == 0 or not text[i - 1].isalnum()):
            close = _CLOSE[ch]
            j = text.find(close, end)
            line_end = text.find("\n\n", end)
            if j < 0 or (line_end >= 0 and j > line_end) or j - end > 600:
                return False
            return len(text[i + 1:j].split()) >= MIN_QUOTE_WORDS
        if ch in "”’»" or (ch == "\"" and i != start - 1):
            return False
    return False


def _opens(text: str, i: int) -> bool:
    """Whether the straight quotation mark at ``i`` opens a quotation: it stands at the start or
    after a space or an opening bracket or dash, with a word (not a space) after it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _in_title(text: str, start: int, end: int) -> bool:
    """At least four title-like words around the mention, most of them capitalised, and not at
    the start of an ordinary sentence."""
    before = text[max(0, start - 120):start].split()
    after = text[end:end + 120].split()
    words: list[str] = []
    for w in reversed(before):
        if not _TITLE_WORD.fullmatch(w.strip("(\"“”*_,")):
            break
        words.insert(0, w)
    left = len(words)
    for w in after:
        if not _TITLE_WORD.fullmatch(w.strip(")\"“”*_,.")):
            break
        words.append(w)
    caps = sum(1 for w in words if w[:1].isupper())
    if len(words) + 1 < 4 or caps + 1 < 3:
        return False
    # "Scheming models are ..." at a sentence start is prose, not a title: a title needs
    # capitals on both sides of the mention, or a colon in the run.
    has_colon = any(w.endswith(":") for w in words) or text[end:end + 1] == ":"
    right_caps = sum(1 for w in words[left:left + 3] if w[:1].isupper() and w.lower() not in _SMALL)
    left_caps = sum(1 for w in words[:left] if w[:1].isupper() and w.lower() not in _SMALL)
    # ... or it ends the run of a title that closes there: "[Can We Train AI Not to Scheme?](...)"
    closes = left_caps >= 3 and _TITLE_END.match(text, end) is not None
    return has_colon or (left > 0 and right_caps > 0) or closes


_TITLE_END = re.compile(r"[?!.]?[\"”’*_]*(?:[\])]|[ \t]*(?:\n|$))")
