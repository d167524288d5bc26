"""The command line: thin. Parse options, call the engine, hand results to a formatter."""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path
from typing import IO, Any, NoReturn

import click

from schemelint import __version__
from schemelint.formatters import NAMES as FORMAT_NAMES

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _DefaultToCheck(click.Group):
    """``schemelint PATH...`` means ``schemelint check PATH...``; ``schemelint --help`` shows the
    lint options too (as ruff and Vale do), then the other commands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        elif args and args[0] != "check" and len(args) > 1 and all(os.path.exists(a) for a in args):
            args = ["check", *args]  # folders named lsp/ or train/ among the paths to lint
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "[OPTIONS] PATH... | COMMAND [ARGS]...")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        check_cmd = self.commands["check"]
        with formatter.section("Lint options (schemelint [OPTIONS] PATH...)"):
            formatter.write_dl([r for p in check_cmd.get_params(ctx)
                                if isinstance(p, click.Option) and not p.hidden
                                and "--help" not in p.opts
                                and (r := p.get_help_record(ctx)) is not None])
        super().format_options(ctx, formatter)


@click.group(cls=_DefaultToCheck, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="schemelint")
def main() -> None:
    """Lint research drafts for the senses of "schemer" and "scheming".

    \b
    schemelint draft.md paper/main.tex notes/    lint files and folders
    schemelint --format json draft.md            the JSON contract (see docs/json.md)
    cat draft.md | schemelint - --stdin-filename draft.md
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
        sys.stderr.write(f"\r\x1b[Kschemelint: {_plural(self.count, 'file')}  {name}")
        sys.stderr.flush()

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _progress_enabled(fmt: str, output_file: Path | None, quiet: bool, tty: bool) -> bool:
    """Progress only on a terminal, never when quiet, and never inside a JSON or SARIF stream
    (with -o the report goes to a file and stderr is free)."""
    return tty and not quiet and (fmt in ("text", "grouped") or output_file is not None)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


_RANK = {"info": 0, "warning": 1, "error": 2}


@main.command("check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str, readable=False))
@click.option("--format", "--output-format", "fmt", type=click.Choice(list(FORMAT_NAMES)),
              default="text", show_default=True,
              help="Output format (grouped: findings under a header per file).")
@click.option("--show-senses", is_flag=True, help="List every mention with its sense, "
              "confidence and cues (text format).")
@click.option("--select", multiple=True, help="Only these checks (codes, prefixes or names).")
@click.option("--ignore", multiple=True, help="Skip these checks (codes, prefixes or names).")
@click.option("--sense", help="Declare the sense the documents mean: a sense id, or "
              "PACK=ID for one rule pack (comma-separated for several).")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="Use this config file instead of searching for one.")
@click.option("--exclude", multiple=True, help="Skip files matching these globs when walking "
              "folders (added to the config's exclude).")
@click.option("--stdin-filename", help="With PATH '-': the file name the text on standard "
              "input stands for (chooses the reader and the config).")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to this file instead of standard output.")
@click.option("--color/--no-color", default=None, help="Colour the text output "
              "(default: only on a terminal).")
@click.option("--quiet", "-q", is_flag=True, help="Print the findings only: no summary, "
              "no progress, no notes on stderr.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per check "
              "instead of the findings.")
@click.option("--show-files", is_flag=True, help="List the files that would be linted, and exit.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="info",
              show_default=True, help="Exit 1 only for findings of this severity or higher.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Lint with this many processes (0: one per core).")
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache "
              "(.schemelint_cache/ at the project root).")
@click.option("--fix", is_flag=True, help="Apply the safe fixes to the files (atomically); "
              "with '-', print the fixed text.")
@click.option("--diff", "show_diff", is_flag=True, help="Show the fixes as a diff; write nothing.")
@click.option("--unsafe-fixes", is_flag=True, help="Include fixes that insert new sentences "
              "or rest on an unsure reading.")
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Report only findings that are not in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path),
              help="Record today's findings in this file (and exit 0).")
@click.option("--report-unused-suppressions", is_flag=True,
              help="Report schemelint: disable comments that suppress nothing.")
