"""Learned judgements about sentences, seeded by the rule pack: whether a sentence says what the
writer means by the term (``definitional``), and which part a sentence plays in an argument
(``steps``: evidence, conclusion, misalignment claim, assumption; and its stance).

Each judgement is a small spaCy text classifier (bag of words and bigrams, trained from a blank
English pipeline on ``corpus/definitions`` and ``corpus/steps``, shipped in the package). The
rule pack's phrases reach it as input tokens, so it learns how far to trust them.
"""
