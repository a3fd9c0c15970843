"""A person's own tone.toml: words and rules added to the shipped tone rules, some switched off.

The file sits in the person's content folder (the overrides) and only adds:
- `[classes]`: words added to the shipped class of that name (or a new class
  for the file's own rules);
- `[[rule]]`: rules added to the shipped ones, written as in the shipped file;
- `[suggestions]`: calmer alternatives the file's own rules can name;
- `switch_off`: names of shipped rules to leave out, or `model` / `model-KIND`
  ("model-anger") to keep the learned model quiet on all kinds or one.
`[context]` and `[model_cues]` stay the shipped ones. A file with any problem
is not used at all: the check runs on the shipped rules and says what is wrong.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.tone_rules import (
    _CLASS_NAME,
    RULES_FILE,
    WORDING_KINDS,
    Rule,
    ToneRules,
    _Lines,
    compile_rule_pattern,
    rule_tables,
    shipped_rules,
)

OWN_TABLES = ("classes", "rule", "suggestions", "switch_off")
# Tables a copy of the whole shipped file holds, which a person's file cannot change.
SHIPPED_ONLY = ("context", "model_cues")
MODEL_SWITCHES = ("model", *(f"model-{kind}" for kind in WORDING_KINDS))
FIX_HINT = (
    "the check is using the shipped rules until it is fixed; "
    "`coach content check` lists every problem"
)


@dataclass(frozen=True)
class OwnRules:
    """The rules the check uses, and what is wrong with (or ignored in) the person's file."""

    rules: ToneRules
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def message(self) -> str:
        """One plain line about the person's file, or "" when it is fine."""
        if not self.problems:
            return ""
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        return f"{self.problems[0]}{more}; {FIX_HINT}"

    def short(self) -> str:
        """The first problem named by file name and line, for a narrow panel; "" when fine."""
        if not self.problems:
            return ""
        first = re.sub(r"^.*?(tone\.toml)", r"\1", self.problems[0], count=1)
        return f"Your {first}; until it is fixed the shipped rules are used."


def own_rules(content_dir: Path | None) -> OwnRules:
    """The shipped rules with the person's tone.toml (if any) laid over them."""
    shipped = shipped_rules()
    if content_dir is None or not (content_dir / RULES_FILE).is_file():
        return OwnRules(shipped)
    return merge_own(content_dir / RULES_FILE, shipped)


def merge_own(path: Path, shipped: ToneRules) -> OwnRules:
    """The shipped rules plus one person's file; the shipped rules alone if it has a problem."""
    problems: list[str] = []
    notes: list[str] = []
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        return OwnRules(shipped, (f"{path}: cannot be read ({error})",))
    except tomllib.TOMLDecodeError as error:
        place = re.search(r"\(at line (\d+)", str(error))
        message = re.sub(r"\s*\(at [^)]*\)$", "", str(error))
        where = f"{path}:{place.group(1)}" if place else str(path)
        return OwnRules(shipped, (f"{where}: not valid TOML: {message}",))
    lines = _Lines(text)

    def problem(line: int, message: str) -> None:
        problems.append(f"{path}:{line}: {message}" if line else f"{path}: {message}")

    for key in sorted(set(data) - set(OWN_TABLES)):
        line = lines.of(f"[{key}") or lines.of(key)
        if key in SHIPPED_ONLY:
            notes.append(f"{path}:{line}: [{key}] is ignored; your file can only add to it")
        else:
            problem(line, f"unknown table {key!r}; a tone.toml of your own holds {OWN_TABLES}")
    classes = _merged_classes(data.get("classes", {}), shipped, lines, problem)
    suggestions = _merged_suggestions(data.get("suggestions", {}), shipped, lines, problem)
    added = _own_rule_list(data.get("rule", []), classes, suggestions, lines, problem)
    off = _switched_off(data.get("switch_off", []), shipped, lines, problem)
    if problems:
        return OwnRules(shipped, tuple(problems), tuple(notes))
    known = {r.pattern.pattern for r in shipped.rules}
    kept = [_with_classes(r, classes) for r in shipped.rules if r.name not in off]
    # A copy of a shipped rule (a whole copied file) would only find the same words twice.
    kept += [r for r in added if r.pattern.pattern not in known]
    merged = dataclasses.replace(
        shipped,
        classes=classes,
        rules=tuple(kept),
        suggestions=suggestions,
        model_off=frozenset(_model_kinds_off(off)),
    )
    return OwnRules(merged, (), tuple(notes))


