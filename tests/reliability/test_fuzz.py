"""A fuzz harness over the whole pipeline: mutated real documents never crash it, every position
lies inside the source and slices to its term, and results repeat exactly."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemelint.config import Config
from schemelint.engine import Linter, lint_text
from schemelint.formatters.json import result_dict

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [p for p in sorted((ROOT / "tests" / "documents").rglob("*")) if p.suffix in (".md", ".tex", ".txt")]
LINTER = Linter()
CONFIG = Config()


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, str]:
    seed = draw(st.sampled_from(SEEDS))
    text = seed.read_text(encoding="utf-8")
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 40)))
        insert = draw(st.sampled_from(["", "{", "}", "$", "%", "\\begin{x}", "```", "<!--", "\r\n",
                                        "scheming", "\\input{x}", "🙂", "\x00", "]](", "\\"]))
        text = text[:i] + insert + text[j:]
    return seed.suffix, text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_documents(case: tuple[str, str]) -> None:
    suffix, text = case
    results = lint_text(text, f"fuzz{suffix}", LINTER, CONFIG)
    again = lint_text(text, f"fuzz{suffix}", LINTER, CONFIG)
    assert [result_dict(r) for r in results] == [result_dict(r) for r in again]
    for r in results:
        for m in r.mentions:
            src = m.span.source.text
            assert 0 <= m.span.start < m.span.end <= len(src)
            assert src[m.span.start : m.span.end] == m.term
        for d in r.diagnostics:
            assert 0 <= d.span.start <= d.span.end <= len(d.span.source.text)
