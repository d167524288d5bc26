"""``schemelint evaluate``: the shipped classifier (with its cue blend) on a corpus split."""

from __future__ import annotations

from pathlib import Path

from schemelint.mentions import segment_mentions
from schemelint.rulepack import load_builtin
from schemelint.senses.classifier import classify
from schemelint.senses.corpus import NOT_TERM, as_mention, load
from schemelint.senses.metrics import confusion, macro_f1, per_label


def evaluate_split(
    corpus: Path, split: str, pack_name: str = "scheming", id_prefix: str = ""
) -> str:
    """The report; ``id_prefix`` keeps only the rows whose id starts with it (one batch)."""
    pack = load_builtin(pack_name)
    rows = [r for r in load(corpus, split) if r.id.startswith(id_prefix)]
    term_rows = [r for r in rows if r.label != NOT_TERM]
    mentions = classify([as_mention(r) for r in term_rows], pack)
    gold = [r.label for r in term_rows]
    pred = [m.sense for m in mentions]
    labels = pack.sense_ids
    which = f" (ids {id_prefix}*)" if id_prefix else ""
    lines = [f"{split} split{which}: {len(term_rows)} mentions", "",
             f"{'sense':<18}{'precision':>10}{'recall':>10}{'F1':>10}{'support':>10}"]
    for lab, (p, r, f, n) in per_label(gold, pred, labels).items():
        lines.append(f"{lab:<18}{p:>10.3f}{r:>10.3f}{f:>10.3f}{n:>10d}")
    lines += ["", f"macro-F1: {macro_f1(gold, pred, labels):.3f}", "", confusion(gold, pred, labels)]
    lines += ["", _calibration(gold, mentions, pack.roles.unclear)]
    lines += ["", _finder_report(rows, pack)]
    return "\n".join(lines)


BANDS = (0.9, 0.7, 0.5, 0.0)


def _calibration(gold: list[str], mentions: list, unclear: str) -> str:  # type: ignore[type-arg]
    """How far a confidence can be trusted: of the mentions given a sense with confidence in a
    band, how many have that sense; and how often "unclear" is the gold answer."""
    out = ["confidence      decided   correct"]
    for hi, lo in zip((1.01, *BANDS), BANDS):
        picked = [(g, m) for g, m in zip(gold, mentions)
                  if m.sense != unclear and lo <= m.confidence < hi]
        right = sum(g == m.sense for g, m in picked)
        share = f"{right / len(picked):.3f}" if picked else "-"
        band = f"{lo:.1f}-{min(hi, 1.0):.1f}"
        out.append(f"{band:<16}{len(picked):>7d}{share:>10}")
    said = [g for g, m in zip(gold, mentions) if m.sense == unclear]
    if said:
        out.append(f"unclear         {len(said):>7d}{sum(g == unclear for g in said) / len(said):>10.3f}")
    return "\n".join(out)


def _finder_report(rows: list, pack) -> str:  # type: ignore[type-arg,no-untyped-def]
    """Does the mention finder find the marked span (term rows) and skip it (not-term rows)?"""
    tp = fp = fn = tn = 0
    missed = []
    for r in rows:
        m = as_mention(r)
        found = any(x.seg_start <= r.start < x.seg_end for x in segment_mentions(m.segment, pack))
        if r.label == NOT_TERM:
            fp += found
            tn += not found
        else:
            tp += found
            fn += not found
            if not found:
                missed.append(r.id)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return (f"mention finder: precision {prec:.3f}, recall {rec:.3f} "
            f"({tp} found, {fn} missed, {fp} non-term uses taken for the term, {tn} rightly skipped)"
            + (f"\nmissed: {', '.join(missed)}" if missed else ""))


def cue_precision(corpus: Path, split: str, pack_name: str = "scheming",
                  worst: int = 25) -> str:
    """Each rule-pack cue's precision on a split: of the mentions whose sentence holds the cue,
    how many carry the cue's sense. Cues that mislead more than they help show at the top."""
    from schemelint.senses import context as ctxmod
    from schemelint.senses.features import cue_hits

    pack = load_builtin(pack_name)
    rows = [r for r in load(corpus, split) if r.label != NOT_TERM]
    seen: dict[tuple[str, str], list[bool]] = {}
    for r in rows:
        ctx = ctxmod.of_text(r.text, r.start, r.end)
        phrases: dict[tuple[str, str], bool] = {}
        for h in cue_hits(ctx, pack):
            if h.region == "s":
                phrases[(h.sense, " ".join(h.text.lower().split()))] = h.sense == r.label
        for key, right in phrases.items():
            seen.setdefault(key, []).append(right)
    table = sorted(((sum(v) / len(v), len(v), sense, cue) for (sense, cue), v in seen.items()
                    if len(v) >= 3), key=lambda x: (x[0], -x[1]))
    lines = [(f"cue precision on the {split} split (cues in the mention's sentence, seen 3+ "
              f"times; {len(table)} cues), least precise first:"), "",
             f"{'precision':>9}{'seen':>6}  {'sense':<16}cue"]
    lines += [f"{p:>9.2f}{n:>6}  {s:<16}{c}" for p, n, s, c in table[:worst]]
    return "\n".join(lines)
