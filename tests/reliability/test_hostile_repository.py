"""A repository is untrusted input (issue 14): what a hostile pull request can put on disk.

Each test asserts what a user sees: the exit code, the one-line error naming the file and the
problem, no traceback, and the other files still linted. Attacks on memory and CPU run in a
child under ``resource`` limits (see conftest.py); see README.md beside this file for the list.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

UNDEFINED = "We should worry about scheming in future models.\n"
ROOT = Path(__file__).resolve().parents[2]


def _files(out: str) -> dict[str, dict]:  # type: ignore[type-arg]
    return {f["path"]: f for f in json.loads(out)["files"]}


def _no_traceback(r) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in r.err and "Traceback" not in r.out


# -- 1. unbounded reads ------------------------------------------------------------------------

def test_device_on_the_command_line_is_refused(run_limited, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    r = run_limited("--format", "json", "/dev/zero", "ok.txt")
    files = _files(r.out)
    assert files["/dev/zero"]["error"] == "not a regular file (a device); only regular files are read"
    assert files["ok.txt"]["diagnostics"][0]["code"] == "SL100"
    assert r.code == 1
    _no_traceback(r)


def test_symlink_to_a_device_found_by_a_walk(run_limited, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    docs = tmp_path / "docs"
    docs.mkdir()
    os.symlink("/dev/zero", docs / "x.md")  # leaves the folder: not followed by the walk
    os.mkfifo(docs / "pipe.md")  # inside it: found, and refused without blocking
    (docs / "ok.txt").write_text(UNDEFINED)
    r = run_limited("--format", "json", "docs")
    files = _files(r.out)
    assert "docs/x.md" not in files
    assert files["docs/pipe.md"]["error"] == "not a regular file (a FIFO); only regular files are read"
    assert files["docs/ok.txt"]["diagnostics"][0]["code"] == "SL100"
    assert r.code == 1


def test_input_of_a_link_to_a_device(run_limited, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    (tmp_path / "main.tex").write_text("We study scheming.\n\\input{zero}\n")
    os.symlink("/dev/zero", tmp_path / "zero.tex")
    r = run_limited("--format", "json", "main.tex")
    error = _files(r.out)["main.tex"]["error"]
    assert "\\input{zero} is outside the project root" in error  # the link leads to /dev
    (tmp_path / ".schemelint.yaml").write_text("allow-outside-root: true\n")
    r = run_limited("--format", "json", "main.tex")
    error = _files(r.out)["main.tex"]["error"]
    assert error.endswith("cannot read \\input{zero} (zero.tex): not a regular file (a device); "
                          "only regular files are read")
    _no_traceback(r)


def test_rule_pack_that_is_a_device(run_limited, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".schemelint.yaml").write_text('rule-packs: ["/dev/zero"]\n')
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    r = run_limited("ok.txt")
    assert r.code == 2
    assert r.err == ("schemelint: error: /dev/zero: cannot read rule pack: not a regular file "
                     "(a device); only regular files are read\n")


def test_fifo_does_not_hang_the_run(run_limited, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    os.mkfifo(tmp_path / "a.md")
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    r = run_limited("--format", "json", "a.md", "ok.txt")
    files = _files(r.out)
    assert files["a.md"]["error"] == "not a regular file (a FIFO); only regular files are read"
    assert files["ok.txt"]["diagnostics"][0]["code"] == "SL100"


# -- 2. regular expressions: linear time, whatever the pack says ------------------------------

_PACK_RUN = r"""
import json, sys, yaml
from pathlib import Path
from schemelint.config import Config
from schemelint.engine import lint_text
cases, text = json.loads(sys.argv[1]), sys.argv[2]
data = yaml.safe_load(Path(sys.argv[3]).read_text())
found = {}
for key, pattern in cases:
    pack = yaml.safe_load(yaml.safe_dump(data))
    if key == "not_term":
        pack["term"]["not_term"] = [pattern]
    elif key == "labels":
        pack["inference"]["labels"] = [pattern]
    else:
        pack["definitions"] = [pattern]
    Path("pack.yaml").write_text(yaml.safe_dump(pack))
    config = Config(packs=(), rule_packs=(str(Path("pack.yaml").resolve()),))
    (res,) = lint_text(text, "doc.txt", config=config)
    found[f"{key} {pattern}"] = len(res.mentions)
    print(json.dumps(found), flush=True)
