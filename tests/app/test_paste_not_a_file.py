"""A dropped pipe, device or folder in "Paste the email" is named, never opened or read."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from textual import events
from textual.widgets import Static

from screens.walk.paste_email import PasteEmailScreen
from tests.app.test_paste_email import to_happened
from tests.app.walk_helpers import until, walk_app


async def test_a_dropped_pipe_device_or_folder_is_refused_with_its_name(tmp_path: Path) -> None:
    pipe = tmp_path / "rv-fifo.eml"
    os.mkfifo(pipe)
    folder = tmp_path / "rv eml"
    folder.mkdir()
    mail = folder / "it's rejection.eml"
    mail.write_text("From: Ana <ana@acme.test>\nSubject: Your application\n\nHi Sam,\nno.\n")
    done = threading.Event()

    def unblock() -> None:
        # A safety net only: if the app opened the pipe, free it so the test fails, not hangs.
        if not done.wait(20):
            with open(pipe, "wb"):
                pass

    threading.Thread(target=unblock, daemon=True).start()
    app = walk_app(tmp_path)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await to_happened(pilot)
            await pilot.press("ctrl+r")
            assert isinstance(app.screen, PasteEmailScreen)
            vte = "'" + str(mail).replace("'", "'\\''") + "'"
            for dropped, said in (
                (str(pipe), f"{pipe} is a named pipe, not a file"),
                ("/dev/zero", "/dev/zero is a device, not a file"),
                (f"'{folder}'", f"{folder} is a folder; give an .eml file"),
                (vte, "acme"),
            ):
                app.screen.query_one("#paste-text").clear()  # type: ignore[attr-defined]
                app.post_message(events.Paste(dropped))
                # Read off the UI thread: a loaded machine may take a while to say it.
                await until(pilot, lambda said=said: said.lower() in shown_preview(app).lower())
                preview = shown_preview(app)
                assert said in preview.lower() if said == "acme" else said in preview, preview
                assert "does not exist" not in preview
    finally:
        done.set()


def shown_preview(app: object) -> str:
    """What the paste dialog says about what was dropped."""
    return str(app.screen.query_one("#paste-preview", Static).render())  # type: ignore[attr-defined]
