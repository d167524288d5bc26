"""The judgement corpora: ``corpus/steps/raw/*.jsonl`` (sentences with their argument roles and
stance) and ``corpus/definitions/raw/*.jsonl`` (definitional sentences and near misses, one use
of the term marked with ``[[ ]]``). Both are split by a hash of the item id, like the sense
corpus, so adding items never moves an old one between train, dev and test."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemelint.judge import prose
from schemelint.judge.definitional import Where
from schemelint.model import Mention
from schemelint.senses.corpus import split_of, unmark


def _rows(folder: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    seen: set[str] = set()
    for path in sorted((folder / "raw").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{where}: invalid JSON: {exc.msg}") from None
            if obj["id"] in seen:
                raise ValueError(f"{where}: duplicate id {obj['id']}")
            seen.add(obj["id"])
            yield where, obj


@dataclass(frozen=True)
class StepItem:
    id: str
    register: str
    format: str
    text: str  # the prose, as the linter reads it (markup removed)
    roles: frozenset[str]
    assumptions: frozenset[str]
    stance: str

    @property
    def split(self) -> str:
        return split_of(self.id)


def load_steps(folder: Path, split: str | None = None) -> list[StepItem]:
    out = []
    for _where, o in _rows(folder):
        if split and split_of(o["id"]) != split:
            continue
        fmt = o.get("format", "plain")
        out.append(StepItem(o["id"], o.get("register", ""), fmt, prose.plain_text(o["text"], fmt),
                            frozenset(o.get("roles") or ()),
                            frozenset(o.get("assumptions") or ()), o.get("stance", "asserted")))
    return out


@dataclass(frozen=True)
class DefinitionItem:
    id: str
    pack: str
    format: str
    form: str
    definitional: bool
    sense: str | None
    where: Where | None  # None: the finder did not find the marked use
    mention: Mention | None = None

    @property
    def split(self) -> str:
        return split_of(self.id)


def load_definitions(folder: Path, split: str | None = None) -> list[DefinitionItem]:
    from schemelint.mentions import find_mentions
    from schemelint.rulepack import load_builtin

    out = []
    for where, o in _rows(folder):
        if split and split_of(o["id"]) != split:
            continue
        text, lo, hi = unmark(o["text"], where)
        pack = load_builtin(o.get("pack") or "scheming")
        fmt = o.get("format", "plain")
        doc = prose.read(text, fmt)
        found = None
        mentions = find_mentions(doc, pack)
        for m in mentions:
            if m.span.start < hi and lo < m.span.end:
                found = m
                break
        w = None
        if found is not None:
            segs = doc.segments
            k = next(i for i, s in enumerate(segs) if s is found.segment)
            from schemelint.judge.definitional import where as where_of

            w = where_of(found, segs[k + 1] if k + 1 < len(segs) else None)
        out.append(DefinitionItem(o["id"], pack.name, fmt, o.get("form", ""),
                                  bool(o["definitional"]), o.get("sense"), w, found))
    return out
