"""The tone check's wording rules, read from content/tone.toml and checked for mistakes."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.tone_first_char import compiled

if TYPE_CHECKING:
    from coach.content import Problem

RULES_FILE = "tone.toml"
WORDING_KINDS = ("anger", "begging", "public", "apology")
CONTEXT_KEYS = tuple(
    """negation where_found sympathy slow_reply reply_word slow_word self_before self_after
    apology_before calm_phrases""".split()
)
# Signs of a sentence the model may be told to need (see coach/tone_features.py);
# "all" needs nothing: the model judges every sentence.
MODEL_SIGNS = tuple("v:- f:how_long f:quoted f:question f:if t:me t:you t:they p:any all".split())
_FLAGS = tuple("negatable them_only not_where_found one_for_a_slow_reply not_titles".split())
_FLAGS += ("warm_by_nature", "model_confirms", "not_taken_up", "only_handed_back", "aimed_at_them")
_FLAGS += ("not_open_door", "not_own_forecast")
_RULE_KEYS = frozenset(
    {"name", "kind", "reason", "suggestion", "any", "not_after", "not_in_sentence", *_FLAGS}
)
_CLASS_NAME = re.compile(r"\{([A-Za-z_]+)\}")


class ToneRulesError(ValueError):
    """The rules file cannot be used; the message names the file, line and what is wrong."""


@dataclass(frozen=True)
class Rule:
    """One clause pattern: what it catches, why it matters, what to write instead."""

    kind: str
    pattern: re.Pattern[str]
    reason: str
    suggestion: str
    # Skip a hit right after "not"/"never": "it wasn't unfair" is not an accusation.
    negatable: bool = False
    # Skip a hit aimed at the writer ("my stupid answer"): that is apology, not anger.
    them_only: bool = False
    # Skip a hit in a sentence that is about where the job was found or staying in touch.
    not_where_found: bool = False
    # Skip a hit right after words matching this ("hope we get another chance").
    not_after: re.Pattern[str] | None = None
    # One apology for a slow reply, and sympathy ("sorry to hear"), are fine.
    one_for_a_slow_reply: bool = False
    # Skip a hit in a sentence matching this ("made my week": praise they gave, quoted).
    not_in_sentence: re.Pattern[str] | None = None
    # Skip a hit all in Capitalised Words: a name or title ("Data Analyst"), not their phrase.
    not_titles: bool = False
    # Skip a quote the writer takes up warmly in the same breath ("you said
    # 'grows its own', and I'm taking that as a hint"): coach/tone_quotes.py.
    not_taken_up: bool = False
    # Skip a quote that is not their words handed back: the writer's own, a
    # third party's, or theirs laughed with (coach/tone_quote_owner.py).
    only_handed_back: bool = False
    # Sarcasm reads warm: the model may not overrule it there (tone_model.py: vetoed).
    warm_by_nature: bool = False
    model_confirms: bool = False  # a hit stands only where the model leans to the kind too
    aimed_at_them: bool = False  # skip a strong word aimed elsewhere: coach/tone_target.py
    not_open_door: bool = False  # skip help offered for their later need: tone_open_door.py
    not_own_forecast: bool = False  # skip the writer's own forecast: tone_own_future.py
    name: str = ""  # how a person's own tone.toml names it to switch it off
    # The patterns as written, to compile again with a person's added words.
    written: tuple[str, ...] = ()


@dataclass(frozen=True)
class ToneRules:
    """Everything the wording check reads: word classes, rules and context patterns."""

    classes: dict[str, frozenset[str]]
    rules: tuple[Rule, ...]
    context: dict[str, re.Pattern[str]]
    # Per kind, the cues a sentence needs (one of them, each a set of features
    # it must all hold) before the model may flag it.
    model_cues: dict[str, frozenset[frozenset[str]]]
    # Calmer alternatives by name, for rules that name one.
    suggestions: dict[str, str] = field(default_factory=dict)
    # Wording kinds the learned model stays quiet on (a person's switch_off).
    model_off: frozenset[str] = frozenset()


def shipped_rules_path() -> Path:
    """Where the shipped rules file is, in a checkout or in the wheel."""
    from coach.content import shipped_content_dir

    return shipped_content_dir() / RULES_FILE


@functools.cache
def shipped_rules() -> ToneRules:
    """The shipped rules, read and compiled once."""
    return read_rules(shipped_rules_path())


def read_rules(path: Path) -> ToneRules:
    """The rules of one file; raises ToneRulesError naming the first problem."""
    rules, problems = _parse(path)
    if problems or rules is None:
        raise ToneRulesError(problems[0] if problems else f"{path}: cannot be read")
    return rules


def rules_problems(path: Path) -> list[tuple[int, str]]:
    """Every problem in a rules file as (line, message); line 0 is the file as a whole."""
    _rules, problems = _parse(path)
    return [_split_line(problem, path) for problem in problems]


def check_rules_in(folder: Path, *, required: bool = False) -> list[Problem]:
    """Problems with the rules file in a content folder; a missing one only when required."""
    from coach.content import Problem

    path = folder / RULES_FILE
    if not path.is_file():
        return [Problem(path, 0, "the tone rules file is missing")] if required else []
    return [Problem(path, line, message) for line, message in rules_problems(path)]


def _split_line(problem: str, path: Path) -> tuple[int, str]:
    rest = problem.removeprefix(f"{path}:")
    line, _, message = rest.partition(": ")
    return (int(line), message) if line.isdigit() else (0, rest.lstrip(" "))


def expand(pattern: str, classes: dict[str, frozenset[str]]) -> str:
    """A pattern in the file's notation as a regular expression (see content/tone.toml)."""

    def alternation(match: re.Match[str]) -> str:
        members = sorted(classes[match.group(1)], key=len, reverse=True)
        return "(?:" + "|".join(re.escape(w) for w in members) + ")"

    out: list[str] = []
    in_class = False
    for i, char in enumerate(pattern):
        escaped = i > 0 and pattern[i - 1] == "\\"
        if char == "[" and not escaped:
            in_class = True
        elif char == "]" and not escaped:
            in_class = False
        if not in_class and char == " ":
            out.append(r"\s+")
        elif not in_class and char == "'":
            out.append("['’]")
        else:
            out.append(char)
    return _CLASS_NAME.sub(alternation, "".join(out))


