# Types for the parts of google-re2 that schemelint calls (saferegex.py), on str patterns only.
# google-re2 ships no types of its own; mypy reads this file through `mypy_path` in
# pyproject.toml. Add to it when the code calls more of re2.

from collections.abc import Iterator

class error(Exception): ...

class Options:
    max_mem: int
    case_sensitive: bool
    log_errors: bool

class _Match:
    # -1 for a group that took no part in the match, None from group() then
    def start(self, group: int = 0) -> int: ...
    def end(self, group: int = 0) -> int: ...
    def group(self, group: int = 0, /) -> str | None: ...

class _Regexp:
    @property
    def groupindex(self) -> dict[str, int]: ...
    def search(
        self, text: str, pos: int | None = None, endpos: int | None = None
    ) -> _Match | None: ...
    def finditer(
        self, text: str, pos: int | None = None, endpos: int | None = None
    ) -> Iterator[_Match]: ...

def compile(pattern: str, options: Options | None = None) -> _Regexp: ...
