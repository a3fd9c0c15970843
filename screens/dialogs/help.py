"""The help dialog: what coach is for and every key, on F1 or ?."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen

from screens.in_steps import PageInParts, markdown_parts_of, markdown_pieces
from screens.keys import describe_keys
from screens.styled_once import StyledOnce, preset_breakpoints
from screens.widgets.steady_footer import SteadyFooter

HELP_TEXT = """\
# coach

A quiet place for the hour after a job rejection. Every step is optional
except naming the company (and, if you never heard back, roughly when you
applied), and everything you write stays on this computer.

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
| {paste_email} | on "What happened": paste the rejection email to fill in the fields |

What you type is autosaved as you go, with one exception: the private
writing on "Write it out, for yourself" is kept only if you tick "Keep what I
wrote above". Unticked, it is never written to disk, and quitting first asks
whether to keep it. If the terminal closes, coach offers to pick up where you
stopped next time, the private writing only if it was ticked.

The last step offers one small if-then plan ("When …, I will …") with a
day for it. Once the part of that day it names is over (a morning plan
from noon, an afternoon one from 6 pm, an evening one from the next day;
a clock time names its part, "at 7:30" with no am or pm the evening;
naming no time, on its day; made for today once that part is over, or
naming no time, from tomorrow), coach
asks about it the next time it opens: done, not yet (pick a new day), or
let it go. "Plans" in the command palette asks again, or early
about one done already; `coach plans` lists them. To reword a plan or
move its day before it comes, open its entry and choose "Change plan…"
(or `coach plans edit`); {undo} there takes the change back.

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
| Tab, then Enter | on a tone finding or a slot to fill: selects its words in the draft |
| {back} | leave, the draft saved, without asking; out of coach from `coach draft` |

## In the journal

| key | does |
| --- | --- |
| {filter} | filter by a word or date ("2026-07", "July"), stage or reply; or type on the list |
| {back} | clear every filter and show all entries (once none is left, {back} leaves) |
| {open} | open the entry to read or edit ({save} saves) |
| {draft} | reopen its reply draft in the editor |
| {delete} | delete it (asks first: Tab to Delete, then Enter); {undo} undoes |

Digits alone ("10", "2026") are looked for only in what you wrote, such as
"10x Labs", not in dates; so are "May" and "March" alone. For a date, type it
as the list shows it ("2026-10", "2026-") or with its month: "October",
"1 July" or "July 1" (the 1st only), "May 2026", "14/07/2026". Figures with
slashes are read day first and month first: "07/03/2026" finds 7 March and
3 July. A year of two figures is the one you mean by them ("14/07/19" is
2019); one half typed ("14 July 202") finds the years it can still be.

## On the home screen

| key | does |
| --- | --- |
| {new} | start with a new rejection |
| {journal} | open the journal |
| {insights} | see where in the hiring funnel you are being stopped |
| {profile} | your details for signing replies |
| {guidance} | everything the coach teaches, to read at leisure |
| {quit_home} | quit |

## On an entry

One rejection as you logged it: what happened, your moods, your answers to
the reflection questions, the reply, follow-ups, plans and a private note.
Every field can be changed here.

| key | does |
| --- | --- |
| Tab / Shift+Tab | move between fields |
| PgUp / PgDn | scroll the page |
| {save} | save your changes |
| {delete_entry} | delete this entry (asks first) |
| {undo} | take back the last plan change ("Change plan…"), the last first |
| {back} | back to the journal (asks first if you changed something) |

## On insights

Your journal read as free feedback. It counts where in the hiring funnel
each rejection came: on the application, after the portfolio, after a
screen, after interviews. Then it says which stage looks like the one to work on, with a
few next steps, and how your moods have moved. It grows more sure as
entries add up; with one or two it only shows the counts. A long journal
is read over its last few months, and a resume or portfolio plan you
marked done sets aside the rejections that came before it: it says so.

| key | does |
| --- | --- |
| ↓ / ↑, PgUp / PgDn | scroll the page |
| {back} | back home |

## Your details

Your name, LinkedIn address and phone number. The coach puts them under
the replies it drafts; nothing here is sent anywhere. All of them can be
left empty.

| key | does |
| --- | --- |
| Tab / Shift+Tab, ↓ / ↑ | move between the fields |
| {save} | save them |
| {back} | back home (asks first if you changed something) |

## No LinkedIn URL in your details

Some replies end by offering to connect on LinkedIn, and that paragraph
needs the address of your profile. When a draft opened from the journal
({draft}, or `coach draft`) would have it and your details hold no address,
coach asks first. "Add my LinkedIn URL" opens your details at that field,
and the draft follows with the paragraph; "Draft without it" opens the
draft without that paragraph. Keys typed before the question showed never
answer it: it names them, and they go into the draft once it opens.

| key | does |
| --- | --- |
| y | add the address to your details first |
| n or Esc | draft without that paragraph |
| Tab, ← / → | move between the two buttons |
| Enter | choose the one in focus |

## What the coach teaches

Everything behind the walk on one page, to read when you like: what a no
can tell you, what to hold back from, what helps, and how a good reply is
built.

| key | does |
| --- | --- |
| ↓ / ↑, PgUp / PgDn | scroll the page |
| Home / End | to the top / the end |
| {back} or q | back home |

## Plans you made

The plans from the end of earlier walks whose day has come. For each one,
say how it went: done, not yet (then give it a new day), or let it go.
Each answer is saved at once. With none waiting, "Plans" in the command
palette shows the next ones anyway, to say one is done already.

| key | does |
| --- | --- |
| {answers_left} / {answers_right} | move between Done, Not yet and Let it go |
| Enter | choose the one in focus |
| {undo} | take back the last answer |
| {back} | later: ask again next time |

