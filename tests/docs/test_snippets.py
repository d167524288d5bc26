"""Every snippet in README.md and docs/ is run: shell commands and the output shown, config
blocks as written, rule packs, JSON, workflow and hook files, check examples. A snippet this
file does not know how to run fails the test, so a new one cannot slip in untested."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from schemelint.cli import main

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
# Commands shown in the README that other tests run, because they are slow or install things.
ELSEWHERE = {
    "python3 -m venv": "the environment's own install; tests/hooks/test_pre_commit.py installs "
                       "the package from a snapshot",
    "python -m pytest": "this suite",
    "schemelint train": "tests/senses/test_corpus_and_training.py::test_train_reproduces_the_shipped_model",
    "python bench/real_checkout.py": "needs mirrors of public repositories; tests/bench/test_real_eval.py",
    "python bench/real_eval.py": "needs the checkouts; tests/bench/test_real_eval.py runs it on a repository it makes",
    "python bench/run.py": "a benchmark: minutes of CPU against an installed proselint; never a test",
    "python bench/versus.py": "a benchmark against another install; never a test",
}


def snippets() -> list[tuple[str, int, str, str]]:
    out = []
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            out.append((str(path.relative_to(ROOT)), line, m.group(1), m.group(2)))
    return out


SNIPPETS = snippets()


def invoke(*args: str, input: str | None = None) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args), input=input, prog_name="schemelint",
                           catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def shown_matches(shown: list[str], actual: list[str]) -> None:
    """Every line shown appears in the output, in order; "..." stands for lines left out."""
    i = 0
    for want in shown:
        if want == "...":
            continue
        while i < len(actual) and actual[i] != want:
            i += 1
        assert i < len(actual), f"not in the output (or out of order): {want!r}\n" + "\n".join(actual)
        i += 1


def run_text(body: str, where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = body.splitlines()
    if not lines or not lines[0].startswith("$ schemelint"):
        pytest.fail(f"{where}: a text block that is not a command and its output")
    monkeypatch.chdir(ROOT)
    args = shlex.split(lines[0][2:])[1:]
    _code, out, _err = invoke(*args)
    shown_matches(lines[1:], out.splitlines())


def run_sh(body: str, where: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    for raw in body.splitlines():
        command = raw.split("  #")[0].strip()
        if not command:
            continue
        covered = next((k for k in ELSEWHERE if command.startswith(k)), None)
        if covered:
            # the schemelint part of an install line is still run here
            tail = command.rsplit("&&", 1)[-1].strip()
            if tail.startswith("schemelint ") and not tail.startswith("schemelint train"):
                code, out, err = invoke(*shlex.split(tail)[1:])
                assert code in (0, 1), (where, tail, err)
            continue
        assert command.startswith("schemelint "), f"{where}: cannot run {command!r}"
        code, out, err = invoke(*shlex.split(command)[1:])
        assert code == 0, (where, command, err)
        assert out.strip(), (where, command)


def run_toml(body: str, where: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = tomllib.loads(body)
    if "tool" not in data:
        assert "language-server" in data  # the Helix set-up: languages.toml
        assert data["language-server"]["schemelint"] == {"command": "schemelint", "args": ["lsp"]}
        return
    # The config block as written, in a papers repository holding the paths it names.
    repo = tmp_path / "papers"
    repo.mkdir()
    (repo / ".git").mkdir()
    (repo / "pyproject.toml").write_text(body, encoding="utf-8")
    (repo / "drafts" / "old").mkdir(parents=True)
    (repo / "archive").mkdir()
    (repo / "drafts" / "a.md").write_text("We should worry about scheming in future models.\n")
    (repo / "archive" / "b.md").write_text("We should worry about scheming in future models.\n")
    monkeypatch.chdir(repo)
    code, out, err = invoke("--format", "json", ".")
    assert code in (0, 1), (where, err)
    files = {f["path"]: f for f in json.loads(out)["files"]}
    assert "archive/b.md" not in files  # exclude
    assert files["drafts/a.md"]["error"] is None
    assert [d["code"] for d in files["drafts/a.md"]["diagnostics"]] == []  # the declared sense
    code, out, err = invoke("config", "drafts/a.md")
    assert code == 0, err
    assert tomllib.loads(out)["tool"]["schemelint"]["select"] == data["tool"]["schemelint"]["select"]


def run_yaml(body: str, where: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = yaml.safe_load(body)
    if isinstance(data, dict) and "repos" in data:  # pre-commit
        hook_ids = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
        hooks = data["repos"][0]["hooks"]
        assert {h["id"] for h in hooks} <= hook_ids
        rev = str(data["repos"][0]["rev"])
        assert re.fullmatch(r"[0-9a-f]{40}", rev), "rev must be a commit while no tag exists"
        return
    if isinstance(data, dict) and "jobs" in data:  # GitHub Actions: run its schemelint steps
        papers = tmp_path / "papers"
        papers.mkdir()
        (papers / "a.md").write_text("We should worry about scheming in future models.\n")
        monkeypatch.chdir(tmp_path)
        runs = [s["run"] for s in data["jobs"]["lint"]["steps"] if "run" in s]
        for command in runs:
            if command.startswith("pip install"):
                continue
            command = command.split("||")[0].strip()
            code, out, err = invoke(*shlex.split(command)[1:])
            assert code == 1, (command, err)  # the draft has a finding
        assert '"version": "2.1.0"' in (tmp_path / "schemelint.sarif").read_text()
        return
    if isinstance(data, dict) and "senses" in data:  # a rule pack
        pack = tmp_path / "my-pack.yaml"
        pack.write_text(body, encoding="utf-8")
        code, out, err = invoke("check-rules", str(pack))
        assert code == 0, err
        return
    if isinstance(data, dict) and {"select", "sense"} & set(data):  # a .schemelint.yaml
        (tmp_path / ".git").mkdir()
        (tmp_path / ".schemelint.yaml").write_text(body, encoding="utf-8")
        (tmp_path / "a.md").write_text("We should worry about scheming in future models.\n")
        monkeypatch.chdir(tmp_path)
        code, out, err = invoke("a.md")
        assert code == 0, (where, out, err)
        return
    pytest.fail(f"{where}: a YAML block this test does not know how to run")


def run_json(body: str, where: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = json.loads("\n".join(x for x in body.splitlines() if not x.lstrip().startswith("//")))
    if "files" in data:  # docs/json.md: the same fields as the real output
        monkeypatch.chdir(ROOT)
        _code, out, _err = invoke("--format", "json", "examples/draft.md")
        real = json.loads(out)
        assert set(data) == set(real)
        shown_file, real_file = data["files"][0], real["files"][0]
        assert set(shown_file) == set(real_file)
        assert set(shown_file["mentions"][0]) <= set(real_file["mentions"][0])
        real_diag = next(d for d in real_file["diagnostics"] if d["code"] == "SL101")
        assert set(shown_file["diagnostics"][0]) == set(real_diag)
        return
    text = json.dumps(data)
    assert '"schemelint"' in text and '"lsp"' in text, where  # an editor's server set-up


def run_markdown(body: str, where: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A check's example fires that check; its "use instead" is clean."""
    from schemelint.engine import lint_text

    code = Path(where.split(":")[0]).stem
    text = (ROOT / where.split(":")[0]).read_text(encoding="utf-8")
    line = int(where.split(":")[1])
    heading = [h for h in re.finditer(r"^## (.+)$", text, re.MULTILINE)
               if text.count("\n", 0, h.start()) + 1 < line][-1].group(1)
    found = {d.code for r in lint_text(body, "example.md") for d in r.diagnostics}
    if heading == "Example":
        assert code in found, (where, found)
    else:
        assert heading == "Use instead", where
        assert not found, (where, found)


