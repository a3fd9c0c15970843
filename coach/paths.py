"""Where coach keeps its files: the data folder, journal, config and content."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "coach"
DATA_DIR_ENV = "COACH_DATA_DIR"


@dataclass(frozen=True)
class Locations:
    """Every path coach reads or writes."""

    data_dir: Path
    config_dir: Path

    @property
    def journal(self) -> Path:
        """The TinyDB file holding entries and the profile."""
        return self.data_dir / "journal.json"

    @property
    def walk(self) -> Path:
        """The autosaved walk in progress, so a crash loses nothing typed."""
        return self.data_dir / "walk.json"

    @property
    def content_dir(self) -> Path:
        """Markdown here overrides or adds to the shipped guidance."""
        return self.config_dir / "content"


# Files coach itself keeps in the data folder, by name pattern.
OWN_FILE_PATTERNS = (
    "journal.json",
    "journal.json.*",
    ".journal.json*",
    "unsaved-*",
    ".unsaved-*",
    "walk.json",
    "walk.json.*",
    "coach-edit-*",
)


def is_own_file(places: Locations, target: Path) -> bool:
    """Whether writing `target` would replace one of coach's own files.

    Links are followed both ways: a journal kept in a synced folder through
    a link is still the journal.
    """
    from fnmatch import fnmatch

    real = Path(os.path.realpath(target))
    journal_real = Path(os.path.realpath(places.journal))
    if real == journal_real or (
        real.parent == journal_real.parent and fnmatch(real.name, journal_real.name + "*")
    ):
        return True
    folders = {Path(os.path.realpath(places.data_dir)), places.data_dir.absolute()}
    in_data_dir = real.parent in folders or target.absolute().parent in folders
    return in_data_dir and any(fnmatch(real.name, p) for p in OWN_FILE_PATTERNS)


def locate(data_dir: str | os.PathLike[str] | None = None) -> Locations:
    """Resolve the folders: --data-dir, then COACH_DATA_DIR, then the platform's.

    A chosen data folder holds the config too, so one folder is the whole of
    a coach's state (handy for tests and for keeping a journal on a stick).
    """
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        folder = Path(chosen).expanduser().absolute()
        return Locations(data_dir=folder, config_dir=folder)
    return Locations(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )
