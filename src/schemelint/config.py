"""Settings: ``[tool.schemelint]`` in pyproject.toml or ``.schemelint.yaml``.

The nearest config to a file wins, found by walking up from its folder and stopping at the
repository root (a folder holding ``.git``). Every problem is a :class:`ConfigError` whose
message names the file and the key.
"""

from __future__ import annotations

import fnmatch
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from schemelint import readfile
from schemelint.model import Severity
from schemelint.readers import ReaderOptions

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAMES = (".schemelint.yaml", ".schemelint.yml", "pyproject.toml")


class ConfigError(Exception):
    """A config file is malformed."""


@dataclass(frozen=True)
class Config:
    path: str | None = None  # the file the settings came from
    root: Path | None = None  # the folder paths in the config are relative to
    select: tuple[str, ...] = ()  # codes or prefixes ("SL1"); empty: all checks
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    per_path_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the sense the documents declare: one id, or pack name -> id
    sense: str | dict[str, str] | None = None
    sense_from: str | None = None  # where ``sense`` was set: a config file, or "--sense"
    packs: tuple[str, ...] = ("scheming",)  # shipped packs to use
    rule_packs: tuple[str, ...] = ()  # extra pack files (absolute paths)
    exclude: tuple[str, ...] = ()  # glob patterns of files not to lint
    latex: ReaderOptions = field(default_factory=ReaderOptions)
    allow_outside_root: bool = False  # may \input read files outside the project root
    # files that form one document (a book, a site): each entry a tuple of globs
    documents: tuple[tuple[str, ...], ...] = ()

    def excluded(self, path: Path) -> bool:
        if not self.exclude:
            return False
        rel = self._relative(path)
        return any(_glob_match(rel, pat) for pat in self.exclude)

    def ignored_for(self, path: Path) -> tuple[str, ...]:
        rel = self._relative(path)
        codes: list[str] = []
        for pat, cs in self.per_path_ignores.items():
            if _glob_match(rel, pat):
                codes.extend(cs)
        return tuple(codes)

    def _relative(self, path: Path) -> str:
        p = path.resolve()
        if self.root is not None:
            try:
                return p.relative_to(self.root).as_posix()
            except ValueError:
                pass
        return p.as_posix()


def _glob_match(rel: str, pattern: str) -> bool:
    pattern = pattern.rstrip("/")
    if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(rel, pattern + "/*"):
        return True
    parts = rel.split("/")
    return any(fnmatch.fnmatch("/".join(parts[i:]), pattern) for i in range(1, len(parts)))


# How a config file names JSON's types in an error ("expected table, got string").
_WORDS = {"object": "table", "array": "list", "boolean": "true or false"}


def parse(data: Any, path: str, root: Path) -> Config:
    """Validate the raw table of a config file against ``data/config.schema.json`` (the same
    validator and error format as rule packs), then check the codes it names."""
    if data is None:
        data = {}
    if isinstance(data, dict) and isinstance(data.get("severity"), dict):
        # severities are case-insensitive ("Error")
        data = {**data, "severity": {k: v.lower() if isinstance(v, str) else v
                                     for k, v in data["severity"].items()}}
    from schemelint import schemas

    problem = schemas.first_error(data, "config", _WORDS)
    if problem is not None:
        raise ConfigError(f"{path}: {problem}")
    kw: dict[str, Any] = {"path": path, "root": root}
    for key in ("select", "ignore", "packs", "exclude"):
        if key in data:
            kw[key] = tuple(_strings(data[key]))
    for key in ("select", "ignore"):
        if key in kw:
            kw[key] = _codes(kw[key], f"{path}: {key}")
    if "rule-packs" in data:
        kw["rule_packs"] = tuple(str((root / p).resolve()) for p in _strings(data["rule-packs"]))
    if "severity" in data:
        kw["severity"] = {_codes([str(code)], f"{path}: severity")[0]: Severity(sev)
                          for code, sev in data["severity"].items()}
    if "per-path-ignores" in data:
        kw["per_path_ignores"] = {
            str(k): _codes(_strings(v), f"{path}: per-path-ignores.{k}")
            for k, v in data["per-path-ignores"].items()
        }
    if "sense" in data:
        kw["sense"] = parse_sense(data["sense"], f"{path}: sense")
        kw["sense_from"] = f"{path}: sense"
    if "allow-outside-root" in data:
        kw["allow_outside_root"] = data["allow-outside-root"]
    if "documents" in data:
        kw["documents"] = tuple((e,) if isinstance(e, str) else tuple(e)
                                for e in data["documents"])
    if "latex" in data:
        kw["latex"] = _latex(data["latex"])
    return Config(**kw)



