"""Score schemelint against the real-document development set (corpus/real/).

The set labels, by position only, every use of the term in public repositories of AI-safety
writing that nobody here wrote (see corpus/real/README.md). This script lints checked-out copies
of those repositories with the installed ``schemelint`` and reports

- the finder: precision and recall of mentions against the labelled uses (references, non-prose
  and non-term "scheme" uses are labelled too, so a mention found there is a false positive);
- senses: accuracy over the uses the finder found, per label, with a confusion matrix;
- voice and definitions, where the tool reports them;
- findings: precision per check against the stored verdicts (right / wrong / debatable), strict
  (debatable counts as wrong); findings nobody has judged yet are listed, not guessed. Files
  listed with ``"uses": false`` had their findings judged but their uses not labelled: they
  count for the findings only.

Usage::

    python bench/real_eval.py --sources DIR            # DIR/owner+name/ holds each checkout
    python bench/real_eval.py --sources DIR --json     # the same figures as JSON
    python bench/real_eval.py --sources DIR --unjudged # list findings that have no verdict

Checkouts: ``python bench/real_checkout.py --git-dirs MIRRORS --dest DIR`` writes each
repository at its labelled commit from local git directories. CI does not need any of this.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "corpus" / "real"
SENSES = ("training-gaming", "worst-case", "in-context", "colloquial", "unclear")
NOT_MENTIONS = ("not-term", "non-prose", "reference")


def read_jsonl(paths: list[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}:{n}: invalid JSON: {exc.msg}") from None
    return rows


def _key(u: dict[str, Any]) -> tuple[str, str, int, int]:
    return (u["repo"], u["path"], u["line"], u["column"])


def dedupe_uses(uses: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A position labelled by two labellers is scored with the first file's label (files are
    read in name order); :func:`agreement` compares the two."""
    seen: dict[tuple[str, str, int, int], dict[str, Any]] = {}
    for u in uses:
        seen.setdefault(_key(u), u)
    return list(seen.values())


def agreement(labels: Path) -> tuple[int, int, Counter[tuple[str, str]]]:
    """Positions labelled twice: how many, how many agree, and the disagreements."""
    by_file: dict[str, dict[tuple[str, str, int, int], str]] = {}
    for path in sorted(labels.glob("uses-*.jsonl")):
        by_file[path.name] = {_key(u): u["label"] for u in read_jsonl([path])}
    names = sorted(by_file)
    both = agree = 0
    diff: Counter[tuple[str, str]] = Counter()
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            for k in by_file[a].keys() & by_file[b].keys():
                both += 1
                if by_file[a][k] == by_file[b][k]:
                    agree += 1
                else:
                    diff[(by_file[a][k], by_file[b][k])] += 1
    return both, agree, diff


@dataclass
class RepoSet:
    repo: str
    commit: str
    checkout: Path
    files: list[str] = field(default_factory=list)  # covered paths, relative to the checkout
    roots: list[str] = field(default_factory=list)  # what to lint (root documents)
    # files whose findings were judged but whose uses were not labelled ("uses": false)
    judged_only: list[str] = field(default_factory=list)


def checkout_dir(sources: Path, repo: str) -> Path:
    return sources / repo.replace("/", "+")


def split_of(repo: str) -> str:
    """Whole repositories are split, by a hash of the name: a third are held out for
    reporting (looked at only to score), the rest are the development part (read freely)."""
    import hashlib

    return "test" if int(hashlib.sha256(repo.encode()).hexdigest()[:8], 16) % 3 == 0 else "dev"


def part_of(repo: str, repos: dict[str, dict[str, Any]]) -> str:
    """The part a repository belongs to: by the hash of its name, unless its entry says
    otherwise (``split`` with ``split_why``: a repository read while developing is development
    data, whatever its name hashes to)."""
    return repos.get(repo, {}).get("split") or split_of(repo)


