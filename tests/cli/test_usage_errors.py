"""A typo must not turn CI green: unknown check codes, names and senses in options and config
are usage errors (exit 2, said once, naming the value and the known ones); in a suppression
comment, a finding."""

from __future__ import annotations

from pathlib import Path

UNDEFINED = "We should worry about scheming in future models.\n"
KNOWN = "(known: SL000, SL100, SL101, SL102, SL200, SL201, SL202, their names, or a prefix such as SL1)"


def test_unknown_code_in_select_and_ignore_exits_two(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(UNDEFINED)
    r = cli("--select", "SL999", "a.txt")
    assert (r.code, r.out) == (2, "")
    assert r.err == f"schemelint: error: --select: unknown check 'SL999' {KNOWN}\n"
    r = cli("--ignore", "SL100,XYZ", "a.txt")
    assert r.code == 2
    assert r.err == f"schemelint: error: --ignore: unknown check 'XYZ' {KNOWN}\n"


def test_names_and_prefixes_are_accepted(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(UNDEFINED)
    by_code = cli("--select", "SL100", "--format", "json", "a.txt").json()["files"]
    assert [d["code"] for d in by_code[0]["diagnostics"]] == ["SL100"]
    by_name = cli("--select", "undefined-sense", "--format", "json", "a.txt").json()["files"]
    assert by_name[0]["diagnostics"] == by_code[0]["diagnostics"]
    assert cli("--ignore", "SL1", "a.txt").code == 0


def test_unknown_codes_in_config_exit_two_naming_file_and_key(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(UNDEFINED)
    for text, key, code in [
        ("select: [SL10O]\n", "select", "SL10O"),
        ("ignore: [SL100, SL299]\n", "ignore", "SL299"),
        ("severity: {SL909: error}\n", "severity", "SL909"),
        ("per-path-ignores: {'old/*': [SL0001]}\n", "per-path-ignores.old/*", "SL0001"),
    ]:
        (tmp_path / ".schemelint.yaml").write_text(text)
        r = cli("a.txt")
        assert r.code == 2, text
        assert r.err.strip().endswith(f".schemelint.yaml: {key}: unknown check '{code}' {KNOWN}")
        assert len(r.err.strip().splitlines()) == 1


def test_unknown_code_in_a_suppression_is_a_finding(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.md").write_text("<!-- schemelint: disable-next-line SL999 -->\n" + UNDEFINED)
    r = cli("--format", "json", "a.md")
    assert r.code == 1
    diags = r.json()["files"][0]["diagnostics"]
    assert [(d["code"], d["line"]) for d in diags] == [("SL000", 1), ("SL100", 2)]
    assert diags[0]["message"].startswith("unknown check 'SL999' in this suppression (known: SL000")
    # a valid code beside a typo still suppresses, and the typo is still reported
    (tmp_path / "b.md").write_text("<!-- schemelint: disable-next-line SL100 SL99 -->\n" + UNDEFINED)
    diags = cli("--format", "json", "b.md").json()["files"][0]["diagnostics"]
    assert [(d["code"], d["line"]) for d in diags] == [("SL000", 1)]


def test_bogus_sense_is_one_usage_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name in ("a.txt", "b.md", "c.tex", "clean.txt"):
        (tmp_path / name).write_text(UNDEFINED if name != "clean.txt" else "Nothing here.\n")
    r = cli("--sense", "bogus", ".")
    assert (r.code, r.out) == (2, "")
    assert r.err == (
        "schemelint: error: --sense: unknown sense 'bogus' (known: scheming: training-gaming, "
        "worst-case, in-context, colloquial, unclear)\n"
    )
    assert cli("--sense", "worst-case", "a.txt").code == 0
    assert cli("--sense", "scheming=worst-case", "a.txt").code == 0
    r = cli("--sense", "nopack=worst-case", "a.txt")
    assert r.code == 2 and "'nopack' is not a rule pack in use (packs: scheming)" in r.err


def test_declared_senses_are_per_pack(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(UNDEFINED)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.schemelint]\npacks = ["scheming", "sandbagging"]\n'
        'sense = { scheming = "training-gaming" }\n')
    r = cli("--format", "json", "a.txt")
    assert r.code == 0, r.out + r.err
    assert r.json()["files"][0]["error"] is None
    # a bare id applies to the packs that have it, not an error for the others
    (tmp_path / "pyproject.toml").write_text(
        '[tool.schemelint]\npacks = ["scheming", "sandbagging"]\nsense = "training-gaming"\n')
    r = cli("--format", "json", "a.txt")
    assert r.code == 0 and r.json()["files"][0]["error"] is None
    (tmp_path / "pyproject.toml").write_text(
        '[tool.schemelint]\nsense = { scheming = "plotting" }\n')
    r = cli("a.txt")
    assert r.code == 2
    assert r.err.strip().endswith(
        "pyproject.toml [tool.schemelint]: sense.scheming: unknown sense 'plotting' "
        "(known: training-gaming, worst-case, in-context, colloquial, unclear)")