def _codes(values: tuple[str, ...] | list[str], where: str) -> tuple[str, ...]:
    from schemelint.codes import check_all

    try:
        return check_all(values, where)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def parse_sense(value: Any, where: str) -> str | dict[str, str]:
    """``sense``: one sense id (for every pack that has it) or a table pack name -> sense id.
    Whether the ids exist is checked against the loaded packs (:func:`check_senses`)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        return dict(value)
    raise ConfigError(
        f"{where}: expected a sense id or a table of pack = sense id "
        f'(sense = {{ scheming = "training-gaming" }}), got {value!r}'
    )


def sense_for_pack(sense: str | dict[str, str] | None, pack: str) -> str | None:
    """The sense declared for one pack."""
    if isinstance(sense, dict):
        return sense.get(pack)
    return sense


def check_senses(
    sense: str | dict[str, str] | None, packs: dict[str, tuple[str, ...]], where: str
) -> None:
    """Raise :class:`ConfigError` when a declared sense names no sense of its pack (or, for a
    bare id, of any pack in use); ``packs`` maps pack name -> its sense ids."""
    if sense is None:
        return
    if isinstance(sense, str):
        if not any(sense in ids for ids in packs.values()):
            known = "; ".join(f"{p}: {', '.join(ids)}" for p, ids in packs.items())
            raise ConfigError(f"{where}: unknown sense '{sense}' (known: {known})")
        return
    for pack, sid in sense.items():
        if pack not in packs:
            raise ConfigError(
                f"{where}: '{pack}' is not a rule pack in use (packs: {', '.join(packs)})"
            )
        if sid not in packs[pack]:
            raise ConfigError(
                f"{where}.{pack}: unknown sense '{sid}' (known: {', '.join(packs[pack])})"
            )


def _strings(value: str | list[str]) -> list[str]:
    """A list of strings, where the schema also allows one string for a list of one."""
    return [value] if isinstance(value, str) else list(value)


def _latex(table: dict[str, Any]) -> ReaderOptions:
    terms = table.get("term-macros", {})
    if isinstance(terms, list):
        terms = {t.lstrip("\\"): "" for t in terms}

    def names(key: str) -> frozenset[str]:
        return frozenset(n.lstrip("\\") for n in _strings(table.get(key, [])))

    return ReaderOptions(
        skip_macros=names("skip-macros"),
        prose_macros=names("prose-macros"),
        term_macros={k.lstrip("\\"): v for k, v in terms.items()},
        skip_environments=names("skip-environments"),
    )


def load_raw(path: Path) -> dict[str, Any] | None:
    """The raw settings table of a config file (for ``schemelint config``), unvalidated."""
    import yaml

    from schemelint import safeyaml

    try:
        text = path.read_text(encoding="utf-8")
        if path.name == "pyproject.toml":
            table = tomllib.loads(text).get("tool", {}).get("schemelint")
        else:
            table = safeyaml.load(text)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError):
        return None
    return table if isinstance(table, dict) else None


def load_file(path: Path) -> Config | None:
    """The config in ``path``, or ``None`` for a pyproject.toml without ``[tool.schemelint]``."""
    shown = str(path)
    try:
        text = readfile.read_text(path, readfile.SMALL_LIMIT)
    except readfile.FileReadError as exc:
        raise ConfigError(f"{shown}: cannot read config: {exc}") from None
    if path.name == "pyproject.toml":
        try:
            doc = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{shown}: not valid TOML: {exc}") from None
        tool = doc.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{shown}: tool: expected a table, got {type(tool).__name__}")
        table = tool.get("schemelint")
        if table is None:
            return None
        return parse(table, f"{shown} [tool.schemelint]", path.parent.resolve())
    import yaml  # YAML is read only when a YAML config is found

    from schemelint import safeyaml

    try:
        data = safeyaml.load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{shown}: not valid YAML{safeyaml.describe(exc)}") from None
    return parse(data, shown, path.parent.resolve())


class ConfigFinder:
    """Finds and caches the nearest config of each folder."""

    def __init__(self, override: Config | None = None, explicit: Path | None = None) -> None:
        self._cache: dict[Path, Config] = {}  # resolved folder -> its nearest config
        self._merged: dict[Path | None, Config] = {}  # resolved folder -> settings for its files
        self._by_file: dict[Path, Config] = {}  # path as given -> its settings
        self._folders: dict[Path, Path] = {}  # folder as given -> resolved
        self._explicit = load_file(explicit) if explicit else None
        self._override = override

    def for_path(self, path: Path) -> Config:
        """The settings for ``path``. The engine asks twice for every file (to exclude it, to
        lint it): the answer is kept per file, and the nearest config is found and merged
        with the command line once per folder."""
        found = self._by_file.get(path)
        if found is None:
            folder = None if self._explicit is not None else self._real_folder(path)
            found = self._merged.get(folder)
            if found is None:
                base = self._explicit if self._explicit is not None else self._find(folder)  # type: ignore[arg-type]
                found = self._merged[folder] = self._merge(base)
            if len(self._by_file) > 50_000:
                self._by_file.clear()
            self._by_file[path] = found
        return found

    def _real_folder(self, path: Path) -> Path:
        """``path.resolve().parent``, resolving each folder once: a file that is not a link
        is in its folder's real folder."""
        if path.is_symlink():
            return path.resolve().parent
        parent = path.parent
        real = self._folders.get(parent)
        if real is None:
            real = self._folders[parent] = parent.resolve()
        return real

    def _merge(self, config: Config) -> Config:
        if self._override is None:
            return config
        o = self._override
        return replace(
            config,
            select=o.select or config.select,
            ignore=config.ignore + o.ignore,
            exclude=config.exclude + o.exclude,
            sense=o.sense or config.sense,
            sense_from=o.sense_from if o.sense else config.sense_from,
        )

    def _find(self, folder: Path) -> Config:
        if folder in self._cache:
            return self._cache[folder]
        found: Config | None = None
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                found = load_file(candidate)
                if found is not None:
                    break
        if found is None:
            if (folder / ".git").exists():
                found = Config(root=folder)
            elif folder.parent == folder:
                # no repository and no config (an unpacked arXiv tarball): the root is not "/"
                # but the folder of the files given (the engine fills it in)
                found = Config(root=None)
            else:
                found = self._find(folder.parent)
        self._cache[folder] = found
        return found
