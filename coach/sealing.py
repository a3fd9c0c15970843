"""Locking a whole data folder with a passphrase: which files, in what order, and unlocking."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from coach.crypto import (
    PASSPHRASE_ENV,
    PLAIN,
    Codec,
    PassphraseNeeded,
    SealedFileError,
    Sealer,
    WrongPassphrase,
    file_is_sealed,
)
from coach.errors import CoachError, FolderUnusable, JournalBusy, JournalCorrupt
from coach.file_kind import not_a_file
from coach.files import FILE_MODE, TEMP_MARK, fsync_dir, write_atomically
from coach.form_check import check_every_file
from coach.half_sealed import set_aside as set_sealed_aside
from coach.paths import Locations
from coach.rekeying import MARK as REKEY_MARK
from coach.repair_copies import UNMENDED
from coach.sealable import sealable_files

KEYRING_SERVICE = "coach"
# Holds no secret: it only says a passphrase was put in the keyring on request,
# so coach never asks the keyring (which may be slow) unless told to.
REMEMBERED_MARK = "passphrase-remembered"

Asker = Callable[[str], str]


def journal_is_sealed(places: Locations) -> bool:
    """Whether this data folder's journal is encrypted (the journal file says so)."""
    journal = places.journal
    try:
        if journal.exists():
            kind = not_a_file(journal)
            if kind is not None:
                raise JournalCorrupt.not_a_file(journal, kind)
            return file_is_sealed(journal)
        backup = journal.with_name(journal.name + ".bak")
        backup.exists()  # a folder that cannot be searched says so here, not later
    except OSError as error:
        raise FolderUnusable(places.data_dir, error) from None
    return file_is_sealed(backup)


def plain_files_left(places: Locations) -> list[Path]:
    """Files under the data folder that coach does not seal (saved drafts, hand copies)."""
    sealed = set(sealable_files(places))
    left = []
    for path in sorted(places.data_dir.rglob("*")):
        if path.is_file() and path not in sealed and not path.name.endswith(".lock"):
            if path.name in (REMEMBERED_MARK, REKEY_MARK, "config.toml") or TEMP_MARK in path.name:
                continue
            if path.name.endswith(UNMENDED):
                continue  # a repair's note: no entry text, kept readable on purpose
            if not file_is_sealed(path):
                left.append(path)
    return left


@contextlib.contextmanager
def locked(places: Locations) -> Iterator[None]:
    """Hold the journal's lock, so no coach writes while files change form."""
    from filelock import FileLock, Timeout

    lock_path = places.journal.with_name(places.journal.name + ".lock")
    places.data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_path, timeout=5.0, mode=FILE_MODE, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise JournalBusy(lock_path) from None
    try:
        _remove_stale_temp_files(places)
        yield
    finally:
        lock.release()


def _remove_stale_temp_files(places: Locations) -> None:
    # Under the lock no coach is mid-write; a temp file left by a crash may
    # hold plain text, so it goes before the folder is called encrypted.
    for temp in places.data_dir.glob(f".*{TEMP_MARK}*"):
        with contextlib.suppress(OSError):
            temp.unlink()


@dataclass
class Conversion:
    """What encrypt, decrypt or a passphrase change did."""

    changed: list[Path] = field(default_factory=list)
    already: list[Path] = field(default_factory=list)
    # Copies a repair kept that neither passphrase opens (sealed, then damaged): left as is.
    left: list[Path] = field(default_factory=list)
    # Autosaves coach set aside (.damaged) that neither opens: kept, never refused.
    aside: list[Path] = field(default_factory=list)
    # ... and, by a decrypt, renamed sealed-aside-…: still sealed beside a plain
    # journal, each would read as an encrypt stopped part way (half_sealed).
    moved: dict[Path, Path] = field(default_factory=dict)