def compile_rule_pattern(pattern: str, classes: dict[str, frozenset[str]]) -> re.Pattern[str]:
    """A rule's pattern compiled to match whole words of the lower-cased draft."""
    # Lower-cased text, not IGNORECASE, which made every rule slower. Word edges
    # (coach/tone_first_char.py): an apostrophe inside a word ("don't") joins
    # it; a quote mark around one ("'companies to avoid'") does not.
    return compiled(expand(pattern, classes))


class _Lines:
    """Finds the line a table or key sits on, so problems can name it."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def holding(self, needle: str, after: int = 0) -> int:
        """The first line after `after` that holds `needle` anywhere, or `after`."""
        for number, line in enumerate(self.lines[after:], start=after + 1):
            if needle in line:
                return number
        return after

    def of(self, needle: str, nth: int = 0, after: int = 0) -> int:
        seen = 0
        for number, line in enumerate(self.lines[after:], start=after + 1):
            if line.strip().startswith(needle):
                if seen == nth:
                    return number
                seen += 1
        return 0


def _parse(path: Path) -> tuple[ToneRules | None, list[str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [f"{path}: cannot be read ({error})"]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib puts the place in the message: "... (at line 3, column 7)".
        place = re.search(r"\(at line (\d+)", str(error))
        message = re.sub(r"\s*\(at [^)]*\)$", "", str(error))
        where = f"{path}:{place.group(1)}" if place else str(path)
        return None, [f"{where}: not valid TOML: {message}"]
    lines = _Lines(text)
    problems: list[str] = []

    def problem(line: int, message: str) -> None:
        problems.append(f"{path}:{line}: {message}" if line else f"{path}: {message}")

    classes = _read_classes(data.get("classes"), lines, problem)
    context = _read_context(data.get("context"), lines, problem)
    suggestions = data.get("suggestions", {})
    if not isinstance(suggestions, dict) or not all(
        isinstance(v, str) and v.strip() for v in suggestions.values()
    ):
        problem(lines.of("[suggestions]"), "[suggestions] must map names to non-empty text")
        suggestions = {}
    rules = _read_rules(data.get("rule"), classes, suggestions, lines, problem)
    cues = _read_cues(data.get("model_cues"), classes, lines, problem)
    unknown = set(data) - {"classes", "context", "suggestions", "rule", "model_cues"}
    for key in sorted(unknown):
        problem(lines.of(key) or lines.of(f"[{key}"), f"unknown table {key!r}")
    if problems:
        return None, problems
    return ToneRules(classes, tuple(rules), context, cues, dict(suggestions)), []


def _read_classes(raw: Any, lines: _Lines, problem: Any) -> dict[str, frozenset[str]]:
    if not isinstance(raw, dict) or not raw:
        problem(lines.of("[classes]"), "a [classes] table of word lists is required")
        return {}
    classes: dict[str, frozenset[str]] = {}
    for name, spaced in raw.items():
        line = lines.of(f"{name} =")
        if not re.fullmatch(r"[A-Z_]+", name):
            problem(line, f"class name {name!r} must be capital letters and underscores")
        elif not isinstance(spaced, str) or not spaced.split():
            problem(line, f"class {name} must be a string of words")
        else:
            classes[name] = frozenset(spaced.lower().split())
    return classes


def _read_cues(
    raw: Any, classes: dict[str, frozenset[str]], lines: _Lines, problem: Any
) -> dict[str, frozenset[frozenset[str]]]:
    if not isinstance(raw, dict):
        problem(lines.of("[model_cues]"), "a [model_cues] table is required")
        return {}
    cues: dict[str, frozenset[frozenset[str]]] = {}
    for kind in WORDING_KINDS:
        line = lines.of(f"{kind} =", after=lines.of("[model_cues]"))
        names = raw.get(kind)
        if not isinstance(names, list) or not names:
            problem(line, f"[model_cues] needs {kind}, a list of classes or signs")
            continue
        found: set[frozenset[str]] = set()
        for cue in names:
            parts = str(cue).split("+")
            unknown = [n for n in parts if n not in MODEL_SIGNS and n not in classes]
            for name in unknown:
                problem(line, f"model cue {name!r} is neither a class nor one of {MODEL_SIGNS}")
            if not unknown:
                found.add(frozenset(n if n in MODEL_SIGNS else f"c:{n}" for n in parts) - {"all"})
        cues[kind] = frozenset(found)
    for key in sorted(set(raw) - set(WORDING_KINDS)):
        problem(lines.of(f"{key} ="), f"[model_cues] has an unknown kind {key!r}")
    return cues


def _read_context(raw: Any, lines: _Lines, problem: Any) -> dict[str, re.Pattern[str]]:
    if not isinstance(raw, dict):
        problem(lines.of("[context]"), "a [context] table of patterns is required")
        return {}
    context: dict[str, re.Pattern[str]] = {}
    for key in CONTEXT_KEYS:
        if not isinstance(raw.get(key), str):
            problem(lines.of("[context]"), f"[context] needs {key} (a pattern)")
            continue
        try:
            context[key] = re.compile(raw[key], re.IGNORECASE)
        except re.error as error:
            problem(lines.of(f"{key} ="), f"{key} is not a valid pattern: {error}")
    for key in sorted(set(raw) - set(CONTEXT_KEYS)):
        problem(lines.of(f"{key} ="), f"unknown context pattern {key!r}")
    return context


def _read_rules(
    raw: Any,
    classes: dict[str, frozenset[str]],
    suggestions: dict[str, str],
    lines: _Lines,
    problem: Any,
) -> list[Rule]:
    if not isinstance(raw, list) or not raw:
        problem(0, "at least one [[rule]] is required")
        return []
    return rule_tables(raw, classes, suggestions, lines, problem)


def rule_tables(
    raw: list[Any],
    classes: dict[str, frozenset[str]],
    suggestions: dict[str, str],
    lines: _Lines,
    problem: Any,
) -> list[Rule]:
    """The rules of a file's [[rule]] tables; each bad one is named to problem and left out."""
    rules: list[Rule] = []
    for number, item in enumerate(raw):
        line = lines.of("[[rule]]", nth=number)
        found = _read_rule(item, classes, suggestions, (lines, line), problem)
        if found is not None:
            rules.append(found)
    return rules


