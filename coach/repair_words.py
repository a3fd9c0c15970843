"""What `coach repair` says about the backup it had (or did not have) to mend from."""

from __future__ import annotations

from coach.repair import Repair


def sealed_backup(name: str) -> str:
    """The plain journal's backup is sealed: what it is, and that it is kept."""
    return (
        f"The backup {name}.bak is sealed (encrypted), though the journal is plain: a "
        "`coach encrypt` or `coach decrypt` stopped part way. Repair cannot read it without "
        "its passphrase, so nothing was taken from it. It is kept as it was (and copied "
        "beside the damaged file); it opens with the passphrase it was sealed with."
    )


def no_backup(repair: Repair) -> str:
    """Why nothing could come from the backup."""
    return "the backup is sealed and was not read" if repair.backup_sealed else "there is no backup"


def after_the_cut(repair: Repair) -> str:
    """What became of whatever followed the cut, in a file cut short."""
    if repair.backup_used:
        whose = "the last save" if repair.log is None else "the journal file's own last save"
        return (
            f"Whatever {whose} added past the cut is in neither file; everything "
            "the backup holds is back."
        )
    if repair.backup_sealed:
        return (
            "The backup is sealed and was not read, so whatever followed the cut is not "
            "back; the sealed backup may hold it."
        )
    return (
        "There is no backup, so whatever followed the cut is lost unless you have "
        "a copy of your own."
    )
