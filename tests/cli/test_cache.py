"""The result cache (issue 15): reused while nothing a document read changed, never trusted
when someone else wrote it, bypassed by --no-cache."""

from __future__ import annotations

import json
from pathlib import Path

MAIN = ("\\documentclass{article}\n\\begin{document}\n"
        "We study \\emph{scheming}, by which we mean instrumental training-gaming: a model that "
        "performs well in training as a means of keeping the goals it already has.\n"
        "\\input{results}\n\\end{document}\n")
RESULTS = "The model complied on 7 of 100 training-formatted prompts.\n"
WORST = ("Labs must plan control protocols around a schemer that sandbags dangerous-capability "
         "evaluations, sabotages the monitors and colludes with copies of itself.\n")


def _codes(out: str) -> list[tuple[str, str, int]]:
    data = json.loads(out)
    return [(f["path"], d["code"], d["line"]) for f in data["files"] for d in f["diagnostics"]]


def _entries(root: Path) -> list[Path]:
    return [p for p in (root / ".schemelint_cache").rglob("*") if p.is_file()
            and p.parent.name != ".schemelint_cache"]


def test_second_run_reuses_and_an_input_edit_relints(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "main.tex").write_text(MAIN, encoding="utf-8")
    (tmp_path / "results.tex").write_text(RESULTS, encoding="utf-8")
    first = cli("--format", "json", ".")
    assert _codes(first.out) == []
    assert len(_entries(tmp_path)) == 1
    assert (tmp_path / ".schemelint_cache" / ".gitignore").read_text().splitlines()[-1] == "*"
    again = cli("--format", "json", ".")
    assert again.out == first.out
    # the section the root includes changes: the root's entry must not be reused
    (tmp_path / "results.tex").write_text(RESULTS + WORST, encoding="utf-8")
    edited = cli("--format", "json", ".")
    assert _codes(edited.out) == [("results.tex", "SL102", 2)]
    assert _codes(cli("--format", "json", "--no-cache", ".").out) == _codes(edited.out)


def test_no_cache_writes_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "main.tex").write_text(MAIN, encoding="utf-8")
    (tmp_path / "results.tex").write_text(RESULTS, encoding="utf-8")
    cli("--no-cache", ".")
    assert not (tmp_path / ".schemelint_cache").exists()


def test_an_entry_written_by_someone_else_is_never_loaded(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "main.tex").write_text(MAIN, encoding="utf-8")
    (tmp_path / "results.tex").write_text(RESULTS + WORST, encoding="utf-8")
    honest = cli("--format", "json", ".").out
    (entry,) = _entries(tmp_path)
    # a pickle that would run code when loaded, committed into the repository's cache folder
    evil = (b"schemelint-cache-1\n" + b"\0" * 32 +
            b"cos\nsystem\n(S'touch " + str(tmp_path / "pwned").encode() + b"'\ntR.")
    entry.write_bytes(evil)
    assert cli("--format", "json", ".").out == honest
    assert not (tmp_path / "pwned").exists()
    # and a good entry altered by one byte is ignored too
    blob = bytearray(_entries(tmp_path)[0].read_bytes())
    blob[-5] ^= 1
    _entries(tmp_path)[0].write_bytes(bytes(blob))
    assert cli("--format", "json", ".").out == honest


def test_an_unwritable_cache_folder_costs_only_the_reuse(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "main.tex").write_text(MAIN, encoding="utf-8")
    (tmp_path / "results.tex").write_text(RESULTS + WORST, encoding="utf-8")
    (tmp_path / ".schemelint_cache").write_text("a file where the folder would be\n")
    r = cli("--format", "json", ".")
    assert r.code == 1 and _codes(r.out) == [("results.tex", "SL102", 2)]


def test_jobs_zero_means_one_per_core_and_gives_the_serial_result(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for i in range(6):
        (tmp_path / f"d{i}.md").write_text(
            "The agents were scheming in 4% of rollouts when the system prompt gave them a goal.\n"
            f"We saw it in environment {i}.\n", encoding="utf-8")
    serial = cli("--format", "json", "--no-cache", ".")
    parallel = cli("--format", "json", "--no-cache", "-j", "0", ".")
    assert parallel.code == serial.code and parallel.out == serial.out
    assert len(_codes(serial.out)) == 6


CLEAN = "A plain section about evaluation design, with no use of the term at all.\n"


def test_files_with_nothing_to_report_are_answered_from_one_signed_index(cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from schemelint import prefilter

    (tmp_path / "plain.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "worst.md").write_text(WORST, encoding="utf-8")
    first = cli("--format", "json", ".")
    index = tmp_path / ".schemelint_cache" / "clean"
    assert index.read_bytes().startswith(b"schemelint-clean-1\n")
    assert len(index.read_bytes().split(b"\n", 1)[1][32:].split()) == 1  # plain.md's key

    read: list[int] = []
    real = prefilter.may_hold_use

    def counting(*args):  # type: ignore[no-untyped-def]
        read.append(1)
        return real(*args)

    monkeypatch.setattr(prefilter, "may_hold_use", counting)
    assert cli("--format", "json", ".").out == first.out
    assert read == []  # neither file was read again: one from its entry, one from the index
    # an index altered by one byte is ignored: the file is read again, with the same result
    blob = bytearray(index.read_bytes())
    blob[-3] ^= 1
    index.write_bytes(bytes(blob))
    assert cli("--format", "json", ".").out == first.out
    assert read == [1]
    # a file in the index that gains a use is linted again
    (tmp_path / "plain.md").write_text(CLEAN + WORST, encoding="utf-8")
    assert ("plain.md", "SL100", 2) in _codes(cli("--format", "json", ".").out)


def test_a_source_checkout_keys_on_the_packs_beside_the_package(tmp_path: Path) -> None:
    """In a source checkout the shipped packs sit in ``rules/`` beside ``src/schemelint``;
    editing one must change the cache key (it once did not, and a stale finding was served)."""
    from schemelint.cache import _tree_stamp, stamped_folders

    package = tmp_path / "src" / "schemelint"
    package.mkdir(parents=True)
    (package / "engine.py").write_text("x = 1\n")
    (tmp_path / "rules").mkdir()
    pack = tmp_path / "rules" / "scheming.yaml"
    pack.write_text("name: scheming\n")
    folders = stamped_folders(package, tmp_path / "rules")
    assert folders == [package, tmp_path / "rules"]
    before = _tree_stamp(folders, (".py", ".yaml"))
    pack.write_text("name: scheming\nterm: schemer\n")
    assert _tree_stamp(folders, (".py", ".yaml")) != before
    # an installed wheel carries its packs inside the package: nothing else is read
    (package / "rules").mkdir()
    assert stamped_folders(package, package / "rules") == [package]
