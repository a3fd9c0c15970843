"""A `coach passphrase` change that stopped part way: marking it, telling it, finishing it.

A change seals every file anew, the journal last, so a stop between two files
leaves some under the new passphrase and the journal under the old one. A
mark written before the first file and removed after the journal says so. It
holds no secret: only an empty text sealed with the new passphrase, which
tells the files already done from the rest and proves a new passphrase typed
again to finish is the same one.
"""

from __future__ import annotations

import contextlib
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from coach.crypto import (
    CHECK_SIZE,
    MAGIC,
    SALT_SIZE,
    Codec,
    Sealer,
    WrongPassphrase,
    file_is_sealed,
)
from coach.errors import CoachError
from coach.files import fsync_dir, write_atomically
from coach.locked_aside import COMMAND_INDENT, aside_folder
from coach.paths import Locations

MARK = "passphrase-change-under-way"
_INTRO = (
    "A `coach passphrase` change began here and has not finished. Run `coach passphrase`\n"
    "again with the same current and new passphrases to finish it. The line below is an\n"
    "empty text sealed with the new passphrase: it holds no secret.\n"
)


def _key_id(raw: bytes) -> bytes:
    """The salt and check of a sealed file's header: the same for files sealed in one run."""
    at = len(MAGIC) + 4
    return raw[at : at + SALT_SIZE + CHECK_SIZE]


def _mark_path(places: Locations) -> Path:
    return places.data_dir / MARK


def _token(places: Locations) -> bytes | None:
    try:
        lines = _mark_path(places).read_text(encoding="ascii").splitlines()
        return bytes.fromhex(lines[-1].strip())
    except (OSError, ValueError, IndexError):
        return None


@dataclass
class Rekeying:
    """Where a stopped change left the folder."""

    journal_done: bool
    done: list[Path] = field(default_factory=list)


def under_way(places: Locations) -> Rekeying | None:
    """The stopped change's state; None when no change is marked."""
    from coach.sealable import sealable_files

    token = _token(places)
    if token is None:
        return None
    new_id = _key_id(token)
    done: list[Path] = []
    journal_done = False
    for path in sealable_files(places):
        try:
            with path.open("rb") as handle:
                head = handle.read(len(MAGIC) + 4 + SALT_SIZE + CHECK_SIZE)
        except OSError:
            continue
        if head.startswith(MAGIC) and _key_id(head) == new_id:
            if path == places.journal:
                journal_done = True
            else:
                done.append(path)
    return Rekeying(journal_done, done)


def begin(places: Locations, new: Sealer) -> None:
    """Mark the change before any file changes; the new sealer keeps the mark's salt.

    A mark already there (a stopped change being finished) is kept as it is:
    the new passphrase was proven against it by check_new.
    """
    token = _token(places)
    if token is not None:
        new.decode(token)  # adopt its salt, so every file ends under one key
        return
    sealed = new.encode(b"")
    write_atomically(_mark_path(places), (_INTRO + sealed.hex() + "\n").encode("ascii"))
    fsync_dir(places.data_dir)


def finish(places: Locations) -> None:
    """The journal is sealed anew: the change is whole, and its mark goes."""
    with contextlib.suppress(FileNotFoundError):
        _mark_path(places).unlink()
        fsync_dir(places.data_dir)


def check_new(places: Locations, new: str) -> None:
    """Refuse a new passphrase other than the one a stopped change already sealed files with.

    A stop before any file was sealed, or after the journal, strands nothing:
    its mark goes, and any new passphrase may be chosen.
    """
    token = _token(places)
    if token is None:
        return
    state = under_way(places)
    if state is None or state.journal_done or not state.done:
        finish(places)
        return
    try:
        Sealer(new).decode(token)
    except WrongPassphrase:
        raise CoachError(
            "An earlier `coach passphrase` change stopped part way, and that new passphrase "
            f"is not the one it used to seal {_names(state.done)}. Type the same new "
            f"passphrase as then to finish it. Nothing was changed. {_if_lost(places, state)}"
        ) from None


def _names(paths: list[Path]) -> str:
    return ", ".join(path.name for path in paths)


def _if_lost(places: Locations, state: Rekeying) -> str:
    """How to set aside the files under a lost new passphrase (moved, never deleted)."""
    target = shlex.quote(str(aside_folder(places)))
    sources = " ".join(shlex.quote(str(path)) for path in state.done)
    return (
        f"If that new passphrase is lost, {places.journal.name} itself still opens with the "
        "old one; set the files sealed with the lost one aside (kept, in case it comes back; "
        "they hold a backup, copies or unsaved typing), then run the command again:\n"
        f"{COMMAND_INDENT}mkdir {target} && mv {sources} {target}/"
    )


def before_whole_change(places: Locations) -> None:
    """Before `coach encrypt` or `decrypt`: refuse while files are under a stopped change's key.

    Either one leaves every file under one passphrase (or none), so a stopped
    change that sealed nothing, or sealed the journal too, is over: its mark goes.
    """
    if refuse_whole_change(places):
        finish(places)


def refuse_whole_change(places: Locations) -> bool:
    """Refuse while files are under a stopped change's key; True when a change is marked."""
    state = under_way(places)
    if state is None:
        return False
    if state.done and not state.journal_done:
        raise CoachError(
            f"A `coach passphrase` change stopped part way: {_names(state.done)} "
            f"{'is' if len(state.done) == 1 else 'are'} sealed with its new passphrase. "
            "Finish it first: run `coach passphrase` with the old passphrase as the current "
            f"one and the same new one. Nothing was changed. {_if_lost(places, state)}"
        )
    return True


def settle_stopped(places: Locations) -> str:
    """After ctrl+c: a change whose journal was sealed already is whole (its mark goes); say."""
    state = under_way(places)
    if state is not None and state.journal_done:
        finish(places)
        return "Every file was sealed before the stop: the passphrase is changed."
    return stopped_note(places) or "Nothing was changed."


def stopped_note(places: Locations) -> str | None:
    """What a stopped change left, and the way on; None when none is marked."""
    state = under_way(places)
    if state is None:
        return None
    if state.journal_done:
        return (
            "A `coach passphrase` change stopped just after it sealed the journal: the NEW "
            "passphrase opens the journal and every file. Run `coach passphrase` again "
            "(current: the new one) only if you want yet another."
        )
    if not state.done:
        if not file_is_sealed(places.journal):
            return None  # a plain journal and nothing sealed: a mark left by an older coach
        return (
            "A `coach passphrase` change stopped before it sealed any file: the OLD "
            f"passphrase still opens {places.journal.name} and every file. Nothing is lost. "
            "Run `coach passphrase` again to choose a new one (any new one)."
        )
    done = [path.name for path in state.done]
    return (
        f"A `coach passphrase` change stopped part way: {places.journal.name} still opens "
        f"with the OLD passphrase, and {', '.join(done)} "
        f"{'is' if len(done) == 1 else 'are'} already sealed with the new one. Nothing is "
        "lost. Run `coach passphrase` again, giving the old passphrase as the current one and "
        "the same new one, to finish it."
    )


def sealed_with_another(path: Path, codec: Codec) -> bool:
    """Whether path is whole but sealed with a passphrase other than codec's (never damaged)."""
    try:
        codec.decode(path.read_bytes(), path)
    except WrongPassphrase:
        return True
    except (OSError, CoachError):
        pass
    return False
