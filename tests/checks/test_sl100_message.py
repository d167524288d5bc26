"""When the first use is undecided but a later one is placed, SL100 says what the document seems
to mean and offers a definition of that sense where a sentence can go."""

from __future__ import annotations

from pathlib import Path

DRAFT = (
    "# Notes on scheming\n"
    "\n"
    "We ran thirty agentic environments. The system prompt told the agent to pursue its goal at\n"
    "all costs, and in 5% of rollouts it schemed by editing the oversight config.\n"
)


def test_undecided_first_use_points_to_the_placed_one(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "notes.md").write_text(DRAFT)
    r = cli("--select", "SL100", "notes.md")
    assert r.code == 1
    first = r.out.splitlines()[0]
    assert first == (
        "notes.md:1:12: SL100 [undefined-sense] “scheming” is used but the document never says"
        " which sense (line 4 reads as “in-context”); define it (“By ‘scheming’ we mean ...”) or"
        " declare a sense"
    )
    # the cues and the senses one may declare are the detail: --show-senses and JSON
    why = cli("--select", "SL100", "--show-senses", "notes.md").out
    detail = next(line for line in why.splitlines() if line.startswith("    why: "))
    assert detail.startswith(
        "    why: “scheming” is used and the context does not decide which sense it carries"
        " (line 4 uses it in the “in-context” sense: in-context scheming in agentic evaluations;"
        " cues: "
    )
    assert detail.endswith(
        "), but the document never says which sense of “scheming” it means; add a definition"
        " (“By ‘scheming’ we mean ...”) or declare one of: training-gaming, worst-case, in-context"
    )
    (d,) = cli("--select", "SL100", "--format", "json", "notes.md").json()["files"][0]["diagnostics"]
    assert d["detail"] == detail[len("    why: "):]
    diff = cli("--select", "SL100", "--diff", "--unsafe-fixes", "notes.md").out
    assert "-We ran thirty agentic environments." in diff
    assert "+By “scheming” we mean in-context scheming in agentic evaluations: " in diff
    assert (tmp_path / "notes.md").read_text() == DRAFT  # --diff writes nothing
