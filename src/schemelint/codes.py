"""Check codes and names as users type them (options, config, suppression comments).

A typo must not turn a run green: every code, prefix or name is checked against the checks
that exist (plus SL000, the unused-suppression report) and normalised to a code prefix.
"""

from __future__ import annotations

SUPPRESSION_CODE = "SL000"
SUPPRESSION_NAME = "unused-suppression"


def known() -> dict[str, str]:
    """Code -> name of every code schemelint can emit."""
    from schemelint.registry import checks

    return {SUPPRESSION_CODE: SUPPRESSION_NAME, **{c: m.name for c, m in checks().items()}}


def normalise(value: str) -> str | None:
    """``value`` (a code, a code prefix such as ``SL1``, or a check name) as a code prefix, or
    ``None`` when no check matches it."""
    v = value.strip()
    table = known()
    for code, name in table.items():
        if v.lower() == name:
            return code
    up = v.upper()
    if up and any(code.startswith(up) for code in table):
        return up
    return None


def unknown_message(value: str, where: str) -> str:
    listed = ", ".join(known())
    return f"{where}: unknown check '{value}' (known: {listed}, their names, or a prefix such as SL1)"


def check_all(values: tuple[str, ...] | list[str], where: str) -> tuple[str, ...]:
    """Normalise every value; raise :class:`ValueError` naming the first unknown one."""
    out = []
    for v in values:
        n = normalise(v)
        if n is None:
            raise ValueError(unknown_message(v, where))
        out.append(n)
    return tuple(out)
