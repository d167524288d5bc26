from __future__ import annotations

from schemelint.mentions import find_mentions
from schemelint.model import SourceFile
from schemelint.readers import plain
from schemelint.rulepack import load_builtin

PACK = load_builtin("scheming")


def mentions(text: str) -> list[tuple[str, int, int]]:
    src = SourceFile("t.txt", text)
    doc = plain.read(src)
    return [(m.term, *src.index.line_col(m.span.start)) for m in find_mentions(doc, PACK)]


def test_forms_and_compounds_are_mentions() -> None:
    text = (
        "Schemers differ. A non-schemer may still game training, and anti-scheming\n"
        "training reduced SCHEMING-related failures; models might scheme, and one schemed.\n"
    )
    assert mentions(text) == [
        ("Schemers", 1, 1),
        ("non-schemer", 1, 20),
        ("anti-scheming", 1, 61),
        ("SCHEMING-related", 2, 18),
        ("scheme", 2, 58),
        ("schemed", 2, 74),
    ]


def test_noun_scheme_and_language_are_not_mentions() -> None:
    text = (
        "Our labelling scheme has four classes. A learning-rate scheme and a pyramid scheme\n"
        "are schemes of a kind. The interpreter is written in Scheme, and the colour scheme\n"
        "is blue. Models that scheme are different.\n"
    )
    assert mentions(text) == [("scheme", 3, 22)]


def test_word_broken_across_lines_is_one_mention() -> None:
    text = "The model was sche-\nming against its overseers.\n"
    src = SourceFile("t.txt", text)
    found = find_mentions(plain.read(src), PACK)
    assert [(m.term, m.span.start, m.span.end) for m in found] == [("sche-\nming", 14, 24)]


def test_schemelint_and_schema_are_not_mentions() -> None:
    assert mentions("The schema and schemelint and schematic and schemata.") == []


def test_curly_apostrophe_verb_cue() -> None:
    assert mentions("It won’t scheme, and they don't scheme either.") == [
        ("scheme", 1, 10),
        ("scheme", 1, 33),
    ]


def test_an_object_pronoun_makes_the_bare_verb_the_term() -> None:
    text = "They wanted to make them scheme less, and watched them scheme anyway."
    assert mentions(text) == [("scheme", 1, 26), ("scheme", 1, 56)]


def test_words_only_a_verb_takes_make_scheme_the_term() -> None:
    text = (
        "In act three the courtiers scheme against the king. The new checkpoint schemes less,\n"
        "and whether today's models scheme or not is open. 'They scheme less,' she said.\n"
        "The pension scheme against inflation and a compensation scheme or a bonus are plans;\n"
        "so is the scheme when it is applied.\n"
    )
    assert mentions(text) == [
        ("scheme", 1, 28),
        ("schemes", 1, 72),
        ("scheme", 2, 28),
        ("scheme", 2, 57),
    ]


def test_capitalised_scheme_mid_sentence_is_the_language() -> None:
    text = (
        "Racket is close enough to Scheme that the macros worked.\n"
        "How Models Scheme Against Their Overseers\n"
    )
    assert mentions(text) == [("Scheme", 2, 12)]


def md_mentions(text: str) -> list[tuple[str, int, int]]:
    from schemelint.readers import markdown

    src = SourceFile("t.md", text)
    return [(m.term, *src.index.line_col(m.span.start))
            for m in find_mentions(markdown.read(src), PACK)]


def test_reference_lists_are_references_not_mentions() -> None:
    text = ("Models might scheme.\n\n## Further reading\n\n- Scheming AIs, a report\n"
            "- Notes on schemers\n\n## Next\n\n- Meinke et al. (2024). Frontier models can "
            "scheme in context. arXiv.\n- Inline citations (Smith, 2023; Doe, 2024) do not "
            "make this list item about scheming a reference.\n")
    assert md_mentions(text) == [("scheme", 1, 14), ("scheming", 11, 78)]


def test_a_sources_section_keeps_its_subheadings_and_joined_names() -> None:
    text = ("Models might scheme.\n\n## Sources & Resources\n\n### Primary research\n\n"
            "- [A report](https://x.org) — the chance of scheming in training.\n\n"
            "### Evaluations\n\n- Notes on how schemers are tested.\n\n"
            "## Discussion\n\nWe think models scheme.\n")
    assert md_mentions(text) == [("scheme", 1, 14), ("scheme", 15, 17)]


def test_latex_subsections_of_a_references_section_are_references() -> None:
    from schemelint.model import ReadError
    from schemelint.readers import latex

    def no_load(target: str, including: SourceFile) -> SourceFile:
        raise ReadError("no includes in this test")

    src = SourceFile("t.tex", "\\section{References and Further Reading}\n\\subsection{Core}\n"
                              "A report on scheming (2023).\n\\section{Discussion}\n"
                              "Models might scheme.\n")
    assert [(m.term, *src.index.line_col(m.span.start))
            for m in find_mentions(latex.read(src, no_load), PACK)] == [("scheme", 5, 14)]


def test_wiki_link_targets_are_not_prose_but_their_text_is() -> None:
    text = "See [[concepts/scheming]] and [[concepts/scheming|the schemer page]].\n"
    assert md_mentions(text) == [("schemer", 1, 55)]


def test_prose_inside_rendered_html_blocks_is_read() -> None:
    text = ("<details>\n<summary>Why models scheme</summary>\n\nText.\n\n</details>\n\n"
            "<figcaption markdown=\"1\">Scheming rates <code>schemer()</code></figcaption>\n"
            "<div><script>var schemer = 1;</script></div>\n")
    assert md_mentions(text) == [("scheme", 2, 21), ("Scheming", 8, 26)]


def test_title_case_verbs_and_adverbs_before_the_verb() -> None:
    text = ("Part 2: Can We Train AI Not to Scheme?\n"
            "Models don't just scheme against evaluators.\n"
            "We compiled the interpreter to Scheme, then ported it to Scheme again.\n")
    assert mentions(text) == [("Scheme", 1, 32), ("scheme", 2, 19)]
