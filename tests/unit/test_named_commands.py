"""Every `coach COMMAND` a message or document names is a command that exists."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from coach.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
NAMED = re.compile(r"`coach ([a-z][a-z-]*)")


def _commands() -> set[str]:
    parser = build_parser()
    found: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found |= set(action.choices)
    return found


def test_every_named_command_exists() -> None:
    commands = _commands()
    assert {"list", "show", "export", "draft"} <= commands
    wrong = []
    files = [*ROOT.glob("coach/**/*.py"), *ROOT.glob("screens/**/*.py"), ROOT / "README.md"]
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            wrong += [
                f"{path.relative_to(ROOT)}:{number}: coach {name}"
                for name in NAMED.findall(line)
                if name not in commands
            ]
    assert wrong == []
