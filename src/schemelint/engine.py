"""The one pipeline that the CLI, the pre-commit hook and the language server call.

reader -> mentions -> senses -> checks -> decisions; results keep offsets, never lines.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from schemelint import readfile, registry, sanitize, sources
from schemelint.config import Config, ConfigError, ConfigFinder, check_senses
from schemelint.model import Document, EmptyFile, FileResult, ReadError, RulePackError, SourceFile
from schemelint.readers import EXTENSIONS, reader_for

if TYPE_CHECKING:
    # The pipeline, the rule packs and the site reader are imported when a file needs them:
    # a run answered from the result cache never loads them.
    from schemelint.cache import ResultCache
    from schemelint.definitions import SiteSense
    from schemelint.rulepack import RulePack
    from schemelint.site_senses import SiteSenses


class UsageError(Exception):
    """Bad command-line use or configuration: exit code 2."""


@dataclass
class Packs:
    """Rule packs by config, loaded once."""

    _cache: dict[tuple[tuple[str, ...], tuple[str, ...]], list[RulePack]] = field(
        default_factory=dict
    )

    def for_config(self, config: Config) -> list[RulePack]:
        key = (config.packs, config.rule_packs)
        if key not in self._cache:
            from schemelint.rulepack import load_builtin, load_file

            packs = []
            for name in config.packs:
                try:
                    packs.append(load_builtin(name))
                except RulePackError:
                    raise UsageError(
                        f"{config.path or 'config'}: packs: no shipped rule pack named '{name}'"
                    ) from None
            packs.extend(load_file(p) for p in config.rule_packs)
            self._cache[key] = packs
        packs = self._cache[key]
        if config.sense is not None:
            try:
                check_senses(config.sense, {p.name: tuple(p.sense_ids) for p in packs},
                             config.sense_from or "sense")
            except ConfigError as exc:
                raise UsageError(str(exc)) from None
        return packs


def iter_files(paths: Iterable[str], on_error: Callable[[str, str], None],
               seen: set[str] | None = None) -> Iterator[str]:
    """Files to lint: the given files, and the markup files found in the given folders
    (sorted, hidden folders skipped, symlink loops never followed twice, links that lead out
    of the given folder not followed); a file given or found twice is linted once (``seen``:
    the real paths already yielded, shared across calls)."""
    seen = set() if seen is None else seen
    for p in paths:
        found = _walk(p, on_error) if os.path.isdir(p) else iter([p])
        if not os.path.isdir(p) and not (os.path.exists(p) or os.path.islink(p)):
            on_error(p, "no such file or directory")
            continue
        for f in found:
            key = os.path.realpath(f)
            if key not in seen:
                seen.add(key)
                yield f


def given_root(path: str) -> Path:
    """The folder a given path stands for: itself for a folder, its folder for a file."""
    p = Path(path)
    return (p if p.is_dir() else p.parent).resolve()


# ``.txt`` files that are not prose: skipped when walking a folder, linted when named.
_NOT_PROSE = re.compile(
    r"(?:(?:dev-|test-|docs-)?requirements|constraints|license|licence|copying)([-_.][\w.-]*)?\.txt"
    r"|(?:notice|authors|contributors|patents|third[-_]party[-_]notices|version|manifest|robots"
    r"|humans|security|ads|app-ads|cmakelists|top_level|dependency_links|entry_points"
    r"|sources|installed-files|pip-log|not-zip-safe|namespace_packages)\.txt",
    re.IGNORECASE,
)


def not_prose(name: str) -> bool:
    """A known non-prose ``.txt`` name (requirements.txt, LICENSE.txt, robots.txt, ...)."""
    return name.lower().endswith(".txt") and _NOT_PROSE.fullmatch(name) is not None


def _walk(top: str, on_error: Callable[[str, str], None]) -> Iterator[str]:
    seen: set[tuple[int, int]] = set()
    inside = os.path.realpath(top)
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            key = (st.st_dev, st.st_ino)
            if key in seen:
                continue
            seen.add(key)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            on_error(folder, f"cannot read folder: {exc.strerror or exc}")
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
                if entry.is_symlink() and not _within(os.path.realpath(entry.path), inside):
                    continue  # a link out of the folder being linted (rootlink -> /) is not followed
            except OSError:
                continue
            if is_dir:
                subfolders.append(os.path.normpath(os.path.join(folder, entry.name)))
            elif entry.name.lower().endswith(EXTENSIONS) and not not_prose(entry.name):
                yield os.path.normpath(os.path.join(folder, entry.name))
        stack.extend(reversed(subfolders))


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


class Linter:
    """Lints documents with the configs found beside them."""

    def __init__(self, finder: ConfigFinder | None = None, keep_sources: bool = False) -> None:
        self.finder = finder or ConfigFinder()
        self.packs = Packs()
        self.keep_sources = keep_sources  # else files with nothing to report drop their text
        self._site_senses: SiteSenses | None = None  # what each book or site defines
        self.cache: ResultCache | None = None  # set by the command line unless --no-cache
        self._hosts: dict[str, list[FileResult]] = {}  # root documents linted for a section
        # the folder each file was given in: the project root when no .git or config is found
        self.given_roots: dict[str, Path] = {}

    @property
    def site_senses(self) -> SiteSenses:
        if self._site_senses is None:
            from schemelint.site_senses import SiteSenses

            self._site_senses = SiteSenses(self._read_document)
        return self._site_senses

    def _site_reads(self, path: str) -> set[str]:
        """The other files of a book or site that linting ``path`` read."""
        if self._site_senses is None:
            return set()
        return self._site_senses.read_for.get(os.path.abspath(path), set())

    # -- whole runs ---------------------------------------------------------------------------

    def plan(self, paths: Iterable[str]) -> tuple[list[FileResult], list[str], set[str]]:
        """Errors for paths that do not exist, the files to lint in order, and which of them
        are root documents (not ``\\input`` by another given file)."""
        errors: list[FileResult] = []
        files = []
        seen: set[str] = set()  # the same file given twice is linted (and reported) once
        for given in paths:
            root = given_root(given)
            for f in iter_files([given], lambda p, msg: errors.append(FileResult(p, error=msg)),
                                seen):
                files.append(f)
                self.given_roots.setdefault(f, root)
        files = [f for f in files if not self._excluded(f)]
        return errors, files, self._roots(files)

    def lint_paths(
        self, paths: Iterable[str], progress: Callable[[str], None] | None = None
    ) -> list[FileResult]:
        errors, files, roots = self.plan(paths)
        per_root: dict[str, list[FileResult]] = {}
        for path in files:
            if progress:
                progress(path)
            if path in roots:
                per_root[path] = self.lint_given(path)
        return collect(errors, files, per_root)

    def lint_given(self, path: str) -> list[FileResult]:
        """Lint a file given on its own: a ``.tex`` file that a root document nearby includes
        (see :mod:`schemelint.roots`) is linted as part of that root, and only its own result
        is kept, under the path as given."""
        if _has_includes(path):
            from schemelint.roots import find_root

            root = find_root(path)
            if root is not None and not self._excluded(root):
                me = os.path.abspath(path)
                if root not in self._hosts:
                    self._hosts[root] = self.lint_file(root)
                mine = [r for r in self._hosts[root] if os.path.abspath(r.path) == me]
                if mine:
                    for r in mine:
                        r.path = path
                        if r.source is not None:
                            r.source.path = path
                    return mine
        return self.lint_file(path)

    def _lean(self, results: list[FileResult]) -> list[FileResult]:
        """Let go of the text of files that have nothing to report (memory on large trees)."""
        if not self.keep_sources:
            for r in results:
                if not r.mentions and not r.diagnostics:
                    r.source = None
        return results

    def _excluded(self, path: str) -> bool:
        try:
            return self.finder.for_path(Path(path)).excluded(Path(path))
        except ConfigError as exc:
            raise UsageError(str(exc)) from None

    def _roots(self, files: list[str]) -> set[str]:
        """Files that are not ``\\input`` by another given LaTeX file."""
        tex = [f for f in files if _has_includes(f)]
        included: set[str] = set()
        for f in tex:
            try:
                text = readfile.read_bytes(f, sources.MAX_FILE_BYTES).decode("utf-8", "replace")
            except readfile.FileReadError:
                continue
            for written in registry.includes(f, text):
                target = os.path.abspath(sources.include_path(written, f))
                if target != os.path.abspath(f):
                    included.add(target)
        roots = {f for f in files if os.path.abspath(f) not in included}
        if tex and not any(t in roots for t in tex):
            roots.add(tex[0])  # every file includes another: a cycle; start somewhere
        return roots

    # -- one document ------------------------------------------------------------------------

    def lint_file(self, path: str) -> list[FileResult]:
        """Lint one root document; included files come back as their own results (reused
        from the result cache, :mod:`schemelint.cache`, while nothing they read changed)."""
        try:
            config = self.finder.for_path(Path(path))
        except ConfigError as exc:
            raise UsageError(str(exc)) from None
        given = self.given_roots.get(path)
        if self.cache is not None:
            cached = self.cache.get(path, config, given)
            if cached is not None:
                return cached
        try:
            source = sources.read_source(path)
        except EmptyFile as exc:
            return [FileResult(path, warnings=[str(exc)])]
        except ReadError as exc:
            return [FileResult(path, error=str(exc))]
        results = self._lean(self.lint_source(source, config))
        if self.cache is not None:
            reads = self._site_reads(path)
            if _clean(results, path) and not reads:
                # nothing to report, nothing else read: one line in the folder's clean index
                self.cache.put_clean(path, config, given)
            elif any(r.mentions or r.diagnostics for r in results):
                self.cache.put(path, config, given, results, {r.path for r in results} | reads)
        return results

    def may_need_reading(self, path: str) -> bool:
        """Can linting ``path`` find anything (the prefilter's answer)? A file that cannot be
        read is True: linting it reports the problem."""
        try:
            config = self.finder.for_path(Path(path))
            packs = self.packs.for_config(config)
            source = sources.read_source(path)
        except (ConfigError, RulePackError, ReadError):
            return True
        return _may_mention(source, packs)

    def lint_source(self, source: SourceFile, config: Config) -> list[FileResult]:
        # standard input without --stdin-filename ("-") is read as plain text
        shown = source.path if source.path != "-" else "-.txt"
        if registry.reader_info(shown) is None:
            return [FileResult(source.path, error="unknown file type (expected .md, .tex or .txt)")]
        try:
            packs = self.packs.for_config(config)
        except RulePackError as exc:
            raise UsageError(str(exc)) from None
        if not _may_mention(source, packs):  # the reader (and its parser) is imported after
            return [FileResult(source.path, source=source)]
        reader = reader_for(shown)
        assert reader is not None
        root = self._project_root(source.path, config)
        load = _loader(root, config.allow_outside_root)
        try:
            document = reader(source, load, config.latex)
        except ReadError as exc:
            return [FileResult(source.path, error=str(exc), source=source)]
        path = source.path
        return analyse(document, packs, config,
                       lambda pack: self.site_senses.lookup(path, config, pack, root))

    def _project_root(self, path: str, config: Config) -> Path:
        """The folder ``\\input`` may not leave: the config's, else the one the file was given
        in, else the file's own."""
        return config.root or self.given_roots.get(path) or Path(path).resolve().parent

    def _read_document(self, path: str, config: Config) -> Document | None:
        """Another file of a book or site, read for its definitions (None: nothing to read)."""
        rel = os.path.relpath(path)
        shown = rel if not rel.startswith("..") else path
        reader = reader_for(shown)
        if reader is None or self._excluded(shown):
            return None
        try:
            packs = self.packs.for_config(config)
            source = sources.read_source(shown)
            if not _may_mention(source, packs):
                return None
            load = _loader(self._project_root(shown, config), config.allow_outside_root)
            return reader(source, load, config.latex)
        except (ReadError, RulePackError):
            return None


def collect(
    errors: list[FileResult], files: list[str], per_root: dict[str, list[FileResult]]
) -> list[FileResult]:
    """Results in a stable order: path errors, then the given files in order, each file once
    (an included file appears once, as linted with its first root)."""
    results: dict[str, FileResult] = {}
    for path in files:
        for res in per_root.get(path, []):
            results.setdefault(res.path, res)
    given = set(files)
    ordered = [results[f] for f in files if f in results]
    ordered += [r for p, r in results.items() if p not in given]
    return errors + ordered


def _clean(results: list[FileResult], path: str) -> bool:
    """One result, for ``path`` itself, with nothing in it: what a cache hit can rebuild."""
    if len(results) != 1:
        return False
    r = results[0]
    return (r.path == path and r.source is None and r.error is None and not r.mentions
            and not r.diagnostics and not r.warnings and not r.suppressions)


def _may_mention(source: SourceFile, packs: list[RulePack]) -> bool:
    """A cheap scan: can this file (or a file it includes) use a pack's term at all?"""
    from schemelint import prefilter

    if prefilter.may_hold_use(source.text, packs, source.path):
        return True
    return bool(registry.includes(source.path, source.text))


def _has_includes(path: str) -> bool:
    """The file's markup has include directives (LaTeX's ``\\input``)."""
    info = registry.reader_info(path)
    return info is not None and info.includes


def _loader(root: Path, allow_outside: bool) -> Callable[[str, SourceFile], SourceFile]:
    def load(target: str, including: SourceFile) -> SourceFile:
        shown = sources.include_path(target, including.path)
        safe = sanitize.path(target)
        if not allow_outside and not sources.inside(shown, root):
            raise ReadError(
                f"\\input{{{safe}}} is outside the project root {sanitize.path(str(root))} "
                "(set allow-outside-root = true to allow it)"
            )
        try:
            return sources.read_source(shown)
        except ReadError as exc:
            raise ReadError(f"cannot read \\input{{{safe}}} ({sanitize.path(shown)}): {exc}") from None

    return load


def analyse(document: Document, packs: list[RulePack], config: Config,
            site: Callable[[RulePack], SiteSense | None] | None = None) -> list[FileResult]:
    """Mentions, senses and findings of a document (:mod:`schemelint.pipeline`), split into
    one result per file."""
    from schemelint import pipeline

    results = {f.path: FileResult(f.path, source=f) for f in document.files}
    done = pipeline.run(document, packs, config, site)
    for m in sorted(done.mentions, key=lambda m: (m.span.source.path, m.span.start)):
        results[m.span.source.path].mentions.append(m)
    for d in sorted(done.findings, key=lambda d: (d.span.start, d.code)):
        results[d.span.source.path].diagnostics.append(d)
    for sup in done.directives.suppressions:
        if sup.source.path in results:
            results[sup.source.path].suppressions.append(sup)
    if document.errors:
        results[document.root.path].error = "; ".join(document.errors)
    results[document.root.path].warnings.extend(document.warnings)
    return list(results.values())


def lint_text(
    text: str, path: str, linter: Linter | None = None, config: Config | None = None
) -> list[FileResult]:
    """Lint a text held in memory (an editor buffer) as if it were the file ``path``."""
    linter = linter or Linter()
    if config is None:
        config = linter.finder.for_path(Path(path))
    text = text.removeprefix("\ufeff")
    return linter.lint_source(SourceFile(path, text), config)
