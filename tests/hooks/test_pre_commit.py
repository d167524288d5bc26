"""The real pre-commit, running our hook from this repository against a papers repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BAD = (
    "By \"scheming\" we mean instrumental training-gaming.\n\n"
    "We observed the model faking alignment during training, so it will sabotage our monitors.\n"
)
GOOD = "By \"scheming\" we mean in-context scheming.\n\nThe agent was scheming in 2% of rollouts.\n"


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@t", "PATH": "/usr/bin:/bin", "HOME": str(cwd)})


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_try_repo_fails_on_findings_and_passes_clean(tmp_path: Path) -> None:
    # A snapshot of this project as a git repository (pre-commit installs hooks from git).
    hook_repo = tmp_path / "hook"
    shutil.copytree(ROOT, hook_repo, ignore=shutil.ignore_patterns(
        ".git", ".ci-venv", ".venv", "bench", "__pycache__", "*.egg-info", ".pytest_cache"))
    git(hook_repo, "init", "-q")
    git(hook_repo, "add", "-A")
    git(hook_repo, "commit", "-qm", "snapshot")
    papers = tmp_path / "papers"
    papers.mkdir()
    git(papers, "init", "-q")
    (papers / "bad.md").write_text(BAD)
    (papers / "good.md").write_text(GOOD)
    git(papers, "add", "-A")
    env = {"PRE_COMMIT_HOME": str(tmp_path / "cache"), "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
           "HOME": str(tmp_path)}
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "schemelint"]
    bad = subprocess.run([*cmd, "--files", "bad.md"], cwd=papers, capture_output=True, text=True,
                         env=env, timeout=900, check=False)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.md:3:68: SL200 [unsupported-worst-case-inference]" in bad.stdout
    good = subprocess.run([*cmd, "--files", "good.md"], cwd=papers, capture_output=True, text=True,
                          env=env, timeout=900, check=False)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
