"""The commands that open the full-screen app: `coach` (tui) and `coach draft ID`.

Textual is imported only inside them, so the other commands start without it.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from coach.cli_unlocking import journal_codec_asked as _codec
from coach.config import Config
from coach.errors import CoachError
from coach.journal import Journal
from coach.paths import Locations, missing_journal_refusal


def cmd_tui(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Launch the full-screen app (Textual is imported only here)."""
    from screens.launch import run_app

    return run_app(places, config=_app_config(args, places), terminal_needed=True)


def _app_config(args: argparse.Namespace, places: Locations) -> Config:
    from screens.launch import app_config

    return app_config(places, getattr(args, "config", None), setting_flags(args))


def cmd_draft(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Open a saved entry's reply draft in the full-screen editor."""
    refusal = missing_journal_refusal(places)
    if refusal is not None:
        raise CoachError(refusal)
    codec = _codec(places)
    journal = Journal.open(places.journal, codec=codec)
    entry = journal.get(args.id)  # a wrong id is a one-line error, before any screen
    from screens.launch import run_app

    config = _app_config(args, places)
    return run_app(places, draft_id=entry.id, config=config, codec=codec, terminal_needed=True)


def setting_flags(args: argparse.Namespace) -> dict[str, str | None]:
    return {"theme": getattr(args, "theme", None), "data_dir": getattr(args, "data_dir", None)}
