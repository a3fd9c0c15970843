"""Settings in the app: a kept theme, a remapped key, a broken file, a locked journal."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.binding import Binding
from textual.widgets import Footer, Input

from coach.config import Config, load_config
from coach.crypto import Sealer, file_is_sealed
from coach.journal import Journal
from coach.paths import locate
from coach.walk import WalkState
from screens.app import make_app
from screens.dialogs.help import HelpScreen
from screens.dialogs.passphrase import PassphraseScreen
from screens.home.home import HomeScreen
from screens.journal.journal import JournalScreen
from screens.launch import app_config
from screens.markdown_text import MarkdownText
from screens.widgets.entry_table import EntryTable
from tests.app.walk_helpers import until
from tests.conftest import make_entry


def settings(tmp_path: Path, text: str = "") -> Config:
    places = locate(tmp_path / "data")
    places.data_dir.mkdir(parents=True, exist_ok=True)
    if text:
        (places.config_dir / "config.toml").write_text(text)
    return app_config(places, None, {})


def notes(app: object) -> list[str]:
    return [str(n.message) for n in app._notifications]  # type: ignore[attr-defined]


def footer_keys(app: object) -> dict[str, str]:
    footer = app.screen.query_one(Footer)  # type: ignore[attr-defined]
    return {key.description: key.key_display for key in footer.query("FooterKey")}


async def test_a_theme_chosen_in_the_palette_is_in_force_after_a_restart(tmp_path: Path) -> None:
    config = settings(tmp_path, "# mine\neditor = 'nano'\n")
    app = make_app(journal=Journal.in_memory(), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.theme = "dracula"  # a preview, not a choice: nothing is written
        assert "theme" not in tomllib.loads(config.path.read_text())
        app.search_themes()
        await pilot.pause()
        await pilot.press(*"nord")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "nord"
    text = config.path.read_text()
    assert "# mine" in text and tomllib.loads(text) == {"editor": "nano", "theme": "nord"}
    again = make_app(journal=Journal.in_memory(), config=settings(tmp_path))
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_light_or_dark_from_the_palette_is_kept_too(tmp_path: Path) -> None:
    config = settings(tmp_path)
    app = make_app(journal=Journal.in_memory(), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.toggle_look()
    assert tomllib.loads(config.path.read_text())["theme"] == "textual-light"


async def test_a_remapped_help_key_works_and_shows_in_the_footer_and_help(
    tmp_path: Path,
) -> None:
    config = settings(tmp_path, '[keymap]\nhelp = "f4"\nnew = "a"\n')
    assert config.problems == []
    app = make_app(journal=Journal.in_memory(), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        keys = footer_keys(app)
        assert keys["Help"].lower() == "f4"
        assert "New rejection" not in keys  # the menu shows it, with its key
        menu = app.screen.query_one("#home-menu")
        assert "I just got a rejection  (a)" in str(menu.get_option("new").prompt)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)  # the old key is free now
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.pause()  # the page comes a section at a time
        shown = "".join(part.source for part in app.screen.query(MarkdownText))
        assert "| F4 | this help |" in shown and "| a | start with a new rejection |" in shown
        await pilot.press("f4")  # the help key closes help too
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_a_broken_config_starts_with_a_clear_message(tmp_path: Path) -> None:
    config = settings(
        tmp_path,
        'theme = "no-such-theme"\nnot toml at all\n[keymap]\nhelp = "f4"\nquit = "f4"\n',
    )
    app = make_app(journal=Journal.in_memory(), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.theme == "textual-dark"
        message = notes(app)[0]
    assert "Some settings were ignored" in message
    assert f"{config.path}:1: unknown theme 'no-such-theme'" in message
    assert f"{config.path}:2: not valid TOML" in message
    assert f"{config.path}:5: 'f4' is already bound to help" in message


async def test_the_default_template_setting_starts_the_walk(tmp_path: Path) -> None:
    config = settings(tmp_path)
    app = make_app(journal=Journal.in_memory(), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        templates = set(app.content.templates)
        chosen = next(t for t in sorted(templates) if t != "reply")
        config.default_template = chosen
        app.start_walk(None)
        await pilot.pause()
        assert app.walk is not None and app.walk.state.template == chosen
        config.default_template = "nothing-like-it"
        assert app.walks.default_template(config) == "reply"
        await pilot.pause()
        assert "not a template coach knows" in notes(app)[-1]


def sealed_folder(tmp_path: Path) -> Path:
    places = locate(tmp_path / "data")
    journal = Journal.open(places.journal, codec=Sealer("open sesame"))
    journal.add(make_entry("Sealed Co [b]"))
    return places.data_dir


async def test_a_locked_journal_asks_in_a_masked_field_before_home(tmp_path: Path) -> None:
    folder = sealed_folder(tmp_path)
    places = locate(folder)
    (folder / ".coach-editing-left.txt").write_text("plain draft left by a crash")
    before = places.journal.read_bytes()
    app = make_app(journal=None, places=places, locked=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PassphraseScreen)
        field = app.screen.query_one(Input)
        assert field.password
        await pilot.press(*"wrong", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PassphraseScreen)
        problem = str(app.screen.query_one("#passphrase-problem").render())
        assert "does not open" in problem
        assert places.journal.read_bytes() == before
        await pilot.press(*"open sesame", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.journal is not None
        assert [e.company for e in app.journal.entries()] == ["Sealed Co [b]"]
        assert app.codec.encrypted
        assert app.unsaved is not None
        app.unsaved.put("walk", WalkState(company="Walk Co").to_record(), kind="walk")
        app.flush_unsaved()
    assert file_is_sealed(app.unsaved.path)
    assert b"Walk Co" not in app.unsaved.path.read_bytes()
    assert not (folder / ".coach-editing-left.txt").exists()


async def test_a_config_loaded_without_the_app_still_checks_the_basics(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('animations = "slow"\n')
    assert "none, basic, full" in load_config(path, environ={}).problems[0]


async def test_a_remapped_key_that_another_action_has_is_refused_with_its_line(
    tmp_path: Path,
) -> None:
    config = settings(tmp_path, '[keymap]\nhelp = "f4"\nnew = "j"\n')
    assert config.keymap == {"help": "f4"}
    assert len(config.problems) == 1
    assert config.problems[0] == (
        f"{config.path}:3: j is already the key for journal on the home screen; "
        "new keeps its usual key"
    )
    app = make_app(journal=Journal.in_memory(), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f4", "escape")
        await pilot.pause()
        assert not [n for n in notes(app) if "keymap gives" in n]  # f1,? → f4 is no clash
        # Home's places show their keys in the menu (the footer keeps the rest).
        menu = str(app.screen.query_one("#home-menu").get_option("journal").prompt)
        assert "Open my journal  (j)" in menu
        assert "I just got a rejection  (n)" in str(
            app.screen.query_one("#home-menu").get_option("new").prompt
        )


async def test_editor_animations_and_draft_folder_follow_the_settings(tmp_path: Path) -> None:
    config = settings(tmp_path, 'editor = "nano -w"\nanimations = "none"\n')
    places = locate(tmp_path / "data")
    app = make_app(journal=Journal.in_memory(), config=config, places=places)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.animation_level == "none"
        assert app.drafts.editor() == "nano -w"
        assert app.drafts.drafts_dir() == places.data_dir / "drafts"
    sealed = make_app(journal=Journal.in_memory(), config=config, places=places, codec=Sealer("pw"))
    # Saved drafts are plain by request; with an encrypted journal they go home.
    assert sealed.drafts.drafts_dir() == Path.home()
    # And the draft editor knows: Copy writes no plain file there, Save warns.
    entry = make_entry()
    assert sealed.drafts.make_draft_screen(entry, "Hi", sent=False).journal_encrypted
    assert not app.drafts.make_draft_screen(entry, "Hi", sent=False).journal_encrypted


async def test_a_key_written_as_its_character_works_and_is_checked(tmp_path: Path) -> None:
    config = settings(tmp_path, '[keymap]\nhelp = "?,f4"\njournal = "/"\n')
    assert config.keymap == {"help": "question_mark,f4", "journal": "slash"}
    assert config.problems == []
    clash = settings(tmp_path, '[keymap]\nnew = "?"\n')
    assert clash.keymap == {} and "? is already the key for help" in clash.problems[0]
    app = make_app(journal=Journal.in_memory(), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        assert type(app.screen).__name__ == "JournalScreen"


def test_a_journal_opened_by_the_keyring_says_so(tmp_path: Path, monkeypatch) -> None:
    import sys

    from coach.sealing import remember
    from screens.app import CoachApp
    from screens.launch import run_app
    from tests.unit.test_sealing import FakeKeyring

    monkeypatch.setitem(sys.modules, "keyring", FakeKeyring())
    monkeypatch.delenv("COACH_PASSPHRASE", raising=False)
    places = locate(sealed_folder(tmp_path))
    started: list[CoachApp] = []
    monkeypatch.setattr(CoachApp, "run", lambda self, **_: started.append(self))
    run_app(places)
    assert started[-1].locked and started[-1].opened_note is None  # asks: nothing remembered
    remember(places, "open sesame")
    run_app(places)
    app = started[-1]
    assert not app.locked and app.journal is not None
    assert app.opened_note is not None and "remembered in your OS keyring" in app.opened_note


async def test_step_buttons_name_the_keys_of_a_remapped_keymap(tmp_path: Path) -> None:
    from textual.widgets import Button

    from screens.home.profile import ProfileScreen
    from screens.walk.kindness import KindnessScreen

    keymap = {"back": "f9", "next": "f8", "save": "f7", "copy": "f6"}
    config = Config(path=tmp_path / "config.toml", keymap=keymap)
    app = make_app(journal=Journal.in_memory(), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.start_walk(WalkState())
        await pilot.pause()
        assert isinstance(app.screen, KindnessScreen)
        back = str(app.screen.query_one("#step-back", Button).label)
        forward = str(app.screen.query_one("#step-next", Button).label)
        app.saving.edit_profile()  # as p on home opens it
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        back_details = str(app.screen.query_one("#cancel", Button).label)
        save_details = str(app.screen.query_one("#save", Button).label)
        # The draft, built for the walk, names them in the palette too.
        draft = app.drafts.make_draft_screen(make_entry("Acme"), "Hello", sent=False)
        helps = {command.title: command.help for command in draft.palette_commands()}
    assert (back, forward) == ("Back (F9)", "Next (F8)")
    assert (back_details, save_details) == ("Back (F9)", "Save (F7)")
    assert helps["Copy the reply"].endswith("(F6)")
    assert helps["Save the reply as a file"].endswith("(F7)")


async def test_a_typing_key_for_the_filter_is_kept_and_still_types_in_the_filter(
    tmp_path: Path,
) -> None:
    # The filter's key is off while a text field has the focus, so "f" never leaves one.
    config = settings(tmp_path, '[keymap]\nfilter = "f"\n')
    assert config.keymap == {"filter": "f"}
    assert config.problems == []
    journal = Journal.in_memory()
    journal.add(make_entry("Fernwood"))
    app = make_app(journal=journal, config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await until(pilot, lambda: app.screen.query_one(EntryTable).row_count == 1)
        app.screen.query_one(EntryTable).focus()
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.focused, Input))
        await pilot.press(*"fernw")
        await until(pilot, lambda: app.screen.query_one("#journal-filter", Input).value == "fernw")


async def test_every_key_said_to_be_off_while_typing_is_off_in_a_text_field() -> None:
    """OFF_WHILE_TYPING exempts a binding from the typing-key check: the claim must hold."""
    from screens.keymap import _binding_classes

    claims = [cls for cls in _binding_classes() if getattr(cls, "OFF_WHILE_TYPING", None)]
    assert claims == [JournalScreen]
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen))
        screen = app.screen
        screen.query_one("#journal-filter", Input).focus()
        await until(pilot, lambda: isinstance(app.focused, Input))
        actions = {b.id: b.action for b in JournalScreen.BINDINGS if isinstance(b, Binding)}
        for binding_id in JournalScreen.OFF_WHILE_TYPING:
            assert not screen.check_action(actions[binding_id], ())


async def test_a_typing_key_for_an_action_that_works_in_text_fields_is_refused(
    tmp_path: Path,
) -> None:
    config = settings(tmp_path, '[keymap]\nnext = "q"\nsave = "ctrl+s,?"\nhelp = "f4"\n')
    # "q" for Next would be taken from every field of the walk ("Quaqer" became "Qua").
    assert config.keymap == {"help": "f4"}
    assert len(config.problems) == 2
    assert config.problems[0].startswith(f"{config.path}:2: q is a key you type")
    assert "give it a key with ctrl+" in config.problems[0]
    assert config.problems[0].endswith("next keeps its usual key")
    assert "save keeps its usual key" in config.problems[1]


async def test_a_help_key_moved_to_f4_shows_as_f4_beside_f2(tmp_path: Path) -> None:
    # rv22: "f4 Help  F2 Support": the key a keymap gives loses the F form set beside it.
    config = Config(path=tmp_path / "config.toml", keymap={"help": "f4"})
    app = make_app(journal=Journal.in_memory(), config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        shown = {
            key: app.get_key_display(active.binding)
            for key, active in app.screen.active_bindings.items()
        }
    assert shown["f4"] == "F4" and shown["f2"] == "F2"
    assert all(display != "f4" for display in shown.values())
