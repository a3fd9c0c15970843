"""Which message of a thread is the news: the newest that says no or goes on, never older history.

A thread is the message on top, then each forwarded or quoted message below
it, newest first. Quoted messages ("On … wrote:", Outlook's original message)
are history: their words, the applicant's own above all, must not take the
reading from the newer message that quotes them. A message that only passes
another on (a note over a forward) is read after the message it forwards.
A newer message that goes on (an invitation, an offer, a wait) outranks an
older no, unless it answers that no from someone else: then it is the
reader's own reply, or a note passing the no on, and the no stands.
"""

from __future__ import annotations

import re

from coach.email_clues import _SIGNATURE_SPLIT, _domain_label, _fold, _recipient
from coach.email_company_ok import company_ok
from coach.email_rejection import reads_as_rejection
from coach.email_senders import FREE_MAIL
from coach.email_verdict import NOTHING_SAYS_NO, not_a_rejection

# The line a mail client puts over a message passed on, in the languages read.
_FORWARD_MARK = re.compile(
    r"forward|weitergeleitet|transf[eé]r|reenviad|inoltrat|doorgestuurd|encaminhad",
    re.IGNORECASE,
)
# A subject that answers the message below it: what is below is quoted, not passed on.
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw|rif|ref)\s*:", re.IGNORECASE)

Block = tuple[int, int, dict[str, str]]
TOP = -1


def _mark_above(lines: list[str], header: int) -> str:
    """The nearest line with text above a message's header (its separator, if any)."""
    for line in reversed(lines[max(0, header - 3) : header]):
        if line.strip():
            return line
    return ""


def _from_the_one_greeted(lines: list[str], blocks: list[Block], number: int) -> bool:
    """Whether block number was written by the person the message above it greets.

    "Hi Sam, … From: Sam Lee": the message above answers Sam's own, which it quotes
    (Outlook's header block looks the same for a reply and a forward).
    """
    start = 0 if number == 0 else blocks[number - 1][1]
    greeted = _fold(_recipient(lines[start : blocks[number][0]]))
    sender = blocks[number][2].get("from", "").split("<")[0]
    return len(greeted) >= 2 and greeted in {
        _fold(word) for word in sender.replace(",", " ").split()
    }


def _passed_on(lines: list[str], blocks: list[Block], number: int, subject: str) -> bool:
    """Whether block number is a message forwarded by the one above, not quoted by it."""
    header, _, fields = blocks[number]
    if fields.get("wrote"):
        return False
    if _FORWARD_MARK.search(_mark_above(lines, header)):
        return True
    if _from_the_one_greeted(lines, blocks, number):
        return False
    above = subject if number == 0 else blocks[number - 1][2].get("subject", "")
    return not _REPLY_SUBJECT.match(above)


_ADDRESS = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


def _same_side(address: str, other: str) -> bool:
    """Whether two addresses are one writer, or one company (a shared domain, not free mail)."""
    if not address or not other:
        return False
    if address.lower() == other.lower():
        return True
    mine, theirs = _ADDRESS.search(address.lower()), _ADDRESS.search(other.lower())
    if not mine or not theirs or mine.group(1) != theirs.group(1):
        return False
    return mine.group(1).split(".")[0] not in FREE_MAIL


def _signed_by(text: str, sender: str) -> bool:
    """Whether the text is signed by the sender: one of its last short lines opens with their name.

    "Maya Okafor" signs; "Thanks again, Maya" is someone else thanking her.
    """
    words = {word.lower() for word in _NAME_WORD.findall(sender.split("<")[0])}
    short = [line for line in text.split("\n") if line.strip() and len(line.split()) <= 5]
    for line in short[-4:]:
        first = _NAME_WORD.search(line)
        if first and first.start() <= 2 and first.group(0).lower() in words:
            return True
    return False


def _closing_names(text: str) -> set[str]:
    """The names a message ends on: its last short lines written as a name (its writer's,
    their firm's), never a sign-off or a greeting."""
    lines = [line.lstrip("> ").strip() for line in text.split("\n")]
    short = [line for line in lines if line and len(line.split()) <= 5][-4:]
    # "Hiring Manager, Tallow Studio": the firm beside the job.
    pieces = [piece for line in short for piece in _SIGNATURE_SPLIT.split(line)]
    return {_fold(piece) for piece in pieces if company_ok(piece.strip())}


def _signed_for_the_same_firm(text: str, below: str, below_text: str) -> bool:
    """Whether a message is signed for the firm that wrote the message below it.

    "Tom Hardy / Corvel" over Anna Berg's no from anna@corvel.com, or over her no signed
    "Corvel" too: a colleague, so the same side, with no address to show it.
    """
    mine = _closing_names(text)
    label = _fold(_domain_label(below.split("<")[-1]))
    if len(label) >= 3 and label not in FREE_MAIL and any(k.startswith(label) for k in mine):
        return True
    return bool(mine & _closing_names(below_text))


def news_of(
    lines: list[str], blocks: list[Block], subject: str, sender: tuple[str, str] = ("", "")
) -> int:
    """The message that is the news: TOP, or the number of a block (the deepest if none says no).

    `sender` is the top message's (name, address), where the email says it.
    """
    ends = [header for header, _, _ in blocks] + [len(lines)]
    starts = [0] + [start for _, start, _ in blocks]
    order = [TOP, *range(len(blocks))]  # newest first

    def text_of(number: int) -> str:
        return "\n".join(lines[starts[number + 1] : ends[number + 1]])

    def says_no(number: int) -> bool:
        return reads_as_rejection(text_of(number))

    def a_note(number: int) -> bool:
        following = number + 1
        return following < len(blocks) and _passed_on(lines, blocks, following, subject)

    def goes_on(number: int) -> bool:
        text = text_of(number)
        return not_a_rejection(text, text) not in ("", NOTHING_SAYS_NO)

    def same_writer_as_below(number: int) -> bool:
        """Whether the message below this one was written by the same side."""
        below = blocks[number + 1][2].get("from", "")
        name, address = sender if number == TOP else ("", blocks[number][2].get("from", ""))
        return _same_side(address, below) or bool(
            below
            and (
                _signed_by(text_of(number), below)
                or (name and _signed_by(name, below))
                or _signed_for_the_same_firm(text_of(number), below, text_of(number + 1))
            )
        )

    def outranks_the_no_below(number: int) -> bool:
        """A message going on is the news, unless it answers an older no from someone else."""
        below = number + 1
        if below >= len(blocks) or not says_no(below):
            return not a_note(number)
        return same_writer_as_below(number)

    for number in order:
        if not a_note(number) and says_no(number):
            return number
        if goes_on(number) and outranks_the_no_below(number):
            return number
    for number in order:
        if says_no(number):
            return number
    return len(blocks) - 1
