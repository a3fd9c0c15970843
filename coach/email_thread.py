"""Which message of a thread is the news: the newest that says no, never a quoted older one.

A thread is the message on top, then each forwarded or quoted message below
it, newest first. Quoted messages ("On … wrote:", Outlook's original message)
are history: their words, the applicant's own above all, must not take the
reading from the newer message that quotes them. A message that only passes
another on (a note over a forward) is read after the message it forwards.
"""

from __future__ import annotations

import re

from coach.email_rejection import reads_as_rejection

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


def _passed_on(lines: list[str], blocks: list[Block], number: int, subject: str) -> bool:
    """Whether block number is a message forwarded by the one above, not quoted by it."""
    header, _, fields = blocks[number]
    if fields.get("wrote"):
        return False
    if _FORWARD_MARK.search(_mark_above(lines, header)):
        return True
    above = subject if number == 0 else blocks[number - 1][2].get("subject", "")
    return not _REPLY_SUBJECT.match(above)


def news_of(lines: list[str], blocks: list[Block], subject: str) -> int:
    """The message that is the news: TOP, or the number of a block (the deepest if none says no)."""
    ends = [header for header, _, _ in blocks] + [len(lines)]
    starts = [0] + [start for _, start, _ in blocks]
    order = [TOP, *range(len(blocks))]  # newest first

    def says_no(number: int) -> bool:
        return reads_as_rejection("\n".join(lines[starts[number + 1] : ends[number + 1]]))

    def a_note(number: int) -> bool:
        following = number + 1
        return following < len(blocks) and _passed_on(lines, blocks, following, subject)

    for number in order:
        if not a_note(number) and says_no(number):
            return number
    for number in order:
        if says_no(number):
            return number
    return len(blocks) - 1
