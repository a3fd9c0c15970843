"""Every file a change of form will touch, read and opened before any of them changes."""

from __future__ import annotations

import os
from pathlib import Path

from coach.crypto import Codec, PassphraseNeeded, SealedFileError, WrongPassphrase
from coach.errors import CoachError
from coach.paths import Locations
from coach.sealable import sealable_files


def check_every_file(places: Locations, read: Codec, write: Codec, left: list[Path]) -> None:
    """Refuse, naming the file and why, before changing any: one that cannot be read or opened.

    Found part way, it stopped the command with the folder half changed and a
    message that blamed the passphrase (a decrypt's journal already plain).
    """
    folder = places.data_dir
    if not os.access(folder, os.W_OK):
        raise CoachError(
            f"coach cannot write in {folder}, so no file there can change form. Nothing was "
            "changed. Make the folder writable, then run the command again."
        )
    for path in sealable_files(places):
        if path in left:
            continue
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise CoachError(
                f"{path} cannot be read ({error.strerror or error}). Nothing was changed: every "
                "file is checked before any is. Make it readable, or move it out of the data "
                "folder, then run the command again."
            ) from None
        problem = _why_unopened(raw, path, read, write)
        if problem is not None:
            raise CoachError(
                f"{problem} Nothing was changed: every file is checked before any is. Move "
                f"{path.name} out of the data folder (keep it, if you may need what it "
                "holds), then run the command again."
            )


def _why_unopened(raw: bytes, path: Path, read: Codec, write: Codec) -> str | None:
    """Why neither form opens the file, in words; None when one does."""
    failures: list[SealedFileError] = []
    for codec in (read, write):
        try:
            codec.decode(raw, path)
        except SealedFileError as error:
            failures.append(error)
        else:
            return None
    # A sealed file: what the passphrase found (damaged, another passphrase's),
    # not the plain form's "it needs the passphrase", which was given.
    error = next((e for e in failures if not isinstance(e, PassphraseNeeded)), failures[0])
    if isinstance(error, WrongPassphrase):
        return (
            f"{path} is sealed with another passphrase than the one given (a copy from "
            "before a passphrase change, say), or was altered since."
        )
    return str(error)
