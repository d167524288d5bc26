"""Load, validate and compile rule packs (``rules/*.yaml``).

A pack is data: the term and its forms, the senses with their cues, the assumptions, the
inference cues and the wording of the checks that speak about its subject. This module turns it
into a typed model (the dataclasses below; every key of the schema has a field, which
``tests/core/test_rulepack_keys.py`` holds to); no sense id or cue word is written in code. The
phrase sets and the term's regexes are compiled on first use, so a run that meets no candidate
compiles nothing. The format is described by ``data/rulepack.schema.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from schemelint import readfile, schemas
from schemelint.model import RulePackError
from schemelint.phrases import PhraseSet, compile_phrases
from schemelint.saferegex import PackPattern, PatternError
from schemelint.shipped import builtin_dir


@dataclass(frozen=True)
class Cue:
    phrase: str
    weight: float


@dataclass
class Sense:
    id: str
    label: str
    description: str
    qualified_term: str | None
    qualified_activity: str | None
    qualifiers: PhraseSet | None
    cues: list[Cue]


@dataclass
class Assumption:
    id: str
    name: str
    fix: str
    clause: str
    regex: PhraseSet | None  # the phrases that name the assumption
    role: str | None = None  # "misalignment": the assumption SL201 asks for


@dataclass
class Roles:
    unclear: str
    casual: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    conclusion: str | None = None


# The phrase lists of ``inference``, in the order the judges' cue tokens are built from them
# (the trained models read ``cue<key>`` tokens in this order: do not reorder).
INFERENCE_PHRASES = (
    "evidence",
    "connectives",
    "conclusions",
    "hedges",
    "gaming_evidence",
    "misalignment",
    "context_dependence",
    "predictions",
    "hypothetical",
)


@dataclass(frozen=True)
class Inference:
    """The inference vocabulary; a phrase list the pack leaves out is ``None``."""

    evidence: PhraseSet | None = None  # words that report an observation (a judge cue token)
    connectives: PhraseSet | None = None
    conclusions: PhraseSet | None = None
    hedges: PhraseSet | None = None
    gaming_evidence: PhraseSet | None = None
    misalignment: PhraseSet | None = None
    context_dependence: PhraseSet | None = None
    predictions: PhraseSet | None = None
    hypothetical: PhraseSet | None = None
    labels: tuple[str, ...] = ()  # patterns with ``{term}`` (SL202)
    # Words of the evidence's topic ("retrain*", "its own values", "avoid being modified"): a
    # document with them but without the term or the evidence phrases is read for argument
    # steps under a stricter bar. Not a judge cue (the models never saw it as an input).
    topic: tuple[str, ...] = ()

    def phrase_sets(self) -> list[tuple[str, PhraseSet]]:
        """(key, phrases) for every phrase list the pack gives, in :data:`INFERENCE_PHRASES`
        order."""
        out = []
        for key in INFERENCE_PHRASES:
            found = getattr(self, key)
            if found is not None:
                out.append((key, found))
        return out


@dataclass(frozen=True)
class Messages:
    """How SL200-SL202 speak about the pack's subject (``messages`` in the pack): plain words,
    and templates formatted with ``str.format`` (their placeholders are listed in the schema).
    The defaults are neutral, for a pack that does not say."""

    gaming_evidence: str = "the evidence"  # the evidence of ``roles.gaming``, after "the"
    evidence_kinds: dict[str, str] = field(default_factory=dict)  # steps' evidence kind -> words
    misalignment: str = "“{claim}” infers misalignment from this evidence alone{where}"
    misalignment_fallback: str = ("“{conclusion}” is inferred from “{evidence}” alone, which "
                                  "does not imply misalignment; say why the goals are misaligned")
    misalignment_fallback_detail: str = ("“{conclusion}” is inferred from “{evidence}” alone; "
                                         "it does not imply misalignment. {fix}")
    label: str = ("“{term}” treats the label as a fixed property of a model; say in which "
                  "contexts it applies, and how consistently")
    label_detail: str = ("“{term}” treats the label as a fixed property of a model; say in "
                         "which contexts it applies, and how consistently")

    def evidence_words(self, kind: str) -> str:
        return self.evidence_kinds.get(kind, "the evidence")


@dataclass
class RulePack:
    name: str
    path: str
    description: str
    term_label: str
    forms: tuple[str, ...]
    verb_forms: tuple[str, ...]
    verb_cues: frozenset[str]
    noun_cues: frozenset[str]
    relative_cues: frozenset[str]
    verb_followers: frozenset[str]
    not_term: list[PackPattern]  # linear-time matcher (RE2), see saferegex
    senses: list[Sense]
    roles: Roles
    definitions: list[str]  # patterns with ``{term}``
    assumptions: list[Assumption]
    inference: Inference
    messages: Messages = field(default_factory=Messages)

    @property
    def labels(self) -> list[str]:
        """The context-free label patterns (``inference.labels``), with ``{term}``."""
        return list(self.inference.labels)

    @cached_property
    def term_regex(self) -> re.Pattern[str]:
        return _term_regex(self.forms + self.verb_forms)

    @cached_property
    def prefilter(self) -> PackPattern:
        return _prefilter(self.forms + self.verb_forms)

    @cached_property
    def cue_set(self) -> PhraseSet:
        """Every sense's cue phrases in one matcher; :meth:`cue_of` says whose a hit is."""
        return compile_phrases([c.phrase for s in self.senses for c in s.cues])

    @cached_property
    def _cue_owner(self) -> list[tuple[Sense, Cue]]:
        first: dict[str, tuple[Sense, Cue]] = {}
        for s in self.senses:
            for c in s.cues:
                first.setdefault(c.phrase.strip().lower(), (s, c))
        return [first[p.lower()] for p in self.cue_set.phrases]

    def cue_of(self, match: re.Match[str]) -> tuple[Sense, Cue]:
        """The sense and cue a hit of :attr:`cue_set` stands for (the first sense that lists
        the phrase)."""
        return self._cue_owner[self.cue_set.index(match)]

    def misalignment_assumptions(self) -> list[Assumption]:
        """The assumptions whose ``role`` is ``misalignment`` (SL201 asks for them)."""
        return [a for a in self.assumptions if a.role == "misalignment"]

    def sense(self, sense_id: str) -> Sense | None:
        for s in self.senses:
            if s.id == sense_id:
                return s
        return None

    @property
    def sense_ids(self) -> list[str]:
        return [s.id for s in self.senses]


