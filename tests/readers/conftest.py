from __future__ import annotations

import pytest

from schemelint.model import Document


def assert_exact_map(doc: Document) -> None:
    """Every non-synthetic piece of every segment is the source text it claims to be."""
    for seg in doc.segments:
        for p in seg.pieces:
            if p.synthetic:
                continue
            got = seg.text[p.text_start : p.text_start + p.length]
            want = seg.source.text[p.source_start : p.source_start + p.length]
            assert got == want, (seg.source.path, p, got, want)


@pytest.fixture
def exact_map():
    return assert_exact_map
