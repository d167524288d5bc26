"""What a writer sees of the sense classifier: each mention's sense, confidence and the words
that decided it, on a document written for this test (not part of the corpus)."""

from __future__ import annotations

import shutil
from pathlib import Path

HERE = Path(__file__).parent
DOC = HERE / "reading_group.md"


def test_show_senses_lists_every_mention_with_its_deciding_words(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shutil.copy(DOC, tmp_path / "notes.md")
    r = cli("--show-senses", "--select", "SL0", "notes.md")
    assert r.code == 0
    lines = [line.split(" (")[0] + " | " + line.split(") ", 1)[1] for line in r.out.splitlines()[:6]]
    assert lines == [
        # decided by the sentence before the mention's own
        "notes.md:4:84: 'scheming' -> training-gaming | cues: overwritten, preferences, RL",
        # the deciding words stand in the sentences before, and in the mention's own
        "notes.md:10:54: 'schemed' -> in-context | cues: rollouts, follow-up interview, system prompt",
        "notes.md:12:60: 'schemer' -> worst-case | cues: worst-case",
        # negated, and it says what the word means in a safety case: a definition
        (
            "notes.md:15:51: 'scheming' -> worst-case"
            " | (definition) cues: sabotage, collude, with its copies, safety case, monitor"
        ),
        # undecided by its own words: read in the sense the document defines
        "notes.md:18:56: 'scheming' -> worst-case | (from the document) cues: -",
        "notes.md:20:34: 'scheming' -> colloquial | cues: neighbour",
    ]


def test_json_confidence_is_low_for_unclear_and_fixed_for_qualifiers(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shutil.copy(DOC, tmp_path / "notes.md")
    mentions = cli("--format", "json", "notes.md").json()["files"][0]["mentions"]
    by_line = {m["line"]: m for m in mentions}
    assert by_line[12]["confidence"] == 0.97  # "worst-case schemer": the qualifier decides
    assert by_line[12]["cues"] == ["worst-case"]
    weak = by_line[18]  # its own words decide nothing: it takes the sense line 15 defines
    assert (weak["sense"], weak["cues"], weak["sense_from"]) == ("worst-case", [], "document")
    assert weak["confidence"] == 0.55  # settled by the document, not by the sentence
    for line in (4, 10, 15, 20):
        assert by_line[line]["confidence"] >= 0.5, by_line[line]


def test_learned_words_never_ground_a_finding_alone(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The worst-case reading of line 4 rests on the classifier's own words ("launch",
    "deployed"), not on a rule-pack cue: it is shown, but SL102 does not fire on it."""
    (tmp_path / "plan.md").write_text(
        'By "scheming" we mean instrumental training-gaming: doing well in training in order to\n'
        "keep one's current goals.\n\n"
        "Before the launch we must determine whether the deployed model is a schemer.\n"
    )
    r = cli("--format", "json", "--select", "SL102", "plan.md")
    f = r.json()["files"][0]
    # Read in the light of the definition, the weakly placed use takes the defined sense.
    assert [(m["sense"], m["sense_from"]) for m in f["mentions"]] == [
        ("training-gaming", "definition"), ("training-gaming", "document")]
    assert f["diagnostics"] == []
    assert r.code == 0
    # Without the definition, the classifier's own reading is shown with its deciding words,
    # and still grounds nothing.
    (tmp_path / "plan.md").write_text(
        "Before the launch we must determine whether the deployed model is a schemer.\n")
    shown = cli("--show-senses", "--select", "SL102", "plan.md").out.splitlines()
    assert shown[0].startswith("plan.md:1:69: 'schemer' -> worst-case (")
    assert shown[0].endswith(") classifier's deciding words: model, deployed")
    assert shown[1] == "All clear: 1 file checked, no findings."


def test_the_models_load_only_for_files_with_a_mention_and_never_spacy(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / ".git").mkdir()
    (tmp_path / "plain.md").write_text("A draft about reward hacking and evaluation awareness.\n")
    (tmp_path / "term.md").write_text("The eval counts how often the agent schemed in 40 rollouts.\n")
    probe = (
        "import sys; from schemelint.cli import main\n"
        "try:\n    main([sys.argv[1]])\n"
        "except SystemExit:\n    pass\n"
        "print('spacy' in sys.modules, 'schemelint.judge.bow' in sys.modules)\n"
    )
    out = {}
    for name in ("plain.md", "term.md"):
        proc = subprocess.run([sys.executable, "-c", probe, name], cwd=tmp_path,
                              capture_output=True, text=True, timeout=120, check=False)
        out[name] = proc.stdout.strip().splitlines()[-1]
    assert out == {"plain.md": "False False", "term.md": "False True"}
