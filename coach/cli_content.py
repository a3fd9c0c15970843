"""The CLI's `coach content check`: the guidance folders and the tone rules, each problem named."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from coach.content import Problem

from coach.errors import CoachError
from coach.paths import Locations


def cmd_content_check(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Validate a content folder (default: the shipped guidance and your overrides)."""
    from coach.content import check_content_dir, shipped_content_dir

    if args.dir:
        folders = [(Path(args.dir), False)]
        if not folders[0][0].is_dir():
            raise CoachError(f"{args.dir} is not a folder; give a folder of content markdown")
    else:
        # The shipped folder must be complete on its own; overrides only add.
        folders = [(shipped_content_dir(), True)]
        if places.content_dir.is_dir():
            folders.append((places.content_dir, False))
    problems = []
    notes: list[str] = []
    for folder, complete in folders:
        problems += check_content_dir(folder, complete=complete)
        found, said = _tone_rules_problems(folder, complete=complete, given=bool(args.dir))
        problems += found
        notes += said
    for problem in problems:
        print(problem, file=out)
    for warning in _stage_question_warnings(Path(args.dir) if args.dir else places.content_dir):
        print(f"warning: {warning}", file=out)
    for note in notes:
        print(f"note: {note}", file=out)
    checked = " and ".join(str(folder) for folder, _ in folders)
    if problems:
        print(f"{len(problems)} problem(s) in {checked}.", file=sys.stderr)
        return 1
    print(f"All content is valid in {checked}.", file=out)
    return 0


def _tone_rules_problems(
    folder: Path, *, complete: bool, given: bool
) -> tuple[list[Problem], list[str]]:
    """The folder's tone.toml checked as coach's whole rules file, or as one's own additions."""
    from coach.content import Problem
    from coach.tone_own import is_whole_rules_file, own_file_report
    from coach.tone_rules import RULES_FILE, check_rules_in

    path = folder / RULES_FILE
    # A whole rules file given by hand (a copy of coach's own) is checked as one.
    if complete or (given and is_whole_rules_file(path)):
        return check_rules_in(folder, required=complete), []
    found, notes = own_file_report(folder)
    notes += (
        [f"{path} is used by the tone check, added to the shipped rules"]
        if (path.is_file() and not found)
        else []
    )
    return [Problem(path, line, message) for line, message in found], notes


def _stage_question_warnings(overrides: Path) -> list[str]:
    """Stages the walk cannot give two questions of their own, as the app would load it."""
    from coach.content import load_content
    from coach.walk_questions import few_own_questions

    return few_own_questions(load_content(overrides).content)
