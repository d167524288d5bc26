"""``--jobs N``: lint root documents in worker processes; results are the same as a serial run
(same order, same content), because ordering is decided by :func:`engine.collect`.

The parent plans the run, loads the rule packs and models once and drops the files the
prefilter rules out (a file without the term or the evidence vocabulary costs less to skip than
to send); the workers are forked from it, so they inherit what it loaded instead of loading it
again. ``-j 0`` means one worker per core.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
from collections.abc import Callable
from pathlib import Path

from schemelint.config import Config, ConfigFinder
from schemelint.engine import Linter, collect
from schemelint.model import FileResult

_linter: Linter | None = None


def _init(override: Config, config_path: Path | None, given_roots: dict[str, Path],
          cache: bool) -> None:
    global _linter
    _linter = Linter(ConfigFinder(override, config_path))
    _linter.given_roots = given_roots  # the project root of files with no .git or config
    if cache:
        from schemelint.cache import ResultCache

        _linter.cache = ResultCache()


def _lint(path: str) -> tuple[str, list[FileResult]]:
    assert _linter is not None
    return path, _linter.lint_given(path)


def _warm(planner: Linter, files: list[str]) -> None:
    """Load what every worker needs (packs and models) in the parent, before the fork."""
    from schemelint.judge import steps, textcat
    from schemelint.senses.classifier import load_model

    for f in files[:1]:
        for pack in planner.packs.for_config(planner.finder.for_path(Path(f))):
            load_model(pack.name)
            textcat.load(steps.model_name(pack) + "/roles")
            textcat.load(steps.model_name(pack) + "/stance")
    textcat.load("definitional")


def lint_paths_parallel(
    paths: list[str],
    override: Config,
    config_path: Path | None,
    jobs: int,
    progress: Callable[[str], None] | None = None,
    cache: bool = False,
) -> list[FileResult]:
    planner = Linter(ConfigFinder(override, config_path))
    if cache:
        from schemelint.cache import ResultCache

        planner.cache = ResultCache()
    try:
        return _run(planner, paths, override, config_path, jobs, progress, cache)
    finally:
        if planner.cache is not None:
            planner.cache.flush()


def _run(planner: Linter, paths: list[str], override: Config, config_path: Path | None,
         jobs: int, progress: Callable[[str], None] | None, cache: bool) -> list[FileResult]:
    errors, files, roots = planner.plan(paths)
    todo = [f for f in files if f in roots]
    per_root: dict[str, list[FileResult]] = {}
    # files that cannot hold a use are answered here, without a trip to a worker
    send = [f for f in todo if planner.may_need_reading(f)]
    for path in todo:
        if path not in send:
            per_root[path] = planner.lint_given(path)
    if len(send) < 2 * jobs:
        for path in send:
            if progress:
                progress(path)
            per_root[path] = planner.lint_given(path)
        return collect(errors, files, per_root)
    _warm(planner, send)
    ctx = mp.get_context("fork") if sys.platform.startswith("linux") else mp.get_context()
    with ctx.Pool(jobs, initializer=_init,
                  initargs=(override, config_path, planner.given_roots, cache)) as pool:
        for path, results in pool.imap_unordered(_lint, send, chunksize=4):
            if progress:
                progress(path)
            per_root[path] = results
    return collect(errors, files, per_root)
