#!/usr/bin/env python3
"""Build expected.yaml for corpus/devswitch from labels keyed by unique substrings.

Each labelled finding is given as (code, substring). The substring must occur on
exactly one line of its file; that line number (1-based) becomes the expected line.
Run with no arguments to write expected.yaml; run with --check to verify that the
existing expected.yaml matches what the labels produce.

Kinds: switch (SL101, a real sense switch), conflict (SL102, a definition then a
use in another sense), near (a near miss that must not raise SL101 or SL102).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# file -> (kind, [(code, unique substring of the labelled line), ...])
LABELS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    # --- real switches (SL101) ---
    "s01_eval_then_deployment.md": ("switch", [
        ("SL100", "The headline number is the scheming rate"),
        ("SL101", "control protocol assumes schemers that sandbag"),
    ]),
    "s02_finetune_then_control.md": ("switch", [
        ("SL100", "scratchpads show scheming in progress"),
        ("SL101", "scheming at full strength, sabotaging"),
    ]),
    "s03_forum_reply.md": ("switch", [
        ("SL100", "scheming at full strength, sandbagging"),
        ("SL101", "Scheming fell from around 8%"),
    ]),
    "s04_sync_notes.md": ("switch", [
        ("SL100", "scheming shows up in 3.1% of rollouts"),
        ("SL101", "The model schemes against the training process"),
    ]),
    "s05_email_funders.txt": ("switch", [
        ("SL100", "Our experiment found scheming in about 20%"),
        ("SL101", "hold up against scheming models that sabotage"),
    ]),
    "s06_handout_week7.txt": ("switch", [
        ("SL100", "models that are scheming at their most dangerous"),
        ("SL101", "asks how scheming could arise in training"),
    ]),
    "s07_policy_memo.txt": ("switch", [
        ("SL101", "should be tested against scheming"),
    ]),
    "s08_paper_results_control.tex": ("switch", [
        ("SL100", "the model schemes openly"),
        ("SL101", "Scheming in deployment, where a model sabotages"),
    ]),
    "s09_thesis_intro.tex": ("switch", [
        ("SL100", "might be scheming against"),
        ("SL101", "measure scheming in agentic evaluations"),
    ]),
    "s10_workshop_monitor.tex": ("switch", [
        ("SL101", "Our monitor is built for scheming in deployment"),
    ]),
    # --- definition conflicts (SL102) ---
    "s11_benchmark_notes.md": ("conflict", [
        ("SL102", "says nothing about scheming by a model that sandbags"),
    ]),
    "s12_alignment_faking_post.md": ("conflict", [
        ("SL102", "often cited next to these experiments, reports scheming"),
        ("SL102", "There the scheming rate is the"),
    ]),
    "s13_control_design_notes.txt": ("conflict", [
        ("SL102", "the recent RL experiments found scheming in"),
    ]),
    "s14_eval_report_july.txt": ("conflict", [
        ("SL102", "Out of scope: whether scheming also happens during training"),
    ]),
    "s15_safety_case_sketch.tex": ("conflict", [
        ("SL102", "scheming as covert actions in environments"),
        ("SL102", "and they report a scheming"),
    ]),
    "s16_paraphrase_paper.tex": ("conflict", [
        ("SL102", "the question of scheming by agents that sabotage"),
        ("SL102", "Control protocols built for such scheming"),
    ]),
    # --- near misses ---
    "s17_qualified_terms.md": ("near", []),          # in-context scheming / worst-case schemers
    "s18_glossary.txt": ("near", []),                # three senses, three terms
    "s19_named_senses.tex": ("near", []),            # training-gaming vs worst-case scheming
    "s20_blockquote_colleague.md": ("near", []),     # quotation of a colleague
    "s21_reading_group.txt": ("near", []),           # paper summary quoting another sense
    "s22_cited_titles.tex": ("near", []),            # titles of cited works, bibliography
    "s23_house_style.md": ("near", []),              # the word named, not used
    "s24_newsletter.txt": ("near", []),              # colloquial uses
    "s25_undecided_uses.tex": ("near", []),          # uses the context does not decide
    "s26_notebook_long.md": ("near", []),            # long; sabotage/exfiltration as a possibility
    "s27_exfil_environment_long.txt": ("near", []),  # long; self-exfiltration environment
    "s28_value_conflict_long.tex": ("near", []),     # long; exfiltration as a possibility
    "s29_weekend_project.md": ("near", [            # one sense, undefined; colloquial aside
        ("SL100", "Short version: scheming was rare"),
    ]),
    "s30_paper_summary_quotes.md": ("near", []),     # paper summary: quotes and a title
}

EXPECTED_COUNTS = {".md": 12, ".txt": 9, ".tex": 9}
KIND_COUNTS = {"switch": 10, "conflict": 6, "near": 14}
WORDS = (150, 450)

# Rough first-mention finder used only to check SL100 placement.
MENTION = re.compile(r"schem(?:er|ing)|\b(?:model|it|they|agents?)\s+schem(?:e|es|ed)\b", re.I)


def strip_nonprose(text: str, suffix: str) -> list[str]:
    """Lines with comments, citation keys and labels blanked (line count kept)."""
    out = []
    for line in text.splitlines():
        if suffix == ".tex":
            line = re.sub(r"(?<!\\)%.*", "", line)
            line = re.sub(r"\\(?:label|cite|ref|bibitem)\{[^}]*\}", "", line)
            if line.lstrip().startswith("\\bibitem") or "thebibliography" in line:
                line = ""
        if suffix == ".md":
            line = re.sub(r"<!--.*?-->", "", line)
        out.append(line)
    if suffix == ".tex":  # drop the bibliography body
        inside = False
        for i, line in enumerate(text.splitlines()):
            if "\\begin{thebibliography}" in line:
                inside = True
            if inside:
                out[i] = ""
            if "\\end{thebibliography}" in line:
                inside = False
    return out


def prose_words(text: str, suffix: str) -> int:
    if suffix == ".tex":
        text = re.sub(r"(?<!\\)%.*", "", text)
        text = re.sub(r"\\(?:label|cite|ref|begin|end|documentclass|usepackage)\{[^}]*\}", " ", text)
        text = re.sub(r"\$[^$]*\$", " ", text)
        text = re.sub(r"\\[A-Za-z]+", " ", text)
    return len([w for w in re.split(r"\s+", text) if re.search(r"[A-Za-z]", w)])


def compute() -> dict[str, list[tuple[str, int]]]:
    errors: list[str] = []
    result: dict[str, list[tuple[str, int]]] = {}
    files = sorted(p.name for p in HERE.iterdir() if p.suffix in EXPECTED_COUNTS)
    missing = sorted(set(files) - set(LABELS))
    extra = sorted(set(LABELS) - set(files))
    if missing:
        errors.append(f"files without labels: {missing}")
    if extra:
        errors.append(f"labels for missing files: {extra}")
    for suffix, n in EXPECTED_COUNTS.items():
        got = sum(1 for f in files if f.endswith(suffix))
        if got != n:
            errors.append(f"{suffix}: {got} files, expected {n}")
    for kind, n in KIND_COUNTS.items():
        got = sum(1 for k, _ in LABELS.values() if k == kind)
        if got != n:
            errors.append(f"kind {kind}: {got} files, expected {n}")
    for name, (kind, findings) in LABELS.items():
        path = HERE / name
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        words = prose_words(text, path.suffix)
        if not WORDS[0] <= words <= WORDS[1]:
            errors.append(f"{name}: {words} prose words, outside {WORDS}")
        codes = [c for c, _ in findings]
        if kind == "switch" and "SL101" not in codes:
            errors.append(f"{name}: switch document without SL101")
        if kind == "conflict" and "SL102" not in codes:
            errors.append(f"{name}: conflict document without SL102")
        if kind == "near" and {"SL101", "SL102"} & set(codes):
            errors.append(f"{name}: near miss labelled SL101/SL102")
        out = []
        for code, sub in findings:
            hits = [i + 1 for i, line in enumerate(lines) if sub in line]
            if len(hits) != 1:
                errors.append(f"{name}: substring {sub!r} on lines {hits}, need exactly one")
                continue
            line_no = hits[0]
            if not re.search(r"schem", lines[line_no - 1], re.I):
                errors.append(f"{name}:{line_no}: labelled line has no form of the term")
            out.append((code, line_no))
        prose = strip_nonprose(text, path.suffix)
        first = next((i + 1 for i, l in enumerate(prose) if MENTION.search(l)), None)
        for code, line_no in out:
            if code == "SL100" and line_no != first:
                errors.append(f"{name}: SL100 on line {line_no}, first mention on line {first}")
        result[name] = sorted(out, key=lambda f: (f[1], f[0]))
    if errors:
        sys.exit("make_expected.py: " + "\n  ".join(["errors:"] + errors))
    return result


def render(result: dict[str, list[tuple[str, int]]]) -> str:
    parts = ["# Generated by make_expected.py; edit LABELS there, not this file.\n"]
    for name in sorted(result):
        findings = result[name]
        if not findings:
            parts.append(f"{name}: []\n")
            continue
        parts.append(f"{name}:\n")
        for code, line in findings:
            parts.append(f"  - {{code: {code}, line: {line}}}\n")
    return "".join(parts)


def main() -> None:
    text = render(compute())
    target = HERE / "expected.yaml"
    if "--check" in sys.argv[1:]:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            sys.exit("expected.yaml is out of date; run make_expected.py")
        print("expected.yaml is up to date")
        return
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({len(LABELS)} files)")


if __name__ == "__main__":
    main()
