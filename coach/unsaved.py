"""Typing not yet in the journal: one private file per running coach, offered back after a crash.

Every editable surface (the walk, the draft editor, the entry screen, the
profile) registers here while it is open. The store asks each surface for
what it shows *now* when it writes, so a flush on quit, on a signal, before
an editor takes the terminal or before a screen change holds the last
keystroke, not the last one a timer happened to see.

Each coach holds an exclusive lock on its own `unsaved-TOKEN.lock` for as
long as it runs. Another coach can take that lock only once the owner has
died, which is how a live walk is never offered to a second coach as
unfinished, even if process ids are reused.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from coach.crypto import PLAIN, Codec, file_is_sealed
from coach.files import (
    ensure_private_dir,
    write_private,
)
from coach.rekeying import MARK
from coach.rekeying import sealed_with_another as other_key
from coach.unsaved_aside import DAMAGED, bring_back
from coach.unsaved_folder import PREFIX, clean_litter
from coach.unsaved_locks import held as _held
from coach.unsaved_locks import lock_kept, lock_own, remove_stale_locks
from coach.unsaved_locks import unlock as _unlock

UNSAVED_VERSION = 1
LEGACY_WALK = "walk.json"

Provider = Callable[[], dict[str, Any] | None]
# What a followed surface says of its typing now (which entry, as saved last).
Describer = Callable[[], dict[str, Any]]


def _decoded(path: Path, codec: Codec) -> Any:
    """The JSON in a file written through codec; raises FileNotFoundError, else ValueError."""
    raw = path.read_bytes()
    try:
        return json.loads(codec.decode(raw, path).decode("utf-8"))
    except FileNotFoundError:
        raise
    except Exception as error:  # sealed with another key, damaged, not JSON: unreadable
        raise ValueError(str(error)) from None


def _read_document(path: Path, codec: Codec) -> dict[str, Any] | None:
    """A session file's surfaces; None if it cannot be read as one."""
    try:
        document = _decoded(path, codec)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict):
        return None
    surfaces = document.get("surfaces")
    if not isinstance(surfaces, dict):
        return None
    return {k: v for k, v in surfaces.items() if isinstance(k, str) and isinstance(v, dict)}


