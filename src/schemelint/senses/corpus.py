"""The labelled corpus: turn the writers' ``raw/*.jsonl`` (mentions marked with ``[[ ]]``)
into ``train.jsonl``, ``dev.jsonl`` and ``test.jsonl`` with offsets.

Run ``python -m schemelint.senses.corpus corpus/`` after adding rows. The split of a row is a
hash of its id, so adding rows never moves an old row between splits.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from schemelint.model import Mention, SegmentBuilder, SourceFile, Span

SPLITS = ("train", "dev", "test")
# A second held-out set, written apart from raw/ in other registers and communities' words,
# and never split: it only ever measures how the classifier does on unfamiliar text.
OUT_OF_DOMAIN = "ood"
NOT_TERM = "not-term"


@dataclass(frozen=True)
class Row:
    id: str
    style: str
    text: str
    start: int
    end: int
    label: str
    definition: bool

    @property
    def term(self) -> str:
        return self.text[self.start : self.end]


def split_of(row_id: str) -> str:
    bucket = int(hashlib.sha256(row_id.encode()).hexdigest()[:8], 16) % 100
    return "train" if bucket < 70 else "dev" if bucket < 85 else "test"


def unmark(text: str, where: str) -> tuple[str, int, int]:
    """The text without its ``[[ ]]`` marks, and the marked span's offsets in it."""
    a = text.find("[[")
    b = text.find("]]", a)
    if a < 0 or b < 0 or text.find("[[", a + 2) >= 0:
        raise ValueError(f"{where}: exactly one [[mention]] is needed")
    return text[:a] + text[a + 2 : b] + text[b + 2 :], a, b - 2


def parse_raw(line: str, where: str) -> Row:
    obj = json.loads(line)
    clean, start, end = unmark(obj["text"], where)
    return Row(obj["id"], obj.get("style", ""), clean, start, end, obj["label"],
               bool(obj.get("definition", False)))


def build(folder: Path) -> dict[str, list[Row]]:
    rows: dict[str, list[Row]] = {s: [] for s in SPLITS}
    seen: set[str] = set()
    for path in sorted((folder / "raw").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = parse_raw(line, f"{path}:{n}")
            if row.id in seen:
                raise ValueError(f"{path}:{n}: duplicate id {row.id}")
            seen.add(row.id)
            rows[split_of(row.id)].append(row)
    for split, items in rows.items():
        with open(folder / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps({"id": r.id, "style": r.style, "text": r.text,
                                     "start": r.start, "end": r.end, "term": r.term,
                                     "label": r.label, "definition": r.definition},
                                    ensure_ascii=False) + "\n" for r in items)
    return rows


def load(folder: Path, split: str) -> list[Row]:
    if split == OUT_OF_DOMAIN:
        return [
            parse_raw(line, f"{path}:{n}")
            for path in sorted((folder / OUT_OF_DOMAIN).glob("*.jsonl"))
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if line.strip()
        ]
    rows = []
    with open(folder / f"{split}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            o = json.loads(line)
            rows.append(Row(o["id"], o["style"], o["text"], o["start"], o["end"], o["label"],
                            o["definition"]))
    return rows


def as_mention(row: Row) -> Mention:
    """The row as a mention in a one-paragraph document, as the linter would see it."""
    source = SourceFile(row.id, row.text)
    b = SegmentBuilder(source, "paragraph")
    b.add(0, len(row.text))
    seg = b.build()
    return Mention(Span(source, row.start, row.end), row.term, seg, row.start, row.end)


if __name__ == "__main__":  # pragma: no cover
    built = build(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus"))
    for split, items in built.items():
        print(f"{split}: {len(items)} rows")
