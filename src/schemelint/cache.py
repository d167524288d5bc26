"""A result cache like ruff's: what a root document produced, reused while nothing it read changed.

An entry is one root document's results (its own file and the files it ``\\input``), stored in
``.schemelint_cache/`` at the project root and found by a key made of everything the results
depend on: the tool's own code, the file's path and bytes, the settings in effect, the rule
packs and the shipped models. A document also depends on files it reads while it is linted (the
files it includes, and, in a book or site, the other chapters whose definitions it may take): an
entry records them with the hash of their bytes, and a later run uses the entry only when every
one of them still has that hash. Editing an ``\\input`` file, a chapter that defines the term, a
rule pack or a config therefore re-lints exactly the documents that read it.

The cache folder sits in the user's repository, where anyone who can commit could put files. An
entry is a pickle, which must never be loaded when someone else wrote it: every entry is signed
with HMAC-SHA256 under a key kept in the user's own cache folder (``~/.cache/schemelint/key``,
mode 0600), and an entry whose signature does not verify is ignored and overwritten. The folder
gets a ``.gitignore`` of ``*`` (and a ``CACHEDIR.TAG``) so that it is never committed. Any
problem reading or writing the cache (a read-only checkout, a full disk) only costs the reuse:
the documents are linted as if there were no cache. ``--no-cache`` bypasses it.

Most files of a repository have nothing to report. Their keys go into one signed index per cache
folder (``clean``, one key per line), read once per run, so a warm run over a large tree opens
one file instead of one per file and never loads a rule pack for files that did not change.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from schemelint import __version__, readfile
from schemelint.config import Config
from schemelint.model import FileResult

FOLDER = ".schemelint_cache"
_FORMAT = b"schemelint-cache-1\n"
_SIG = 32  # bytes of HMAC-SHA256
_MAX_ENTRY = 64 * 1024 * 1024  # an entry larger than this is not read
_CLEAN = "clean"
_CLEAN_FORMAT = b"schemelint-clean-1\n"
_MAX_CLEAN = 50_000  # keys kept from earlier runs; past this only this run's keys are kept


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _tree_stamp(folders: Iterable[Path], suffixes: tuple[str, ...]) -> str:
    """One line per file under ``folders``: its path, size and modification time."""
    lines = []
    for folder in folders:
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                if name.endswith(suffixes):
                    p = os.path.join(dirpath, name)
                    try:
                        st = os.stat(p)
                        lines.append(f"{os.path.relpath(p, folder)} {st.st_size} {st.st_mtime_ns}")
                    except OSError:
                        lines.append(f"{os.path.relpath(p, folder)} ?")
    return "\n".join(lines)


def stamped_folders(package: Path, packs: Path) -> list[Path]:
    """The folders whose files make up the tool's code and data: the package, and the shipped
    rule packs (:func:`schemelint.shipped.builtin_dir`) when they live beside it rather than in
    it, as in a source checkout (an editable install): editing one changes the key."""
    if package in packs.parents or not packs.is_dir():
        return [package]
    return [package, packs]


def _read(path: Path) -> bytes | None:
    """A cache file's bytes (bounded: one past the limit, so a larger file is refused)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(_MAX_ENTRY + 1)
    except OSError:
        return None