def check(paths: tuple[str, ...], fmt: str, show_senses: bool, select: tuple[str, ...],
          ignore: tuple[str, ...], sense: str | None, config_path: Path | None,
          exclude: tuple[str, ...], stdin_filename: str | None, output_file: Path | None,
          color: bool | None, quiet: bool, statistics: bool, show_files: bool, exit_zero: bool,
          fail_on: str, jobs: int, no_cache: bool, fix: bool, show_diff: bool, unsafe_fixes: bool,
          baseline: Path | None, write_baseline: Path | None,
          report_unused_suppressions: bool) -> None:
    """Lint PATHS (files or folders of .md, .markdown, .tex, .txt; '-' for standard input)."""
    from schemelint import formatters
    from schemelint.codes import check_all
    from schemelint.config import Config, ConfigError, ConfigFinder
    from schemelint.engine import Linter, UsageError
    from schemelint.model import FileResult, RulePackError

    if not paths:
        raise click.UsageError("no paths given: name the drafts or folders to lint ('-' for "
                               "standard input)")
    if "-" in paths and len(paths) > 1:
        raise click.UsageError("'-' (standard input) cannot be combined with other paths")
    try:
        selected = check_all(_split(select), "--select")
        ignored = check_all(_split(ignore), "--ignore")
    except ValueError as exc:
        _fail(str(exc))
    declared = _parse_sense(sense)
    override = Config(select=selected, ignore=ignored, sense=declared,
                      sense_from="--sense" if declared is not None else None,
                      exclude=tuple(_split(exclude)))
    def note(message: str) -> None:  # notes on stderr, silenced by --quiet
        if not quiet:
            click.echo(message, err=True)

    stream: IO[str] = sys.stdout
    progress = _Progress(_progress_enabled(fmt, output_file, quiet, sys.stderr.isatty()))
    stdin_text: str | None = None
    try:
        finder = ConfigFinder(override, config_path)
        linter = Linter(finder)
        if not no_cache and paths != ("-",):
            from schemelint.cache import ResultCache

            linter.cache = ResultCache()
        if jobs == 0:
            jobs = os.cpu_count() or 1
        if declared is not None:  # said once, before any file
            linter.packs.for_config(finder.for_path(Path(stdin_filename or "_").absolute()))
        if show_files:
            errors, files, _roots = linter.plan(paths)
            for f in files:
                click.echo(f)
            for e in errors:
                click.echo(f"{e.path}: error: {e.error}", err=True)
            sys.exit(EXIT_CLEAN)
        if paths == ("-",):
            from schemelint.engine import lint_text

            stdin_text = sys.stdin.read()
            shown = stdin_filename or "-"
            config = finder.for_path(Path(shown).absolute())
            results = lint_text(stdin_text, shown, linter, config)
        elif jobs > 1:
            from schemelint.parallel import lint_paths_parallel

            results = lint_paths_parallel(list(paths), override, config_path, jobs, progress,
                                          cache=linter.cache is not None)
        else:
            results = linter.lint_paths(paths, progress)
        if linter.cache is not None:
            linter.cache.flush()
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
        note(f"schemelint: recorded {_plural(n, 'finding')} in {write_baseline}")
        sys.exit(EXIT_CLEAN)
    hidden = 0
    if baseline is not None:
        from schemelint.baseline import BaselineError, filter_new, load

        try:
            hidden = filter_new(results, load(baseline))
        except BaselineError as exc:
            _fail(str(exc))
    if show_diff:
        from schemelint.fixes import diff

        text = diff(results, unsafe_fixes)
        click.echo(text, nl=False)
        sys.exit(EXIT_FINDINGS if text and not exit_zero else EXIT_CLEAN)
    if fix and stdin_text is not None:
        from schemelint.engine import lint_text
        from schemelint.fixes import MAX_ROUNDS, fixed_text

        text, total = stdin_text, 0
        for _ in range(MAX_ROUNDS):  # to a fixed point, as --fix on files
            new_text, n = fixed_text(results, unsafe_fixes)
            if not n:
                break
            text, total = new_text, total + n
            results = lint_text(text, shown, linter, config)
        click.echo(text, nl=False)
        note(f"schemelint: applied {total} fix{'es' if total != 1 else ''}")
        left = any(r.error or r.diagnostics for r in results)
        sys.exit(EXIT_FINDINGS if left and not exit_zero else EXIT_CLEAN)
    if fix:
        from schemelint.fixes import apply_until_stable

        def relint() -> list[FileResult]:
            again = Linter(ConfigFinder(override, config_path)).lint_paths(paths)
            if report_unused_suppressions:
                report_unused(again)
            return again

        results, n = apply_until_stable(results, relint, unsafe_fixes)
        note(f"schemelint: applied {n} fix{'es' if n != 1 else ''}")
        if n and baseline is not None:
            hidden = filter_new(results, load(baseline))
    use_colour = (color if color is not None else (output_file is None and sys.stdout.isatty()
                  and "NO_COLOR" not in os.environ))
    if statistics:
        fmt = "statistics"
    formatter = formatters.get(fmt, colour=bool(use_colour), show_senses=show_senses,
                               quiet=quiet, hidden=hidden)
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
    threshold = _RANK[fail_on]
    failed = any(r.error for r in results) or any(
        _RANK[d.severity.value] >= threshold for r in results for d in r.diagnostics
    )
    sys.exit(EXIT_FINDINGS if failed and not exit_zero else EXIT_CLEAN)