## An unfinished walk

A walk you started and did not finish is kept. You can go on from where
you stopped, throw it away, or leave the choice for another time.

| key | does |
| --- | --- |
| {resume} | go on with the walk |
| {discard} | discard it (what it holds is gone) |
| {later} | later: keep it and decide next time |

## A locked journal

An encrypted journal opens only with its passphrase. Lose the passphrase and
nothing can open the journal: not coach, not anyone, and no one can reset it.
To start a new journal, quit, then move every file whose name begins with
journal.json, walk.json or unsaved- out of the data folder (keep them, in case
the passphrase comes back; after a wrong try the lock screen gives the command),
or run `coach --data-dir` with another folder.

| key | does |
| --- | --- |
| Enter | open the journal with the passphrase typed |
| Esc | quit; nothing is opened or changed |

## Paste the email

Paste the whole rejection email, or drop an .eml file on the box. The
coach reads the company, role, contact, date and stage from it and shows
what it found; check them on "What happened" afterwards. The email stays
on this computer, kept privately with the entry.

When the email seems to be something else (an invitation to a next step,
an offer, or a note that never says no), the box says first that "This
doesn't read like a rejection" and why. Check you pasted the right email;
if it is a rejection after all, {paste_use} still fills the fields.

| key | does |
| --- | --- |
| {paste_use} | fill the fields from the email |
| {paste_cancel} | close without changing anything |
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
    "paste_email": "Ctrl+R",
    "delete_entry": "Ctrl+D",
    "paste_use": "Ctrl+N",
    "paste_cancel": "Esc",
    "answers_left": "←",
    "answers_right": "→",
    "resume": "r",
    "discard": "d",
    "later": "Esc",
}

# Keymap ids whose help name is another name here.
KEYMAP_NAMES = {"paste_email_use": "paste_use", "paste_email_cancel": "paste_cancel"}

# Each screen's section of the page: the heading by section name.
SECTIONS = {
    "walk": "In the walk",
    "draft": "On the draft",
    "journal": "In the journal",
    "home": "On the home screen",
    "entry": "On an entry",
    "insights": "On insights",
    "details": "Your details",
    "linkedin": "No LinkedIn URL in your details",
    "guidance": "What the coach teaches",
    "plans": "Plans you made",
    "unfinished": "An unfinished walk",
    "paste": "Paste the email",
    "locked": "A locked journal",
}


def help_text(keymap: dict[str, str] | None = None) -> str:
    """The help page, naming each key as the keymap has it."""
    keys = dict(DEFAULT_KEYS)
    for binding_id, chosen in (keymap or {}).items():
        name = KEYMAP_NAMES.get(binding_id, binding_id)
        if name in keys:
            keys[name] = describe_keys(chosen)
    if "quit" in (keymap or {}):
        keys["quit_home"] = keys["quit"]
    return HELP_TEXT.format_map(keys)


# The section each screen opens help at, by class name; a screen not named here
# takes its base class's (every walk step is a StepScreen).
SCREEN_SECTIONS = {
    "StepScreen": "walk",
    "DraftScreen": "draft",
    "JournalScreen": "journal",
    "HomeScreen": "home",
    "EntryScreen": "entry",
    "InsightsScreen": "insights",
    "ProfileScreen": "details",
    "LinkedInQuestion": "linkedin",
    "GuidanceScreen": "guidance",
    "CheckInScreen": "plans",
    "ResumeScreen": "unfinished",
    "PasteEmailScreen": "paste",
    "PassphraseScreen": "locked",
}


def section_for(screen: object) -> str | None:
    """The section help opens at over screen, if it has one."""
    for kind in type(screen).__mro__:
        if kind.__name__ in SCREEN_SECTIONS:
            return SCREEN_SECTIONS[kind.__name__]
    return None


def help_pieces(text: str, section: str | None = None) -> list[str]:
    """The help page in parts; the named screen's section first, then the rest in order.

    At 40x12 the dialog shows a few lines, so the keys of the screen help was
    called from come first, not pages below the keys every screen shares.
    """
    pieces = markdown_pieces(text)
    heading = SECTIONS.get(section or "")
    if heading is None:
        return pieces
    first = [piece for piece in pieces if piece.startswith(f"## {heading}\n")]
    return first + [piece for piece in pieces if piece not in first]


class HelpScreen(StyledOnce, ModalScreen[None]):
    """Explains the app and its keys; Esc, q or the help key closes it."""

    # Narrow, the box takes the whole screen: 80% of 40 columns cut its words (rv46 #5).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-wide")]

    BINDINGS = [
        Binding("escape,q", "close", "Close", id="close"),
        # Sharing the id: a remapped help key closes help too.
        Binding("f1,question_mark", "close", "Close", show=False, id="help"),
        # Dialogs shut out the app's keys, so the support key is repeated here;
        # shown, as the page may open at a screen's section, below the line naming it.
        Binding("f2", "app.support", "Support", key_display="F2", id="support"),
    ]

    def __init__(self, keymap: dict[str, str] | None = None, section: str | None = None) -> None:
        super().__init__()
        self.keymap = keymap or {}
        # Which screen's section opens the page (a key of SECTIONS), if any.
        self.section = section

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        # The rest of the page follows a section at a time once the top is drawn.
        first, *rest = markdown_parts_of(help_pieces(help_text(self.keymap), self.section))
        with PageInParts(later=rest, id="help-body"):
            yield first
        yield SteadyFooter()  # its own Close key, not the keys of the screen beneath

    def action_close(self) -> None:
        """Back to where the person was."""
        self.dismiss(None)