def _user_key() -> bytes | None:
    """The signing key, created on first use in the user's cache folder (never in a repo)."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "schemelint"
    path = base / "key"
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except OSError:
        pass
    try:
        base.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
        return key
    except FileExistsError:
        try:
            return path.read_bytes()
        except OSError:
            return None
    except OSError:
        return None


class ResultCache:
    """Per run: looks up and stores root documents' results."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder  # None: the project root of each file
        self._key = _user_key()
        self._hashes: dict[str, str | None] = {}  # bytes of files read this run, by path
        self._fixed: str | None = None  # the code, packs and models: once per run
        self._packs: dict[tuple[str, ...], str] = {}
        self._reprs: dict[int, tuple[Config, str]] = {}
        self._cwd = os.getcwd()
        self._clean: dict[Path, set[str]] = {}  # the clean index of each folder, as read
        self._clean_seen: dict[Path, set[str]] = {}  # keys found clean or used this run
        self.hits = 0
        self.misses = 0

    # -- keys ---------------------------------------------------------------------------------

    def file_hash(self, path: str) -> str | None:
        path = os.path.abspath(path)
        if path not in self._hashes:
            try:  # bounded, regular files only (a device or a FIFO is never read)
                self._hashes[path] = _digest(readfile.read_bytes(path))
            except (OSError, readfile.FileReadError):
                self._hashes[path] = None
        return self._hashes[path]

    def _fixed_part(self) -> str:
        """The tool's own code and data (shipped models and rule packs included), by the
        path, size and modification time of each file: editing, retraining or reinstalling
        any of them changes it, and a run does not read 15 MB of models to find out."""
        if self._fixed is None:
            from schemelint.shipped import builtin_dir

            folders = stamped_folders(Path(__file__).resolve().parent, builtin_dir().resolve())
            self._fixed = _digest(
                (__version__ + _tree_stamp(folders, (".py", ".yaml", ".json", ".npz", ".cfg"))
                 ).encode("utf-8", "surrogateescape"))
        return self._fixed

    def _said(self, config: Config) -> str:
        """``repr(config)``, once per settings object (one per folder)."""
        got = self._reprs.get(id(config))
        if got is None or got[0] is not config:
            got = self._reprs[id(config)] = (config, repr(config))
        return got[1]

    def _pack_part(self, config: Config) -> str:
        files = config.rule_packs
        if files not in self._packs:
            said = "".join(f"{f}:{self.file_hash(f)}" for f in files)
            self._packs[files] = _digest(said.encode("utf-8", "surrogateescape"))
        return self._packs[files]

    def _key_of(self, path: str, config: Config, given_root: Path | None) -> str | None:
        own = self.file_hash(path)
        if own is None or self._key is None:
            return None
        # the path as spelt and the folder it is spelt from: results carry paths as given
        parts = [self._fixed_part(), path, self._cwd, own,
                 self._said(config), self._pack_part(config), str(given_root)]
        return _digest("\n".join(parts).encode("utf-8", "surrogateescape"))

    def _folder_for(self, config: Config, given_root: Path | None) -> Path:
        if self._folder is not None:
            return self._folder
        return Path(config.root or given_root or Path.cwd()) / FOLDER

    # -- entries ------------------------------------------------------------------------------

    def get(self, path: str, config: Config, given_root: Path | None) -> list[FileResult] | None:
        key = self._key_of(path, config, given_root)
        if key is None:
            return None
        folder = self._folder_for(config, given_root)
        if key in self._clean_index(folder):
            self._clean_seen.setdefault(folder, set()).add(key)
            self.hits += 1
            return [FileResult(path)]
        value = self._open(_read(folder / key[:2] / key))
        if value is None or not self._still_valid(value["depends"]):
            self.misses += 1
            return None
        self.hits += 1
        results: list[FileResult] = value["results"]
        return results

    def put(self, path: str, config: Config, given_root: Path | None,
            results: list[FileResult], depends: Iterable[str]) -> None:
        key = self._key_of(path, config, given_root)
        if key is None or self._key is None:
            return
        me = os.path.abspath(path)
        deps = {os.path.abspath(d) for d in depends} - {me}
        value = {"depends": {d: self.file_hash(d) for d in sorted(deps)}, "results": results}
        try:
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
            return
        folder = self._folder_for(config, given_root)
        self._write(folder, folder / key[:2] / key, self._sign(_FORMAT, payload))

    def put_clean(self, path: str, config: Config, given_root: Path | None) -> None:
        """Record that ``path`` (depending on nothing else) has nothing to report."""
        key = self._key_of(path, config, given_root)
        if key is not None:
            self._clean_seen.setdefault(self._folder_for(config, given_root), set()).add(key)

    def flush(self) -> None:
        """Write each folder's clean index, when this run added to it."""
        if self._key is None:
            return
        for folder, seen in self._clean_seen.items():
            old = self._clean_index(folder)
            if seen <= old:
                continue
            keys = seen | old if len(old) <= _MAX_CLEAN else seen
            payload = "".join(k + "\n" for k in sorted(keys)).encode("ascii")
            if self._write(folder, folder / _CLEAN, self._sign(_CLEAN_FORMAT, payload)):
                self._clean[folder] = keys

    def _clean_index(self, folder: Path) -> set[str]:
        got = self._clean.get(folder)
        if got is None:
            payload = self._verified(_read(folder / _CLEAN), _CLEAN_FORMAT)
            got = self._clean[folder] = (set(payload.decode("ascii", "replace").split())
                                         if payload is not None else set())
        return got

    def _sign(self, header: bytes, payload: bytes) -> bytes:
        assert self._key is not None
        return header + hmac.new(self._key, payload, hashlib.sha256).digest() + payload

    def _verified(self, blob: bytes | None, header: bytes) -> bytes | None:
        """The payload of a blob this user's schemelint signed under ``header``, else None."""
        if blob is None or self._key is None or len(blob) > _MAX_ENTRY \
                or not blob.startswith(header):
            return None
        sig = blob[len(header):len(header) + _SIG]
        payload = blob[len(header) + _SIG:]
        if not hmac.compare_digest(sig, hmac.new(self._key, payload, hashlib.sha256).digest()):
            return None
        return payload

    def _write(self, folder: Path, target: Path, blob: bytes) -> bool:
        """Write ``blob`` to ``target`` atomically inside the cache ``folder``."""
        try:
            self._prepare(folder)
            target.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, target)
        except OSError:
            return False
        return True

    def _open(self, blob: bytes | None) -> dict[str, Any] | None:
        payload = self._verified(blob, _FORMAT)
        if payload is None:
            return None  # absent, or not written by this user's schemelint: never unpickled
        try:
            value = pickle.loads(payload)  # signed by this user's key: checked above
        except Exception:  # noqa: BLE001 - an entry from another version of the classes
            return None
        return value if isinstance(value, dict) and "results" in value else None

    def _still_valid(self, depends: dict[str, str | None]) -> bool:
        return all(self.file_hash(p) == h for p, h in depends.items())

    @staticmethod
    def _prepare(folder: Path) -> None:
        if folder.is_dir():
            return
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ".gitignore").write_text("# written by schemelint\n*\n", encoding="utf-8")
        (folder / "CACHEDIR.TAG").write_text(
            "Signature: 8a477f597d28d172789f06886806bc55\n"
            "# This folder is a cache of schemelint results; see https://bford.info/cachedir/\n",
            encoding="utf-8")
