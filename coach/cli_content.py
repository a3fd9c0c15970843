"""The CLI's `coach content check`: the guidance folders and the tone rules, each problem named."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from coach.errors import CoachError
from coach.paths import Locations


def cmd_content_check(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Validate a content folder (default: the shipped guidance and your overrides)."""
    from coach.content import check_content_dir, shipped_content_dir
    from coach.tone_rules import check_rules_in

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
    for folder, complete in folders:
        problems += check_content_dir(folder, complete=complete)
        problems += check_rules_in(folder, required=complete)
    for problem in problems:
        print(problem, file=out)
    for warning in _stage_question_warnings(Path(args.dir) if args.dir else places.content_dir):
        print(f"warning: {warning}", file=out)
    for folder, _ in folders:
        own = folder.resolve() != shipped_content_dir().resolve()
        if own and (folder / "tone.toml").is_file():
            print(
                f"warning: {folder / 'tone.toml'} is checked, but the tone check still uses "
                "the shipped rules; to change them, edit content/tone.toml in coach itself",
                file=out,
            )
    checked = " and ".join(str(folder) for folder, _ in folders)
    if problems:
        print(f"{len(problems)} problem(s) in {checked}.", file=sys.stderr)
        return 1
    print(f"All content is valid in {checked}.", file=out)
    return 0


def _stage_question_warnings(overrides: Path) -> list[str]:
    """Stages the walk cannot give two questions of their own, as the app would load it."""
    from coach.content import load_content
    from coach.walk_questions import few_own_questions

    return few_own_questions(load_content(overrides).content)
