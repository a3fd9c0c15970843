"""Autosaves coach could not offer back: brought back once they read, and always named."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from coach.crypto import CHECK_SIZE, MAGIC, SALT_SIZE, file_is_sealed
from coach.half_sealed import ASIDE_PREFIX
from coach.unsaved_folder import PREFIX

DAMAGED = ".damaged"
LEGACY_WALK_ASIDE = "walk.json" + DAMAGED
# A decrypt renames a set-aside autosave no passphrase opens sealed-aside-<time>-<name>,
# so it is not read as an encrypt stopped part way; its time is this long.
_STAMP = len("20261127-233927-")
# So many set-aside files are named one by one; the rest are counted.
NAMED = 3
# The journal's file name where no journal is given (coach/paths.py names it so).
JOURNAL_NAME = "journal.json"


def set_aside(folder: Path) -> list[Path]:
    """Every autosave an earlier coach renamed .damaged because it could not read it."""
    try:
        found = sorted(folder.glob(f"{PREFIX}*.json{DAMAGED}"))
        legacy = folder / LEGACY_WALK_ASIDE
        return found + ([legacy] if legacy.is_file() else [])
    except OSError:
        return []


def renamed_aside(folder: Path, journal_name: str = JOURNAL_NAME) -> list[Path]:
    """Sealed files renamed sealed-aside-… (by a decrypt or `encrypt --set-aside-sealed`)."""
    try:
        found = folder.glob(f"{ASIDE_PREFIX}*")
        return sorted(path for path in found if _first_name(path, journal_name) is not None)
    except OSError:
        return []


def _first_name(path: Path, journal_name: str = JOURNAL_NAME) -> str | None:
    """The name a renamed file had: an autosave or a copy of the journal; None for others."""
    name = path.name[len(ASIDE_PREFIX) + _STAMP :]
    if _is_autosave(name) or name.startswith(journal_name + "."):
        return name
    return None


def _is_autosave(name: str) -> bool:
    """Whether a file name is one of the autosave's, set aside as damaged or not."""
    name = name.removesuffix(DAMAGED)
    return name == "walk.json" or (name.startswith(PREFIX) and name.endswith(".json"))


def bring_back(folder: Path, reads: Callable[[Path], bool]) -> list[Path]:
    """Set-aside autosaves that read now, named back, so they are offered as any other is.

    A passphrase change that stopped part way set typing aside as damaged
    (rv19); once the change is finished, the file opens again. Each is
    renamed only where no file of that name is in the way.
    """
    back = []
    for path in set_aside(folder):
        target = path.with_name(path.name.removesuffix(DAMAGED))
        if path.name == LEGACY_WALK_ASIDE or target.exists() or not reads(path):
            continue
        with contextlib.suppress(OSError):
            os.replace(path, target)
            back.append(target)
    return back


def how_to_get_it_back(path: Path, journal: Path | None = None) -> str:
    """What the person can do with a set-aside autosave, by what the file is.

    journal: the folder's journal, whose key tells a file sealed with its passphrase.
    """
    try:
        sealed = file_is_sealed(path)
    except OSError:
        sealed = False
    if sealed and journal is not None and _same_key(path, journal):
        # Sealed with the journal's own key yet set aside: it is damaged (a damaged
        # plain one `coach encrypt` sealed with the rest, or cut), and that passphrase
        # never makes it read, so it is never offered back (rv28).
        return (
            "It is encrypted with the journal's passphrase but damaged, so coach cannot offer "
            "it back; its bytes are kept as they are. If it still opens, `coach decrypt` "
            "makes it plain text again with the rest of the folder, to open in a text editor "
            "and copy out what you typed (if not, decrypt keeps it, renamed "
            f"{ASIDE_PREFIX}…). Delete it when you no longer need it."
        )
    if sealed:
        return (
            "It is encrypted, with a passphrase other than the journal's or damaged: coach "
            "offers it back by itself once it opens with the journal's passphrase. Delete it "
            "when you no longer need it."
        )
    return "It is plain text: open it in a text editor to copy out what you typed, then delete it."


def _same_key(path: Path, journal: Path) -> bool:
    """Whether a sealed file is under the journal's key (the header's salt and check)."""
    mark = _key_mark(path)
    return mark is not None and mark == _key_mark(journal)


# Why a sealed file was renamed, whichever command did it: a decrypt (a set-aside
# autosave no passphrase opened) or `encrypt --set-aside-sealed` (a lost passphrase).
_RENAMED = (
    "was renamed when the journal was decrypted or encrypted anew (sealed beside a "
    "plain journal, it would read as an encrypt stopped part way)"
)


# The way to that passphrase: the journal may be plain (after a decrypt) or sealed.
_UNDER_IT = (
    "put the journal under that passphrase (`coach encrypt` if the journal is plain, "
    "`coach passphrase` if not)"
)


def renamed_how(path: Path, first: str | None = None) -> str:
    """What the person can do with a set-aside autosave renamed sealed-aside-…, still sealed."""
    first = first or _first_name(path) or ""
    return (
        "It is encrypted, with a passphrase other than the journal's or damaged, and "
        f"{_RENAMED}, so coach no longer offers it back by itself. If another passphrase "
        f"opens it: {_UNDER_IT}, {_rename_back(path, first)}, and "
        "coach offers it back. Delete it when you no longer need it."
    )


