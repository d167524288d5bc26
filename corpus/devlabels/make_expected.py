"""Write expected.yaml for the devlabels corpus (SL202 context-free-label).

Each labelled document lists one substring per expected SL202 finding; the
substring must occur on exactly one line of its file, and that line number is
the expected finding's line. Documents not listed in LABELS expect no findings.
Run from anywhere: python make_expected.py [--check]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXTS = (".md", ".txt", ".tex")

LABELS: dict[str, list[str]] = {
    "l01_eval_summary.md": ["Checkpoint R-7 is a schemer."],
    "l02_lab_notes.txt": ["we found that the model is not a schemer"],
    "l03_control_baseline.tex": ["baseline, a non-schemer, and run it"],
    "l04_probe_results.md": [
        "separates schemers and non-schemers",
        "Checkpoint 9 is the only schemer among the twelve",
    ],
    "l05_forum_binary.txt": [
        "Whether it is a schemer or not gets fixed",
        "v4 is a schemer.",
    ],
    "l06_training_dynamics.tex": ["the checkpoint became a schemer"],
    # Relabelled by the lead: the brief said embedded questions stay silent, but SL202's own
    # documented example ("We must determine whether the deployed model is a schemer") is
    # one; the check reports the binary framing of "whether ... is a schemer".
    "l15_open_question.tex": ["Whether the model is a schemer is what this study cannot settle"],
    "l07_review_reply.md": [
        "and it then complied, as schemers do",
        "Model B, by contrast, is plainly not a schemer",
    ],
    "l08_slides.md": ["Verdict: the 70B model is a schemer"],
    "l09_incontext_report.txt": [
        "two are schemers and four are not",
        "turned out to be a non-schemer",
    ],
    "l10_postmortem.md": ["checkpoint 31 is a non-schemer"],
    "l11_paper_discussion.tex": [
        "Unlike the other schemers in our pool",
        "conclude that M5 is a schemer",
    ],
    "l12_newsletter.txt": ["the lab's new release is a schemer, full stop"],
}


def docs() -> list[Path]:
    return sorted(p for p in HERE.iterdir() if p.suffix in EXTS)


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    hits = [i for i, line in enumerate(lines, 1) if needle in line]
    if len(hits) != 1:
        sys.exit(f"{path.name}: {needle!r} found on lines {hits}, need exactly one")
    return hits[0]


def word_count(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".tex":
        text = re.sub(r"\\(documentclass|usepackage|newtheorem|begin|end)(\{[^}]*\})+", " ", text)
        text = re.sub(r"\\[A-Za-z]+", " ", text)
        text = re.sub(r"[{}$~]", " ", text)
    return len(re.findall(r"[A-Za-z0-9][\w'’.,:;%-]*", text))


def expected() -> dict[str, list[int]]:
    names = {p.name for p in docs()}
    unknown = set(LABELS) - names
    if unknown:
        sys.exit(f"LABELS names missing files: {sorted(unknown)}")
    return {n: sorted(line_of(HERE / n, s) for s in LABELS.get(n, [])) for n in sorted(names)}


def render(exp: dict[str, list[int]]) -> str:
    out = []
    for name, lines in exp.items():
        if not lines:
            out.append(f"{name}: []")
            continue
        out.append(f"{name}:")
        out.extend(f"  - {{code: SL202, line: {n}}}" for n in lines)
    return "\n".join(out) + "\n"


def check(exp: dict[str, list[int]]) -> None:
    """Re-read expected.yaml and confirm it matches the files and the substrings."""
    import yaml  # only needed for the check

    data = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))
    files = docs()
    problems = []
    if set(data) != {p.name for p in files}:
        problems.append(f"manifest/files differ: {set(data) ^ {p.name for p in files}}")
    for name, findings in data.items():
        lines = (HERE / name).read_text(encoding="utf-8").splitlines()
        wanted = list(LABELS.get(name, []))
        got = sorted(f["line"] for f in findings)
        if got != exp[name]:
            problems.append(f"{name}: manifest lines {got} != computed {exp[name]}")
        for f in findings:
            if f["code"] != "SL202":
                problems.append(f"{name}: unexpected code {f['code']}")
            line = lines[f["line"] - 1]
            match = [s for s in wanted if s in line]
            if not match:
                problems.append(f"{name}:{f['line']}: no intended substring on {line!r}")
            else:
                wanted.remove(match[0])
        if wanted:
            problems.append(f"{name}: substrings without a finding: {wanted}")
    for p in files:
        n = word_count(p)
        if not 60 <= n <= 250:
            problems.append(f"{p.name}: {n} words")
    counts = {e: sum(p.suffix == e for p in files) for e in EXTS}
    if counts != {".md": 12, ".txt": 9, ".tex": 9}:
        problems.append(f"format counts {counts}")
    if problems:
        sys.exit("\n".join(problems))
    total = sum(len(v) for v in data.values())
    labelled = sum(bool(v) for v in data.values())
    print(f"ok: {len(files)} files {counts}, {labelled} labelled, {total} expected findings")
    for p in files:
        print(f"  {p.name}: {word_count(p)} words, lines {exp[p.name]}")


if __name__ == "__main__":
    exp = expected()
    (HERE / "expected.yaml").write_text(render(exp), encoding="utf-8")
    if "--check" in sys.argv:
        check(exp)
