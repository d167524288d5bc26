"""SL200-SL202 take their wording from the pack (``messages``), so a second pack is not told
about "training-gaming" and "schemers"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from schemelint.config import Config
from schemelint.engine import lint_text
from schemelint.rulepack import Messages, builtin_dir, load_builtin

LABEL = "We fear the deployed model is a schemer.\n"


def _pack(tmp_path: Path, change: Any) -> Config:
    data = yaml.safe_load((builtin_dir() / "scheming.yaml").read_text("utf-8"))
    change(data)
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return Config(packs=(), rule_packs=(str(path),), root=tmp_path)


def _sl202(config: Config) -> list[str]:
    (result,) = lint_text(LABEL, "draft.md", config=config)
    return [d.message for d in result.diagnostics if d.code == "SL202"]


def test_the_shipped_pack_keeps_its_wording() -> None:
    (result,) = lint_text(LABEL, "draft.md", config=Config())
    assert [d.message for d in result.diagnostics if d.code == "SL202"] == [(
        "“schemer” treats being a schemer as a fixed property of a model; say in which contexts "
        "it games its training, and how consistently")]


def test_a_pack_words_the_label_message_itself(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["messages"]["label"] = "“{term}” is used as a fixed trait; say where it holds"

    assert _sl202(_pack(tmp_path, change)) == ["“schemer” is used as a fixed trait; say where it holds"]


def test_a_pack_without_messages_gets_neutral_wording(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        del d["messages"]

    (message,) = _sl202(_pack(tmp_path, change))
    assert message == Messages().label.format(term="schemer")
    assert "training" not in message and "being a schemer" not in message


def test_the_misalignment_assumption_is_found_by_its_role() -> None:
    pack = load_builtin("scheming")
    assert [a.id for a in pack.misalignment_assumptions()] == ["A4"]
    assert Messages().evidence_words("tg-evidence") == "the evidence"
    assert pack.messages.evidence_words("tg-evidence") == "training-gaming evidence"
