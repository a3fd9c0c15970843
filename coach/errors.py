"""Errors the coach reports to a person, each with a message worth reading."""

from __future__ import annotations

import shlex
from pathlib import Path

from coach.backup_note import backup_note


class CoachError(Exception):
    """A problem to tell the person about plainly; never a bug."""


class JournalBusy(CoachError):
    """Another coach holds the journal's lock for too long."""

    def __init__(self, lock_path: Path) -> None:
        super().__init__(
            "The journal is in use by another coach (lock file "
            f"{lock_path}). Close the other coach and try again; nothing was saved."
        )
        self.lock_path = lock_path


def repair_command(journal: Path) -> str:
    """The `coach repair` command line for this journal, quoted for a shell."""
    return f"coach --data-dir {shlex.quote(str(journal.parent))} repair"


class FolderUnusable(CoachError):
    """The data folder cannot be looked into (permissions, a stale mount)."""

    def __init__(self, folder: Path, error: OSError) -> None:
        super().__init__(
            f"The data folder {folder} cannot be used: {error.strerror or error} (checking "
            f"{error.filename or folder}). Check its permissions, or choose another folder "
            "with --data-dir. Nothing was changed."
        )
        self.folder = folder


class JournalCorrupt(CoachError):
    """The journal file cannot be read; it is left exactly as it is."""

    def __init__(
        self,
        path: Path,
        reason: str,
        backup: Path | None,
        *,
        sealed: bool = False,
        cut_short: bool = False,
        advice: str | None = None,
    ) -> None:
        # The message is made when shown (__str__): saying what the backup holds reads
        # it, which a caller that keeps only the reason (or nothing) never needs.
        super().__init__(path, reason)
        self._made = (sealed, cut_short, advice)
        self._said: str | None = None
        self.path = path
        self.reason = reason
        self.backup = backup

    _made: tuple[bool, bool, str | None] | None = None  # None: the message was given whole

    def __str__(self) -> str:
        """The message, with the advice that fits (made once, when first asked for)."""
        if self._made is None:
            return super().__str__()
        if self._said is None:
            self._said = self._message(self.path, self.reason, self.backup, *self._made)
        return self._said

    @staticmethod
    def _message(
        path: Path,
        reason: str,
        backup: Path | None,
        sealed: bool,
        cut_short: bool,
        advice: str | None,
    ) -> str:
        if advice is not None:
            recover = advice  # the reason's own fix: no editor can mend a folder or a pipe
        elif backup is not None and not sealed and cut_short:
            # A text editor cannot bring back what lay past the cut; the backup can,
            # but only repair keeps what was saved after the backup was written.
            recover = (
                f"Run `{repair_command(path)}` first: it keeps every record still readable, "
                "takes back from the backup what was past the cut, and says what, if anything, "
                f"could not be recovered. Do not copy the backup {backup.name} over the journal: "
                f"it is {backup_note(backup)}, and what was saved after it would be lost."
            )
        elif backup is not None and not sealed:
            # The backup is the file as it was at its last whole rewrite, which for a
            # journal saving through its log may be long ago: copying it in would
            # drop every save since, so the advice keeps both and says what it holds.
            recover = (
                f"Run `{repair_command(path)}` first, or mend the file (usually one typo, at "
                "that place): repair keeps every record still readable and takes what the "
                f"file lost from the backup. Do not copy the backup {backup.name} over the "
                f"journal: it is {backup_note(backup)}, and what was saved after it would be "
                "lost."
            )
        elif backup is not None:
            recover = (
                f"Run `{repair_command(path)}` to take back what still reads and what the "
                f"backup holds (the damaged file is kept aside). The backup {backup.name} is "
                f"{backup_note(backup)}; restore your own copy if losing what was saved after "
                "it is not acceptable."
            )
        elif sealed:
            # Sealed bytes cannot be mended by hand: a text editor shows noise.
            recover = (
                "There is no backup copy yet, and the file is sealed (encrypted), so it "
                "cannot be repaired in a text editor. Restore it from your own copy or "
                "your sync tool's history, or move it aside to start a fresh journal."
            )
        elif cut_short:
            recover = (
                "There is no backup copy yet, so what lay past the cut is not on this disk. "
                f"Run `{repair_command(path)}` to keep every record still readable, or "
                "restore a copy of your own."
            )
        else:
            recover = (
                "There is no backup copy yet. Mend it in a text editor (it is JSON), or "
                f"run `{repair_command(path)}` to keep every record still readable."
            )
        left = "The file was left as it was."
        return f"The journal {path} cannot be read: {reason}. {left} " + recover

    @classmethod
    def not_a_file(cls, path: Path, kind: str) -> JournalCorrupt:
        """The error for a journal path that holds a folder, a pipe or a device, not a file."""
        return cls(
            path,
            f"it is {kind}, not a file",
            None,
            advice=(
                "Coach keeps its journal in a file of that name: move that away or rename it "
                "(or choose another folder with --data-dir), then run coach again."
            ),
        )

    @staticmethod
    def json_reason(error: ValueError) -> tuple[str, bool]:
        """Why a journal's JSON does not read, and whether the file simply ends early."""
        msg, line = getattr(error, "msg", str(error)), getattr(error, "lineno", 0)
        if msg == "unexpected end of data":
            return f"it ends early, cut short at line {line}", True
        column = getattr(error, "colno", 0)
        return f"it is not valid JSON ({msg} at line {line}, column {column})", False


