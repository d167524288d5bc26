"""The command line: thin. Parse options, call the engine, hand results to a formatter."""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path
from typing import IO, Any

import click

from schemelint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _DefaultToCheck(click.Group):
    """``schemelint PATH...`` means ``schemelint check PATH...``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        elif args and args[0] != "check" and len(args) > 1 and all(os.path.exists(a) for a in args):
            args = ["check", *args]  # folders named lsp/ or train/ among the paths to lint
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultToCheck, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="schemelint")
def main() -> None:
    """Lint research drafts for the senses of "schemer" and "scheming".

    \b
    schemelint draft.md paper/main.tex notes/    lint files and folders
    schemelint --format json draft.md            the JSON contract (see docs/json.md)
    schemelint explain SL200                     what a check does and how to fix it

    Exit codes: 0 no findings, 1 findings or unreadable files, 2 usage or config error.
    """


class _Progress:
    """A one-line counter on stderr, only on a terminal and only for long runs."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.count = 0
        self.started = time.monotonic()
        self.shown = False

    def __call__(self, path: str) -> None:
        self.count += 1
        if not self.enabled or time.monotonic() - self.started < 0.5:
            return
        self.shown = True
        name = path if len(path) < 50 else "..." + path[-47:]
        sys.stderr.write(f"\r\x1b[Kschemelint: {self.count} files  {name}")
        sys.stderr.flush()

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


@main.command("check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str, readable=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github"]),
              default="text", show_default=True, help="Output format.")
@click.option("--show-senses", is_flag=True, help="List every mention with its sense, "
              "confidence and cues (text format).")
@click.option("--select", multiple=True, help="Only these checks (codes or prefixes).")
@click.option("--ignore", multiple=True, help="Skip these checks (codes or prefixes).")
@click.option("--sense", help="Declare the sense the documents mean (a sense id).")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="Use this config file instead of searching for one.")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to this file instead of standard output.")
@click.option("--color/--no-color", default=None, help="Colour the text output "
              "(default: only on a terminal).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Lint with this many processes.")
@click.option("--fix", is_flag=True, help="Apply the safe fixes to the files (atomically).")
@click.option("--diff", "show_diff", is_flag=True, help="Show the fixes as a diff; write nothing.")
@click.option("--unsafe-fixes", is_flag=True, help="Include fixes that insert new sentences.")
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Report only findings that are not in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path),
              help="Record today's findings in this file (and exit 0).")
@click.option("--report-unused-suppressions", is_flag=True,
              help="Report schemelint: disable comments that suppress nothing.")
