"""Find the uses of a pack's term in a document's prose segments."""

from __future__ import annotations

import re

from schemelint.model import Document, Mention, Segment, Span
from schemelint.rulepack import RulePack

_PREV_WORD = re.compile(r"([\w'’\-]+)[^\w]*$")
_SENTENCE_END = re.compile(r"[.!?:;]\s*[\"'“‘(]*$")
_NEXT_WORDS = re.compile(r"[^\S\n]+([\w'’]+)(?:[^\S\n]+([\w'’]+))?")
_BREAK_CHARS = re.compile(r"-[ \t]*\r?\n[ \t]*%?[ \t]*")


# A heading over a list of works: what follows it up to the next heading is references.
_REFERENCE_NAME = (
    r"(?:references?|bibliography|works\s+cited|citations?|sources|"
    r"citation\s+for\s+this\s+\w+|how\s+to\s+cite|cite\s+(?:this|as)|bibtex|"
    r"(?:further|suggested|recommended|additional|core|optional)\s+readings?|readings?|"
    r"reading\s+list|resources|literature|papers|related\s+(?:papers|reading|posts)|"
    r"see\s+also|links)")
# ... or several of them joined: "Sources & Resources", "References and Further Reading"
_REFERENCE_HEADING = re.compile(
    rf"^\W*(?:\d+[.)]?\s*)?{_REFERENCE_NAME}(?:\s*(?:&|and|,)\s*{_REFERENCE_NAME})*\W*$",
    re.IGNORECASE)
# A short heading that names such a list among other words: "Reference Links", "References
# and Further Reading" (but not "Relationship to Other Sources", whose items are prose).
_REFERENCE_WORDS = re.compile(
    r"\b(?:references|bibliography|citations|further\s+reading|reading\s+list|"
    r"suggested\s+reading|reference\s+(?:links|list))\b", re.IGNORECASE)
# A list item shaped like a citation: authors and a year, an arXiv id, "et al.", a venue.
_CITATION_SHAPE = re.compile(
    r"\(\s*(?:19|20)\d\d[a-z]?\s*\)|\b(?:19|20)\d\d[a-z]?\.\s|\bet\s+al\.|\barXiv\b|"
    r"\b(?:In\s+)?Proceedings\b|\bpp\.\s*\d|\bdoi\b", re.IGNORECASE)