def _convert(
    places: Locations,
    read: Codec,
    write: Codec,
    *,
    journal_first: bool,
    first: Callable[[], None],
    refuse: Callable[[], object] = lambda: None,
) -> Conversion:
    """Rewrite every sealable file from one codec to the other, each atomically.

    A file already in the target form is checked (it must open) and left; so an
    interrupted run can simply be run again. first (the change's mark made or
    cleared) runs once no other coach is known to be open and every file is
    checked, so a refusal writes nothing; refuse says first's own refusals earlier.
    """
    result = Conversion()
    # A big journal may have recent saves in its append log beside it: fold
    # them into the journal file first, so they are sealed (or opened) with it.
    from coach.log_commands import fold_log
    from coach.log_lines import log_path_of
    from coach.unsaved_folder import no_coach_running

    with no_coach_running(places.data_dir):
        fold_log(places.journal, read)
        with locked(places):
            log = log_path_of(places.journal)
            if log.exists():
                raise CoachError(
                    f"A coach saved to {log} just now; nothing was changed. Close other "
                    "coach windows and run the command again."
                )
            result.left = _unopened_copies(places, read, write)
            if result.left and not write.encrypted:
                raise CoachError(_cannot_decrypt(result.left))
            result.aside = _unopened_aside(places, read, write)
            refuse()
            check_every_file(places, read, write, result.left + result.aside)
            first()
            if not write.encrypted:
                result.moved = dict(set_sealed_aside(places, result.aside))
            _convert_files(places, read, write, journal_first, result)
    return result


def _unopened_copies(places: Locations, read: Codec, write: Codec) -> list[Path]:
    """The sealed copies a repair kept that neither codec opens: damaged, or another key's.

    Such a copy can never change form, so converting it would stop the command part
    way (rv22's repaired journal: every later passphrase change and decrypt did).
    """
    from coach.crypto import file_is_sealed
    from coach.repair_copies import repair_copies

    return [
        path
        for path, _ in repair_copies(places.journal)
        if not path.name.endswith(UNMENDED)
        and file_is_sealed(path)
        and _unopened(path, read, write)
    ]


def _unopened_aside(places: Locations, read: Codec, write: Codec) -> list[Path]:
    """The autosaves coach set aside as unreadable that neither codec opens.

    Typing set aside is not the journal: it cannot change form, so it is left
    as it is, and said, rather than stopping every decrypt and passphrase
    change (rv24). One that opens changes form with the rest.
    """
    from coach.unsaved_aside import set_aside

    return [path for path in set_aside(places.data_dir) if _unopened(path, read, write)]


def _unopened(path: Path, read: Codec, write: Codec) -> bool:
    """Whether neither codec opens the file (it cannot be read at all: left to the check)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return False
    for codec in (read, write):
        try:
            codec.decode(raw, path)
        except SealedFileError:
            continue
        return False
    return True


def _cannot_decrypt(left: list[Path]) -> str:
    names = ", ".join(path.name for path in left)
    return (
        f"{names} {'is a copy' if len(left) == 1 else 'are copies'} a repair kept, sealed "
        "and then damaged (or sealed with an earlier passphrase), so no passphrase opens "
        f"{'it' if len(left) == 1 else 'them'}, and decrypting would leave "
        f"{'it' if len(left) == 1 else 'them'} sealed beside a plain journal. Nothing was "
        "changed. Move it out of the data folder (keep it, if you may yet find a way to "
        "open it) or delete it and the note beside it, then run `coach decrypt` again."
    )


def _convert_files(
    places: Locations, read: Codec, write: Codec, journal_first: bool, result: Conversion
) -> None:
    """Each sealable file in the other form, under the locks _convert holds."""
    from coach.search_index import remove as remove_index

    # The word index beside a big journal holds its words in plain text;
    # a cache, so it goes whichever way the files change form.
    remove_index(places.journal)
    files = sealable_files(places)
    if journal_first:
        files = files[-1:] + files[:-1]
    for path in files:
        if path in result.left or path in result.aside:
            continue  # no codec opens it; said by the command
        raw = path.read_bytes()
        try:
            plain = read.decode(raw, path)
        except SealedFileError:
            # Already converted by an earlier, interrupted run?
            try:
                write.decode(raw, path)
            except SealedFileError:
                raise
            result.already.append(path)
            continue
        write_atomically(path, write.encode(plain))
        fsync_dir(path.parent)
        result.changed.append(path)


def encrypt_folder(places: Locations, sealer: Sealer) -> Conversion:
    """Seal every file holding entry text; the journal last, as it marks the folder sealed."""
    from coach import rekeying

    if journal_is_sealed(places):
        # Finish an interrupted run only with the same passphrase.
        sealer.decode(places.journal.read_bytes(), places.journal)
    return _convert(
        places,
        PLAIN,
        sealer,
        journal_first=False,
        first=lambda: rekeying.before_whole_change(places),
        refuse=lambda: rekeying.refuse_whole_change(places),
    )


def decrypt_folder(places: Locations, sealer: Sealer) -> Conversion:
    """Back to plain files; the journal first, as it marks the folder plain."""
    from coach import rekeying

    if journal_is_sealed(places):
        sealer.decode(places.journal.read_bytes(), places.journal)  # wrong passphrase: stop here
    return _convert(
        places,
        sealer,
        PLAIN,
        journal_first=True,
        first=lambda: rekeying.before_whole_change(places),
        refuse=lambda: rekeying.refuse_whole_change(places),
    )


def change_passphrase(places: Locations, old: Sealer, new: Sealer) -> Conversion:
    """Re-seal every file under a new passphrase; the journal last, then the change's mark goes."""
    from coach import rekeying

    old.decode(places.journal.read_bytes(), places.journal)
    result = _convert(
        places, old, new, journal_first=False, first=lambda: rekeying.begin(places, new)
    )
    rekeying.finish(places)
    return result


