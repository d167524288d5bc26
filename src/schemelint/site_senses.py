"""The sense a book or site defines in one of its files, for the chapters that define nothing.

A chapter of a textbook relies on the definition its first chapter or glossary gives
(:mod:`schemelint.sites` says which files form one book). When a document neither declares nor
defines a sense, the other files of its book are read, in the book's order, up to the first one
that says which sense it means (a definition, a sense comment or front matter); that sense covers
the chapter: no SL100, weak uses read in the book's sense, and a confident use of another sense
is a switch (SL101) with the defining chapter as the related location. A book whose definition
does not settle a sense still says what it means (no SL100), but sets no sense for the others. The other files are read
only that far, only for a chapter that uses the term, and once per run.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from schemelint import directives, sites
from schemelint.config import Config
from schemelint.definitions import SiteSense, collect
from schemelint.model import Document, Span
from schemelint.rulepack import RulePack

ReadDocument = Callable[[str, Config], Document | None]


def site_of(path: str, config: Config, stop: Path | None) -> sites.Site | None:
    if config.documents and config.root is not None:
        found = sites.from_config(path, config.documents, config.root)
        if found is not None:
            return found
    return sites.discover(path, stop)


def says(document: Document, pack: RulePack) -> SiteSense | None:
    """The one sense ``document`` says it means, by its own words (not the config): the
    pipeline's first stages, up to its definitions."""
    from schemelint import pipeline

    parsed = directives.parse(document.comments)
    if parsed.sense and parsed.sense_comment is not None:
        c = parsed.sense_comment
        if parsed.sense in pack.sense_ids:
            return SiteSense(parsed.sense, Span(c.source, c.start, c.end), "comment directive")
    mentions = pipeline.read_senses(pipeline.find(document, pack), pack)
    if not mentions:
        return None
    _read, found = collect(document, mentions, pack, None, None)
    single = found.single_sense()
    if single is None or single[0] not in pack.sense_ids or single[0] in pack.roles.casual:
        if not found.own_sense():
            return None
        # it defines the term, in words that do not settle which sense: the book says what
        # it means (no SL100 in the other chapters), but it sets no sense for them
        first = next((m for m in mentions if m.defines), None)
        at = first.span if first is not None else Span(document.root, 0, 0)
        return SiteSense(pack.roles.unclear, at, "definition")
    sense, span, how = single
    return SiteSense(sense, span or Span(document.root, 0, 0), how)


class SiteSenses:
    """Per run: which sense each book defines, read once."""

    def __init__(self, read: ReadDocument) -> None:
        self._read = read
        self._said: dict[tuple[str, str], SiteSense | None] = {}
        self.read_for: dict[str, set[str]] = {}  # the files each document's answer rests on

    def lookup(self, path: str, config: Config, pack: RulePack,
               stop: Path | None) -> SiteSense | None:
        site = site_of(path, config, stop)
        if site is None:
            return None
        me = os.path.abspath(path)
        rests_on = self.read_for.setdefault(me, set())
        rests_on.add(site.anchor if os.path.isfile(site.anchor) else me)
        unsettled: SiteSense | None = None
        for other in site.files:
            if other == me:
                continue
            rests_on.add(other)
            key = (other, pack.name)
            if key not in self._said:
                document = self._read(other, config)
                self._said[key] = says(document, pack) if document is not None else None
            said = self._said[key]
            if said is not None and said.sense != pack.roles.unclear:
                return said
            unsettled = unsettled or said
        return unsettled
