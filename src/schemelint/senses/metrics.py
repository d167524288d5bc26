"""Precision, recall, F1 and confusion matrices, without a dependency."""

from __future__ import annotations


def per_label(gold: list[str], pred: list[str], labels: list[str]) -> dict[str, tuple[float, float, float, int]]:
    out = {}
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[lab] = (prec, rec, f1, tp + fn)
    return out


def macro_f1(gold: list[str], pred: list[str], labels: list[str]) -> float:
    present = [lab for lab in labels if lab in gold]
    table = per_label(gold, pred, present)
    return sum(v[2] for v in table.values()) / len(present) if present else 0.0


def confusion(gold: list[str], pred: list[str], labels: list[str]) -> str:
    width = max(len(lab) for lab in labels) + 2
    head = "gold \\ predicted".ljust(width + 4) + "".join(lab[:12].rjust(14) for lab in labels)
    lines = [head]
    for g in labels:
        row = [sum(1 for a, b in zip(gold, pred) if a == g and b == p) for p in labels]
        lines.append(g.ljust(width + 4) + "".join(str(n).rjust(14) for n in row))
    return "\n".join(lines)
