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
    # A draft waiting while $EDITOR has it (coach/files.py EDITOR_HANDOFF_PREFIX).
    ".coach-editing-*",
    # Says a passphrase is in the keyring (coach/sealing.py).
    "passphrase-remembered",
)


def own_file_kind(places: Locations, target: Path) -> str | None:
    """What `target` is to coach ("coach's journal", ...), or None when it is not coach's.

    Links are followed both ways: a journal kept in a synced folder through
    a link is still the journal, and so is a second hard link to it.
    """
    from fnmatch import fnmatch

    real = Path(os.path.realpath(target))
    journal_real = Path(os.path.realpath(places.journal))
    backup_real = journal_real.with_name(journal_real.name + ".bak")
    if real == journal_real or _same_file(target, journal_real):
        return "coach's journal"
    if real == backup_real or _same_file(target, backup_real):
        return "the backup of coach's journal"
    beside = (journal_real.name + "*", "." + journal_real.name + "*")  # .words, .bak, temps
    if real.parent == journal_real.parent and any(fnmatch(real.name, p) for p in beside):
        return "a file that belongs to the journal"
    folders = {Path(os.path.realpath(places.data_dir)), places.data_dir.absolute()}
    in_data_dir = real.parent in folders or target.absolute().parent in folders
    if in_data_dir and any(fnmatch(real.name, p) for p in OWN_FILE_PATTERNS):
        return "an autosave, lock or temp file"
    return None


def _same_file(target: Path, other: Path) -> bool:
    try:
        return os.path.samefile(target, other)
    except OSError:
        # Either does not exist yet: then it cannot be the same file.
        return False


def own_file_refusal(places: Locations, target: Path, what: str) -> str | None:
    """Why `what` (an export, the reply) must not be written at `target`; None when it may."""
    kind = own_file_kind(places, target)
    if kind is None:
        return None
    if kind.endswith("journal"):
        what_it_is = f"{kind} (one of coach's own files in {places.data_dir})"
    else:
        what_it_is = f"one of coach's own files in {places.data_dir} ({kind})"
    return (
        f"{target} is {what_it_is}; {what} there would replace it and could lose your "
        "journal. Choose another file name or folder. Nothing was written."
    )


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


def dangling_link_refusal(places: Locations) -> str | None:
    """Why nothing may be read or written: the journal or its folder links to nothing."""
    for link in (places.journal, places.data_dir):
        if link.is_symlink() and not os.path.exists(link):
            # A journal kept on a disk or in a sync folder that is not there yet: a new
            # journal made at the target would sit where the real one is mounted.
            return (
                f"{link} is a link to {Path(os.path.realpath(link))}, which is not there (a "
                "disk not mounted, or a sync folder not ready?). Nothing was created. Mount it, "
                "or point the link at your journal, or remove the link."
            )
    return None


def missing_journal_refusal(places: Locations) -> str | None:
    """Why a command that only reads cannot go on: there is no journal file (None: there is).

    A mistyped --data-dir or COACH_DATA_DIR must read as "no journal here",
    never as an empty journal; nothing is created for a read.
    """
    from coach.backup_note import backup_note
    from coach.errors import repair_command

    path = places.journal
    if os.path.lexists(path) and not (path.is_symlink() and not os.path.exists(path)):
        return None
    dangling = dangling_link_refusal(places)
    if dangling is not None:
        return dangling
    existing = next(p for p in (places.data_dir, *places.data_dir.parents) if os.path.lexists(p))
    if not existing.is_dir():
        return None  # a file where a folder must be: opening says so, and creates nothing
    said = f"There is no journal at {path}"
    if existing != places.data_dir:
        said += f" (the folder {places.data_dir} does not exist)"
    said += ": check --data-dir or COACH_DATA_DIR. Nothing was created."
    own = (path.name + ".log", path.name + ".bak")
    beside = sorted(
        p.name
        for p in places.data_dir.glob(path.name + ".*")
        if p.name in own or (".log.conflict-" in p.name and ".merged-" not in p.name)
    )
    if not beside and existing != places.data_dir:
        return said
    if not beside:
        return f"{said} If this is the right folder, run `coach` to start your journal."
    said += (
        f" Coach's files are still in that folder without it ({', '.join(beside)}): if you "
        "moved or renamed journal.json, put it back."
    )
    backup = path.with_name(path.name + ".bak")
    if backup.is_file():
        start = f"copy {backup.name} to {path.name} (the backup is {backup_note(backup)}), then run"
    else:
        start = "run `coach` to start a new journal, then"
    return f"{said} If it is gone, {start} `{repair_command(path)}` to merge the rest back."


def file_on_the_way(folder: Path) -> str | None:
    """Which file stands where the folder (or one above it) must be, said; None when none does."""
    for place in (folder, *folder.parents):
        if os.path.lexists(place) and not place.is_dir():
            return "it is a file, not a folder" if place == folder else f"{place} is a file"
    return None


def file_in_the_way(places: Locations) -> str | None:
    """What to say when a file stands where the data folder (or one above it) must be; else None.

    Commands that only look (decrypt, passphrase, repair) said "not encrypted" or
    "does not exist" of a file given as --data-dir; opening says this too.
    """
    why = file_on_the_way(places.data_dir)
    if why is None:
        return None
    return (
        f"Cannot use {places.data_dir} as the data folder: {why}. "
        "Give --data-dir a folder coach can create or write to."
    )
