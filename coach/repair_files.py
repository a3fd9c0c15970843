"""Repairing the journal's files: read under the lock, the old kept aside, the mended written."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from coach.crypto import (
    PASSPHRASE_ENV,
    PLAIN,
    Codec,
    SealedFileError,
    WrongPassphrase,
    file_is_sealed,
    is_sealed,
)
from coach.errors import CoachError, JournalCorrupt, repair_command
from coach.file_kind import not_a_file
from coach.files import fsync_dir, write_atomically
from coach.journal_hidden import hidden_records
from coach.journal_lines import serialize_by_line
from coach.journal_records import ENTRIES, PLANS, PROFILE
from coach.json_numbers import parse_journal_json
from coach.log_lines import log_path_of
from coach.log_waiting import merged_name, set_aside_logs
from coach.repair import Repair, kept_whole, mend
from coach.repair_copies import unmended_note
from coach.repair_deep import DeepMend, mend_deep_elsewhere
from coach.repair_listed import Listed, listed_tables, mend_listed, unread_tables
from coach.repair_log import log_all_in, log_reads_fine, read_log_bytes
from coach.storage import DurableStorage


class StillUnread(CoachError):
    """A journal that reads whole, holding records neither it nor its backup can mend."""


@dataclass
class Repaired:
    """A repair done: what went into the journal, and where the old files were kept."""

    repair: Repair
    aside: Path | None  # None: the merges changed nothing, so nothing was written
    # A copy of the backup as it was: the next save replaces the backup itself.
    backup_kept: Path | None
    # The append log as it was (its readable saves are in the mended journal).
    log_kept: Path | None = None
    # Each log set aside by an earlier save, merged now: (its name before, its name now).
    merged_files: list[tuple[Path, Path]] = field(default_factory=list)


def repair_journal(
    journal: Path, codec: Codec = PLAIN, *, without_entries: bool = False
) -> Repaired | None:
    """Mend the journal in place, all or nothing; None when it reads fine.

    The damaged file (and a copy of the backup) is kept beside it first; the
    mended one then replaces it in a single rename, under the lock, so no coach
    saves in between. A sealed journal is opened, mended and sealed again with
    `codec`; when it cannot be opened at all, the backup stands in for it, but
    one that holds no entries only `without_entries` (the person said so).
    """
    storage = DurableStorage(journal)
    with storage.locked():
        real = Path(os.path.realpath(journal))
        if journal.is_symlink() and not real.exists():
            raise CoachError(
                f"The journal {journal} is a link to {real}, which does not exist: there is "
                "nothing to repair. Point the link at your journal, or remove the link."
            )
        kind = not_a_file(real)
        if kind is not None:
            raise JournalCorrupt.not_a_file(journal, kind)
        if file_is_sealed(real) and not codec.encrypted:
            raise CoachError(
                f"The journal {journal} is sealed (encrypted): repair needs its passphrase "
                f"(type it when asked, or set {PASSPHRASE_ENV}). Nothing was changed."
            )
        try:
            raw = real.read_bytes()
        except FileNotFoundError:
            raise CoachError(f"There is no journal at {journal} to repair.") from None
        except OSError as error:
            raise CoachError(f"Cannot read {journal}: {error.strerror or error}.") from None
        damaged, unopened = _opened(raw, codec, real)
        log_raw = read_log_bytes(log_path_of(real))
        whole = _whole(damaged) if unopened is None else None
        # A table written as a list (a hand edit) holds whole records, newer than the backup's.
        listed = listed_tables(damaged) if unopened is None and whole is None else None
        set_aside = set_aside_logs(real)
        deep = DeepMend()
        if (
            whole is not None
            and not set_aside
            and (not log_raw or log_all_in(whole, log_raw, real))
        ):
            whole, deep = mend_deep_elsewhere(whole)  # else no save could land (rv43 D6)
            unread = [] if log_raw else unread_tables(whole)
            if not unread and not deep.changed:
                _written_back(journal, whole)
                return None
            # Records that do not read are mended as a list's are (rv40 D16), not "fine".
            if unread:
                listed, whole = (whole, unread), None
        try:
            backup_raw: bytes | None = storage.backup_path.read_bytes()
        except OSError:
            backup_raw = None
        # A plain journal beside a sealed backup (an encrypt or decrypt stopped part way):
        # without a passphrase the backup cannot be read, and is said to be sealed.
        backup_sealed = bool(backup_raw) and not codec.encrypted and is_sealed(backup_raw or b"")
        backup = None
        if backup_raw and not backup_sealed:
            backup = _opened(backup_raw, codec, storage.backup_path)[0]
        if unopened is not None and not backup:
            raise CoachError(
                f"The journal {journal} cannot be opened ({unopened}), and there is no "
                "backup that opens with this passphrase. Restore it from your own copy or "
                "your sync tool's history. Nothing was changed."
            )
        if listed is not None:
            try:
                before = orjson.dumps([listed[0].get(name) for name in (ENTRIES, PLANS)])
            except (TypeError, RecursionError):
                before = b""  # too deep to write (rv42 D2): a mend that can be written differs
            repair = mend_listed(*listed, backup or None)
            after = _tables_written(journal, repair.data)
            if after == before and not any(t.was_list for t in listed[1]):
                raise StillUnread(_still_unread(journal, listed[1]))
        else:
            repair = mend(damaged, backup or None) if whole is None else kept_whole(whole)
        repair.unopened = unopened
        repair.deep = deep
        repair.backup_sealed = backup_sealed
        if log_raw:
            sound = whole is not None and log_reads_fine(whole, log_raw, real)
            repair.take_log(log_raw, real, whole=whole is not None or listed is not None)
            repair.log_sound = sound and repair.log is not None and repair.log.complete
        readable_aside = []
        # Newest first (their names hold the time): an older one never undoes a later save.
        for path in reversed(set_aside):
            try:
                repair.merge_in(path, path.read_bytes())
            except OSError:
                continue  # left where it is: the next repair tries it again
            if not repair.merges[-1][1].unread:
                readable_aside.append(path)  # a file with unread lines stays to be tried again
        if (
            whole is None
            and listed is None
            and not repair.data.get(ENTRIES)
            and not without_entries
        ):
            # rv23: a backup from before the first entry opened (a first import's is the
            # empty journal, or your details alone), and the repair wrote a journal with no
            # entry over a sealed one that held them all, and called it repaired. rv24: a
            # journal that never had an entry, or had them all deleted, has such a backup
            # too, and only its person knows which: they say so with --without-entries.
            # rv28: a plain journal cut before its first entry is the same case.
            if unopened is not None:
                raise CoachError(_no_entries_in_backup(journal, unopened, repair.data))
            raise CoachError(_no_entries_left(journal, bool(backup), repair.data))
        merge_only = (
            repair.file_whole and (repair.log is None or repair.log_sound) and not deep.changed
        )  # no damage
        if merge_only and not any(merge.changed for _, merge in repair.merges):
            return Repaired(repair, None, None, None, _renamed(real, readable_aside))
        kind = "before-merge" if merge_only else "damaged"
        aside = real.with_name(f"{real.name}.{kind}-{datetime.now():%Y%m%d-%H%M%S}")
        keep_backup = backup_raw is not None and not merge_only  # to outlive the next save
        backup_kept = aside.with_name(aside.name + ".bak") if keep_backup else None
        log_kept = aside.with_name(aside.name + ".log") if log_raw else None
        try:
            write_atomically(aside, raw)
            if backup_kept is not None and backup_raw is not None:
                write_atomically(backup_kept, backup_raw)
            if log_kept is not None and log_raw:
                write_atomically(log_kept, log_raw)
            for copy, held in _holding_unmended(repair, aside, raw, log_kept, log_raw):
                # Plain even in an encrypted folder: it holds no entry text, and a
                # sealed note could not tell anyone what to do with its copy.
                write_atomically(unmended_note(copy), _unmended_text(is_sealed(held)))
            write_atomically(real, codec.encode(serialize_by_line(repair.data)))
            if log_kept is not None:
                # Everything it held that reads is in the mended file now.
                log_path_of(real).unlink(missing_ok=True)
            fsync_dir(real.parent)
        except OSError as error:
            raise CoachError(
                f"Could not write the repaired journal ({error.strerror or error}). "
                f"The journal {journal} is unchanged."
            ) from None
        merged_files = _renamed(real, readable_aside)
    return Repaired(repair, aside, backup_kept, log_kept, merged_files)


def _still_unread(journal: Path, tables: list[Listed]) -> str:
    """Why a journal whose records that do not read the backup cannot mend is left (rv40 D10)."""
    from coach.repair_listed_note import no_copy

    unread = [said for table in tables for said in table.unread]
    shown = "; ".join(unread[:3]) + ("" if len(unread) <= 3 else f"; and {len(unread) - 3} more")
    one = len(unread) == 1
    return (
        f"The journal {journal} reads, but {len(unread)} "
        f"{'record' if one else 'records'} in it {'does' if one else 'do'} not, and "
        f"{no_copy(tables[0])}: {shown}. Coach keeps {'it' if one else 'them'} as "
        f"{'it is' if one else 'they are'}; repair cannot mend {'it' if one else 'them'}. "
        f"With coach closed, put back what is missing in {journal.name} with a text editor. "
        "Nothing was changed."
    )


def _tables_written(journal: Path, data: dict[str, Any]) -> bytes:
    """The entries and plans as the journal would write them; StillUnread if they cannot be.

    rv42 D2: orjson reads a value nested 1024 deep but writes only 254, and a
    hand edit that nested one ended `coach repair` in a traceback. One the
    backup's copy mends is written; one it cannot is said, and left.
    """
    try:
        return orjson.dumps([data.get(name) for name in (ENTRIES, PLANS)])
    except (TypeError, RecursionError):
        pass
    from coach.repair_described import described

    deep = []
    for name in (ENTRIES, PLANS):
        rows = data.get(name)
        for record in rows.values() if isinstance(rows, dict) else rows or []:
            try:
                orjson.dumps([[[record]]])  # as deep as it sits in the journal
            except (TypeError, RecursionError):
                deep.append(described(name, record))
    one = len(deep) == 1
    which = f" ({'; '.join(deep[:3])})" if deep else ""
    raise StillUnread(
        f"The journal {journal} holds {'a record' if one else 'records'}{which} with a value "
        "nested deeper than coach can write back (a list inside a list, hundreds of times), "
        "and no copy in the backup to stand in, so repair cannot mend it. With coach "
        "closed, open it in a text editor and put that value back as plain text, or restore "
        "the journal from your own copy. Nothing was changed."
    )


def _written_back(journal: Path, data: dict[str, Any]) -> None:
    """Nothing when the journal can be written back; StillUnread naming what cannot be."""
    try:
        serialize_by_line(data)
        return
    except (TypeError, RecursionError):
        pass
    from coach.too_deep import too_deep_at

    deep = too_deep_at(data)
    which = f" ({'; '.join(deep[:3])})" if deep else ""
    raise StillUnread(
        f"The journal {journal} holds a value nested deeper than coach can write back{which} "
        "(a list inside a list, hundreds of times), so no change can be saved; it is not a "
        "field coach reads, so repair leaves it to you. With coach closed, open the journal "
        "in a text editor and remove that value (search for its name). Nothing was changed."
    )


def _no_entries_in_backup(journal: Path, unopened: str, data: dict[str, Any]) -> str:
    """Why a journal that cannot be opened over a backup of no entries is left as it is."""
    details = " (it holds your details as they were one save ago)" if data.get(PROFILE) else ""
    kept = ", keeps those details" if details else ""
    return (
        f"The journal {journal} cannot be opened ({unopened}). Its backup opens but holds "
        f"no entries{details}, so a repair from it leaves a journal with none. If your "
        "journal held entries, they are not in the backup: restore the journal from your "
        "own copy or your sync tool's history. If it held none (you had saved only your "
        "details, or had deleted every entry), run "
        f"`{repair_command(journal)} --without-entries`: it starts the journal again from "
        f"the backup{kept}, and keeps the damaged file beside it. Nothing was changed."
    )


def _no_entries_left(journal: Path, backup: bool, data: dict[str, Any]) -> str:
    """Why a damaged journal of which no entry still reads, in it or its backup, is left."""
    details = " (your details still read)" if data.get(PROFILE) else ""
    where = "nor does its backup" if backup else "and there is no backup that opens"
    return (
        f"The journal {journal} is damaged, and what still reads of it holds no entries"
        f"{details}; {where}. A repair would leave a journal with none. If your journal "
        "held entries, restore it from your own copy or your sync tool's history. If it "
        "held none (you had saved only your details, or had deleted every entry), run "
        f"`{repair_command(journal)} --without-entries`: it mends the journal from what "
        "still reads, and keeps the damaged file beside it. Nothing was changed."
    )


def _unmended_text(sealed: bool) -> bytes:
    """The note beside a copy holding lines a repair could not keep: never entry text."""
    if not sealed:
        return (
            b"coach repair could not keep every line of the copy beside this note; they are "
            b"only in that copy. Mend them by hand, then delete the copy and this note.\n"
        )
    return (
        b"coach repair could not keep every line of the copy beside this note; they are only "
        b"in that copy. It is encrypted and damaged, so neither a text editor nor coach can "
        b"open it. A whole copy of the journal elsewhere (your own backup, a sync tool's "
        b"history) may still hold those lines: keep the copy while you look. Once "
        b"`coach list` shows your entries as you expect, delete the copy and this note.\n"
    )


def _holding_unmended(
    repair: Repair, aside: Path, raw: bytes, log_kept: Path | None, log_raw: bytes | None
) -> list[tuple[Path, bytes]]:
    """The copies just kept that hold lines the mended journal does not, with their bytes."""
    holding = []
    # A list's items that are no record, or records that do not read: only the copy is whole.
    others = any(table.only_aside for table in repair.listed)
    unopened = repair.unopened is not None  # its reason may be empty: the copy still holds all
    deep = bool(repair.deep.aside)  # a value that held words, left out of the journal
    if repair.partial or repair.plans_aside or repair.lost_lines or others or unopened or deep:
        holding.append((aside, raw))
    if log_kept is not None and log_raw and repair.log is not None and not repair.log.complete:
        holding.append((log_kept, log_raw))
    return holding


def _renamed(real: Path, readable_aside: list[Path]) -> list[tuple[Path, Path]]:
    """Each set-aside log merged now, renamed so no repair merges it twice."""
    merged_files = []
    for path in readable_aside:
        done = merged_name(path)
        try:
            os.replace(path, done)
        except OSError:
            done = path
        merged_files.append((path, done))
    if merged_files:
        fsync_dir(real.parent)
    return merged_files


def _opened(raw: bytes, codec: Codec, path: Path) -> tuple[bytes, str | None]:
    """The file's JSON bytes, and why it could not be opened (then the bytes are empty)."""
    if not codec.encrypted:
        return raw, None
    if not is_sealed(raw):
        return raw, None  # left plain by an interrupted encrypt: read as it is
    try:
        return codec.decode(raw, path), None
    except WrongPassphrase:
        raise
    except SealedFileError as error:
        return b"", error.reason


def _whole(raw: bytes) -> dict[str, Any] | None:
    """The journal's data when the file reads as JSON, else None."""
    try:
        data = parse_journal_json(raw)
    except (orjson.JSONDecodeError, ValueError, RecursionError):
        return None
    # Valid JSON that hides records (two under one key, a damaged table name) is mended too,
    # and so is a table of records that is no object: coach reads none of it, nor saves
    # a plan beside it, and home sends the person here (fz23: "reads fine" sent them back).
    if not isinstance(data, dict) or hidden_records(data, raw) is not None:
        return None
    shapeless = any(not isinstance(data.get(name, {}), dict) for name in (ENTRIES, PLANS))
    return None if shapeless else data
