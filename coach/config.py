"""The settings file: what is in force, where each value came from, and what was ignored.

Precedence, highest first: a command-line flag, a COACH_* environment
variable, the config file, the default. A broken file never stops coach: each
bad part is ignored with a message naming the file and line, and the rest is
used.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach.errors import CoachError
from coach.files import ensure_private_dir, write_private

CONFIG_ENV = "COACH_CONFIG"
CONFIG_NAME = "config.toml"
ANIMATION_LEVELS = ("none", "basic", "full")
DEFAULT_THEME = "textual-dark"
DEFAULT_TEMPLATE = "reply"
# Values a setting may take; keymap is a table of its own.
KEYS = ("theme", "editor", "default_template", "data_dir", "animations")
ENV_NAMES = {key: f"COACH_{key.upper()}" for key in KEYS}
# How many broken lines we step over before giving up on the file.
MAX_SALVAGE = 50
KEY_NAME = re.compile(r"^[A-Za-z0-9_+\-]+$")
# The modifiers a key name may start with, as Textual writes them (ctrl+shift+f5).
MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})


@dataclass
class Config:
    """The settings in force, where each came from, and what was ignored."""

    path: Path
    theme: str = DEFAULT_THEME
    editor: str | None = None
    default_template: str = DEFAULT_TEMPLATE
    data_dir: str | None = None
    animations: str = "full"
    keymap: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def source(self, key: str) -> str:
        """Where a setting's value came from."""
        return self.sources.get(key, "default")


class ConfigWriteError(CoachError):
    """A setting could not be written to the file; the file is unchanged."""


@dataclass
class _Checks:
    themes: Collection[str] | None
    templates: Collection[str] | None
    bindings: Collection[str] | None
    key_names: Collection[str] | None = None


def config_path(flag: str | None, places_config_dir: Path) -> Path:
    """The file to read: --config, then COACH_CONFIG, then config.toml in the config folder."""
    chosen = flag or os.environ.get(CONFIG_ENV)
    if chosen:
        return Path(chosen).expanduser().absolute()
    return places_config_dir / CONFIG_NAME


def _error_line(error: tomllib.TOMLDecodeError) -> int | None:
    line = getattr(error, "lineno", None)
    if isinstance(line, int):
        return line
    found = re.search(r"at line (\d+)", str(error))
    return int(found.group(1)) if found else None


def _error_reason(error: tomllib.TOMLDecodeError) -> str:
    message = getattr(error, "msg", None) or str(error)
    return re.sub(r"\s*\(at line \d+, column \d+\)", "", message)


def parse_salvaging(text: str, path: Path) -> tuple[dict[str, Any], list[str]]:
    """The TOML in text, stepping over lines that are not TOML; messages for each."""
    lines = text.splitlines()
    problems: list[str] = []
    for _ in range(MAX_SALVAGE):
        try:
            return tomllib.loads("\n".join(lines)), problems
        except tomllib.TOMLDecodeError as error:
            line = _error_line(error)
            if line is None or not 1 <= line <= len(lines) or not lines[line - 1].strip():
                problems.append(
                    f"{path}: not valid TOML ({_error_reason(error)}); "
                    "the whole file was ignored and the defaults used"
                )
                return {}, problems
            problems.append(
                f"{path}:{line}: not valid TOML ({_error_reason(error)}); this line was ignored"
            )
            lines[line - 1] = ""
    problems.append(f"{path}: too many broken lines; the whole file was ignored")
    return {}, problems


def line_of(text: str, table: str | None, key: str) -> int | None:
    """The line where key is set (inside [table] when given), for messages."""
    current: str | None = None
    pattern = re.compile(rf"""^\s*(["']?){re.escape(key)}\1\s*=""")
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"^\s*\[([^\]]+)\]", line)
        if header:
            current = header.group(1).strip().strip("\"'")
            continue
        if current == table and pattern.match(line):
            return number
    return None


def _where(path: Path, line: int | None) -> str:
    return f"{path}:{line}" if line else str(path)


