"""`coach repair`'s part for entries that share an id: each but the first given its own."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from coach.crypto import Codec


def renumbered(journal: Path, codec: Codec, out: TextIO) -> bool:
    """Give entries that share an id ids of their own, saying which; whether any was."""
    from coach.journal import Journal

    done = Journal.open(journal, codec=codec).renumber_shared_ids()
    for one in done:
        mine, theirs = one.told
        # rv40 D13: "the one for 'Acme' … (the other keeps e1)" named two Acmes.
        which = f"the one for {one.company!r}" + (f" {mine}" if mine else "")
        other = f"the other, {theirs}," if theirs else "the other, the same in every field shown,"
        print(
            f"Two entries had the id {one.old}; {which} now has the id {one.new} ({other} "
            f"keeps {one.old}). Nothing else in either was changed.",
            file=out,
        )
    return bool(done)