def _with_classes(rule: Rule, classes: dict[str, frozenset[str]]) -> Rule:
    """A shipped rule compiled again when the person added words to a class it uses."""
    used = {name for p in rule.written for name in _CLASS_NAME.findall(p)}
    if all(classes.get(name) == shipped_rules().classes.get(name) for name in used):
        return rule
    pattern = compile_rule_pattern("|".join(rule.written), classes)
    return dataclasses.replace(rule, pattern=pattern)


def _merged_classes(
    raw: Any, shipped: ToneRules, lines: _Lines, problem: Any
) -> dict[str, frozenset[str]]:
    classes = dict(shipped.classes)
    if not isinstance(raw, dict):
        problem(lines.of("classes") or lines.of("[classes]"), "[classes] must be a table")
        return classes
    for name, spaced in raw.items():
        line = lines.of(f"{name} =", after=lines.of("[classes]"))
        if name == "switch_off":
            problem(lines.of("switch_off"), "switch_off must come first, before any [table]")
        elif not re.fullmatch(r"[A-Z_]+", name):
            problem(line, f"class name {name!r} must be capital letters and underscores")
        elif not isinstance(spaced, str) or not spaced.split():
            problem(line, f'class {name} must be a string of words: {name} = "word other"')
        else:
            classes[name] = classes.get(name, frozenset()) | frozenset(spaced.lower().split())
    return classes


def _merged_suggestions(
    raw: Any, shipped: ToneRules, lines: _Lines, problem: Any
) -> dict[str, str]:
    if not isinstance(raw, dict) or not all(isinstance(v, str) and v.strip() for v in raw.values()):
        problem(lines.of("[suggestions]"), "[suggestions] must map names to non-empty text")
        return dict(shipped.suggestions)
    return {**shipped.suggestions, **raw}


def _own_rule_list(
    raw: Any,
    classes: dict[str, frozenset[str]],
    suggestions: dict[str, str],
    lines: _Lines,
    problem: Any,
) -> list[Rule]:
    if not isinstance(raw, list):
        problem(lines.of("rule"), "rules are written as [[rule]] tables")
        return []
    return rule_tables(raw, classes, suggestions, lines, problem)


def _switched_off(raw: Any, shipped: ToneRules, lines: _Lines, problem: Any) -> set[str]:
    line = lines.of("switch_off")
    if not isinstance(raw, list) or not all(isinstance(n, str) for n in raw):
        problem(line, 'switch_off must be a list of rule names: switch_off = ["sarcasm"]')
        return set()
    names = {r.name for r in shipped.rules if r.name}
    for name in raw:
        if name not in names and name not in MODEL_SWITCHES:
            choices = ", ".join(sorted(names)[:6])
            problem(
                lines.holding(f'"{name}"', after=max(0, line - 1)) or line,
                f"switch_off names {name!r}, which is not a shipped rule "
                f"(the names are the `name =` lines of coach's content/tone.toml: {choices}, ...;"
                f" or {', '.join(MODEL_SWITCHES[:2])}, ...)",
            )
    return set(raw)


def _model_kinds_off(off: set[str]) -> set[str]:
    if "model" in off:
        return set(WORDING_KINDS)
    return {name.removeprefix("model-") for name in off if name.startswith("model-")}


def is_whole_rules_file(path: Path) -> bool:
    """True for a complete rules file (it has [context]), like coach's own content/tone.toml."""
    try:
        return "context" in tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def own_file_report(folder: Path) -> tuple[list[tuple[int, str]], list[str]]:
    """Problems in a folder's tone.toml of one's own as (line, message), and notes."""
    path = folder / RULES_FILE
    if not path.is_file():
        return [], []
    found = merge_own(path, shipped_rules())
    problems = []
    for text in found.problems:
        rest = text.removeprefix(f"{path}:")
        line, _, message = rest.partition(": ")
        problems.append((int(line), message) if line.isdigit() else (0, rest.lstrip(" ")))
    return problems, list(found.notes)