def _parse_sense(value: str | None) -> str | dict[str, str] | None:
    """``--sense ID`` or ``--sense PACK=ID[,PACK=ID]``."""
    if value is None:
        return None
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not parts:
        _fail("--sense: expected a sense id or PACK=ID")
    if len(parts) == 1 and "=" not in parts[0]:
        return parts[0]
    table: dict[str, str] = {}
    for part in parts:
        pack, eq, sid = part.partition("=")
        if not eq or not pack.strip() or not sid.strip():
            _fail(f"--sense: '{part}': expected PACK=ID when naming several packs")
        table[pack.strip()] = sid.strip()
    return table


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def _fail(message: str) -> NoReturn:
    click.echo(f"schemelint: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@main.command("config")
@click.argument("path", type=click.Path(path_type=Path), default=Path("."))
def show_config(path: Path) -> None:
    """Show the effective settings for PATH (a file or folder) as TOML, each with where it
    comes from (the config file, the document's front matter or directive, or the default)."""
    from schemelint.config import ConfigError, ConfigFinder
    from schemelint.settings_view import render

    probe = path / "_" if path.is_dir() else path
    try:
        config = ConfigFinder().for_path(probe)
    except ConfigError as exc:
        _fail(str(exc))
    click.echo(render(path, config), nl=False)


@main.command("check-rules")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def check_rules(paths: tuple[Path, ...]) -> None:
    """Validate rule pack files against the published schema."""
    from schemelint.model import RulePackError
    from schemelint.rulepack import load_file

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
    from schemelint.atomic import WriteError, write_output
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
    # the document: the file and the files it includes, the file first
    document = [result, *(r for r in results if r is not result and r.source is not None)]
    target = output or Path(Path(path).name + ".map.html")
    try:
        write_output(target, render(document, senses))
    except WriteError as exc:
        _fail(str(exc))
    click.echo(f"wrote {target}")


@main.command("explain")
@click.argument("code", required=False)
def explain(code: str | None) -> None:
    """Show what a check does, why it matters, an example and the fix (all checks if no CODE)."""
    from schemelint import suppressions
    from schemelint.codes import SUPPRESSION_CODE, known, normalise
    from schemelint.registry import check_by_name_or_code, checks

    unused = (suppressions.__doc__ or "").strip()
    if code is None:
        for docs in [*(c.docs for c in checks().values()), unused]:
            # the summary is the first paragraph, however many lines it wraps to
            summary = " ".join(docs.strip().split("\n\n")[0].split())
            click.echo(summary)
        return
    check = check_by_name_or_code(code)
    if normalise(code) != SUPPRESSION_CODE and check is None:
        _fail(f"unknown check '{code}' (known: {', '.join(known())})")
    click.echo(unused if check is None else check.docs.strip())


@main.command("train")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("corpus"), show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the model (default: schemelint-model/PACK in the current "
              "folder; the installed package is never written to).")
@click.option("--pack", default="scheming", show_default=True)
@click.option("--seed", default=0, show_default=True)
@click.option("--model", "which", type=click.Choice(["senses", "steps", "definitional"]),
              default="senses", show_default=True,
              help="senses: the sense classifier (corpus/); steps: argument roles and stance "
              "(corpus/steps/); definitional: definitional sentences (corpus/definitions/).")
def train(corpus: Path, out: Path | None, pack: str, seed: int, which: str) -> None:
    """Train a classifier on its corpus's train split, tune it on dev (test is never read)."""
    if which != "senses":
        from schemelint.judge import definitional, steps
        from schemelint.judge import training as judge_training
        from schemelint.rulepack import load_builtin

        rule_pack = load_builtin(pack)
        name = steps.model_name(rule_pack) if which == "steps" else definitional.MODEL
        target = out if out is not None else Path("schemelint-model") / name
        click.echo(f"writing the model to {target}")
        if which == "steps":
            judge_training.train_steps(corpus / "steps", target, rule_pack, echo=click.echo)
        else:
            judge_training.train_definitional(corpus / "definitions", target, echo=click.echo)
        return
    from schemelint.senses import training

    target = out if out is not None else Path("schemelint-model") / pack
    click.echo(f"writing the model to {target}")
    training.train_and_save(corpus, target, pack, seed, echo=click.echo)


@main.command("export-models")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, file_okay=False, path_type=Path))
def export_models(paths: tuple[Path, ...]) -> None:
    """Export trained spaCy classifiers for the spaCy-free scorer (default: the shipped ones)."""
    from schemelint.judge.export import export, shipped

    for path in paths or tuple(shipped()):
        export(path)
        click.echo(f"exported {path}")