def load_config(
    path: Path,
    *,
    flags: Mapping[str, str | None] | None = None,
    environ: Mapping[str, str] | None = None,
    themes: Collection[str] | None = None,
    templates: Collection[str] | None = None,
    bindings: Collection[str] | None = None,
    named: bool = False,
    key_names: Collection[str] | None = None,
) -> Config:
    """Read the settings: flags over COACH_* variables over the file over defaults.

    The themes, templates, bindings and key names (f5, escape, question_mark)
    known to the caller are checked when given (coach/ cannot ask Textual).
    named: the file was named with --config, so a file that is not there is a
    problem to say, not the default.
    """
    environ = os.environ if environ is None else environ
    config = Config(path=path)
    checks = _Checks(themes, templates, bindings, key_names)
    editor_default = environ.get("VISUAL") or environ.get("EDITOR")
    if editor_default:
        config.editor = editor_default
        config.sources["editor"] = "$VISUAL" if environ.get("VISUAL") else "$EDITOR"
    _apply_file(config, checks, named=named)
    textual_level = environ.get("TEXTUAL_ANIMATIONS", "").strip().lower()
    if textual_level in ANIMATION_LEVELS:
        config.animations = textual_level
        config.sources["animations"] = "env TEXTUAL_ANIMATIONS"
    for key, name in ENV_NAMES.items():
        value = environ.get(name)
        if value:
            _apply(config, checks, key, value, f"env {name}")
    for key, value in (flags or {}).items():
        if value:
            _apply(config, checks, key, value, f"flag --{key.replace('_', '-')}")
    return config


def _apply_file(config: Config, checks: _Checks, *, named: bool = False) -> None:
    path = config.path
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        if named:  # --config with a typo: said, or it reads as settings ignored
            config.problems.append(f"{path}: no such file (from --config); the defaults were used")
        return  # no file of its own is not a problem: the defaults are the settings
    except (OSError, UnicodeDecodeError) as error:
        config.problems.append(f"{path}: cannot be read ({error}); the defaults were used")
        return
    data, problems = parse_salvaging(text, path)
    config.problems.extend(problems)
    for key, value in data.items():
        line = line_of(text, None, key)
        where = _where(path, line)
        if key == "keymap":
            _apply_keymap(config, checks, value, text)
        elif key not in KEYS:
            known = ", ".join((*KEYS, "[keymap]"))
            config.problems.append(f"{where}: unknown key {key!r} ignored (known: {known})")
        elif not isinstance(value, str):
            config.problems.append(f"{where}: {key} must be text in quotes; ignored")
        else:
            _apply(config, checks, key, value, f"file {where}", where=where)


def _apply(
    config: Config,
    checks: _Checks,
    key: str,
    value: str,
    source: str,
    *,
    where: str | None = None,
) -> None:
    """Use value for key if it is valid; otherwise say what was ignored and why."""
    value = value.strip()
    where = where or source
    problem = None
    if key == "theme" and checks.themes is not None and value not in checks.themes:
        problem = f"unknown theme {value!r} ignored (the palette's Theme command lists them)"
    elif key == "animations" and value.lower() not in ANIMATION_LEVELS:
        problem = f"animations must be one of {', '.join(ANIMATION_LEVELS)}; {value!r} ignored"
    elif (
        key == "default_template" and checks.templates is not None and value not in checks.templates
    ):
        known = ", ".join(sorted(checks.templates))
        problem = f"unknown template {value!r} ignored (known: {known})"
    elif not value:
        problem = f"{key} is empty; ignored"
    if problem:
        config.problems.append(f"{where}: {problem}")
        return
    if key == "animations":
        value = value.lower()
    if key == "data_dir":
        value = str(Path(value).expanduser())
    setattr(config, key, value)
    config.sources[key] = source


