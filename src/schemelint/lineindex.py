"""Turn character offsets into 1-based lines and columns, only at the edges of the program."""

from __future__ import annotations

import bisect


class LineIndex:
    """Offsets of line starts in a decoded source text.

    Columns count Unicode code points (what Python's ``str`` indexes). A line ends at LF, at
    CRLF or at a lone CR, so a CRLF file gives the same positions as its LF twin.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        i = 0
        n = len(text)
        find = text.find
        while True:
            j = find("\n", i)
            if j < 0:
                break
            starts.append(j + 1)
            i = j + 1
        if "\r" in text:
            starts = self._with_lone_cr(text, starts)
        self.starts = starts
        self.length = n

    @staticmethod
    def _with_lone_cr(text: str, starts: list[int]) -> list[int]:
        extra = [i + 1 for i, ch in enumerate(text) if ch == "\r" and text[i + 1 : i + 2] != "\n"]
        return sorted(set(starts) | set(extra))

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        offset = max(0, min(offset, self.length))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """Inverse of :meth:`line_col` (clamped into the text)."""
        line = max(1, min(line, len(self.starts)))
        return min(self.starts[line - 1] + max(column, 1) - 1, self.length)

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line ending."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else self.length
        return self.text[start:end].rstrip("\r\n")

    def utf16_col(self, offset: int) -> tuple[int, int]:
        """0-based (line, UTF-16 code unit column), as the Language Server Protocol counts."""
        line, _col = self.line_col(offset)
        start = self.starts[line - 1]
        prefix = self.text[start:offset]
        return line - 1, len(prefix.encode("utf-16-le")) // 2

    def from_utf16(self, line: int, character: int) -> int:
        """Offset of a 0-based LSP position; positions past the end are clamped."""
        if line >= len(self.starts):
            return self.length
        start = self.starts[max(line, 0)]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else self.length
        units = 0
        for i in range(start, end):
            if units >= character:
                return i
            units += 2 if ord(self.text[i]) > 0xFFFF else 1
        return end