@main.command("evaluate")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("corpus"), show_default=True)
@click.option("--split", type=click.Choice(["train", "dev", "test", "ood"]), default="test",
              show_default=True,
              help="ood: the out-of-domain set in corpus/ood/, written apart from the splits.")
@click.option("--pack", default="scheming", show_default=True)
@click.option("--ids", "id_prefix", default="", metavar="PREFIX",
              help="Only the rows whose id starts with PREFIX (one batch of the corpus).")
@click.option("--model", "which", type=click.Choice(["senses", "steps", "definitional"]),
              default="senses", show_default=True, help="Which shipped classifier to score.")
@click.option("--cues", is_flag=True,
              help="Senses: each rule-pack cue's precision on the split, least precise first.")
def evaluate(corpus: Path, split: str, pack: str, id_prefix: str, which: str,
             cues: bool) -> None:
    """Per-sense precision, recall, F1 and the confusion matrix on a corpus split."""
    from schemelint.senses.corpus import load
    from schemelint.senses.evaluation import cue_precision, evaluate_split

    if which != "senses":
        if split == "ood":
            _fail(f"--split ood: the {which} corpus has no out-of-domain set")
        from schemelint.judge import training as judge_training
        from schemelint.rulepack import load_builtin

        if which == "steps":
            click.echo(judge_training.evaluate_steps(corpus / "steps", split, load_builtin(pack)))
        else:
            click.echo(judge_training.evaluate_definitional(corpus / "definitions", split))
        return
    if cues:
        click.echo(cue_precision(corpus, split, pack))
        return
    if id_prefix and not any(r.id.startswith(id_prefix) for r in load(corpus, split)):
        _fail(f"--ids {id_prefix}: no row of the {split} split has an id starting with it")
    click.echo(evaluate_split(corpus, split, pack, id_prefix))


@main.command("evaluate-checks")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path),
                default=Path("tests/documents"))
@click.option("--verbose", "-v", is_flag=True, help="List every missed or unexpected finding.")
def evaluate_checks(folder: Path, verbose: bool) -> None:
    """Precision and recall of each check on a folder of labelled documents."""
    from schemelint.checkeval import load_expected, report

    if not load_expected(folder):
        _fail(f"{folder}: no labelled documents (no expected*.yaml manifest listing files); "
              "nothing to score")
    click.echo(report(folder, verbose))


@main.command("lsp")
def lsp() -> None:
    """Start the language server on standard input and output."""
    from schemelint.lsp.server import serve

    serve()


def run(argv: list[str] | None = None) -> Any:  # pragma: no cover - used by tests and scripts
    return main.main(args=argv, prog_name="schemelint", standalone_mode=False)
