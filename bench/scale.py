"""Cost against document size: 1x, 10x and 100x of the same document, CPU time, one run.

    python bench/scale.py

Three documents, each linted in process at three sizes (the model is loaded once first, so
only the lint is measured): examples/draft.md repeated; one paragraph of many mentions (one
sentence each); one long token after a mention (a pasted hash or base64 blob). A linear cost
shows as a ratio near 10 from one size to the next; the ratio column is CPU(size) / CPU(1x).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from schemelint.engine import lint_text


def _draft(n: int) -> str:
    return ((ROOT / "examples" / "draft.md").read_text(encoding="utf-8") + "\n\n") * (6 * n)


def _paragraph(n: int) -> str:
    return " ".join("The models are scheming." for _ in range(200 * n)) + "\n"


def _token(n: int) -> str:
    return "The models are scheming. " + "A" * (10_000 * n) + "\n"


CASES = [
    ("examples/draft.md repeated 6 times per 1x", "md", _draft),
    ("one paragraph, 200 mentions per 1x", "md", _paragraph),
    ("a mention, then one token of 10,000 chars per 1x", "txt", _token),
]


def cpu(text: str, path: str) -> tuple[float, int]:
    t0 = time.process_time()
    results = lint_text(text, path)
    return time.process_time() - t0, sum(len(r.mentions) for r in results)


def main() -> None:
    cpu("Models might be scheming.\n", "warm.md")  # load the model once
    print(f"{'document':<50} {'size':>5} {'chars':>10} {'mentions':>9} {'CPU s':>8} {'ratio':>7}")
    for name, ext, make in CASES:
        base = None
        for n in (1, 10, 100):
            text = make(n)
            seconds, mentions = cpu(text, f"bench.{ext}")
            base = base or seconds
            print(f"{name:<50} {n:>4}x {len(text):>10,} {mentions:>9,} {seconds:>8.2f} "
                  f"{seconds / base:>6.1f}x")


if __name__ == "__main__":
    main()