# How an entry of a reference list starts: authors ("Hubinger, E.", "Meinke et al.", "Jane
# Doe, ...", "Smith and Jones") or a quoted or emphasised title.
_ENTRY_START = re.compile(
    r"\W{0,3}(?:[A-Z][\w'’-]+,\s+(?:[A-Z]\.|[A-Z][\w'’-]+)|[A-Z][\w'’-]+\s+et\s+al\.?|"
    r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,|[A-Z][\w'’-]+\s+(?:and|&)\s+[A-Z][\w'’-]+\s*[,(]|[\"“]|"
    r"[A-Z][^,.;:]{0,60},\s*[\"“])")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def find_mentions(document: Document, pack: RulePack) -> list[Mention]:
    """Every mention of the term, in document order. Entries of reference lists, reading lists
    and bibliographies are references, not mentions: they are left out."""
    out: list[Mention] = []
    in_references = False
    level_of_references: int | None = None
    for segment in document.segments:
        if segment.kind == "heading":
            level = segment.level
            if (in_references and level is not None and level_of_references is not None
                    and level > level_of_references):
                continue  # "### Primary Research" under "## Sources": still the list of works
            heading = " ".join(segment.text.split())
            in_references = bool(_REFERENCE_HEADING.match(heading)) or (
                len(heading.split()) <= 5 and bool(_REFERENCE_WORDS.search(heading)))
            if in_references:
                level_of_references = level
                continue
        if is_reference(segment, in_references):
            continue
        out.extend(segment_mentions(segment, pack))
    return out


def is_reference(segment: Segment, under_reference_heading: bool) -> bool:
    """An entry of a reference list, a reading list or a bibliography."""
    text = segment.text
    if under_reference_heading:
        if segment.kind == "list-item":
            return True
        # A paragraph under such a heading is an entry when it is short or cites.
        if segment.kind == "paragraph" and (len(text.split()) < 30 or _CITATION_SHAPE.search(text)):
            return True
    # Elsewhere, an item or paragraph that starts like an entry and has a year and a
    # citation mark: "Meinke et al. (2024). Frontier models are capable of ...".
    return (segment.kind in ("list-item", "paragraph") and len(text.split()) < 80
            and bool(_ENTRY_START.match(text)) and bool(_YEAR.search(text[:200]))
            and bool(_CITATION_SHAPE.search(text)))


def segment_mentions(segment: Segment, pack: RulePack) -> list[Mention]:
    text = segment.text
    if not pack.prefilter.search(text):
        return []
    found = []
    verb_forms = {f.lower() for f in pack.verb_forms}
    for m in pack.term_regex.finditer(text):
        form = _BREAK_CHARS.sub("", m.group("form")).lower()
        bare_verb = form in verb_forms and not m.group("pre") and not m.group("post")
        if bare_verb and not _is_verb(text, m.start(), m.end(), form, pack):
            continue
        if _inside_not_term(text, m.start(), m.end(), pack):
            continue
        start, end = segment.span_to_source(m.start(), m.end())
        span = Span(segment.source, start, end)
        found.append(Mention(span, span.text, segment, m.start(), m.end()))
    return found


def _is_verb(text: str, start: int, end: int, form: str, pack: RulePack) -> bool:
    """A verb form ("scheme", "schemed") is the term only when an agent or auxiliary
    precedes it, or a word that follows verbs follows it ("the courtiers scheme against");
    after a determiner or a noun modifier it is the noun "scheme"."""
    prev = _PREV_WORD.search(text, max(0, start - 40), start)
    raw = prev.group(1).replace("’", "'").lstrip("'") if prev else ""
    word = raw.lower()
    if word in pack.noun_cues:
        return False
    # "Scheme" after a lower-case word, mid-sentence, is a name (the language), not a verb;
    # in Title Case text ("How Models Scheme") the word before is capitalised too, or it is a
    # small word after a capitalised one ("Can We Train AI Not to Scheme?").
    if (
        prev is not None  # (without a previous word raw is empty: the test fails anyway)
        and text[start].isupper()
        and raw[:1].islower()
        and not _SENTENCE_END.search(text, prev.end(1), start)
        and not _title_small_word(text, prev.start(1), word)
    ):
        return False
    # Subject and verb agree: "the courtiers scheme against", "the checkpoint schemes less";
    # a singular word before "scheme" makes a compound noun ("a pension scheme against ...").
    agrees = word.endswith("s") != form.endswith("s")
    if agrees and _followed_by_verb_word(text, end, pack):
        return True
    if word in pack.relative_cues:
        before = _PREV_WORD.search(text, max(0, prev.start() - 40), prev.start()) if prev else None
        return before is not None and before.group(1).lower() in pack.verb_cues
    if word.endswith("n't"):
        return True
    if word in pack.verb_cues:
        return True
    # "schemed" is a past tense more often than not ("the courtier schemed").
    return form.endswith("ed") and bool(word) and not word[:1].isdigit()


_TITLE_SMALL = frozenset({"to", "not", "a", "an", "the", "of", "and", "or", "for", "in", "on",
                          "at", "by", "with", "can", "will", "do", "does"})


def _title_small_word(text: str, at: int, word: str) -> bool:
    """``word`` (ending at ``at``'s word) is a small word of a Title Case run: the word before
    it is capitalised ("Not to Scheme"; not "compiled to Scheme", "port it to Scheme")."""
    if word not in _TITLE_SMALL:
        return False
    before = _PREV_WORD.search(text, max(0, at - 40), at)
    return before is not None and before.group(1)[:1].isupper()


def _followed_by_verb_word(text: str, end: int, pack: RulePack) -> bool:
    if not pack.verb_followers:
        return False
    nxt = _NEXT_WORDS.match(text, end, min(len(text), end + 40))
    if not nxt:
        return False
    first = nxt.group(1).lower()
    second = nxt.group(2).lower() if nxt.group(2) else ""
    two = f"{first} {second}" if second else ""
    # an adverb may stand between the verb and its follower: "schemes noticeably less"
    adverb_then = first.endswith("ly") and second in pack.verb_followers
    return first in pack.verb_followers or two in pack.verb_followers or adverb_then


def _inside_not_term(text: str, start: int, end: int, pack: RulePack) -> bool:
    if not pack.not_term:
        return False
    lo, hi = max(0, start - 80), min(len(text), end + 80)
    for pattern in pack.not_term:
        for m in pattern.finditer(text, lo, hi):
            if m.start() <= start and end <= m.end():
                return True
    return False