"""

CATASTROPHIC = ["(x|xx)+y", "((x+))+y", "(x+){25}y", "(.*x){20}y", "([x]|[x])+y",
                "(?:\\w+\\s+)*{term}", "\\w+\\w+\\w+\\w+y"]
KEYS = ["definitions", "not_term", "labels"]


def _pattern(key: str, pattern: str) -> str:
    return pattern.replace("{term}", "schem") if "{term}" in pattern and key != "definitions" else pattern


@pytest.fixture(scope="module")
def pack_runs(limited, tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Every hostile pattern in every place a pack puts one, linted in one child under a CPU
    limit (a pattern that backtracks would exhaust it, failing the tests instead of hanging
    them); the number of mentions found per ``"key pattern"``, as far as the child got."""
    import sys

    cases = [(k, _pattern(k, p)) for p in CATASTROPHIC for k in KEYS]
    text = "The models are scheming. " + "x" * 30_000 + " " + "x " * 5_000 + "\n"
    r = limited([sys.executable, "-c", _PACK_RUN, json.dumps(cases), text,
                     str(ROOT / "rules" / "scheming.yaml")], tmp_path_factory.mktemp("packs"),
                    cpu=30 + 5 * len(cases))
    lines = r.out.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_catastrophic_pack_pattern_runs_in_linear_time(pack_runs: dict[str, int], key: str,
                                                       pattern: str) -> None:
    assert pack_runs.get(f"{key} {_pattern(key, pattern)}") == 1, pack_runs


def test_shipped_pack_on_one_long_token(run_limited, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # 310 s of CPU before: the definition patterns rescanned the token from every position
    for ext in ("txt", "md", "tex"):
        (tmp_path / f"blob.{ext}").write_text("The models are scheming. " + "A" * 100_000 + "\n")
    r = run_limited("--format", "json", "blob.txt", "blob.md", "blob.tex", cpu=30)
    assert r.code in (0, 1), r.err[-500:]
    assert all(len(f["mentions"]) == 1 for f in json.loads(r.out)["files"])


# -- 3. YAML alias bombs --------------------------------------------------------------------

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
    for p, c in zip("abcdefgh", "bcdefghi")
)


def test_alias_bomb_in_config(run_limited, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".schemelint.yaml").write_text(BOMB.replace("a: &a", "select: &a", 1)
                                               .replace("[*a,", "[*a,", 1))
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    r = run_limited("ok.txt", memory=1 << 30)
    assert r.code == 2
    assert r.err.startswith("schemelint: error: ") and r.err.count("\n") == 1
    assert "aliases (*name) are not allowed" in r.err
    _no_traceback(r)


def test_alias_bomb_in_a_rule_pack(run_limited, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "pack.yaml").write_text("schema: 1\n" + BOMB)
    r = run_limited("check-rules", "pack.yaml", memory=1 << 30)
    assert r.code == 2
    assert r.err == "pack.yaml: not valid YAML (line 3): aliases (*name) are not allowed\n"