def renamed_copy_note(path: Path, first: str) -> str:
    """A copy of the journal (its backup, a conflict copy) renamed sealed-aside-…."""
    return (
        f"{first}, sealed with a passphrase other than the journal's, {_RENAMED}: it is at "
        f"{path}, and coach does not read it. If the passphrase that sealed it turns up: "
        f"{_UNDER_IT} and {_rename_back(path, first)}. Delete it when you no longer need it."
    )


def _rename_back(path: Path, first: str) -> str:
    """ "rename the file back to X", or, where X is taken now, a free name that replaces nothing.

    After any save a newer journal.json.bak is there, and a plain rename onto it
    would replace it (rv32 #7).
    """
    if not (path.parent / first).exists():
        return f"rename the file back to {first}"
    taken = (
        f"a file named {first} is there now, and renaming this one to that name would replace it"
    )
    if first.startswith("walk.json"):
        # The one legacy walk.json has no family: under another name it is kept, never read.
        return f"rename the file back to {first} once the one there now is gone ({taken})"
    free = free_name(path.parent, first)
    if _is_autosave(first):
        return f"rename the file to {free} ({taken}; {free} is free)"
    return (
        f"rename the file to {free} ({taken}; {free} is free, kept as an earlier copy of "
        "the journal that encrypt and decrypt turn too)"
    )


def free_name(folder: Path, first: str) -> str:
    """A name in the same family as `first` (sealed and unsealed with the rest) that is free.

    An autosave unsaved-x.json becomes unsaved-x-2.json, still offered back; a copy
    of the journal becomes a conflict copy (journal.json.conflict-…), an earlier
    version kept beside the journal, which every encrypt and decrypt turns too.
    """
    if _is_autosave(first):
        stem, dot, rest = first.partition(".json")
        make = (lambda n: f"{stem}-{n}.json{rest}") if dot else (lambda n: f"{first}-{n}")
    else:
        journal = first.partition(".json")[0] + ".json"
        kind = first[len(journal) + 1 :].split("-", 1)[0] or "copy"
        make = lambda n: f"{journal}.conflict-set-aside-{kind}-{n}"  # noqa: E731
    n = 2
    while (folder / make(n)).exists():
        n += 1
    return make(n)


def aside_note(path: Path, journal: Path | None = None) -> str:
    """One set-aside autosave: where it is, and how to get the typing back."""
    if path.name.startswith(ASIDE_PREFIX):
        first = _first_name(path, _name_of(journal))
        if first is not None and not _is_autosave(first):
            return renamed_copy_note(path, first)
        how = renamed_how(path, first)
    else:
        how = how_to_get_it_back(path, journal)
    return f"Typing coach autosaved could not be read, so it was set aside at {path}. {how}"


def _name_of(journal: Path | None) -> str:
    return JOURNAL_NAME if journal is None else journal.name


def aside_notes(folder: Path, journal: Path | None = None) -> list[str]:
    """One line per set-aside file (a few, then a count), for home and `coach locate`."""
    found = set_aside(folder)
    found += renamed_aside(folder, _name_of(journal))
    lines = [aside_note(path, journal) for path in found[:NAMED]]
    if len(found) > NAMED:
        rest = len(found) - NAMED
        lines.append(
            f"…and {rest} more set-aside file{'s' if rest > 1 else ''} "
            f"(*{DAMAGED} or {ASIDE_PREFIX}*) in {folder}."
        )
    return lines


def locked_note(path: Path) -> str:
    """An autosave sealed with another passphrase, with no change under way to explain it."""
    return (
        f"Typing coach autosaved at {path} is encrypted with a passphrase other than the "
        "journal's (a file copied from another folder, perhaps), so it cannot be offered "
        "back. It is kept as it is: put it back in the folder whose journal opens with its "
        "passphrase, and coach there offers it back. Delete it if it is not yours."
    )


def _key_mark(path: Path) -> bytes | None:
    """The header bytes naming a sealed file's key (cost, salt, check); None if not sealed."""
    from coach.file_kind import open_regular

    start, end = len(MAGIC) + 1, len(MAGIC) + 4 + SALT_SIZE + CHECK_SIZE
    try:
        # Never a plain open(): a named pipe in the folder would hang it.
        with open(open_regular(path), "rb") as handle:
            head = handle.read(end)
    except OSError:
        return None
    return head[start:] if head.startswith(MAGIC) and len(head) == end else None


def under_other_key(folder: Path, journal: Path) -> list[Path]:
    """Sealed autosaves whose key is not the journal's, found with no passphrase at hand.

    Coach seals a folder's files with one key, so they share the header's
    salt and check; an autosave with others was sealed with another
    passphrase, or sealed in another folder and copied in.
    """
    ours = _key_mark(journal)
    if ours is None:
        return []
    try:
        found = sorted(folder.glob(f"{PREFIX}*.json"))
    except OSError:
        return []
    return [path for path in found if (mark := _key_mark(path)) is not None and mark != ours]


def other_key_note(path: Path) -> str:
    """For `coach locate`: an autosave under another key, and how to get its typing back."""
    return (
        f"Typing coach autosaved at {path} is encrypted with a key other than the journal's: "
        "another passphrase, or sealed in another folder. If it opens with the journal's "
        "passphrase, coach offers it back when it next starts. If not, coach keeps it as it "
        "is: put it back in the folder whose journal opens with its passphrase, and coach "
        "there offers it back; delete it if it is not yours."
    )