# A word broken at a line end: "sche-" newline "ming".
_BREAK_RAW = r"-[ \t]*\r?\n[ \t]*%?[ \t]*"
_BREAK = f"(?:{_BREAK_RAW})?"


def _prefilter(forms: tuple[str, ...]) -> PackPattern:
    """A cheap pattern that every form matches, also when broken across a line: the forms'
    longest common prefix, or the prefix with a hyphenated line break inside it. Run by RE2,
    which scans a whole repository's text for it about ten times faster than ``re``."""
    prefix = forms[0]
    for f in forms[1:]:
        while not f.lower().startswith(prefix.lower()):
            prefix = prefix[:-1]
    prefix = prefix or forms[0]
    alts = [re.escape(prefix)]
    alts += [re.escape(prefix[:k]) + _BREAK_RAW + re.escape(prefix[k:]) for k in range(1, len(prefix))]
    return PackPattern("|".join(alts))


def _term_regex(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Matches any form as a whole word, with hyphenated compounds (anti-scheming,
    scheming-related) and words broken across a line by a hyphen."""
    alts = []
    for form in sorted(forms, key=len, reverse=True):
        letters = [re.escape(ch) for ch in form]
        alts.append(_BREAK.join(letters))
    core = "(?P<form>" + "|".join(alts) + ")"
    compound = r"[^\W\d_]+(?:-[^\W\d_]+)*"
    return re.compile(
        rf"(?<![\w-])(?:(?P<pre>{compound})-)?{core}(?:-(?P<post>{compound}))?(?![\w])",
        re.IGNORECASE,
    )


def _strings(data: dict[str, Any], key: str) -> list[str]:
    return [str(x) for x in data.get(key) or []]


def _compile_sense(raw: dict[str, Any]) -> Sense:
    cues = [Cue(str(c["phrase"]), float(c.get("weight", 1.0))) for c in raw.get("cues") or []]
    qualifiers = _strings(raw, "qualifiers")
    return Sense(
        id=raw["id"],
        label=raw["label"],
        description=str(raw.get("description", "")).strip(),
        qualified_term=raw.get("qualified_term"),
        qualified_activity=raw.get("qualified_activity"),
        qualifiers=compile_phrases(qualifiers) if qualifiers else None,
        cues=cues,
    )


def build(data: dict[str, Any], path: str, *, check_patterns: bool = True) -> RulePack:
    """Compile validated pack data. Phrase sets and the term's regexes are compiled on first
    use; the pack's own regular expressions are tried at once (``check_patterns``), so a bad
    one is refused when the pack is loaded, except for the shipped packs, which the test
    suite checks."""
    term = data["term"]
    senses = [_compile_sense(s) for s in data["senses"]]
    ids = [s.id for s in senses]
    if len(set(ids)) != len(ids):
        raise RulePackError(f"{path}: senses: duplicate sense id")
    roles_raw = data["roles"]
    roles = Roles(
        unclear=roles_raw["unclear"],
        casual=tuple(roles_raw.get("casual") or ()),
        evidence=tuple(roles_raw.get("evidence") or ()),
        conclusion=roles_raw.get("conclusion"),
    )
    for key, value in vars(roles).items():
        for sid in value if isinstance(value, tuple) else [value]:
            if sid is not None and sid not in ids:
                raise RulePackError(f"{path}: roles.{key}: unknown sense '{sid}'")
    patterns = {
        "term.not_term": _strings(term, "not_term"),
        "definitions": _strings(data, "definitions"),
        "inference.labels": _strings(data.get("inference") or {}, "labels"),
    }
    compiled: dict[str, list[PackPattern]] = {}
    for key, pats in patterns.items():
        if not check_patterns and key != "term.not_term":
            continue
        for i, pat in enumerate(pats):
            try:
                re.compile(pat.replace("{term}", "x"))
            except re.error as exc:
                raise RulePackError(f"{path}: {key}[{i}]: invalid pattern: {exc}") from None
            try:
                compiled.setdefault(key, []).append(
                    PackPattern(pat.replace("{term}", "(?P<term>x)") if "{term}" in pat else pat)
                )
            except PatternError as exc:
                raise RulePackError(f"{path}: {key}[{i}]: {exc}") from None
    inference_raw = data.get("inference") or {}
    inference = Inference(
        **{k: compile_phrases(_strings(inference_raw, k)) for k in INFERENCE_PHRASES
           if inference_raw.get(k)},
        labels=tuple(patterns["inference.labels"]),
        topic=tuple(_strings(inference_raw, "topic")),
    )
    messages = Messages(**(data.get("messages") or {}))
    assumptions = [
        Assumption(
            id=a["id"],
            name=a["name"],
            fix=" ".join(str(a.get("fix", "")).split()),
            clause=" ".join(str(a.get("clause", a["name"])).split()),
            regex=compile_phrases(_strings(a, "cues")) if a.get("cues") else None,
            role=a.get("role"),
        )
        for a in data.get("assumptions") or []
    ]
    return RulePack(
        name=data["name"],
        path=path,
        description=" ".join(str(data.get("description", "")).split()),
        term_label=term["label"],
        forms=tuple(_strings(term, "forms")),
        verb_forms=tuple(_strings(term, "verb_forms")),
        verb_cues=frozenset(w.lower() for w in _strings(term, "verb_cues")),
        noun_cues=frozenset(w.lower() for w in _strings(term, "noun_cues")),
        relative_cues=frozenset(w.lower() for w in _strings(term, "relative_cues")),
        verb_followers=frozenset(" ".join(w.lower().split()) for w in _strings(term, "verb_followers")),
        not_term=compiled.get("term.not_term", []),
        senses=senses,
        roles=roles,
        definitions=patterns["definitions"],
        assumptions=assumptions,
        inference=inference,
        messages=messages,
    )


def validate(data: Any, path: str) -> None:
    """Raise :class:`RulePackError` naming the first offending key."""
    problem = schemas.first_error(data, "rulepack")
    if problem is not None:
        raise RulePackError(f"{path}: {problem}")


def load_file(path: str | Path, *, check: bool = True) -> RulePack:
    """Load one pack; every problem is a :class:`RulePackError` naming the file and key."""
    p = Path(path)
    try:
        text = readfile.read_text(p, readfile.SMALL_LIMIT)
    except readfile.FileReadError as exc:
        raise RulePackError(f"{path}: cannot read rule pack: {exc}") from None
    import yaml  # only here: the shipped packs are read from JSON (schemelint.packcache)

    from schemelint import safeyaml

    try:
        data = safeyaml.load(text)
    except yaml.YAMLError as exc:
        raise RulePackError(f"{path}: not valid YAML{safeyaml.describe(exc)}") from None
    if check:
        validate(data, str(path))
    return build(data, str(path), check_patterns=check)


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8"
    return getattr(exc, "strerror", None) or str(exc)


@lru_cache(maxsize=8)
def load_builtin(name: str = "scheming") -> RulePack:
    """A shipped pack, trusted (validated by the test suite, not at every start); read from its
    JSON twin when that is fresh, which spares the run importing YAML."""
    from schemelint.packcache import compiled

    path = builtin_dir() / f"{name}.yaml"
    data = compiled(path)
    if data is None:
        return load_file(path, check=False)
    return build(data, str(path), check_patterns=False)


def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yaml"))