@dataclass
class Leftover:
    """Typing left behind by a coach that is no longer running."""

    path: Path
    lock_path: Path | None
    surfaces: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Found unencrypted in a sealed folder (a coach that ran while it was
    # sealed, from before coach guarded that); sealed in place when found.
    was_unencrypted: bool = False


@dataclass
class SetAside:
    """A session file that could not be read, moved aside rather than deleted."""

    path: Path


class UnsavedStore:
    """This coach's typing that is not yet in the journal; written privately and atomically."""

    def __init__(self, data_dir: Path, *, codec: Codec = PLAIN) -> None:
        self.data_dir = data_dir
        # Sealed like the journal when the journal is: this file holds entry text.
        self.codec = codec
        self.token = secrets.token_hex(6)
        self.path = data_dir / f"{PREFIX}{self.token}.json"
        self.lock_path = data_dir / f"{PREFIX}{self.token}.lock"
        self._surfaces: dict[str, dict[str, Any]] = {}
        self._providers: dict[str, Provider] = {}
        self._describers: dict[str, Describer] = {}
        self._written: bytes | None = None
        self._lock_fd: int | None = None
        # Tests and a failed write read this; the UI reports it once.
        self.last_error: OSError | None = None
        # Found by the last look for leftovers, for the UI to tell: autosaves set
        # aside before that read now (offered back), and ones sealed with another
        # passphrase that no passphrase change under way explains (kept as they are).
        self.brought_back: list[Path] = []
        self.other_key: list[Path] = []

    # -- life -----------------------------------------------------------

    def open(self) -> None:
        """Take this session's lock (raises OSError if the folder cannot be used)."""
        ensure_private_dir(self.data_dir)
        self._lock_fd = lock_own(self.lock_path)
        clean_litter(self.data_dir)
        remove_stale_locks(self.data_dir, keep=self.lock_path)

    def bring_back(self) -> None:
        """Autosaves set aside as unreadable that read now: named back, to be offered.

        Called once the codec is known, before home names what is set aside.
        """
        with contextlib.suppress(OSError):
            self.brought_back = bring_back(
                self.data_dir, lambda path: bool(_read_document(path, self.codec))
            )

    def close(self) -> None:
        """Flush, then let go of the lock; the file stays only if it holds typing."""
        with contextlib.suppress(OSError):
            self.flush()
        # A screen that closed with nothing typed leaves a record without values:
        # no file goes with it, so the lock has nothing to guard either.
        if not any("values" in record for record in self._surfaces.values()):
            with contextlib.suppress(OSError):
                self.lock_path.unlink()
        _unlock(self._lock_fd)
        self._lock_fd = None

    # -- surfaces -------------------------------------------------------

    def track(
        self, key: str, provider: Provider, described: Describer | None = None, **meta: Any
    ) -> None:
        """Follow a surface: `provider()` returns what it shows now (or None to skip).

        described(), when given, is asked again with the values: a screen that saves
        and stays open moves its base on, and typing kept over the base it opened
        with took its own save for another coach's once resumed (rv51 D8).
        """
        self._providers[key] = provider
        record = self._surfaces.setdefault(key, {})
        record.update(meta)
        if described is not None:
            self._describers[key] = described
            record.update(described())

    def describe(self, key: str, **meta: Any) -> None:
        """Say more of what a followed surface's values mean (kept beside them), nothing else."""
        if key in self._providers:
            self._surfaces.setdefault(key, {}).update(meta)

    def put(self, key: str, values: dict[str, Any], **meta: Any) -> None:
        """Set a surface's values directly (for surfaces with no live widget)."""
        record = self._surfaces.setdefault(key, {})
        record.update(meta)
        record["values"] = values
        record["saved_at"] = datetime.now().replace(microsecond=0).isoformat()

    def untrack(self, key: str) -> None:
        """Stop asking a surface (it is closing); what it last showed is kept."""
        provider = self._providers.pop(key, None)
        if provider is not None:
            self._poll(key, provider)
        self._describers.pop(key, None)
        if "values" not in self._surfaces.get(key, {"values": None}):
            del self._surfaces[key]  # closed unchanged: nothing of it to keep

    def forget(self, key: str) -> None:
        """The surface's typing is in the journal now (or was discarded on purpose)."""
        self._providers.pop(key, None)
        self._describers.pop(key, None)
        self._surfaces.pop(key, None)

    def get(self, key: str) -> dict[str, Any] | None:
        """A surface's record as last seen."""
        return self._surfaces.get(key)

    def keys(self) -> list[str]:
        """Every surface with typing held here."""
        return list(self._surfaces)

    def _poll(self, key: str, provider: Provider) -> None:
        try:
            values = provider()
        except Exception:  # a closing widget must never stop a flush: keep what was seen
            return
        record = self._surfaces.setdefault(key, {})
        if values is None:
            record.pop("values", None)  # nothing unsaved there now
            return
        described = self._describers.get(key)
        if described is not None:
            with contextlib.suppress(Exception):  # as for values: keep what was seen
                record.update(described())
        if record.get("values") != values:
            record["values"] = values
            record["saved_at"] = datetime.now().replace(microsecond=0).isoformat()

    def snapshot(self) -> dict[str, dict[str, Any]]:
        """Ask every surface for what it shows now; the records as they will be written."""
        for key, provider in list(self._providers.items()):
            self._poll(key, provider)
        return {k: v for k, v in self._surfaces.items() if "values" in v}

    def flush(self) -> None:
        """Write what every surface shows now; remove the file when nothing is held.

        Raises OSError (also kept in last_error); what is held stays in memory.
        """
        surfaces = self.snapshot()
        if not surfaces:
            if self._written is not None or self.path.exists():
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
            self._written = None
            self.last_error = None
            return
        document = {"unsaved_version": UNSAVED_VERSION, "pid": os.getpid(), "surfaces": surfaces}
        payload = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
        if payload == self._written:
            return
        try:
            ensure_private_dir(self.data_dir)
            self._lock_fd = lock_kept(self.lock_path, self._lock_fd)  # made again with it
            write_private(self.path, self.codec.encode(payload))
        except OSError as error:
            self.last_error = error
            raise
        self._written = payload
        self.last_error = None

    # -- what others left -----------------------------------------------

    def leftovers(self) -> tuple[list[Leftover], list[SetAside]]:
        """Typing left by coaches that are no longer running (never a live one's)."""
        found: list[Leftover] = []
        damaged: list[SetAside] = []
        self.other_key = []
        for path in sorted(self.data_dir.glob(f"{PREFIX}*.json")):
            if path == self.path:
                continue
            lock = path.with_suffix(".lock")
            with _held(lock) as ours:
                if not ours:
                    continue  # its coach is still running
                surfaces = _read_document(path, self.codec)
                unencrypted = surfaces is None and self._seal_plain(path)
                if unencrypted:
                    surfaces = _read_document(path, self.codec)
                if surfaces is None and self._locked(path):
                    # A half-done encrypt's or passphrase change's: offered once it is
                    # finished. With neither to say so, it is named to the person.
                    if self.codec.encrypted and not (self.data_dir / MARK).exists():
                        self.other_key.append(path)
                    continue
                if surfaces is None:
                    aside = path.with_name(path.name + DAMAGED)
                    with contextlib.suppress(OSError):
                        os.replace(path, aside)
                        damaged.append(SetAside(aside))
                    continue
                if surfaces:
                    found.append(Leftover(path, lock, surfaces, was_unencrypted=unencrypted))
        legacy = self.data_dir / LEGACY_WALK
        if legacy.exists():
            leftover = _legacy_walk(legacy, self.codec)
            if leftover is None and not self._locked(legacy):
                aside = legacy.with_name(legacy.name + DAMAGED)
                with contextlib.suppress(OSError):
                    os.replace(legacy, aside)
                    damaged.append(SetAside(aside))
            elif leftover is not None:
                found.append(leftover)
        return found, damaged

    def _locked(self, path: Path) -> bool:
        """Sealed in a folder opened plain, or with another passphrase: locked, not damaged."""
        return file_is_sealed(path) and (not self.codec.encrypted or other_key(path, self.codec))

    def _seal_plain(self, path: Path) -> bool:
        """Seal a dead coach's unencrypted autosave in a sealed folder; True when done.

        Typing must never be set aside as unreadable only because it was
        written in plain text: it is sealed like every other file here, then
        offered back as usual.
        """
        if not self.codec.encrypted or _read_document(path, PLAIN) is None:
            return False
        try:
            write_private(path, self.codec.encode(path.read_bytes()))
        except OSError:
            return False
        return True

    def adopt(self, leftover: Leftover, key: str) -> dict[str, Any] | None:
        """Take a surface from a dead coach's file into ours; None if another coach took it.

        Ours is written before theirs is changed, so a crash in between
        leaves the typing in two places, never in none.
        """
        record = self._take(leftover, key, keep=True)
        return record

    def still_left(self, leftover: Leftover, key: str) -> bool:
        """Whether a dead coach's surface is still there: no other coach took it up since.

        Unreadable for a moment (a take mid-write) counts as there: offered, never lost.
        """
        surfaces = _read_document(leftover.path, self.codec)
        return surfaces is None or key in surfaces

    def discard(self, leftover: Leftover, key: str) -> None:
        """Drop a surface from a dead coach's file, on purpose."""
        self._take(leftover, key, keep=False)

    def _take(self, leftover: Leftover, key: str, *, keep: bool) -> dict[str, Any] | None:
        if leftover.lock_path is None:  # the walk file of an older coach
            surfaces = _legacy_walk(leftover.path, self.codec)
            record = surfaces.surfaces.get(key) if surfaces else None
            if record is not None and keep:
                self._surfaces[key] = record
                self.flush()
            with contextlib.suppress(FileNotFoundError):
                leftover.path.unlink()
            return record
        with _held(leftover.lock_path) as ours:
            if not ours:
                return None
            surfaces = _read_document(leftover.path, self.codec) or {}
            record = surfaces.pop(key, None)
            if record is None:
                return None
            if keep:
                self._surfaces[key] = record
                self.flush()
            if surfaces:
                document = {"unsaved_version": UNSAVED_VERSION, "surfaces": surfaces}
                payload = json.dumps(document, ensure_ascii=False).encode("utf-8")
                write_private(leftover.path, self.codec.encode(payload))
            else:
                with contextlib.suppress(FileNotFoundError):
                    leftover.path.unlink()
                with contextlib.suppress(FileNotFoundError):
                    leftover.lock_path.unlink()
        return record


def _legacy_walk(path: Path, codec: Codec) -> Leftover | None:
    """walk.json from a coach before per-session files, as a leftover."""
    try:
        record = _decoded(path, codec)
    except FileNotFoundError:
        return Leftover(path, None, {})
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict):
        return None
    return Leftover(path, None, {"walk": {"kind": "walk", "values": record}})
