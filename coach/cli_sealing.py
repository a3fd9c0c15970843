"""The CLI's sealing commands: encrypt, decrypt and passphrase, each refused while unsafe."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coach import cli_unlocking
from coach.cli_unlocking import PASSPHRASE_TRIES
from coach.crypto import Sealer
from coach.errors import CoachError
from coach.half_sealed import SET_ASIDE_FLAG, half_done, half_sealed
from coach.journal import Journal
from coach.paths import Locations
from coach.rekeying import check_new, settle_stopped
from coach.wording import counted

if TYPE_CHECKING:
    from coach.sealing import Conversion

# A script changing the passphrase gives the new one here (the current one in COACH_PASSPHRASE).
NEW_PASSPHRASE_ENV = "COACH_NEW_PASSPHRASE"


def _say_plain_files_left(places: Locations) -> None:
    from coach.sealing import plain_files_left

    left = plain_files_left(places)
    if left:
        listed = "\n".join(f"  {path}" for path in left)
        print(
            "coach: these files under the data folder are plain text that coach does not "
            f"encrypt (saved or copied by you); move or delete them if they must not be "
            f"readable:\n{listed}",
            file=sys.stderr,
        )


def _refuse_while_a_coach_runs(places: Locations) -> None:
    """Said before a passphrase is asked for or a file written: a later refusal would waste both."""
    from coach.unsaved_folder import no_coach_running

    with no_coach_running(places.data_dir):
        pass  # the conversion itself checks again, holding the locks while it works


def _say_left(left: list[Path], out: TextIO) -> None:
    """Copies a repair kept that no passphrase opens: left as they were, and said."""
    if left:
        print(
            f"Left {_name_files(left)} as {'it was' if len(left) == 1 else 'they were'}: "
            f"{'a copy' if len(left) == 1 else 'copies'} a repair kept, sealed and then "
            "damaged, which no passphrase opens (`coach locate` says what to do with "
            f"{'it' if len(left) == 1 else 'them'}).",
            file=out,
        )


def _say_sealed_aside(places: Locations, changed: list[Path], out: TextIO) -> None:
    """Damaged plain autosaves encrypt sealed with the rest: where, and what that means."""
    from coach.unsaved_aside import set_aside

    for path in set_aside(places.data_dir):
        if path in changed:
            print(
                f"Encrypted {path} with the rest: typing coach set aside earlier because it "
                "could not be read. Coach cannot offer it back, encrypted or not; its bytes "
                "are kept, and `coach decrypt` makes it plain text again to open in a text "
                "editor (`coach locate` names it).",
                file=out,
            )


def _say_aside(result: Conversion, out: TextIO) -> None:
    """Autosaves coach set aside that the passphrase does not open: kept, and said."""
    for path in result.aside:
        moved = result.moved.get(path)
        kept = (
            f"Left {path.name} as it was"
            if moved is None
            else f"Renamed {path.name} to {moved.name} (still sealed, so not taken for an "
            "encrypt stopped part way)"
        )
        named = "`coach locate` names it" if moved is None else "nothing was deleted"
        print(
            f"{kept}: typing coach set aside earlier because it could not be read, which the "
            "passphrase given does not open either (it is damaged, or sealed with another "
            f"passphrase). What it holds is kept and {named}; delete it when you no longer "
            "need it.",
            file=out,
        )


def _where(error: OSError) -> str:
    """ " (on /path)" for the file an error names, or nothing."""
    return f" (on {error.filename})" if error.filename else ""


def _name_files(paths: list[Path]) -> str:
    return ", ".join(path.name for path in paths) or "none"


def _refuse_with_saves_waiting(places: Locations) -> None:
    """Saves of coach's waiting outside the journal file are merged first, never sealed away."""
    from coach.log_waiting import waiting_note

    note = waiting_note(places.journal, places.data_dir) if places.journal.is_file() else None
    if note is not None:
        raise CoachError(f"{note} Then run `coach encrypt` again. Nothing was encrypted.")


def _refuse_unreadable(places: Locations) -> None:
    """A plain journal that cannot be read is mended first: sealed, no editor could mend it."""
    from coach.errors import JournalCorrupt, repair_command
    from coach.log_storage import LogStorage

    if not places.journal.exists():
        return
    try:
        LogStorage(places.journal).read()  # the file and its log, as every command reads them
    except JournalCorrupt as error:
        raise CoachError(
            f"{error.path} cannot be read: {error.reason}. Nothing was encrypted: sealed, the "
            "damage could no longer be mended in a text editor. Run "
            f"`{repair_command(places.journal)}` first, then `coach encrypt` again."
        ) from None


