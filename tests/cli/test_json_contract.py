"""The JSON output is a contract other tools read (SPEC.md): field names and positions."""

from __future__ import annotations

from pathlib import Path

DRAFT = (
    "\ufeffNotes\r\n"
    "\r\n"
    "🙂 Models that fake alignment in training are schemers, we think.\r\n"
)


def test_json_fields_and_positions(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "n.txt").write_bytes(DRAFT.encode("utf-8"))
    r = cli("--format", "json", "n.txt")
    data = r.json()
    assert set(data) == {"schemelint", "files"}
    (f,) = data["files"]
    assert set(f) == {"path", "mentions", "diagnostics", "error", "warnings"}
    assert f["path"] == "n.txt"
    (m,) = f["mentions"]
    assert set(m) == {"term", "line", "column", "end_line", "end_column", "sense", "confidence",
                      "cues", "definition", "voice", "sense_from", "about_word"}
    assert m["voice"] in ("own", "quoted", "title")
    assert m["sense_from"] in ("sentence", "definition", "document")
    assert (m["term"], m["line"], m["column"], m["end_line"], m["end_column"]) == (
        "schemers", 3, 46, 3, 54)
    line = DRAFT.lstrip("\ufeff").split("\r\n")[2]
    assert line[m["column"] - 1 : m["end_column"] - 1] == "schemers"
    for d in f["diagnostics"]:
        assert {"code", "name", "severity", "line", "column", "end_line", "end_column", "message",
                "related"} <= set(d)