def check(paths: tuple[str, ...], fmt: str, show_senses: bool, select: tuple[str, ...],
          ignore: tuple[str, ...], sense: str | None, config_path: Path | None,
          output_file: Path | None, color: bool | None, jobs: int, fix: bool, show_diff: bool,
          unsafe_fixes: bool, baseline: Path | None, write_baseline: Path | None,
          report_unused_suppressions: bool) -> None:
    """Lint PATHS (files or folders of .md, .markdown, .tex, .txt)."""
    from schemelint import formatters
    from schemelint.config import Config, ConfigError, ConfigFinder
    from schemelint.engine import Linter, UsageError
    from schemelint.rulepack import RulePackError

    if not paths:
        raise click.UsageError("no paths given: name the drafts or folders to lint")
    override = Config(select=tuple(s.upper() for s in _split(select)),
                      ignore=tuple(i.upper() for i in _split(ignore)), sense=sense)
    stream: IO[str] = sys.stdout
    progress = _Progress(fmt == "text" or output_file is not None)
    try:
        finder = ConfigFinder(override, config_path)
        linter = Linter(finder)
        if jobs > 1:
            from schemelint.parallel import lint_paths_parallel

            results = lint_paths_parallel(list(paths), override, config_path, jobs, progress)
        else:
            results = linter.lint_paths(paths, progress)
    except (UsageError, ConfigError, RulePackError) as exc:
        progress.done()
        _fail(str(exc))
    progress.done()
    if report_unused_suppressions:
        from schemelint.suppressions import report_unused

        report_unused(results)
    if write_baseline is not None:
        from schemelint.atomic import WriteError
        from schemelint.baseline import write

        try:
            n = write(results, write_baseline)
        except WriteError as exc:
            _fail(str(exc))
        click.echo(f"schemelint: recorded {n} finding{'s' if n != 1 else ''} in {write_baseline}",
                   err=True)
        sys.exit(EXIT_CLEAN)
    if baseline is not None:
        from schemelint.baseline import BaselineError, filter_new, load

        try:
            filter_new(results, load(baseline))
        except BaselineError as exc:
            _fail(str(exc))
    if show_diff:
        from schemelint.fixes import diff

        text = diff(results, unsafe_fixes)
        click.echo(text, nl=False)
        sys.exit(EXIT_FINDINGS if text else EXIT_CLEAN)
    if fix:
        from schemelint.fixes import apply

        n = apply(results, unsafe_fixes)
        click.echo(f"schemelint: applied {n} fix{'es' if n != 1 else ''}", err=True)
        results = linter.lint_paths(paths) if n else results
    use_colour = (color if color is not None else (output_file is None and sys.stdout.isatty()
                  and "NO_COLOR" not in os.environ))
    formatter = formatters.get(fmt, colour=bool(use_colour), show_senses=show_senses)
    out = io.StringIO() if output_file else stream  # -o: written whole, atomically, at the end
    formatter.start(out)
    for r in results:
        formatter.handle(r)
    formatter.finish()
    if output_file:
        from schemelint.atomic import WriteError, write_output

        try:
            write_output(output_file, out.getvalue())  # type: ignore[attr-defined]
        except WriteError as exc:
            _fail(str(exc))
    failed = any(r.diagnostics or r.error for r in results)
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def _fail(message: str) -> None:
    click.echo(f"schemelint: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@main.command("config")
@click.argument("path", type=click.Path(path_type=Path), default=Path("."))
def show_config(path: Path) -> None:
    """Show the effective settings for PATH (a file or folder) and where they come from."""
    import dataclasses

    from schemelint.config import ConfigError, ConfigFinder

    probe = path / "_" if path.is_dir() else path
    try:
        config = ConfigFinder().for_path(probe)
    except ConfigError as exc:
        _fail(str(exc))
    click.echo(f"# settings for {path}, from {config.path or 'defaults (no config found)'}")
    for f in dataclasses.fields(config):
        if f.name in ("path",):
            continue
        value = getattr(config, f.name)
        if dataclasses.is_dataclass(value):
            value = {k: sorted(v) if isinstance(v, frozenset) else v
                     for k, v in dataclasses.asdict(value).items()}
        elif isinstance(value, dict):
            value = {k: getattr(v, "value", v) for k, v in value.items()}
        elif isinstance(value, tuple):
            value = list(value)
        click.echo(f"{f.name.replace('_', '-')} = {value}")


@main.command("check-rules")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def check_rules(paths: tuple[Path, ...]) -> None:
    """Validate rule pack files against the published schema."""
    from schemelint.rulepack import RulePackError, load_file

    failed = False
    for p in paths:
        try:
            pack = load_file(p)
        except RulePackError as exc:
            click.echo(str(exc), err=True)
            failed = True
            continue
        click.echo(f"{p}: ok ({pack.name}: {len(pack.senses)} senses, "
                   f"{sum(len(s.cues) for s in pack.senses)} cues)")
    sys.exit(EXIT_USAGE if failed else EXIT_CLEAN)


@main.command("map")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the page (default: NAME.map.html in the current folder).")
def sense_map(path: str, output: Path | None) -> None:
    """Write a self-contained HTML page: the document with each mention coloured by sense and
    each finding in place."""
    from schemelint.baseline import atomic_write
    from schemelint.engine import Linter, UsageError
    from schemelint.sensemap import render

    try:
        linter = Linter(keep_sources=True)
        results = linter.lint_paths([path])
        senses = [s for p in linter.packs.for_config(linter.finder.for_path(Path(path)))
                  for s in p.sense_ids]
    except UsageError as exc:
        _fail(str(exc))
    result = next((r for r in results if r.path == path), results[0])
    if result.error and result.source is None:
        _fail(f"{path}: {result.error}")
    target = output or Path(Path(path).name + ".map.html")
    from schemelint.atomic import WriteError

    try:
        atomic_write(target, render(result, senses))
    except WriteError as exc:
        _fail(str(exc))
    click.echo(f"wrote {target}")


@main.command("explain")
@click.argument("code", required=False)
def explain(code: str | None) -> None:
    """Show what a check does, why it matters, an example and the fix (all checks if no CODE)."""
    from schemelint.checks import CHECKS, by_name_or_code

    if code is None:
        for m in CHECKS.values():
            summary = (m.__doc__ or "").strip().splitlines()[0]
            click.echo(summary)
        return
    module = by_name_or_code(code)
    if module is None:
        _fail(f"unknown check '{code}' (known: {', '.join(CHECKS)})")
    click.echo((module.__doc__ or "").strip())


@main.command("train")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("corpus"), show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the model (default: the package's shipped model folder).")
@click.option("--pack", default="scheming", show_default=True)
@click.option("--seed", default=0, show_default=True)
def train(corpus: Path, out: Path | None, pack: str, seed: int) -> None:
    """Train the sense classifier on corpus/train.jsonl, tune the blend on dev.jsonl."""
    from schemelint.senses.training import train_and_save

    train_and_save(corpus, out, pack, seed, echo=click.echo)


@main.command("evaluate")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("corpus"), show_default=True)
@click.option("--split", type=click.Choice(["train", "dev", "test", "ood"]), default="test",
              show_default=True,
              help="ood: the out-of-domain set in corpus/ood/, written apart from the splits.")
@click.option("--pack", default="scheming", show_default=True)
@click.option("--ids", "id_prefix", default="", metavar="PREFIX",
              help="Only the rows whose id starts with PREFIX (one batch of the corpus).")
def evaluate(corpus: Path, split: str, pack: str, id_prefix: str) -> None:
    """Per-sense precision, recall, F1 and the confusion matrix on a corpus split."""
    from schemelint.senses.evaluation import evaluate_split

    click.echo(evaluate_split(corpus, split, pack, id_prefix))


@main.command("evaluate-checks")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path),
                default=Path("tests/documents"))
@click.option("--verbose", "-v", is_flag=True, help="List every missed or unexpected finding.")
def evaluate_checks(folder: Path, verbose: bool) -> None:
    """Precision and recall of each check on a folder of labelled documents."""
    from schemelint.checkeval import report

    click.echo(report(folder, verbose))


@main.command("lsp")
def lsp() -> None:
    """Start the language server on standard input and output."""
    from schemelint.lsp.server import serve

    serve()


def run(argv: list[str] | None = None) -> Any:  # pragma: no cover - used by tests and scripts
    return main.main(args=argv, prog_name="schemelint", standalone_mode=False)
