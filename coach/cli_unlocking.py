"""The CLI's passphrases: typed hidden, a new one twice, the journal's with three tries."""

from __future__ import annotations

import getpass
import os
import sys

from coach.crypto import Codec, Sealer
from coach.errors import CoachError
from coach.journal import Journal
from coach.paths import Locations, missing_journal_refusal
from coach.rekeying import stopped_note


def read_hidden(prompt: str, no_terminal: str | None = None) -> str:
    """One line typed without echo; without a terminal, CoachError(no_terminal).

    The default message is for opening an encrypted journal; asking for a new
    passphrase says that instead, as the journal may not be encrypted at all.
    """
    from coach.crypto import PASSPHRASE_ENV

    if not sys.stdin.isatty():
        raise CoachError(
            no_terminal
            or f"The journal is encrypted and there is no terminal to ask on; set "
            f"{PASSPHRASE_ENV} to run coach from a script."
        )
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CoachError("No passphrase was typed; nothing was changed.") from None
    except KeyboardInterrupt:
        # getpass leaves the cursor on the prompt's line: end it, and say nothing happened.
        print("\ncoach: stopped at the prompt; nothing was changed.", file=sys.stderr)
        raise


def ask_new_passphrase(env_name: str, no_terminal: str) -> str:
    """A new passphrase: from the variable, else typed twice without echo."""
    given = os.environ.get(env_name)
    if given:
        if not given.strip():
            raise CoachError(
                f"{env_name} holds only spaces, which would be easy to guess; "
                "choose a passphrase with letters or numbers in it. Nothing was changed."
            )
        return given
    first = read_hidden("New passphrase: ", no_terminal)
    if not first:
        raise CoachError("An empty passphrase would lock nothing; nothing was changed.")
    if not first.strip():
        raise CoachError(
            "A passphrase of only spaces would be easy to guess; choose one with letters "
            "or numbers in it. Nothing was changed."
        )
    if read_hidden("The same passphrase again: ", no_terminal) != first:
        raise CoachError("The two passphrases were not the same; nothing was changed.")
    return first


# Wrong passphrases typed at the prompt before coach gives up, as sudo allows.
PASSPHRASE_TRIES = 3


def journal_codec_asked(places: Locations) -> Codec:
    """The journal's codec; a passphrase typed at the prompt may be retried, a given one not."""
    from coach.sealing import journal_codec, journal_is_sealed

    if not journal_is_sealed(places):
        return journal_codec(places, ask=None)
    return current_passphrase(places)[1]


def current_passphrase(
    places: Locations, prompt: str = "Passphrase for the journal: "
) -> tuple[str, Sealer]:
    """The journal's passphrase, proven to open it, with its sealer; up to three tries.

    Every command checks it first, before asking anything else: a wrong one is
    said at once, never after a new passphrase has been typed twice for nothing.
    """
    from coach.crypto import WrongPassphrase
    from coach.locked_aside import lost_passphrase
    from coach.sealing import given_passphrase, unlock

    given = given_passphrase(places)
    if given is not None:
        # Nobody to ask again when it came from the variable or the keyring.
        return given[0], unlock(places, given[0])
    for tries_left in range(PASSPHRASE_TRIES - 1, -1, -1):
        passphrase = read_hidden(prompt)
        try:
            return passphrase, unlock(places, passphrase)
        except WrongPassphrase:
            if not tries_left:
                break
            again = "one more try" if tries_left == 1 else f"{tries_left} more tries"
            print(
                f"That passphrase does not open the journal. Try again ({again}).",
                file=sys.stderr,
            )
            if tries_left == PASSPHRASE_TRIES - 1:  # said once, after the first wrong try
                print(stopped_note(places) or lost_passphrase(places), file=sys.stderr)
    raise CoachError(
        f"The passphrase was wrong {PASSPHRASE_TRIES} times, so nothing was opened and "
        "nothing was changed. Run the command again to have another go. "
        + (stopped_note(places) or lost_passphrase(places))
    )


def open_journal(places: Locations, *, lazy: bool = False) -> Journal:
    """The journal, asking for the passphrase on the terminal when it is encrypted.

    lazy: read nothing until first use (a search or stats may then read a big
    journal a record at a time).
    """
    return Journal.open(places.journal, codec=journal_codec_asked(places), lazy=lazy)


def open_existing_journal(places: Locations, *, lazy: bool = False) -> Journal:
    """open_journal for a command that only reads: no journal there is an error, never a new one."""
    refusal = missing_journal_refusal(places)
    if refusal is not None:
        raise CoachError(refusal)
    return open_journal(places, lazy=lazy)
