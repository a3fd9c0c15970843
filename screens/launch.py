"""Building and running the app for the CLI: the settings checked, the journal opened."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from textual.app import App

if TYPE_CHECKING:
    from coach.config import Config
    from coach.crypto import Codec
    from coach.journal import Journal
    from coach.paths import Locations
    from coach.unsaved import UnsavedStore
    from screens.app import CoachApp

from screens.app import make_app


def app_config(
    places: Locations,
    config_flag: str | None,
    flags: dict[str, str | None],
    *,
    templates: set[str] | None = None,
) -> Config:
    """The settings, checked against the themes, templates and keys the app really has."""
    from textual.theme import BUILTIN_THEMES

    from coach.config import config_path, load_config

    path = config_path(config_flag, places.config_dir)
    named = bool(config_flag)
    config = load_config(
        path, flags=flags, themes=set(BUILTIN_THEMES), templates=templates, named=named
    )
    if config.keymap:
        # Only now import every screen to learn the ids: a first paint
        # without a keymap should not wait for screens it may never show.
        from coach.config import drop_keymap_entry
        from screens.keymap import (
            binding_defaults,
            key_names,
            keymap_clashes,
            typed_keys_inside_text,
        )
        from screens.keys import describe_keys

        config = load_config(
            path,
            flags=flags,
            themes=set(BUILTIN_THEMES),
            templates=templates,
            bindings=set(binding_defaults()),
            named=named,
            key_names=key_names(),
        )
        # Textual's long key names ("?" is question_mark), so checks compare like with like.
        config.keymap = dict(App._normalize_keymap(config.keymap))
        for binding_id, key in typed_keys_inside_text(config.keymap):
            drop_keymap_entry(
                config,
                binding_id,
                f"{describe_keys(key)} is a key you type, and {binding_id} works inside text "
                f"fields, so every {describe_keys(key)} typed there would be taken; give it "
                "a key with ctrl+ or a function key (f5)",
            )
        for binding_id, key, other, screen in keymap_clashes(config.keymap):
            where = screen.removesuffix("Screen").lower() or "every"
            drop_keymap_entry(
                config,
                binding_id,
                f"{describe_keys(key)} is already the key for {other} on the {where} screen",
            )
    return config


def run_app(
    places: Locations,
    *,
    draft_id: str | None = None,
    config: Config | None = None,
    codec: Codec | None = None,
    terminal_needed: bool = False,
) -> int:
    """Open the journal and run the full-screen app until the person quits.

    terminal_needed (the CLI's): with no terminal, refuse in one line once
    every other reason not to start has been said. Off for a caller that
    runs the app its own way (headless, as the benches do).
    """

    from coach.coach_start import claim_folder

    # Before the journal's form is read: from here on encrypt and decrypt
    # refuse, and one already running has finished.
    claimed = claim_folder(places, say=lambda text: print(text, file=sys.stderr, flush=True))
    try:
        return _run_claimed(
            places,
            claimed,
            draft_id=draft_id,
            config=config,
            codec=codec,
            terminal_needed=terminal_needed,
        )
    finally:
        if claimed is not None:
            claimed.close()  # a last flush, then the lock is let go


def _run_claimed(
    places: Locations,
    claimed: UnsavedStore | None,
    *,
    draft_id: str | None,
    config: Config | None,
    codec: Codec | None,
    terminal_needed: bool,
) -> int:
    """run_app, once this coach holds its autosave lock (claimed, when it could)."""
    from coach.crypto import PassphraseNeeded, WrongPassphrase
    from coach.errors import CoachError
    from coach.journal import Journal
    from coach.needs_terminal import echo_where_seen, no_terminal_refusal
    from coach.sealing import given_passphrase, journal_codec, journal_is_sealed, remembered

    if codec is not None and codec.encrypted != journal_is_sealed(places):
        codec = None  # the folder changed form since the caller looked: look again
    journal: Journal | None = None
    problem: str | None = None
    locked = False
    try:
        codec = codec or journal_codec(places, ask=None)
        # A big journal is read after home is on screen; a small one now, so a
        # damaged file (or a missing passphrase) shows before anything else.
        journal = Journal.open(places.journal, codec=codec, lazy=True)
        if journal.load_is_quick():
            journal.entries()
    except PassphraseNeeded:
        locked = True  # the app asks, in a masked field, before home
    except WrongPassphrase:
        # Given without asking (the variable or the keyring) and wrong: there
        # is no one to ask again, so say which one and stop, before any screen.
        given = given_passphrase(places)
        source = given[1] if given else "the passphrase given"
        fix = (
            "Run `coach passphrase --forget` to stop using it"
            if source == "the OS keyring"
            else f"Check it, or unset {source}"
        )
        raise CoachError(
            f"The passphrase from {source} does not open the journal in "
            f"{places.journal.parent}. {fix}, and coach will ask for the passphrase."
        ) from None
    except CoachError as error:
        problem = str(error)
    # Last of the one-line refusals (a folder or passphrase that cannot work says
    # so first): with no terminal the app would wait for keys for ever.
    command = "coach" if draft_id is None else f"coach draft {draft_id}"
    refusal = no_terminal_refusal(command, entry_id=draft_id) if terminal_needed else None
    if refusal is not None:
        echo_where_seen(refusal)
        raise CoachError(refusal)
    app = make_app(
        journal=journal,
        places=places,
        problem=problem,
        draft_id=draft_id,
        config=config,
        codec=codec,
        locked=locked,
    )
    if codec is not None and codec.encrypted and remembered(places):
        from coach.crypto import PASSPHRASE_ENV

        if not os.environ.get(PASSPHRASE_ENV):
            # Opening without asking is what the person chose; still, say so.
            app.opened_note = (
                "Opened with the passphrase remembered in your OS keyring "
                "(`coach passphrase --forget` stops that)."
            )
    from textual.drivers.linux_driver import LinuxDriver

    app.typing.claimed = claimed
    if app.driver_class is LinuxDriver:
        from screens.closed_terminal import closed_terminal_driver

        app.driver_class = closed_terminal_driver(app.typing.terminal_closed)
    try:
        app.run()
    finally:
        if app.unsaved is not None and app.unsaved is not claimed:
            app.unsaved.close()  # a last flush, then the lock is let go
    if app.typing.not_saved:
        print(not_saved_note(app.typing.not_saved), file=sys.stderr)
    for note in draft_parting_notes(app, draft_id):
        print(note, file=sys.stderr)
    if app.typing.rescued is not None:
        from coach.terminal_text import shown_safely

        where = shown_safely(str(app.typing.rescued))
        print(f"coach: what you typed is saved as plain text at {where}.", file=sys.stderr)
    return app.return_code or 0


def draft_parting_notes(app: CoachApp, draft_id: str | None) -> list[str]:
    """`coach draft`'s notes on another version its save met, to say once the screen is gone.

    It ends as its save lands: the toast naming the entry kept apart as
    "(other version)" was gone before it could be read (rv51 D5).
    """
    from coach.terminal_text import shown_safely

    if draft_id is None:
        return []  # the app stays open after a save: its toast is read there
    return [f"coach: {shown_safely(note)}" for note in app.saving.merge_notes]


def not_saved_note(count: int) -> str:
    """What to say when coach ended with saves still waiting for another coach."""
    from coach.wording import counted

    return (
        f"coach: {counted(count, 'change')} could not be saved: another coach held the "
        "journal until coach ended. Typing is offered back at the next start; a delete, "
        "an undo or a plan's answer needs doing again once the other coach is closed."
    )