def load_sets(labels: Path, sources: Path, split: str = "all"
              ) -> tuple[list[RepoSet], list[dict[str, Any]]]:
    repos = {r["repo"]: r for r in read_jsonl(sorted(labels.glob("repos-*.jsonl")))}
    files = [f for f in read_jsonl(sorted(labels.glob("files-*.jsonl")))
             if split == "all" or part_of(f["repo"], repos) == split]
    uses = dedupe_uses(read_jsonl(sorted(labels.glob("uses-*.jsonl"))))
    sets: dict[str, RepoSet] = {}
    for f in files:
        s = sets.setdefault(f["repo"], RepoSet(f["repo"], f["commit"],
                                               checkout_dir(sources, f["repo"])))
        if f["path"] in s.files or f["path"] in s.judged_only:
            continue  # covered by two labellers: scored once
        (s.files if f.get("uses", True) else s.judged_only).append(f["path"])
        root = f.get("root") or f["path"]
        if root not in s.roots:
            s.roots.append(root)
    for s in sets.values():
        declared = repos.get(s.repo, {}).get("roots")
        if declared:
            s.roots = [r for r in declared if r] + [r for r in s.roots if r not in declared
                                                     and r not in s.files]
            # Files not reached from a declared root are linted on their own.
            s.roots += [f for f in s.files if f not in s.roots]
    return list(sets.values()), uses


def lint(s: RepoSet, exe: list[str]) -> dict[str, dict[str, Any]]:
    """Lint one checkout; results keyed by path relative to the checkout."""
    roots = [r for r in s.roots if (s.checkout / r).is_file()]
    proc = subprocess.run([*exe, "--format", "json", *roots], cwd=s.checkout,
                          capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{s.repo}: schemelint exited {proc.returncode}: "
                         f"{proc.stderr.strip()[:300]}")
    out: dict[str, dict[str, Any]] = {}
    real_checkout = s.checkout.resolve()
    try:
        files = json.loads(proc.stdout)["files"]
    except (ValueError, KeyError):
        raise SystemExit(f"{s.repo}: schemelint printed no JSON: {proc.stderr.strip()[-300:]}")
    for f in files:
        p = (s.checkout / f["path"]).resolve()
        try:
            key = p.relative_to(real_checkout).as_posix()
        except ValueError:
            key = f["path"]
        # A file reached both on its own and through \input is kept once (the root's reading).
        out.setdefault(key, f)
    return out