def cmd_encrypt(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Lock the journal and every file holding entry text with a passphrase."""
    from coach.crypto import PASSPHRASE_ENV, Sealer
    from coach.sealing import encrypt_folder, journal_is_sealed, keyring_module, remember

    if args.remember:
        keyring_module()  # missing: say so before anything changes
    _refuse_while_a_coach_runs(places)
    _refuse_with_saves_waiting(places)
    already = journal_is_sealed(places)
    half = [] if already else half_sealed(places)
    if args.set_aside_sealed and not half:
        raise CoachError(
            f"No file in {places.data_dir} is sealed beside a plain journal, so there is "
            f"nothing to set aside; run `coach encrypt` without {SET_ASIDE_FLAG}. "
            "Nothing was changed."
        )
    if not already:
        _refuse_unreadable(places)
    if already:
        passphrase = cli_unlocking.current_passphrase(places)[0]
    elif half and not args.set_aside_sealed:
        print(f"coach: {half_done(places, half)}", file=sys.stderr)
        passphrase = _earlier_passphrase(places, half[0])
    else:
        passphrase = cli_unlocking.ask_new_passphrase(
            PASSPHRASE_ENV,
            "`coach encrypt` needs a terminal to ask for the new passphrase (typed twice, "
            f"unseen), and there is none here; set {PASSPHRASE_ENV} to encrypt from a script. "
            "Nothing was changed.",
        )
    if half and args.set_aside_sealed:
        _set_aside_half_sealed(places, half, out)
    sealer = Sealer(passphrase)
    started = not places.journal.exists() and not already
    if started:
        Journal.open(places.journal, codec=sealer)  # a new journal, encrypted from the start
    try:
        result = encrypt_folder(places, sealer)
    except OSError as error:
        raise CoachError(
            f"Encrypting stopped: {error.strerror or error}{_where(error)}. Every file is whole, "
            "either plain or encrypted; run `coach encrypt` again to finish."
        ) from None
    if result.changed:
        print(
            f"Encrypted {counted(len(result.changed), 'file', 'files')} in {places.data_dir}: "
            f"{_name_files(result.changed)}.",
            file=out,
        )
    elif started:
        print(f"Started a new, encrypted journal in {places.data_dir}.", file=out)
    else:
        print(f"The journal in {places.data_dir} was already encrypted.", file=out)
    _say_left(result.left, out)
    _say_aside(result, out)
    _say_sealed_aside(places, result.changed, out)
    print(
        "Keep the passphrase somewhere safe: without it the journal cannot be read, by "
        "you or anyone.",
        file=out,
    )
    if args.remember:
        remember(places, passphrase)
        print("The passphrase is remembered in your OS keyring, as you asked.", file=out)
    _say_plain_files_left(places)
    return 0


def _earlier_passphrase(places: Locations, sealed: Path) -> str:
    """The passphrase an interrupted encrypt used, proven to open a file it sealed."""
    from coach.crypto import WrongPassphrase
    from coach.half_sealed import way_out
    from coach.sealing import given_passphrase

    given = given_passphrase(places)
    for tries_left in range(0 if given else PASSPHRASE_TRIES - 1, -1, -1):
        passphrase = (
            given[0] if given else cli_unlocking.read_hidden("The passphrase that run used: ")
        )
        try:
            Sealer(passphrase).decode(sealed.read_bytes(), sealed)
        except WrongPassphrase:
            if tries_left:
                print("That passphrase does not open it. Try again.", file=sys.stderr)
                continue
        except (OSError, CoachError):
            return passphrase  # damaged: finishing the run says what is wrong with it
        else:
            return passphrase
    raise CoachError(
        f"That passphrase does not open {sealed.name}, which the earlier run sealed, so it "
        f"is not the one that run used. Nothing was changed. {way_out(places)}"
    )


def _set_aside_half_sealed(places: Locations, half: list[Path], out: TextIO) -> None:
    """The sealed files of a run whose passphrase is lost, renamed (never deleted)."""
    from coach.half_sealed import set_aside
    from coach.sealing import locked
    from coach.unsaved_folder import no_coach_running

    with locked(places), no_coach_running(places.data_dir):
        moved = set_aside(places, half)
    for before, after in moved:
        print(
            f"Set aside {before.name} as {after.name} (sealed with the lost passphrase; "
            "delete it yourself once you are sure you will not need it).",
            file=out,
        )


def cmd_decrypt(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Turn an encrypted journal back into plain files."""
    from coach.sealing import decrypt_folder, forget, journal_is_sealed

    if not journal_is_sealed(places) and not any(
        p.name != places.journal.name for p in _sealed_files(places)
    ):
        _refuse_no_journal(places)
        print(f"The journal in {places.data_dir} is not encrypted; nothing to do.", file=out)
        return 0
    _refuse_while_a_coach_runs(places)
    # Once is enough: the passphrase is checked against the journal itself.
    _, sealer = cli_unlocking.current_passphrase(places)
    try:
        result = decrypt_folder(places, sealer)
    except OSError as error:
        raise CoachError(
            f"Decrypting stopped: {error.strerror or error}{_where(error)}. Every file is "
            "whole; run `coach decrypt` again to finish."
        ) from None
    print(
        f"Decrypted {counted(len(result.changed), 'file', 'files')} in {places.data_dir}: "
        f"{_name_files(result.changed)}. The journal is plain text again.",
        file=out,
    )
    _say_aside(result, out)
    if forget(places):
        print("The remembered passphrase was removed from your OS keyring.", file=out)
    return 0


def _refuse_no_journal(places: Locations) -> None:
    """A mistyped --data-dir is "no journal here", never "not encrypted"."""
    from coach.paths import file_in_the_way, missing_journal_refusal

    refusal = file_in_the_way(places) or missing_journal_refusal(places)
    if refusal is not None:
        raise CoachError(refusal)


def _refuse_no_folder(places: Locations) -> None:
    """`--forget` on a mistyped --data-dir: said to be no folder, not "nothing remembered"."""
    from coach.paths import file_in_the_way

    refusal = file_in_the_way(places)
    if refusal is None and not places.data_dir.is_dir():
        refusal = (
            f"There is no data folder at {places.data_dir}: check --data-dir or "
            "COACH_DATA_DIR. Nothing was forgotten, and nothing was created."
        )
    if refusal is not None:
        raise CoachError(refusal)


def _sealed_files(places: Locations) -> list[Path]:
    from coach.crypto import file_is_sealed
    from coach.sealable import sealable_files

    return [path for path in sealable_files(places) if file_is_sealed(path)]


def cmd_passphrase(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Change the passphrase, or forget a remembered one."""
    from coach.crypto import PASSPHRASE_ENV, Sealer
    from coach.sealing import (
        change_passphrase,
        forget,
        journal_is_sealed,
        keyring_module,
        remember,
        remembered,
    )

    if args.forget:
        _refuse_no_folder(places)
        if forget(places):
            print("The passphrase is no longer remembered; coach will ask for it.", file=out)
        else:
            print("No passphrase was remembered for this journal.", file=out)
        return 0
    if not journal_is_sealed(places):
        _refuse_no_journal(places)
        raise CoachError(
            f"The journal in {places.data_dir} is not encrypted; `coach encrypt` locks it."
        )
    if args.remember:
        keyring_module()
    _refuse_while_a_coach_runs(places)
    old, old_sealer = cli_unlocking.current_passphrase(places, "Current passphrase: ")
    new = cli_unlocking.ask_new_passphrase(
        NEW_PASSPHRASE_ENV,
        "`coach passphrase` cannot ask for the new passphrase without a terminal; set "
        f"{NEW_PASSPHRASE_ENV} (and {PASSPHRASE_ENV} for the current one) to change it "
        "from a script. Nothing was changed.",
    )
    check_new(places, new)
    if new == old:
        if not args.remember:
            raise CoachError(
                "The new passphrase is the same as the current one, so nothing was changed. "
                "Run `coach passphrase` again with a different one."
            )
        remember(places, new)
        print("The passphrase is unchanged; it is remembered in your OS keyring.", file=out)
        return 0
    was_remembered = remembered(places)
    try:
        result = change_passphrase(places, old_sealer, Sealer(new))
    except KeyboardInterrupt:
        # Stopped between two files: which passphrase opens what must not be left a guess.
        print(f"\ncoach: stopped. {settle_stopped(places)}", file=sys.stderr)
        raise
    except OSError as error:
        raise CoachError(
            f"Changing the passphrase stopped: {error.strerror or error}{_where(error)}. Every "
            "file is whole; run `coach passphrase` again with the same two passphrases to finish."
        ) from None
    print(
        f"The passphrase is changed ({counted(len(result.changed), 'file', 'files')} "
        "encrypted anew).",
        file=out,
    )
    _say_left(result.left, out)
    _say_aside(result, out)
    if args.remember or was_remembered:
        remember(places, new)
        print("The new passphrase is remembered in your OS keyring.", file=out)
    return 0


def say_export_is_plain(journal: Journal, output: str | None) -> None:
    """An encrypted journal's export is still plain text: say so before it is written."""
    codec = getattr(journal.storage, "codec", None)
    if codec is None or not codec.encrypted:
        return
    where = output or "the export"
    print(
        f"coach: the journal is encrypted, but {where} is plain text, not encrypted: "
        "anyone who can read it can read your entries.",
        file=sys.stderr,
    )
