"""Check out the repositories of the real-document set at their labelled commits.

Each repository named in corpus/real/repos-*.jsonl is written, at its labelled commit, to
DEST/owner+name/ from a local git directory (a bare clone or a mirror: GIT_DIRS/owner+name/,
searched recursively for the git directory that has the commit). Nothing is downloaded.

    python bench/real_checkout.py --git-dirs /path/to/mirrors --dest /tmp/real-sources
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def git_dirs(base: Path) -> list[Path]:
    if (base / "HEAD").is_file() and (base / "objects").is_dir():
        return [base]
    return [p.parent for p in base.rglob("HEAD") if (p.parent / "objects").is_dir()]


def has_commit(gd: Path, commit: str) -> bool:
    return subprocess.run(["git", "--git-dir", str(gd), "cat-file", "-e", f"{commit}^{{commit}}"],
                          capture_output=True, check=False).returncode == 0


def blob_by_blob(gd: Path, commit: str, dest: Path) -> int:
    """Write each readable blob of the commit under dest; return how many could not be read."""
    listing = subprocess.run(["git", "--git-dir", str(gd), "ls-tree", "-r", "-z", commit],
                             capture_output=True, check=True).stdout.decode("utf-8", "surrogateescape")
    skipped = 0
    for entry in filter(None, listing.split("\0")):
        meta, path = entry.split("\t", 1)
        mode, kind, sha = meta.split()
        if kind != "blob" or mode == "120000" or ".." in Path(path).parts:
            continue
        blob = subprocess.run(["git", "--git-dir", str(gd), "cat-file", "blob", sha],
                              capture_output=True, check=False)
        if blob.returncode != 0:
            skipped += 1
            continue
        out = dest / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(blob.stdout)
    return skipped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--git-dirs", type=Path, required=True)
    ap.add_argument("--dest", type=Path, required=True)
    ap.add_argument("--labels", type=Path, default=ROOT / "corpus" / "real")
    args = ap.parse_args(argv)
    repos: dict[str, str] = {}
    for path in sorted(args.labels.glob("repos-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                repos[r["repo"]] = r["commit"]
    failed = 0
    for repo, commit in sorted(repos.items()):
        dest = args.dest / repo.replace("/", "+")
        if dest.is_dir():
            print(f"{repo}: already at {dest}")
            continue
        found = [gd for gd in git_dirs(args.git_dirs / repo.replace("/", "+"))
                 if has_commit(gd, commit)] if (args.git_dirs / repo.replace("/", "+")).exists() else []
        if not found:
            print(f"{repo}: no git directory with commit {commit[:10]} under {args.git_dirs}",
                  file=sys.stderr)
            failed += 1
            continue
        archive = subprocess.run(["git", "--git-dir", str(found[0]), "archive", commit],
                                 capture_output=True, check=False)
        dest.mkdir(parents=True)
        if archive.returncode == 0:
            with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
                tar.extractall(dest, filter="data")
            print(f"{repo}@{commit[:10]} -> {dest}")
        else:  # a mirror may lack its largest blobs: write every file that can be read
            skipped = blob_by_blob(found[0], commit, dest)
            print(f"{repo}@{commit[:10]} -> {dest} ({skipped} absent files skipped)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
