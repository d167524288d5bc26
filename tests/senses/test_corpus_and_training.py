"""The corpus is what the issue promises, its splits are what the raw files give, training
reproduces the shipped model byte for byte, and evaluate prints the full report."""

from __future__ import annotations

import filecmp
import json
import re
import shutil
from collections import Counter
from pathlib import Path

from schemelint.senses.corpus import NOT_TERM, SPLITS, build, load, parse_raw

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
SHIPPED = ROOT / "src" / "schemelint" / "senses" / "models" / "scheming"
SENSES = ["training-gaming", "worst-case", "in-context", "colloquial", "unclear"]


def test_raw_rows_are_well_formed_and_many() -> None:
    labels: Counter[str] = Counter()
    ids = set()
    for path in sorted((CORPUS / "raw").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            obj = json.loads(line)
            assert set(obj) == {"id", "style", "text", "label", "definition", "note"}, (path, n)
            assert obj["text"].count("[[") == 1 and obj["text"].count("]]") == 1, (path, n)
            assert obj["id"] not in ids, obj["id"]
            ids.add(obj["id"])
            row = parse_raw(line, f"{path}:{n}")
            assert re.fullmatch(r"(?i)(?:\w+-)?schem(?:e|es|ed|ing|er|ers)(?:-\w+)?", row.term), (path, n, row.term)
            labels[obj["label"]] += 1
    assert set(labels) == {*SENSES, NOT_TERM}
    assert sum(labels[s] for s in SENSES) >= 1500
    assert min(labels[s] for s in SENSES) >= 300


def test_committed_splits_are_what_the_raw_files_give(tmp_path: Path) -> None:
    shutil.copytree(CORPUS / "raw", tmp_path / "raw")
    build(tmp_path)
    for split in SPLITS:
        assert filecmp.cmp(tmp_path / f"{split}.jsonl", CORPUS / f"{split}.jsonl", shallow=False), (
            f"corpus/{split}.jsonl is stale: run python -m schemelint.senses.corpus corpus"
        )
    ids = {s: {r.id for r in load(CORPUS, s)} for s in SPLITS}
    assert not ids["test"] & (ids["train"] | ids["dev"])
    assert len(ids["test"]) > 250


def test_train_reproduces_the_shipped_model(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = run("train", "--corpus", str(CORPUS), "--out", str(tmp_path / "model"))
    assert r.code == 0, r.err
    assert "(test split not read)" in r.out
    assert filecmp.cmp(tmp_path / "model" / "textcat" / "model", SHIPPED / "textcat" / "model",
                       shallow=False)
    assert json.loads((tmp_path / "model" / "blend.json").read_text()) == json.loads(
        (SHIPPED / "blend.json").read_text())


def test_evaluate_prints_per_sense_scores_and_the_confusion_matrix(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("evaluate", "--corpus", str(CORPUS), "--split", "dev", "--ids", "core-")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    n = sum(1 for x in load(CORPUS, "dev") if x.id.startswith("core-") and x.label != NOT_TERM)
    assert lines[0] == f"dev split (ids core-*): {n} mentions"
    assert lines[2].split() == ["sense", "precision", "recall", "F1", "support"]
    for sense, line in zip(SENSES, lines[3:8]):
        name, p, rec, f1, _support = line.split()
        assert name == sense and all(0 <= float(v) <= 1 for v in (p, rec, f1))
    assert re.fullmatch(r"macro-F1: 0\.\d{3}", lines[9])
    assert lines[11].startswith("gold \\ predicted")
    matrix = [line.split()[-5:] for line in lines[12:17]]
    assert sum(int(v) for row in matrix for v in row) == n
    calib = lines.index("confidence      decided   correct")
    assert [line.split()[0] for line in lines[calib + 1 : calib + 6]] == [
        "0.9-1.0", "0.7-0.9", "0.5-0.7", "0.0-0.5", "unclear"]
    decided = sum(int(line.split()[1]) for line in lines[calib + 1 : calib + 6])
    assert decided == n
    assert lines[-1].startswith("mention finder: precision")


def test_out_of_domain_set_is_separate_from_the_corpus() -> None:
    ood = load(CORPUS, "ood")
    assert Counter(r.label for r in ood) == {s: 40 for s in SENSES}
    assert len({r.id for r in ood}) == len(ood)
    corpus_ids = {r.id for s in SPLITS for r in load(CORPUS, s)}
    corpus_texts = {r.text for s in SPLITS for r in load(CORPUS, s)}
    assert not {r.id for r in ood} & corpus_ids
    assert not {r.text for r in ood} & corpus_texts
