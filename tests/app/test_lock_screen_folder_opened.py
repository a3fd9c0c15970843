"""The lock screen, when the folder was decrypted meanwhile: the journal opens as it now is."""

from __future__ import annotations

from pathlib import Path

from coach.crypto import Sealer, file_is_sealed
from coach.journal import Journal
from coach.paths import locate
from coach.sealing import decrypt_folder
from screens.app import make_app
from screens.dialogs.passphrase import PassphraseScreen
from screens.home.home import HomeScreen
from tests.conftest import make_entry


async def test_a_folder_decrypted_behind_the_lock_screen_simply_opens(tmp_path: Path) -> None:
    places = locate(tmp_path / "data")
    Journal.open(places.journal, codec=Sealer("pw1")).add(make_entry("Opened Co"))
    app = make_app(journal=None, places=places, locked=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PassphraseScreen)
        # A coach from before the lock screen held its folder could not stop this.
        decrypt_folder(places, Sealer("pw1"))
        assert not file_is_sealed(places.journal)
        await pilot.press(*"pw1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.journal is not None
        assert [e.company for e in app.journal.entries()] == ["Opened Co"]
        assert not app.codec.encrypted  # what it autosaves stays plain, like the folder


async def test_a_wrong_passphrase_says_what_losing_it_means_and_help_does_too(
    tmp_path: Path,
) -> None:
    from coach.crypto import KdfParams
    from coach.locked_aside import move_aside_command
    from screens.dialogs.help import HelpScreen

    places = locate(tmp_path / "data")
    Journal.open(places.journal, codec=Sealer("pw1", KdfParams(log_n=10))).add(make_entry("Co"))
    app = make_app(journal=None, places=places, locked=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query("#passphrase-lost")  # not before a wrong try
        await pilot.press(*"not it", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PassphraseScreen)
        lost = str(app.screen.query_one("#passphrase-lost").render())
        assert "Nothing can open this journal without it" in lost, lost
        assert "move every locked file out of the folder" in lost, lost
        assert "another --data-dir" in lost and "mkdir" not in lost
        # The command stands alone (rv19: it wrapped inside the sentence), and a key
        # copies it whole.
        command = str(app.screen.query_one("#passphrase-command").render())
        assert command == move_aside_command(places)
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert app.clipboard == command
        # At 40x12 the advice starts on screen, the field still above it (rv19: below the fold).
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        field = app.screen.query_one("#passphrase-input").region
        advice = app.screen.query_one("#passphrase-lost").region
        assert field.bottom <= advice.y and advice.y <= 12 - 1 - 2, (field, advice)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        first = app.screen.query("MarkdownText").first().source  # the locked section first
        assert first.startswith("## A locked journal") and "nothing can open" in first, first
