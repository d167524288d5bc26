"""``--jobs N``: lint root documents in worker processes; results are the same as a serial run
(same order, same content), because ordering is decided by :func:`engine.collect`."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable
from pathlib import Path

from schemelint.config import Config, ConfigFinder
from schemelint.engine import Linter, collect
from schemelint.model import FileResult

_linter: Linter | None = None


def _init(override: Config, config_path: Path | None, given_roots: dict[str, Path]) -> None:
    global _linter
    _linter = Linter(ConfigFinder(override, config_path))
    _linter.given_roots = given_roots  # the project root of files with no .git or config


def _lint(path: str) -> tuple[str, list[FileResult]]:
    assert _linter is not None
    return path, _linter.lint_given(path)


def lint_paths_parallel(
    paths: list[str],
    override: Config,
    config_path: Path | None,
    jobs: int,
    progress: Callable[[str], None] | None = None,
) -> list[FileResult]:
    planner = Linter(ConfigFinder(override, config_path))
    errors, files, roots = planner.plan(paths)
    todo = [f for f in files if f in roots]
    per_root: dict[str, list[FileResult]] = {}
    if len(todo) < 2 * jobs:
        for path in todo:
            if progress:
                progress(path)
            per_root[path] = planner.lint_given(path)
        return collect(errors, files, per_root)
    ctx = mp.get_context()
    with ctx.Pool(jobs, initializer=_init, initargs=(override, config_path, planner.given_roots)) as pool:
        for path, results in pool.imap_unordered(_lint, todo, chunksize=4):
            if progress:
                progress(path)
            per_root[path] = results
    return collect(errors, files, per_root)
