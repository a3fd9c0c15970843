"""The help dialog: what coach is for and every key, on F1 or ?."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP_TEXT = """\
# coach

A quiet place for the hour after a job rejection. Every step is optional
except naming the company, and everything you write stays on this computer.

## Keys everywhere

| key | does |
| --- | --- |
| F1 or ? | this help |
| Esc | go back one step |
| Tab / Shift+Tab | move between fields |
| Ctrl+P | the command palette: every action by name |
| Ctrl+Q | quit (the walk in progress is kept) |

## In the walk

| key | does |
| --- | --- |
| Ctrl+N | next step (what you typed is kept) |
| Esc | previous step (nothing is lost) |
| Enter | next field |

Everything you type is autosaved; if the terminal closes, coach offers to
pick up where you stopped next time.

The last step offers one small if-then plan ("When …, I will …") with a
day for it. When that day comes, coach asks about it the next time it
opens: done, not yet (pick a new day), or let it go. "Plans" in the
command palette asks again; `coach plans` lists them.

## On the draft

| key | does |
| --- | --- |
| Ctrl+B | copy to the clipboard (and save a .txt copy) |
| Ctrl+S | save as a .txt or .eml file |
| Ctrl+O | open in your mail app |
| Ctrl+G | edit in $EDITOR, then come back |
| Ctrl+T | mark as sent |
| Ctrl+L | the plain text, to select and copy by hand |

## In the journal

| key | does |
| --- | --- |
| / or Ctrl+F | filter: type any word from an entry |
| Enter | open the entry to read or edit (Ctrl+S saves) |
| r | reopen its reply draft in the editor |
| d | delete it (asks first); u undoes |

## On the home screen

| key | does |
| --- | --- |
| n | start with a new rejection |
| j | open the journal |
| i | see where in the hiring funnel you are being stopped |
| p | your details for signing replies |
| g | everything the coach teaches, to read at leisure |
| q | quit |
"""


class HelpScreen(ModalScreen[None]):
    """Explains the app and its keys; any of Esc, q, F1 or ? closes it."""

    BINDINGS = [
        Binding("escape,q,f1,question_mark", "close", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Markdown(HELP_TEXT, open_links=False)

    def action_close(self) -> None:
        """Back to where the person was."""
        self.dismiss(None)