def _read_rule(
    item: dict[str, Any],
    classes: dict[str, frozenset[str]],
    suggestions: dict[str, str],
    where: tuple[_Lines, int],
    problem: Any,
) -> Rule | None:
    lines, line = where
    ok = True
    for key in sorted(set(item) - _RULE_KEYS):
        problem(line, f"rule has an unknown field {key!r}")
        ok = False
    kind = item.get("kind")
    if kind not in WORDING_KINDS:
        problem(line, f"rule kind {kind!r} is not one of {', '.join(WORDING_KINDS)}")
        ok = False
    for key in ("reason", "suggestion"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            problem(line, f"rule needs a {key} (text)")
            ok = False
    for key in ("not_after", "not_in_sentence"):
        if not isinstance(item.get(key, ""), str):
            problem(line, f"rule field {key} must be a pattern (text)")
            ok = False
    for flag in _FLAGS:
        if not isinstance(item.get(flag, False), bool):
            problem(line, f"rule field {flag} must be true or false")
            ok = False
    patterns = item.get("any")
    if (
        not isinstance(patterns, list)
        or not patterns
        or not all(isinstance(p, str) and p.strip() for p in patterns)
    ):
        problem(line, "rule needs `any`, a list of one or more patterns")
        return None
    for pattern in patterns:
        for name in _CLASS_NAME.findall(pattern):
            if name not in classes:
                where = lines.holding(pattern, after=line)
                problem(where, f"pattern {pattern!r} names an unknown class {{{name}}}")
                ok = False
    if not ok:
        return None
    try:
        compiled = compile_rule_pattern("|".join(patterns), classes)
        after = item.get("not_after")
        not_after = re.compile(after, re.IGNORECASE) if after else None
        inside = item.get("not_in_sentence")
        not_in_sentence = re.compile(inside, re.IGNORECASE) if inside else None
    except re.error as error:
        bad = next(
            (p for p in patterns if not _compiles(p, classes)), "not_after or not_in_sentence"
        )
        where = lines.holding(bad, after=line)
        problem(where, f"pattern {bad!r} is not a valid regular expression: {error}")
        return None
    suggestion = suggestions.get(item["suggestion"], item["suggestion"])
    if re.fullmatch(r"[a-z_]+", suggestion):
        problem(line, f"suggestion {suggestion!r} is not a name in [suggestions]")
        return None
    flags = {flag: item.get(flag, False) for flag in _FLAGS}
    return Rule(
        kind,
        compiled,
        item["reason"],
        suggestion,
        not_after=not_after,
        not_in_sentence=not_in_sentence,
        name=str(item.get("name", "")),
        written=tuple(patterns),
        **flags,
    )


def _compiles(pattern: str, classes: dict[str, frozenset[str]]) -> bool:
    try:
        re.compile(expand(pattern, classes))
    except re.error:
        return False
    return True
