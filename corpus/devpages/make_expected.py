#!/usr/bin/env python3
"""Write and check expected.yaml for corpus/devpages.

Each document is listed once in DOCS with its kind and its expected findings. A finding
is given as (code, substring): the substring must occur on exactly one line of the file,
and that line's number becomes the finding's line. Run from anywhere:

    python3 corpus/devpages/make_expected.py          # write expected.yaml, then check it
    python3 corpus/devpages/make_expected.py --check  # only check the existing expected.yaml

The check fails (exit 1) when a substring is missing or not unique, when a labelled line
has no form of the term, when a file in the folder is missing from DOCS (or the reverse),
when the manifest on disk disagrees with DOCS, or when the format/kind counts or word
counts are off.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "expected.yaml"
NOT_DOCS = {"expected.yaml", "make_expected.py"}

# Forms of the term: scheming, schemer(s), scheme/schemes/schemed (the noun "scheme" also
# matches; it is only used to check that a labelled line contains some form).
TERM = re.compile(r"schem(?:e|es|ed|ing|er|ers)\b", re.IGNORECASE)

POS = "SL100"  # short alias used in the table below

# file: (kind, [(code, unique substring of the finding's line), ...])
DOCS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    # --- relies on the term, never says which sense (SL100 expected) ---
    "p01_blog_compliance_gap.md": (
        "SL100 blog post, training-gaming; first mention is a quoted headline (not own voice)",
        [(POS, "as early evidence about scheming")]),
    "p02_blog_control_sprint.md": (
        "SL100 blog post, worst-case; 'scheming' in front matter tags (not a mention); first use is the H1",
        [(POS, "# Deploying a model that might be scheming")]),
    "p03_labnotes_rollouts.txt": (
        "SL100 lab notes, in-context (rollouts, goal nudge, oversight config)",
        [(POS, "That is a higher scheming rate")]),
    "p04_labnotes_rl_run.md": (
        "SL100 lab notes, training-gaming; term earlier only in an HTML comment and inline code",
        [(POS, "the closest thing to scheming")]),
    "p05_eval_report_covert_suite.md": (
        "SL100 eval report, in-context; verb form 'schemes'",
        [(POS, "R-7 schemes noticeably less")]),
    "p06_eval_report_orchid.tex": (
        "SL100 LaTeX eval report, in-context; term earlier only in a comment, \\label and a cite key",
        [(POS, "Scheming by Orchid-2 was rare")]),
    "p07_grant_summary.txt": (
        "SL100 grant summary, unclear sense; noun 'small-grants scheme' in the title is not a mention",
        [(POS, "treat scheming as one of the central risks")]),
    "p08_forum_post.md": (
        "SL100 forum post, unclear sense; first mention is in a blockquote of another poster",
        [(POS, "showed no signs of scheming")]),
    "p09_course_notes.txt": (
        "SL100 reading-group notes, training-gaming; 'Scheming is hard to observe' is not a definition",
        [(POS, "Jonah argued that scheming")]),
    "p10_workshop_paper.tex": (
        "SL100 LaTeX workshop paper, worst-case (control); term also in cite key and bibliography",
        [(POS, "if the deployed model were scheming against them")]),
    "p11_slide_notes.md": (
        "SL100 slide notes under 400 words, in-context; two prose uses (short-piece rule)",
        [(POS, "when a model schemes in one of these")]),
    "p12_tech_memo.tex": (
        "SL100 LaTeX memo, training-gaming; comment and 'learning-rate scheme' are not mentions",
        [(POS, "if the model were scheming to keep")]),
    "p13_safety_cases_digest.txt": (
        "SL100 newsletter, worst-case (control, safety cases); first mention is a cited title",
        [(POS, "treats the model as possibly scheming")]),
    "p14_lecture_handout.tex": (
        "SL100 LaTeX course handout, unclear/evaluation-gaming sense",
        [(POS, "scheming, the act of measuring")]),
    # --- (a) glossed: the document says which sense it means ---
    "p15_bold_colon_gloss.md": ("gloss: bold term + colon (in-context)", []),
    "p16_dash_gloss_quoted.txt": ("gloss: quoted term + em-dash gloss (training-gaming)", []),
    "p17_that_is_gloss.txt": ("gloss: 'scheming, that is, ...' (worst-case)", []),
    "p18_ie_gloss.md": ("gloss: 'scheming (i.e. ...)' (in-context)", []),
    "p19_researchers_now_call.md": ("gloss: 'what researchers now call scheming' (training-gaming)", []),
    "p20_refers_to.txt": ("gloss: 'scheming refers to ...' (worst-case)", []),
    "p21_known_as.tex": ("gloss: 'a behaviour known as scheming' (training-gaming)", []),
    "p22_heading_faq.md": ("gloss: heading 'What is scheming?' + defining paragraph (in-context)", []),
    "p23_emph_gloss.tex": ("gloss: \\emph{scheming}: ... (worst-case)", []),
    "p24_footnote_gloss.tex": ("gloss: \\footnote defining the term, on its second use (training-gaming)", []),
    # --- (b) passing mentions ---
    "p25_topic_list_syllabus.md": ("passing: one item of a bulleted topic list", []),
    "p26_pointer_lesson.md": ("passing: one pointer sentence to another lesson, piece over 400 words", []),
    "p27_reading_list.txt": ("passing: term only in reading-list entries (references)", []),
    "p28_tag_line_blog.md": ("passing: term only in a closing tag line", []),
    "p29_benchmark_list.tex": ("passing: last item of an inline benchmark list", []),
    "p30_caption.tex": ("passing: figure caption of a few words, piece under 400 words", []),
    # --- (c) quotes another writer's definition, then uses it ---
    "p31_quoted_definition.md": ("quoted definition (blockquote) + adopted sense (training-gaming)", []),
    "p32_quoted_definition.tex": ("quoted definition (quote env) + uses in that sense (worst-case)", []),
    # --- (d) qualified terms only ---
    "p33_in_context_qualified.txt": ("qualified: only 'in-context scheming'", []),
    "p34_qualified_terms.md": ("qualified: only 'instrumental training-gaming' / 'worst-case model'", []),
    # --- (e) colloquial ---
    "p35_colloquial_court.txt": ("colloquial: people at a historical court", []),
    "p36_colloquial_fiction.md": ("colloquial: novel review, human characters", []),
}

EXPECTED_FORMATS = {".md": 16, ".txt": 10, ".tex": 10}
EXPECTED_POSITIVE = 14
MIN_WORDS, MAX_WORDS = 100, 500


def prose_words(path: Path) -> int:
    """Rough count of prose words: markup, comments, code and commands removed."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        text = re.sub(r"`[^`]*`", "", text)
    elif path.suffix == ".tex":
        text = re.sub(r"(?<!\\)%.*", "", text)
        text = re.sub(r"\\(?:begin|end|label|ref|cite[tp]?|includegraphics|usepackage|"
                      r"documentclass|bibliographystyle|bibliography)(?:\[[^\]]*\])?\{[^}]*\}", "", text)
        text = re.sub(r"\\[A-Za-z]+\*?", "", text)
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.,%-]*", text))


def locate(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    hits = [i for i, line in enumerate(lines, 1) if needle in line]
    if len(hits) != 1:
        raise ValueError(f"{path.name}: substring {needle!r} found on {len(hits)} lines")
    if not TERM.search(lines[hits[0] - 1]):
        raise ValueError(f"{path.name}:{hits[0]}: labelled line has no form of the term")
    return hits[0]


def build() -> dict[str, list[dict[str, object]]]:
    return {
        name: [{"code": code, "line": locate(HERE / name, needle)} for code, needle in findings]
        for name, (_kind, findings) in DOCS.items()
    }


def write(manifest: dict[str, list[dict[str, object]]]) -> None:
    out = ["# Expected findings for corpus/devpages; generated by make_expected.py, do not edit.",
           "# Checks labelled: SL100 SL101 SL102 SL200 SL201 SL202 (only SL100 occurs).", ""]
    for name, findings in manifest.items():
        out.append(f"# {DOCS[name][0]}")
        if findings:
            out.append(f"{name}:")
            out.extend(f"  - {{code: {f['code']}, line: {f['line']}}}" for f in findings)
        else:
            out.append(f"{name}: []")
    MANIFEST.write_text("\n".join(out) + "\n", encoding="utf-8")


def check(manifest: dict[str, list[dict[str, object]]]) -> list[str]:
    problems: list[str] = []
    on_disk = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    if on_disk != manifest:
        problems.append("expected.yaml differs from what DOCS produces")
    files = {p.name for p in HERE.iterdir() if p.is_file() and p.name not in NOT_DOCS}
    for name in sorted(files - set(on_disk)):
        problems.append(f"{name}: not in expected.yaml")
    for name in sorted(set(on_disk) - files):
        problems.append(f"{name}: in expected.yaml but no such file")
    for name, findings in on_disk.items():
        path = HERE / name
        if not path.exists():
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for (code, needle), found in zip(DOCS[name][1], findings):
            line = found["line"]
            if found["code"] != code or not (1 <= line <= len(lines)) or needle not in lines[line - 1]:
                problems.append(f"{name}:{line}: does not hold {needle!r}")
        words = prose_words(path)
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"{name}: {words} prose words, outside {MIN_WORDS}-{MAX_WORDS}")
    formats = Counter(Path(n).suffix for n in on_disk)
    if dict(formats) != EXPECTED_FORMATS:
        problems.append(f"format counts {dict(formats)} != {EXPECTED_FORMATS}")
    positives = sum(1 for f in on_disk.values() if f)
    if positives != EXPECTED_POSITIVE or len(on_disk) - positives != 36 - EXPECTED_POSITIVE:
        problems.append(f"{positives} SL100 documents, expected {EXPECTED_POSITIVE} of 36")
    return problems


def main(argv: list[str]) -> int:
    manifest = build()
    if "--check" not in argv:
        write(manifest)
    problems = check(manifest)
    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print(f"ok: {len(manifest)} documents, "
              f"{sum(len(f) for f in manifest.values())} findings in {MANIFEST.name}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
