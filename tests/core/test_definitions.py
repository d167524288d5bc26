"""Which uses define the term, and which sense a document says it means (definitions.py), as
the JSON output shows them: ``definition``, ``sense_from``, and whether SL100 is satisfied."""

from __future__ import annotations

from typing import Any

import pytest

from schemelint.config import Config
from schemelint.engine import lint_text
from schemelint.formatters.positions import mention_dict

USE = ("\n\nThe model complied whenever it believed its answers would be trained on, scheming to"
       " keep its goals.\n")


def read(text: str, path: str = "draft.md", config: Config | None = None) -> tuple[list[Any], list[str]]:
    (r,) = lint_text(text, path, config=config or Config())
    assert r.error is None, r.error
    seen = [(m["line"], m["column"], m["sense"], m["definition"], m["sense_from"])
            for m in map(mention_dict, r.mentions)]
    return seen, [d.code for d in r.diagnostics]


@pytest.mark.parametrize("definition", [
    ('By "scheming" we mean instrumental training-gaming: doing well in training to keep one\'s'
     " goals."),
    "Scheming refers to a model performing well in training only so that its goals survive.",
])
def test_a_definitional_sentence_defines_the_term_and_satisfies_sl100(definition: str) -> None:
    seen, codes = read(definition + USE)
    assert seen[0][2:] == ("training-gaming", True, "definition")
    assert seen[1] == (3, 74, "training-gaming", False, "sentence")
    assert codes == []


def test_a_bold_term_with_a_colon_is_a_definition() -> None:
    seen, codes = read("**Scheming**: performing well in training only so that one's goals"
                       " survive it." + USE)
    assert seen[0] == (1, 3, "training-gaming", True, "definition")
    assert codes == []


def test_a_footnote_defines_the_term_used_before_it() -> None:
    seen, codes = read("Models may be scheming.[^1]\n\n[^1]: By scheming we mean performing well"
                       " in training so that one's goals survive it.\n")
    assert seen == [(1, 15, "training-gaming", False, "document"),
                    (3, 10, "training-gaming", True, "definition")]
    assert codes == []


def test_latex_emphasis_and_glossary_entries_define_the_term() -> None:
    seen, codes = read("By \\emph{scheming} we mean performing well in training so that one's"
                       " goals survive it.\n\nThe model was scheming during RLHF.\n", "paper.tex")
    assert seen[0] == (1, 10, "training-gaming", True, "definition")
    assert codes == []
    seen, codes = read("\\newglossaryentry{scheming}{name=scheming, description={performing well"
                       " in training to keep goals}}\n\nThe model was scheming to keep its goals"
                       " during RLHF.\n", "paper.tex")
    assert [m[3] for m in seen] == [False]  # the entry is the declaration, not a use
    assert codes == []


def test_a_question_about_the_term_is_no_definition() -> None:
    seen, codes = read("What do we mean by scheming?" + USE)
    assert [m[3] for m in seen] == [False, False]
    assert codes == ["SL100"]


def test_a_quoted_definition_is_someone_elses_and_defines_nothing() -> None:
    seen, codes = read('> By "scheming" I mean a model that sabotages its monitors.\n' + USE)
    assert [m[3] for m in seen] == [False, False]
    assert codes == ["SL100"]


@pytest.mark.parametrize(("how", "text", "path", "config"), [
    ("front matter", "---\nschemelint: {sense: training-gaming}\n---\n", "draft.md", None),
    ("comment directive", "% schemelint: sense=training-gaming\n", "paper.tex", None),
    ("config", "", "draft.md", Config(sense={"scheming": "training-gaming"})),
])
def test_a_declared_sense_satisfies_sl100_and_anchors_sl102(how: str, text: str, path: str,
                                                            config: Config | None) -> None:
    conflict = ("\n\nIn the control evaluation the scheming model sandbagged the tests and colluded"
                " with its monitor to exfiltrate its weights.\n")
    (r,) = lint_text(text + USE.strip() + conflict, path, config=config or Config())
    (d,) = r.diagnostics
    assert d.code == "SL102"
    assert f"but the {how}" in d.message and "“training-gaming”" in d.message


@pytest.mark.parametrize(("text", "named"), [
    ('Reviewers keep calling the model "a schemer" without saying on which inputs.', True),
    ('We sort models into "schemers and non-schemers" at our peril.', True),
    ('We sort models into "schemers and\nnon-schemers" at our peril.', True),  # wrapped
    (('The report said "the model is clearly a schemer and we should all be very worried about'
      ' it" in its summary.'), False),
])
def test_a_short_quoted_phrase_names_the_label_and_draws_no_sl202(text: str, named: bool) -> None:
    """A label in double quotes a few words long is named (a scare quote, an example of the
    wording), not applied to a model in the writer's voice; a quoted sentence is not."""
    (r,) = lint_text(text, "draft.md", config=Config())
    (m,) = map(mention_dict, r.mentions[:1])
    assert (m["about_word"], m["definition"]) == (named, False)
    if named:
        assert [d.code for d in r.diagnostics] == []
