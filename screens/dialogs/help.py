"""The help dialog: what coach is for and every key, on F1 or ?."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen

from screens.in_steps import PageInParts, markdown_parts
from screens.keys import describe_keys
from screens.styled_once import StyledOnce
from screens.widgets.steady_footer import SteadyFooter

HELP_TEXT = """\
# coach

A quiet place for the hour after a job rejection. Every step is optional
except naming the company, and everything you write stays on this computer.

If today feels very heavy, press **{support}** on any screen: it lists people to
talk to and crisis lines by country.

## Keys everywhere

| key | does |
| --- | --- |
| {help} | this help |
| {support} | support: people to talk to, and crisis lines |
| {back} | leave this screen; if you changed something, it asks before dropping it |
| Tab / Shift+Tab | move between fields |
| ↓ / ↑ in a one-line field | the next / previous field (lists and text boxes keep them) |
| Ctrl+P | the command palette: every action by name |
| Ctrl+P, Settings | where the settings file is, and how to change it |
| Ctrl+P, Encryption | how to lock the journal with a passphrase (`coach encrypt`) or change it |
| {quit} | quit (the walk in progress is kept) |

## In the walk

| key | does |
| --- | --- |
| {next} | next step (what you typed is kept) |
| {back} | previous step (nothing is lost) |
| Enter | next field |

Everything you type is autosaved; if the terminal closes, coach offers to
pick up where you stopped next time.

The last step offers one small if-then plan ("When …, I will …") with a
day for it. When that day comes, coach asks about it the next time it
opens: done, not yet (pick a new day), or let it go. "Plans" in the
command palette asks again; `coach plans` lists them.

## In any box for longer writing

| key | does |
| --- | --- |
| {text_start} | go to the start of the text |
| {text_end} | go to the end of the text |
| {select_to_start} | select from the cursor to the start |
| {select_to_end} | select from the cursor to the end |

## On the draft

| key | does |
| --- | --- |
| {copy} | copy to the clipboard (and save a .txt copy, unless the journal is encrypted) |
| {save} | save as a .txt or .eml file |
| {mail} | open in your mail app |
| {editor} | edit in $EDITOR, then come back |
| {sent} | mark as sent |
| {plain_text} | the plain text, to select and copy by hand |

## In the journal

| key | does |
| --- | --- |
| {filter} | filter by any word of an entry (typing on the list does too), or a stage or reply |
| {back} | clear every filter and show all entries (once none is left, {back} leaves) |
| {open} | open the entry to read or edit ({save} saves) |
| {draft} | reopen its reply draft in the editor |
| {delete} | delete it (asks first: Tab to Delete, then Enter); {undo} undoes |

## On the home screen

| key | does |
| --- | --- |
| {new} | start with a new rejection |
| {journal} | open the journal |
| {insights} | see where in the hiring funnel you are being stopped |
| {profile} | your details for signing replies |
| {guidance} | everything the coach teaches, to read at leisure |
| {quit_home} | quit |
"""


# How help names each key when the keymap leaves it alone.
DEFAULT_KEYS = {
    "help": "F1 or ?",
    "support": "F2",
    "back": "Esc",
    "quit": "Ctrl+Q",
    "quit_home": "q",
    "next": "Ctrl+N",
    "copy": "Ctrl+B",
    "save": "Ctrl+S",
    "mail": "Ctrl+O",
    "editor": "Ctrl+G",
    "sent": "Ctrl+T",
    "plain_text": "Ctrl+L",
    "text_start": "Ctrl+Home",
    "text_end": "Ctrl+End",
    "select_to_start": "Ctrl+Shift+Home",
    "select_to_end": "Ctrl+Shift+End",
    "filter": "/ or Ctrl+F",
    "open": "Enter",
    "draft": "Ctrl+R",
    "delete": "Del",
    "undo": "Ctrl+Z",
    "new": "n",
    "journal": "j",
    "insights": "i",
    "profile": "p",
    "guidance": "g",
}


def help_text(keymap: dict[str, str] | None = None) -> str:
    """The help page, naming each key as the keymap has it."""
    keys = dict(DEFAULT_KEYS)
    for binding_id, chosen in (keymap or {}).items():
        if binding_id in keys:
            keys[binding_id] = describe_keys(chosen)
    if "quit" in (keymap or {}):
        keys["quit_home"] = keys["quit"]
    return HELP_TEXT.format_map(keys)


class HelpScreen(StyledOnce, ModalScreen[None]):
    """Explains the app and its keys; Esc, q or the help key closes it."""

    BINDINGS = [
        Binding("escape,q", "close", "Close", id="close"),
        # Sharing the id: a remapped help key closes help too.
        Binding("f1,question_mark", "close", "Close", show=False, id="help"),
        # Dialogs shut out the app's keys, so the support key is repeated here.
        Binding("f2", "app.support", "Support", show=False, id="support"),
    ]

    def __init__(self, keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self.keymap = keymap or {}

    def compose(self) -> ComposeResult:
        # The rest of the page follows a section at a time once the top is drawn.
        first, *rest = markdown_parts(help_text(self.keymap))
        with PageInParts(later=rest, id="help-body"):
            yield first
        yield SteadyFooter()  # its own Close key, not the keys of the screen beneath

    def action_close(self) -> None:
        """Back to where the person was."""
        self.dismiss(None)