def _apply_keymap(config: Config, checks: _Checks, table: object, text: str) -> None:
    path = config.path
    if not isinstance(table, dict):
        where = _where(path, line_of(text, None, "keymap"))
        config.problems.append(f"{where}: keymap must be a table, [keymap]; ignored")
        return
    owner_of: dict[str, str] = {}
    for binding_id, keys in table.items():
        where = _where(path, line_of(text, "keymap", binding_id))
        if checks.bindings is not None and binding_id not in checks.bindings:
            known = ", ".join(sorted(checks.bindings))
            config.problems.append(
                f"{where}: no key has the id {binding_id!r}; ignored (ids: {known})"
            )
            continue
        if not isinstance(keys, str):
            config.problems.append(f"{where}: the keys for {binding_id} must be text; ignored")
            continue
        if not keys.strip(" ,"):
            config.problems.append(f"{where}: the keys for {binding_id} are empty; ignored")
            continue
        names = [_key_name(name.strip()) for name in keys.split(",") if name.strip()]
        bad = [name for name in names if not _is_key(name, checks.key_names)]
        if bad:
            config.problems.append(
                f"{where}: {bad[0]!r} is not a key name; {binding_id} ignored, its usual key "
                "stays (names look like ctrl+n, f5, escape, question_mark)"
            )
            continue
        twice = next((name for name in names if name in owner_of), None)
        if twice is not None:
            config.problems.append(
                f"{where}: {twice!r} is already bound to {owner_of[twice]}; "
                f"{binding_id} keeps its usual key"
            )
            continue
        for name in names:
            owner_of[name] = binding_id
        config.keymap[binding_id] = ",".join(names)
        config.sources[f"keymap.{binding_id}"] = f"file {where}"


def _key_name(name: str) -> str:
    """A key as Textual names it: F5 is f5 and Ctrl+N is ctrl+n; a lone letter keeps its case."""
    return name if len(name) == 1 else name.lower()


def _is_key(name: str, known: Collection[str] | None) -> bool:
    """Whether name is a key: a character, or modifiers+a key name known (when given)."""
    if len(name) == 1:
        return True
    if not KEY_NAME.match(name):
        return False
    *modifiers, last = name.split("+")
    if not last or any(modifier not in MODIFIERS for modifier in modifiers):
        return False
    return len(last) == 1 or known is None or last in known


def drop_keymap_entry(config: Config, binding_id: str, reason: str) -> None:
    """Give up one [keymap] line, saying why with its file and line."""
    if config.keymap.pop(binding_id, None) is None:
        return
    config.sources.pop(f"keymap.{binding_id}", None)
    try:
        text = config.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    where = _where(config.path, line_of(text, "keymap", binding_id))
    config.problems.append(f"{where}: {reason}; {binding_id} keeps its usual key")


def save_setting(path: Path, key: str, value: str) -> None:
    """Set one top-level key in the file, keeping every other line and comment as it is."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigWriteError(f"Cannot read {path} to save {key} ({error}).") from None
    try:
        document = tomlkit.parse(text)
    except TOMLKitError as error:
        raise ConfigWriteError(
            f"{path} is not valid TOML ({error}), so {key} was not saved there; "
            "fix the file and choose again."
        ) from None
    document[key] = value
    try:
        ensure_private_dir(path.parent)
        write_private(path, tomlkit.dumps(document).encode("utf-8"))
    except OSError as error:
        raise ConfigWriteError(f"Cannot write {path} ({error.strerror or error}).") from None


def default_file(binding_keys: Mapping[str, str] | None = None) -> str:
    """A commented config file with every key at its default."""
    lines = [
        "# coach settings. Every line is optional; delete what you do not change.",
        "# Precedence: command-line flag > COACH_* environment variable > this file > default.",
        "",
        "# Any Textual theme; ansi-dark and ansi-light follow your terminal's colours.",
        "# Choosing a theme in the palette (ctrl+p, Theme) writes it here.",
        f'# theme = "{DEFAULT_THEME}"',
        "",
        "# The editor for the draft's hand-off; default: $VISUAL, then $EDITOR.",
        '# editor = "nano"',
        "",
        "# The reply template a new walk starts with.",
        f'# default_template = "{DEFAULT_TEMPLATE}"',
        "",
        "# Where the journal lives; --data-dir and COACH_DATA_DIR win over this.",
        '# data_dir = "~/coach-journal"',
        "",
        "# none, basic or full (TEXTUAL_ANIMATIONS is honoured too).",
        '# animations = "full"',
        "",
        "# Keys by binding id; several keys are separated by commas.",
        "[keymap]",
    ]
    for binding_id, keys in sorted((binding_keys or {}).items()):
        lines.append(f'# {binding_id} = "{keys}"')
    return "\n".join(lines) + "\n"
