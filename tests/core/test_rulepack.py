from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from schemelint.config import Config
from schemelint.engine import lint_text
from schemelint.model import RulePackError
from schemelint.rulepack import builtin_dir, builtin_names, load_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", builtin_names())
def test_shipped_packs_are_valid(name: str) -> None:
    pack = load_file(builtin_dir() / f"{name}.yaml", check=True)
    assert pack.name == name
    assert pack.roles.unclear in pack.sense_ids


def test_both_packs_are_shipped() -> None:
    assert {"scheming", "sandbagging"} <= set(builtin_names())


def _write(tmp_path: Path, data: object) -> Path:
    p = tmp_path / "pack.yaml"
    p.write_text(yaml.safe_dump(data))
    return p


def _base() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((ROOT / "rules" / "sandbagging.yaml").read_text())


def test_error_names_file_and_key(tmp_path: Path) -> None:
    data = _base()
    data["senses"][0]["cues"][0]["weight"] = "heavy"
    p = _write(tmp_path, data)
    with pytest.raises(RulePackError) as e:
        load_file(p)
    # the schema's words, not the value from the file (which might be a secret)
    assert str(e.value) == f"{p}: senses[0].cues[0].weight: expected number, got string"


def test_unknown_role_sense_is_refused(tmp_path: Path) -> None:
    data = _base()
    data["roles"]["casual"] = ["everyday"]
    p = _write(tmp_path, data)
    with pytest.raises(RulePackError, match=r"roles.casual: unknown sense 'everyday'"):
        load_file(p)


def test_pattern_the_linear_matcher_cannot_run_is_refused(tmp_path: Path) -> None:
    data = _base()
    data["definitions"] = ["(?<!x){term}"]
    p = _write(tmp_path, data)
    with pytest.raises(RulePackError, match=r"definitions\[0\]: look-around .* linear time"):
        load_file(p)


def test_invalid_yaml_is_one_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.yaml"
    p.write_text("schema: 1\nname: [unclosed\n")
    with pytest.raises(RulePackError) as e:
        load_file(p)
    assert str(e.value).startswith(f"{p}: not valid YAML (line ")
    assert "\n" not in str(e.value)


def test_second_pack_runs_with_no_code_for_it() -> None:
    text = (
        "We worry that the model might sandbag on dangerous capability evaluations.\n\n"
        "Separately, the company was accused of sandbagging its regulatory disclosures.\n"
    )
    config = Config(packs=("sandbagging",))
    (res,) = lint_text(text, "notes.txt", config=config)
    assert [(m.term, m.sense) for m in res.mentions] == [
        ("sandbag", "model-sandbagging"),
        ("sandbagging", "developer-sandbagging"),
    ]
    assert [d.code for d in res.diagnostics] == ["SL100", "SL101"]
