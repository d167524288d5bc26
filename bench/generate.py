"""Generate a realistic papers repository for benchmarks: Markdown posts and LaTeX papers of
paper length, most never using the term, a few using it in several senses.

    python bench/generate.py OUT_DIR --mb 10 [--seed 1] [--term-share 0.1]

Text is assembled from sentence parts written for this benchmark, so it reads like prose to a
tokenizer (varied words, punctuation, sentence lengths) without copying anyone's writing.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

SUBJECTS = [
    "The reward model", "Our evaluation suite", "A fine-tuned policy", "The baseline",
    "Each annotator", "The training run", "This appendix", "The ablation", "Our method",
    "The held-out set", "A larger model", "The red team", "The monitoring pipeline",
    "Gradient noise", "The optimiser", "Every checkpoint", "The tokenizer", "The dataset",
]
VERBS = [
    "improves", "degrades", "changes", "reduces", "matches", "exceeds", "tracks", "predicts",
    "stabilises", "explains", "shifts", "limits", "amplifies", "obscures", "reveals",
]
OBJECTS = [
    "calibration on out-of-distribution prompts", "the loss on long contexts",
    "agreement between raters", "throughput at batch size 64", "the variance of the estimate",
    "refusal rates on benign requests", "accuracy on the arithmetic split",
    "the length of generated answers", "sample efficiency in early training",
    "robustness to paraphrased questions", "the gap between the two conditions",
]
TAILS = [
    "in every configuration we tried", "although the effect is small",
    "with a confidence interval of two points", "as Table 3 shows",
    "unless the learning rate is lowered", "which we did not expect",
    "across three random seeds", "once warm-up ends", "for the smaller models only",
    "after filtering duplicates", "under the default decoding settings",
]
TERM_SENTENCES = [
    "A model that games its training to keep its goals would be scheming in Carlsmith's sense.",
    ("In our agentic environments, the system prompt told the model to pursue its goal at all "
     "costs, and the scheming rate rose to four percent."),
    "Control protocols assume a schemer that sandbags evaluations and colludes with its copies.",
    "We should worry about scheming.",
    "The villain of the novel spends three chapters scheming against his brother.",
    "Models that fake alignment during training might scheme against their monitors later.",
]
WORDS = ["data", "model", "loss", "gradient", "token", "prompt", "answer", "rater", "metric",
         "split", "seed", "batch", "layer", "head", "feature", "probe", "signal", "noise",
         "baseline", "method", "result", "figure", "table"]


def sentence(rng: random.Random) -> str:
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)]
    if rng.random() < 0.6:
        parts.append(rng.choice(TAILS))
    if rng.random() < 0.3:
        parts.append("(" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))) + ")")
    return " ".join(parts) + "."


def paragraph(rng: random.Random, with_term: bool) -> str:
    sents = [sentence(rng) for _ in range(rng.randint(3, 7))]
    if with_term:
        sents.insert(rng.randint(0, len(sents)), rng.choice(TERM_SENTENCES))
    return " ".join(sents)


def markdown_doc(rng: random.Random, words: int, term: bool) -> str:
    out = ["---", f"title: Notes {rng.randint(1, 999)}", "---", "", "# Overview", ""]
    n = 0
    while n < words:
        p = paragraph(rng, term and rng.random() < 0.15)
        out += [p, ""]
        n += len(p.split())
        r = rng.random()
        if r < 0.05:
            out += ["```python", "loss = model(batch).mean()  # not prose", "```", ""]
        elif r < 0.1:
            out += ["| metric | value |", "|---|---|", f"| accuracy | {rng.random():.3f} |", ""]
        elif r < 0.15:
            out += [f"## Section {rng.randint(1, 20)}", ""]
    return "\n".join(out) + "\n"


def latex_doc(rng: random.Random, words: int, term: bool) -> str:
    out = [r"\documentclass{article}", r"\usepackage{amsmath}", r"\begin{document}",
           r"\section{Introduction}", ""]
    n = 0
    while n < words:
        p = paragraph(rng, term and rng.random() < 0.15)
        out += [p + f" \\cite{{ref{rng.randint(1, 99)}}}", ""]
        n += len(p.split())
        r = rng.random()
        if r < 0.05:
            out += [r"\begin{equation}", r"  \mathcal{L} = -\sum_i \log p(y_i \mid x_i)",
                    r"\end{equation}", ""]
        elif r < 0.1:
            out += [f"\\subsection{{Results {rng.randint(1, 9)}}}\\label{{sec:r{n}}}", ""]
    out += [r"\end{document}"]
    return "\n".join(out) + "\n"


def generate(out: Path, mb: float, seed: int = 1, term_share: float = 0.1,
             words_range: tuple[int, int] = (4000, 9000)) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    target = int(mb * 1_000_000)
    size = 0
    i = 0
    paths = []
    while size < target:
        term = rng.random() < term_share
        words = rng.randint(*words_range)
        if i % 2:
            text, ext = latex_doc(rng, words, term), "tex"
        else:
            text, ext = markdown_doc(rng, words, term), "md"
        folder = out / f"paper{i // 20:03d}"
        folder.mkdir(exist_ok=True)
        p = folder / f"draft{i:04d}.{ext}"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
        size += len(text.encode())
        i += 1
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--term-share", type=float, default=0.1)
    a = ap.parse_args()
    paths = generate(a.out, a.mb, a.seed, a.term_share)
    print(f"{len(paths)} files in {a.out}")


if __name__ == "__main__":
    main()