# -- the passphrase: environment, keyring (only on request), or asking --------


def remembered(places: Locations) -> bool:
    """Whether the person asked coach to keep the passphrase in the OS keyring."""
    return (places.data_dir / REMEMBERED_MARK).exists()


def _keyring_user(places: Locations) -> str:
    return str(places.journal.resolve())


def keyring_module() -> object:
    """The optional keyring package; a clear error when it is not installed."""
    try:
        import keyring
    except ImportError:
        raise CoachError(
            "Remembering the passphrase needs the optional keyring package "
            "(install it with `uv pip install keyring`); nothing was remembered."
        ) from None
    return keyring


def remember(places: Locations, passphrase: str) -> None:
    """Keep the passphrase in the OS keyring, because the person asked."""
    keyring = keyring_module()
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(places), passphrase)  # type: ignore[attr-defined]
    except Exception as error:  # keyring backends raise their own kinds
        raise CoachError(
            f"The keyring refused the passphrase ({error}); nothing was remembered."
        ) from None
    mark = places.data_dir / REMEMBERED_MARK
    write_atomically(mark, b"The passphrase for this journal is kept in the OS keyring.\n")


def forget(places: Locations) -> bool:
    """Remove a remembered passphrase; True when there was one."""
    mark = places.data_dir / REMEMBERED_MARK
    if not mark.exists():
        return False
    with contextlib.suppress(Exception):
        keyring = keyring_module()
        keyring.delete_password(KEYRING_SERVICE, _keyring_user(places))  # type: ignore[attr-defined]
    mark.unlink()
    return True


def _from_keyring(places: Locations) -> str | None:
    if not remembered(places):
        return None
    try:
        keyring = keyring_module()
        return keyring.get_password(KEYRING_SERVICE, _keyring_user(places))  # type: ignore[attr-defined]
    except Exception:
        return None  # then coach asks, as it would without the keyring


def given_passphrase(places: Locations) -> tuple[str, str] | None:
    """A passphrase given without asking, and where it came from; None when none was."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env, PASSPHRASE_ENV
    from_keyring = _from_keyring(places)
    if from_keyring:
        return from_keyring, "the OS keyring"
    return None


def journal_codec(places: Locations, ask: Asker | None) -> Codec:
    """The codec for this data folder: plain, or a sealer proven to open the journal.

    Raises PassphraseNeeded when the journal is sealed, none was given and
    there is no one to ask; WrongPassphrase when the one given is wrong.
    """
    if not journal_is_sealed(places):
        return PLAIN
    given = given_passphrase(places)
    if given is not None:
        passphrase = given[0]
    elif ask is not None:
        passphrase = ask("Passphrase for the journal: ")
    else:
        raise PassphraseNeeded(places.journal)
    return unlock(places, passphrase)


def unlock(places: Locations, passphrase: str) -> Sealer:
    """A sealer for this passphrase, once it has opened the journal's check."""
    sealer = Sealer(passphrase)
    path = (
        places.journal
        if places.journal.exists()
        else places.journal.with_name(places.journal.name + ".bak")
    )
    try:
        sealer.decode(path.read_bytes(), path)
    except WrongPassphrase:
        raise
    except (OSError, SealedFileError):
        pass  # a damaged journal: the storage reports it with its recovery advice
    return sealer
