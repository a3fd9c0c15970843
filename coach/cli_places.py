"""The commands that say where coach keeps things and which settings are in force."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from coach.cli_app import setting_flags
from coach.config import config_path
from coach.paths import Locations
from coach.terminal_text import shown_safely

# Values longer than this are not padded to: their own comment moves right instead.
VALUE_COLUMN = 40


def cmd_config(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """The settings in force and where each came from; --default prints a full file."""
    from screens.keymap import binding_defaults

    defaults = binding_defaults()
    if args.default:
        from coach.config import default_file

        out.write(default_file(defaults))
        return 0
    from coach.content import load_content
    from screens.launch import app_config

    templates = set(load_content(places.content_dir).content.templates)
    config = app_config(
        places, getattr(args, "config", None), setting_flags(args), templates=templates
    )
    exists = "" if config.path.exists() else " (not created yet; the defaults are in force)"
    print(f"config file: {config.path}{exists}", file=out)
    rows = [
        ("theme", config.theme),
        ("editor", config.editor or "(none: set editor, $VISUAL or $EDITOR)"),
        ("default_template", config.default_template),
        ("data_dir", str(places.data_dir)),
        ("animations", config.animations),
    ]
    keymap = [
        (
            binding_id,
            config.keymap.get(binding_id) or keys,
            config.source(f"keymap.{binding_id}") if config.keymap.get(binding_id) else "default",
        )
        for binding_id, keys in defaults.items()
    ]
    settings = [(key, value, config.source(key)) for key, value in rows]
    # One column for every comment, wide enough for the longest name (paste_email_cancel)
    # and for values up to VALUE_COLUMN; a longer value (a path) moves only its own.
    names = max(len(name) for name, _, _ in [*settings, *keymap])
    values = max([len(value) for _, value, _ in [*settings, *keymap] if len(value) <= VALUE_COLUMN])
    for key, value, source in settings:
        print(f"{key:<{names}} = {value:<{values}} # {source}", file=out)
    print("[keymap]", file=out)
    for binding_id, keys, source in keymap:
        print(f"{binding_id:<{names}} = {keys:<{values}} # {source}", file=out)
    for problem in config.problems:
        print(f"coach: {shown_safely(problem)}", file=sys.stderr)
    return 0


def cmd_locate(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Print where coach keeps things."""
    rows = [
        ("data dir", places.data_dir),
        ("journal", places.journal),
        ("config dir", places.config_dir),
        ("content overrides", places.content_dir),
    ]
    config = getattr(args, "config", None)
    rows.insert(3, ("config file", config_path(config, places.config_dir)))
    for name, path in rows:
        print(f"{name + ':':<19}{path}", file=out)
    from coach.half_sealed import half_done, half_sealed, way_out
    from coach.rekeying import stopped_note
    from coach.sealing import journal_is_sealed, remembered

    stopped = stopped_note(places)
    if stopped is not None:
        print(f"{'encrypted:':<19}yes. {stopped}", file=out)
    elif journal_is_sealed(places):
        kept = (
            "remembered in your OS keyring (`coach passphrase --forget` stops that)"
            if remembered(places)
            else "not remembered; coach asks for it"
        )
        print(f"{'encrypted:':<19}yes; the passphrase is {kept}", file=out)
    elif half_sealed(places):
        note = f"{half_done(places, half_sealed(places))} {way_out(places)}"
        print(f"{'encrypted:':<19}part way. {note}", file=out)
    else:
        print(f"{'encrypted:':<19}no (`coach encrypt` locks it with a passphrase)", file=out)
    from coach.unsaved_aside import aside_notes, other_key_note, under_other_key

    for note in aside_notes(places.data_dir, places.journal):
        print(f"{'set aside:':<19}{note}", file=out)
    from coach.journal_backup import conflict_copies_in

    # Kept when the journal changed outside coach: named here as the save said (rv47 D1).
    for copy in conflict_copies_in(places.journal):
        print(f"{'earlier version:':<19}{copy} (the journal changed outside coach)", file=out)
    from coach.rekeying import MARK

    # A change under way names the files it sealed itself, as the app leaves them to it.
    if not (places.data_dir / MARK).exists():
        for path in under_other_key(places.data_dir, places.journal):
            print(f"{'other passphrase:':<19}{other_key_note(path)}", file=out)
    from coach.repair_copies import print_copies

    print_copies(places.journal, out)
    return 0
