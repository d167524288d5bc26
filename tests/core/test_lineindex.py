from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from schemelint.lineindex import LineIndex


def test_crlf_and_lf_give_the_same_positions() -> None:
    lf = LineIndex("ab\ncd\n\nscheming")
    crlf = LineIndex("ab\r\ncd\r\n\r\nscheming")
    assert lf.line_col(lf.text.index("scheming")) == (4, 1)
    assert crlf.line_col(crlf.text.index("scheming")) == (4, 1)


def test_lone_cr_ends_a_line() -> None:
    idx = LineIndex("a\rb")
    assert idx.line_col(2) == (2, 1)


def test_columns_count_code_points_and_lsp_counts_utf16() -> None:
    text = "🙂 é scheming"
    idx = LineIndex(text)
    off = text.index("scheming")
    assert idx.line_col(off) == (1, 5)
    assert idx.utf16_col(off) == (0, 5)  # the emoji is two UTF-16 units
    assert idx.from_utf16(0, 5) == off


@given(st.text(alphabet=st.sampled_from("ab\n\r🙂é"), max_size=60), st.data())
def test_offset_round_trips(text: str, data: st.DataObject) -> None:
    idx = LineIndex(text)
    off = data.draw(st.integers(0, len(text)))
    line, col = idx.line_col(off)
    if not (off > 0 and text[off - 1] == "\r" and text[off : off + 1] == "\n"):
        assert idx.offset(line, col) == off