def test_alias_in_front_matter_is_ignored_with_a_warning(run_limited, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.md").write_text("---\n" + BOMB + "---\n\n" + UNDEFINED)
    r = run_limited("--format", "json", "a.md", memory=3 << 30)
    (f,) = json.loads(r.out)["files"]
    assert f["error"] is None  # ignored front matter is a warning (the file is still linted)
    assert any("front matter is not valid YAML (line 3): aliases (*name) are not allowed" in w
               for w in f["warnings"])
    assert [d["code"] for d in f["diagnostics"]] == ["SL100"]


# -- 7. leaks --------------------------------------------------------------------------------

def test_rule_pack_error_never_prints_the_files_content(lint_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".env").write_text("AWS_SECRET_ACCESS_KEY=hunter2-very-secret\n")
    (tmp_path / ".schemelint.yaml").write_text('rule-packs: [".env"]\n')
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    r = lint_cli("ok.txt")
    assert r.code == 2
    assert "hunter2" not in r.err and "AWS_SECRET" not in r.err
    assert r.err.endswith(".env: (top level): expected object, got string\n")


def test_config_error_shows_only_a_short_excerpt(lint_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".schemelint.yaml").write_text("latex: " + "s" * 5000 + "\n")
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    r = lint_cli("ok.txt")
    assert r.code == 2
    assert len(r.err) < 300 and r.err.count("\n") == 1
    assert r.err.endswith(".schemelint.yaml: latex: expected table, got string\n")


# -- 8. one-line errors instead of tracebacks --------------------------------------------------

DEEP = "a:\n" + "".join("  " * i + "- \n" for i in range(1, 3)) + "x: " + "[" * 100 + "]" * 100 + "\n"
DEEPER = "x: " + "[" * 100_000 + "]" * 100_000 + "\n"  # the parser's own limit: also one line


@pytest.mark.parametrize("text", [DEEP, DEEPER])
@pytest.mark.parametrize("name", [".schemelint.yaml", "pack"])
def test_deeply_nested_yaml(lint_cli, tmp_path: Path, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    if name == "pack":
        (tmp_path / "pack.yaml").write_text(text)
        r = lint_cli("check-rules", "pack.yaml")
    else:
        (tmp_path / name).write_text(text)
        r = lint_cli("ok.txt")
    assert r.code == 2
    assert r.err.count("\n") == 1
    assert ("nested deeper than 64 levels" if text is DEEP else "nesting depth") in r.err
    _no_traceback(r)


def test_deeply_nested_front_matter(lint_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.md").write_text("---\n" + DEEP + "---\n\n" + UNDEFINED)
    r = lint_cli("--format", "json", "a.md")
    (f,) = json.loads(r.out)["files"]
    assert f["error"] is None
    assert any("nested deeper than 64 levels; it was ignored" in w for w in f["warnings"])
    _no_traceback(r)


def test_deeply_nested_baseline(lint_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    (tmp_path / "b.json").write_text("[" * 100_000 + "]" * 100_000)
    r = lint_cli("--baseline", "b.json", "ok.txt")
    assert r.code == 2
    assert r.err == "schemelint: error: b.json: not a schemelint baseline (nested too deeply)\n"


def test_tool_that_is_not_a_table_in_pyproject(lint_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "pyproject.toml").write_text("tool = 5\n")
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    r = lint_cli("ok.txt")
    assert r.code == 2
    assert r.err.endswith("pyproject.toml: tool: expected a table, got int\n")


@pytest.mark.parametrize("args", [
    ("-o", "missing/out.json", "--format", "json", "ok.txt"),
    ("--write-baseline", "missing/b.json", "ok.txt"),
    ("map", "-o", "missing/x.html", "ok.txt"),
    ("-o", "/dev/full", "ok.txt"),
])
def test_output_that_cannot_be_written(lint_cli, tmp_path: Path, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    r = lint_cli(*args)
    assert r.code == 2
    assert r.err.startswith("schemelint: error: ") and r.err.count("\n") == 1, r.err
    assert "cannot write" in r.err
    assert not (tmp_path / "missing").exists()
    _no_traceback(r)


def test_non_utf8_file_name_with_output_file(lint_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "w") as fh:
        fh.write(UNDEFINED)
    r = lint_cli("--format", "json", "-o", "out.json", ".")
    assert r.code == 1, r.err
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))  # complete, valid
    assert [f["path"] for f in data["files"]] == ["caf\udce9.txt"]
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


# -- 5. --fix and the file system -----------------------------------------------------------

def _draft(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir(exist_ok=True)
    target = tmp_path / "real.md"
    shutil.copy(ROOT / "examples" / "draft.md", target)
    return target


def test_fix_through_a_symlink_fixes_the_target(lint_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = _draft(tmp_path)
    before = target.read_text()
    os.symlink("real.md", tmp_path / "link.md")
    r = lint_cli("--fix", "link.md")
    assert "schemelint: applied" in r.err, r.err
    assert (tmp_path / "link.md").is_symlink()
    assert target.read_text() != before and "instrumental training-gamers" in target.read_text()


def test_fix_refuses_a_read_only_file(lint_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = _draft(tmp_path)
    before = target.read_text()
    target.chmod(0o444)
    r = lint_cli("--fix", "real.md")
    assert "schemelint: error: cannot fix real.md: cannot write: the file is read-only\n" in r.err
    assert target.read_text() == before
    assert r.code == 1
    _no_traceback(r)


def test_fix_of_a_file_deleted_during_the_lint(tmp_path: Path) -> None:
    from schemelint.engine import Linter
    from schemelint.fixes import apply

    target = _draft(tmp_path)
    results = Linter().lint_paths([str(target)])
    target.unlink()
    errors: list[str] = []
    assert apply(results, on_error=errors.append) == 0
    assert errors == [f"{target}: cannot fix: no such file or directory"]


# -- 6. the project root ---------------------------------------------------------------------

def test_without_git_or_config_the_root_is_the_given_folder(lint_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paper = tmp_path / "tarball" / "paper"
    paper.mkdir(parents=True)
    (tmp_path / "secret.tex").write_text("scheming secret\n")
    (paper / "main.tex").write_text("We study scheming.\n\\input{../../secret}\n")
    r = lint_cli("--format", "json", "main.tex", cwd=paper)
    error = _files(r.out)["main.tex"]["error"]
    assert "\\input{../../secret} is outside the project root " in error
    assert error.endswith(f"root {paper} (set allow-outside-root = true to allow it)")


def test_a_walk_does_not_follow_a_link_out_of_the_folder(lint_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / ".git").mkdir()
    (repo / "ok.txt").write_text(UNDEFINED)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "private.md").write_text(UNDEFINED)
    os.symlink("/", repo / "rootlink")
    os.symlink(outside, repo / "outlink")
    os.symlink(outside / "private.md", repo / "file-link.md")
    r = lint_cli("--format", "json", ".", cwd=repo)
    assert list(_files(r.out)) == ["ok.txt"]


# -- 10. output safety ---------------------------------------------------------------------

def test_newline_in_a_file_name_cannot_forge_lines(lint_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    name = "x.txt\n::warning file=a::forged\x1b[31m.txt"
    (tmp_path / name).write_text(UNDEFINED)
    for fmt in ("text", "github"):
        r = lint_cli("--format", fmt, ".")
        lines = r.out.splitlines()
        assert not any(line.startswith("::warning file=a") for line in lines), r.out
        assert "\x1b" not in r.out
    r = lint_cli("--format", "sarif", ".")
    (result,) = json.loads(r.out)["runs"][0]["results"]
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "x.txt%0A%3A%3Awarning%20file%3Da%3A%3Aforged%1B%5B31m.txt"


def test_input_target_with_escape_codes_is_shown_escaped(lint_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    (tmp_path / "main.tex").write_text("We study scheming.\n\\input{\x1b]0;pwned\x07x}\n")
    r = lint_cli("main.tex")
    assert "\x1b" not in r.out and "\x07" not in r.out
    assert "\\input{\\x1b]0;pwned\\x07x}" in r.out


# -- 11. the same file twice ---------------------------------------------------------------

def test_the_same_file_given_twice_is_reported_once(lint_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    r = lint_cli("--format", "json", "ok.txt", "./ok.txt", ".")
    assert [f["path"] for f in json.loads(r.out)["files"]] == ["ok.txt"]


# -- 9. unreadable files, read-only folders ---------------------------------------------------
# The suite runs as root, who reads and writes everything: the permission is denied by patching
# the one call that asks (in process, so nothing else changes).

def test_unreadable_file_is_a_per_file_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from schemelint.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "ok.txt").write_text(UNDEFINED)
    (tmp_path / "secret.txt").write_text("Nothing here.\n")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p).endswith("secret.txt")
                        else real_access(p, mode, **kw))
    r = CliRunner().invoke(main, ["--format", "json", "secret.txt", "ok.txt"])
    assert r.exit_code == 1, r.output  # not 2: the other file is linted
    files = _files(r.output)
    assert files["ok.txt"]["diagnostics"][0]["code"] == "SL100"


def test_fix_in_a_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    from schemelint.engine import Linter
    from schemelint.fixes import apply

    target = _draft(tmp_path)
    before = target.read_text()
    results = Linter().lint_paths([str(target)])

    def refuse(*a: object, **kw: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    errors: list[str] = []
    assert apply(results, on_error=errors.append) == 0
    assert errors == [f"cannot fix {target}: cannot write in {tmp_path}: Permission denied"]
    assert target.read_text() == before


# -- 11. Markdown positions and nesting ----------------------------------------------------

def test_repeated_table_cells_are_each_at_their_own_column() -> None:
    from schemelint.engine import lint_text

    (res,) = lint_text("| a | b |\n|---|---|\n| schemers | schemers |\n", "t.md")
    assert [res.source.index.line_col(m.span.start) for m in res.mentions] == [(3, 3), (3, 14)]  # type: ignore[union-attr]


def test_text_nested_too_deep_is_reported_not_dropped_silently() -> None:
    from schemelint.engine import lint_text

    (res,) = lint_text("> " * 120 + "models are scheming\n", "deep.md")
    assert res.error == "text nested deeper than 100 Markdown levels (line 1) was not read"
    (res,) = lint_text("> " * 30 + "models are scheming\n", "ok.md")  # 30 levels: read
    assert [m.term for m in res.mentions] == ["scheming"]


def test_folders_named_like_commands_are_linted(run_limited, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    for name in ("lsp", "train"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "notes.txt").write_text(UNDEFINED)
    r = run_limited("lsp", "train", memory=3 << 30, cpu=60)
    assert r.code == 1
    assert r.out.count("SL100") == 2


# -- 4. quadratic documents (cost shown linear by bench/scale.py; here: bounded under a limit) --

_LINT = r"""
import sys
from pathlib import Path
from schemelint.engine import lint_text
text = Path(sys.argv[1]).read_text()
(res,) = lint_text(text, sys.argv[1])
print(len(res.mentions))
"""


def test_twenty_thousand_mentions_in_one_paragraph(run_limited, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # 29 s of CPU before: each mention rescanned the sentence list and the paragraph's cues
    (tmp_path / "p.md").write_text(" ".join(["The models are scheming."] * 20_000) + "\n")
    r = run_limited("p.md", code=_LINT, cpu=25)
    assert r.code == 0, r.err[-300:]
    assert r.out.strip() == "20000"


def test_a_long_draft_with_many_conclusions(run_limited, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # minutes before: every SL200 conclusion rescanned all segments for named assumptions
    draft = (ROOT / "examples" / "draft.md").read_text()
    (tmp_path / "long.md").write_text((draft + "\n\n") * 600)
    r = run_limited("long.md", code=_LINT, cpu=25)
    assert r.code == 0, r.err[-300:]
    assert int(r.out) >= 600 * 6  # every copy of the draft is linted