def run_lua(body: str, where: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Loaded by a headless Neovim, which starts the server on a Markdown buffer (the full
    round trip, diagnostics included, is tests/lsp/test_neovim.py)."""
    assert 'cmd = { "schemelint", "lsp" }' in body
    nvim = shutil.which("nvim")
    if nvim is None:
        pytest.skip("needs nvim")
    import subprocess

    init = tmp_path / "init.lua"
    init.write_text(body, encoding="utf-8")
    doc = tmp_path / "a.md"
    doc.write_text("We should worry about scheming.\n")
    bindir = str(Path(sys.executable).parent)
    env = {"PATH": f"{bindir}:/usr/bin:/bin", "HOME": str(tmp_path)}
    script = ("vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)\n"
              "io.stdout:write(#vim.diagnostic.get(0) > 0 and 'OK' or 'NONE')\nvim.cmd('qall!')\n")
    (tmp_path / "check.lua").write_text(script)
    proc = subprocess.run([nvim, "--headless", "-u", str(init), str(doc), "-c",
                           f"luafile {tmp_path / 'check.lua'}"], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert "OK" in proc.stdout + proc.stderr, proc.stdout + proc.stderr


def run_elisp(body: str, where: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    emacs = shutil.which("emacs")
    if emacs is None:
        assert body.count("(") == body.count(")"), "unbalanced parentheses"
        assert '("schemelint" "lsp")' in body
        return
    import subprocess

    f = tmp_path / "init.el"
    f.write_text("(require 'eglot)\n" + body)
    proc = subprocess.run([emacs, "--batch", "-l", str(f)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr


def run_layout(body: str, where: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The layout block: every file and folder it names exists."""
    base = ROOT
    for raw in body.splitlines():
        tokens = raw.split("#")[0].split()
        if not tokens:
            continue
        if not raw.startswith(" "):
            base = ROOT / tokens[0].rstrip("/")
            assert base.exists(), (where, tokens[0])
            names, folder = tokens[1:], base
        elif tokens[0].endswith("/"):
            folder = base / tokens[0].rstrip("/")
            assert folder.is_dir(), (where, folder)
            names = tokens[1:]
        else:
            names, folder = tokens, base
        for n in names:
            if "*" in n or "..." in n:
                continue
            assert (folder / n.rstrip("/")).exists(), (where, folder / n)


RUNNERS = {"sh": run_sh, "toml": run_toml, "yaml": run_yaml, "json": run_json,
           "markdown": run_markdown, "lua": run_lua, "elisp": run_elisp, "": run_layout}


@pytest.mark.parametrize(("where", "lang", "body"),
                         [(f"{p}:{n}", lang, body) for p, n, lang, body in SNIPPETS],
                         ids=[f"{p}:{n}" for p, n, _l, _b in SNIPPETS])
def test_snippet(where: str, lang: str, body: str, monkeypatch: pytest.MonkeyPatch,
                 tmp_path: Path) -> None:
    if lang == "text":
        run_text(body, where, monkeypatch)
        return
    assert lang in RUNNERS, f"{where}: no runner for ```{lang} blocks"
    RUNNERS[lang](body, where, monkeypatch, tmp_path)


def test_readme_starts_with_its_two_commands() -> None:
    blocks = [(p, lang, body) for p, _n, lang, body in SNIPPETS if p == "README.md"][:2]
    assert [b.split(" && ")[-1].strip() for _p, _l, b in blocks] == [
        "schemelint examples/draft.md", "python -m pytest"]
