"""Configuration found by walking up from each file: select, ignore, severity, per-path
ignores, declared sense, excludes, extra packs; errors name the file and the key."""

from __future__ import annotations

from pathlib import Path

UNDEFINED = "We should worry about scheming in future models.\n"
LABEL = "We fear the deployed model is a schemer.\n"


def test_nearest_config_wins(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "pyproject.toml").write_text('[tool.schemelint]\nignore = ["SL100"]\n')
    sub = tmp_path / "drafts"
    sub.mkdir()
    (sub / ".schemelint.yaml").write_text("select: [SL1]\n")
    (tmp_path / "top.txt").write_text(UNDEFINED)
    (sub / "inner.txt").write_text(UNDEFINED)
    r = cli("--format", "json", "top.txt", "drafts/inner.txt")
    codes = {f["path"]: [d["code"] for d in f["diagnostics"]] for f in r.json()["files"]}
    assert codes == {"top.txt": [], "drafts/inner.txt": ["SL100"]}


def test_severity_and_per_path_ignores(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".schemelint.yaml").write_text(
        "severity: {SL100: error}\nper-path-ignores: {'old/*': [SL100]}\n"
    )
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "a.txt").write_text(UNDEFINED)
    (tmp_path / "b.txt").write_text(UNDEFINED)
    files = {f["path"]: f for f in cli("--format", "json", ".").json()["files"]}
    assert files["old/a.txt"]["diagnostics"] == []
    assert [(d["code"], d["severity"]) for d in files["b.txt"]["diagnostics"]] == [
        ("SL100", "error")
    ]


def test_declared_sense_in_config_satisfies_sl100(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".schemelint.yaml").write_text("sense: worst-case\n")
    (tmp_path / "a.txt").write_text(UNDEFINED)
    assert cli("a.txt").code == 0


def test_unknown_declared_sense_is_a_config_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".schemelint.yaml").write_text("sense: plotting\n")
    (tmp_path / "a.txt").write_text(UNDEFINED)
    r = cli("--format", "json", "a.txt")
    assert (r.code, r.out) == (2, "")
    assert r.err.strip().endswith(
        ".schemelint.yaml: sense: unknown sense 'plotting' "
        "(known: scheming: training-gaming, worst-case, in-context, colloquial, unclear)"
    )


def test_excludes(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".schemelint.yaml").write_text("exclude: ['archive/']\n")
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text(UNDEFINED)
    r = cli(".")
    assert r.code == 0
    assert r.out == "All clear: 0 files checked, no findings.\n" or r.out == ""


def test_bad_values_name_the_key(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".schemelint.yaml").write_text("severity: {SL100: loud}\n")
    (tmp_path / "a.txt").write_text(UNDEFINED)
    r = cli("a.txt")
    assert r.code == 2
    assert r.err.strip().endswith(
        ".schemelint.yaml: severity.SL100: expected one of: error, warning, info"
    )


def test_broken_toml_names_the_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "pyproject.toml").write_text("[tool.schemelint\n")
    (tmp_path / "a.txt").write_text(UNDEFINED)
    r = cli("a.txt")
    assert r.code == 2
    assert "pyproject.toml: not valid TOML" in r.err
    assert len(r.err.strip().splitlines()) == 1


def test_select_on_the_command_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(LABEL)
    r = cli("--format", "json", "--select", "SL202", "a.txt")
    assert [d["code"] for d in r.json()["files"][0]["diagnostics"]] == ["SL202"]
    r = cli("--format", "json", "--ignore", "SL202,SL100", "a.txt")
    assert r.json()["files"][0]["diagnostics"] == []


def test_config_command_shows_effective_settings(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".schemelint.yaml").write_text("ignore: [SL202]\nsense: in-context\n")
    r = cli("config", ".")
    assert r.code == 0
    assert "from " in r.out.splitlines()[0] and ".schemelint.yaml" in r.out.splitlines()[0]
    assert 'ignore = ["SL202"]  # ' in r.out
    assert 'sense = "in-context"  # ' in r.out


def test_extra_rule_pack_from_config(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = Path(__file__).resolve().parents[2]
    pack = (root / "rules" / "sandbagging.yaml").read_text().replace(
        "name: sandbagging", "name: sandbagging-local")
    (tmp_path / "mypack.yaml").write_text(pack)
    (tmp_path / ".schemelint.yaml").write_text("packs: []\nrule-packs: [mypack.yaml]\n")
    (tmp_path / "a.txt").write_text("He was sandbagging in the golf tournament again.\n")
    (f,) = cli("--format", "json", "a.txt").json()["files"]
    assert [(m["term"], m["sense"]) for m in f["mentions"]] == [("sandbagging", "colloquial")]
