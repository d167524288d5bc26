"""A pack's definition patterns compiled for RE2, with ``{term}`` standing for any form of the
term; shared by the pattern-only reading (:mod:`schemelint.definitions`) and the classifier's
pattern feature (:mod:`schemelint.judge.definitional`)."""

from __future__ import annotations

import re
from functools import lru_cache

from schemelint.rulepack import RulePack
from schemelint.saferegex import PackPattern


@lru_cache(maxsize=16)
def compiled(pack_key: int, patterns: tuple[str, ...], term: str) -> list[PackPattern]:
    # RE2 (linear time in the sentence, whatever the pattern): see saferegex
    return [PackPattern(p.replace("{term}", f"(?P<term>{term})")) for p in patterns]


def term_core(pack: RulePack) -> str:
    return r"(?:\pL+-)?(?:" + "|".join(
        re.escape(f) for f in sorted(pack.forms + pack.verb_forms, key=len, reverse=True)
    ) + r")(?:-\pL+)?"