class LogDamaged(JournalCorrupt):
    """The append log beside a big journal cannot be read; both files are left as they are.

    The log is not a journal of its own and has no backup: what it holds is the
    latest saves, so the advice is the repair that keeps every save that reads.
    """

    def __init__(self, log_path: Path, reason: str, *, line: int | None = None) -> None:
        journal = log_path.with_name(log_path.name.removesuffix(".log"))
        where = f"line {line} {reason}" if line is not None else reason
        if line is not None:
            advice = (
                f"{journal.name} itself reads fine. Run `{repair_command(journal)}`: it keeps "
                f"{journal.name} and every save in the log that still reads, salvages what it "
                f"can of line {line}, and keeps the damaged log aside as a copy."
            )
        else:
            # Repair could not read it either: the way on is to let coach read it.
            advice = (
                "Check that coach may read it (its owner and permissions, or a disk that went "
                "away), then start coach again: the saves in it are kept while it stays."
            )
        CoachError.__init__(
            self,
            f"The log beside the journal, {log_path} (where a big journal keeps its latest "
            f"saves), cannot be read: {where}. Nothing has been changed. {advice}",
        )
        self.path = log_path
        self.reason = where
        self.backup = None
        self.line = line


class JournalWriteError(CoachError):
    """Saving failed; the journal on disk still holds what it held before."""

    def __init__(self, path: Path, reason: str, *, replaced: bool = False) -> None:
        if replaced:
            detail = (
                "The new version is in place but the system could not confirm it "
                "reached the disk; check free space and try saving again."
            )
        else:
            detail = "The journal on disk is unchanged; nothing was lost."
        super().__init__(f"Could not save the journal {path}: {reason}. {detail}")
        self.path = path
        self.replaced = replaced


class EntryNotFound(CoachError):
    """No entry matches the id asked for."""

    def __init__(self, entry_id: str, *, ambiguous: bool = False) -> None:
        if ambiguous:
            message = f"More than one entry starts with {entry_id!r}; give more of the id."
        else:
            message = f"No entry has the id {entry_id!r}. `coach list` shows the ids."
        super().__init__(message)
        self.entry_id = entry_id


class NewerJournal(CoachError):
    """The journal was written by a newer coach; this one will not touch it."""

    def __init__(self, path: Path | None, schema: int, known: int) -> None:
        super().__init__(
            f"The journal {path or ''} was written by a newer coach (format {schema}; this "
            f"coach knows format {known}). It has not been changed. Update coach to open it."
        )