def matches(use: dict[str, Any], m: dict[str, Any]) -> bool:
    if m["line"] != use["line"]:
        return False
    lo, hi = use["column"], use["column"] + len(use.get("term") or "x")
    return m["column"] < hi and lo < m["end_column"]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    sense_right: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    voice: Counter[tuple[str, str]] = field(default_factory=Counter)
    definition: Counter[tuple[bool, bool]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_sense: list[str] = field(default_factory=list)
    wrong_definition: list[str] = field(default_factory=list)


def score_mentions(sets: list[RepoSet], uses: list[dict[str, Any]],
                   results: dict[str, dict[str, dict[str, Any]]]) -> Tally:
    t = Tally()
    by_file: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for u in uses:
        by_file[(u["repo"], u["path"])].append(u)
    for s in sets:
        for path in s.files:
            labelled = by_file.get((s.repo, path), [])
            found = results[s.repo].get(path, {}).get("mentions", [])
            taken: set[int] = set()
            for u in labelled:
                hit = next((i for i, m in enumerate(found)
                            if i not in taken and matches(u, m)), None)
                where = f"{s.repo}:{path}:{u['line']}:{u['column']}"
                if u["label"] in NOT_MENTIONS:
                    if hit is not None:
                        taken.add(hit)
                        t.fp += 1
                        t.spurious.append(f"{where} {u['label']} found as a mention")
                    continue
                if hit is None:
                    t.fn += 1
                    t.misses.append(f"{where} {u['label']} not found")
                    continue
                taken.add(hit)
                m = found[hit]
                t.tp += 1
                t.confusion[(u["label"], m["sense"])] += 1
                if m["sense"] == u["label"]:
                    t.sense_right += 1
                else:
                    t.wrong_sense.append(f"{where} labelled {u['label']}, read {m['sense']}"
                                         f" ({m.get('confidence', 0):.2f}, voice "
                                         f"{m.get('voice', '?')}, from the "
                                         f"{m.get('sense_from', '?')})")
                if "voice" in m and u.get("voice"):
                    t.voice[(u["voice"], m["voice"])] += 1
                if u.get("definition") is not None:
                    pair = (bool(u["definition"]), bool(m.get("definition")))
                    t.definition[pair] += 1
                    if pair[0] != pair[1]:
                        t.wrong_definition.append(
                            f"{where} labelled {'a definition' if pair[0] else 'no definition'}")
            for i, m in enumerate(found):
                if i not in taken:
                    t.fp += 1
                    t.spurious.append(f"{s.repo}:{path}:{m['line']}:{m['column']} "
                                      f"'{m['term']}' has no label")
    return t


def score_findings(sets: list[RepoSet], results: dict[str, dict[str, dict[str, Any]]],
                   verdicts: list[dict[str, Any]],
                   listing: list[str] | None = None) -> tuple[dict[str, Counter[str]], list[str]]:
    """Counts per check and verdict, and the findings nobody has judged; ``listing``, when
    given, receives every finding with its verdict and the reason stored for it."""
    by_key = {(v["repo"], v["path"], v["line"], v["column"], v["code"]): v for v in verdicts}
    judged = {k: v["verdict"] for k, v in by_key.items()}
    per_code: dict[str, Counter[str]] = defaultdict(Counter)
    unjudged: list[str] = []
    for s in sets:
        covered = set(s.files) | set(s.judged_only)
        for path, f in results[s.repo].items():
            if path not in covered:
                continue
            for d in f.get("diagnostics", []):
                key = (s.repo, path, d["line"], d["column"], d["code"])
                verdict = judged.get(key)
                if verdict is None:
                    per_code[d["code"]]["unjudged"] += 1
                    unjudged.append(f"{s.repo}:{path}:{d['line']}:{d['column']}: {d['code']} "
                                    f"{d['message'][:140]}")
                else:
                    per_code[d["code"]][verdict] += 1
                if listing is not None:
                    why = by_key[key].get("reason", "") if verdict else ""
                    listing.append(f"{verdict or 'unjudged':9s} {s.repo}:{path}:{d['line']}: "
                                   f"{d['code']} {d['message'][:100]}" + (f" [{why}]" if why else ""))
    return per_code, unjudged


def ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=LABELS, help="folder of uses-/files-/repos-/"
                    "verdicts-*.jsonl (default: corpus/real)")
    ap.add_argument("--sources", type=Path, required=True,
                    help="folder holding one checkout per repository, named owner+name")
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev",
                    help="which repositories: the development part (default), the held-out "
                    "part, or all")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--unjudged", action="store_true", help="list findings with no verdict")
    ap.add_argument("--verdicts", action="store_true",
                    help="list every finding with its verdict and the reason given for it")
    ap.add_argument("--details", action="store_true",
                    help="list misses, spurious mentions and wrong senses")
    ap.add_argument("--schemelint", default=None,
                    help="command to run (default: this Python's -m schemelint)")
    args = ap.parse_args(argv)

    sets, uses = load_sets(args.labels, args.sources, args.split)
    if args.split == "test" and (args.details or args.unjudged or args.verdicts):
        print("the held-out part is scored, not read: --details, --unjudged and --verdicts "
              "are for dev",
              file=sys.stderr)
        return 2
    if not sets:
        print(f"no labelled files in {args.labels}", file=sys.stderr)
        return 2
    absent = [s for s in sets if not s.checkout.is_dir()]
    if absent:
        names = ", ".join(f"{s.repo}@{s.commit[:10]}" for s in absent)
        print(f"checkouts missing in {args.sources}: {names}; run bench/real_checkout.py "
              "first (each repository at its labelled commit, in a folder named owner+name)",
              file=sys.stderr)
        return 2
    exe = args.schemelint.split() if args.schemelint else [sys.executable, "-m", "schemelint"]
    env_note = os.environ.get("SCHEMELINT_EVAL_NOTE", "")
    results = {s.repo: lint(s, exe) for s in sets}
    t = score_mentions(sets, uses, results)
    verdicts = read_jsonl(sorted(args.labels.glob("verdicts-*.jsonl")))
    listing: list[str] | None = [] if args.verdicts else None
    per_code, unjudged = score_findings(sets, results, verdicts, listing)

    covered = {(s.repo, f) for s in sets for f in s.files}
    labels = Counter(u["label"] for u in uses if (u["repo"], u["path"]) in covered)
    figures: dict[str, Any] = {
        "repositories": len(sets),
        "files": sum(len(s.files) for s in sets),
        "labels": dict(labels),
        "finder": {"precision": ratio(t.tp, t.tp + t.fp), "recall": ratio(t.tp, t.tp + t.fn),
                   "tp": t.tp, "fp": t.fp, "fn": t.fn},
        "sense_accuracy": ratio(t.sense_right, t.tp),
        "sense_recall": {lab: ratio(t.confusion[(lab, lab)],
                                    sum(v for (g, _), v in t.confusion.items() if g == lab))
                         for lab in SENSES},
        "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(t.confusion.items())},
        "findings": {code: dict(c) | {"strict_precision": ratio(c["right"],
                                                                c["right"] + c["wrong"]
                                                                + c["debatable"])}
                     for code, c in sorted(per_code.items())},
    }
    if t.voice:
        figures["voice_accuracy"] = ratio(sum(n for (a, b), n in t.voice.items() if a == b),
                                          sum(t.voice.values()))
    if t.definition:
        d = t.definition
        figures["definition"] = {"precision": ratio(d[(True, True)], d[(True, True)]
                                                    + d[(False, True)]),
                                 "recall": ratio(d[(True, True)], d[(True, True)]
                                                 + d[(True, False)])}
    all_f = Counter[str]()
    for c in per_code.values():
        all_f.update(c)
    figures["findings_all"] = dict(all_f) | {"strict_precision": ratio(
        all_f["right"], all_f["right"] + all_f["wrong"] + all_f["debatable"])}
    both, agree, diff = agreement(args.labels)
    if both:
        figures["labeller_agreement"] = {"positions": both, "agree": agree,
                                         "rate": ratio(agree, both),
                                         "disagreements": {f"{a} vs {b}": n
                                                           for (a, b), n in diff.most_common()}}
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"[{args.split}] {figures['repositories']} repositories, {figures['files']} covered files; labels: "
          + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())) + (f" {env_note}"))
    f = figures["finder"]
    print(f"finder: precision {f['precision']:.3f}, recall {f['recall']:.3f} "
          f"(TP {t.tp}, FP {t.fp}, FN {t.fn})")
    print(f"sense accuracy over found uses: {figures['sense_accuracy']:.3f} "
          f"({t.sense_right}/{t.tp})")
    for lab in SENSES:
        n = sum(v for (g, _), v in t.confusion.items() if g == lab)
        print(f"  {lab:<16} recall {figures['sense_recall'][lab]:.3f} of {n}")
    if "voice_accuracy" in figures:
        print(f"voice accuracy: {figures['voice_accuracy']:.3f}")
    if "definition" in figures:
        print(f"definitions: precision {figures['definition']['precision']:.3f}, "
              f"recall {figures['definition']['recall']:.3f}")
    if both:
        print(f"labeller agreement where two labellers covered the same file: {agree}/{both} "
              f"({ratio(agree, both):.2f}); " + ", ".join(f"{a} vs {b}: {n}"
                                                       for (a, b), n in diff.most_common(5)))
    print("findings (strict precision: debatable counts as wrong):")
    for code, c in figures["findings"].items():
        print(f"  {code}: right {c.get('right', 0)}, debatable {c.get('debatable', 0)}, "
              f"wrong {c.get('wrong', 0)}, unjudged {c.get('unjudged', 0)}; "
              f"precision {c['strict_precision']:.2f}")
    a = figures["findings_all"]
    print(f"  all: {a.get('right', 0)} right of {a.get('right', 0) + a.get('wrong', 0) + a.get('debatable', 0)}"
          f" judged, precision {a['strict_precision']:.2f}; {a.get('unjudged', 0)} unjudged")
    if args.details:
        for title, rows in (("missed", t.misses), ("spurious", t.spurious),
                            ("wrong sense", t.wrong_sense),
                            ("definition", t.wrong_definition)):
            print(f"\n{title} ({len(rows)}):")
            print("\n".join(f"  {r}" for r in rows))
    if args.unjudged and unjudged:
        print(f"\nunjudged findings ({len(unjudged)}):")
        print("\n".join(f"  {u}" for u in unjudged))
    if listing:
        print(f"\nfindings ({len(listing)}):")
        print("\n".join(f"  {row}" for row in sorted(listing)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
