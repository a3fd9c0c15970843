"""A door kept open: help offered for a need they may have one day, asking nothing of this no."""

from __future__ import annotations

import re

# The offer hangs on their own need or wish, some later time: "if your firm
# ever needs support", "should the practice need cover", "whenever the team
# is short of hands", "if the need arises". Nothing is asked of them now; the
# condition is theirs to meet or not. Their side is them or their organisation,
# not a third person ("if the new hire needs time to settle in, I could cover
# meanwhile" offers to fill the gap).
_WHO = (
    r"(?:you(?: all| guys)?|they|anyone|anybody|someone|somebody|your(?: [\w-]+){1,2}?"
    r"|(?:the|this|that|their)(?: [\w-]+)?? (?:team|firm|company|practice|studio|agency|office"
    r"|department|group|lab|school|clinic|hotel|restaurant|business|organi[sz]ation|unit"
    r"|division|project|side|shop|salon|site|centre|center|branch|board|partners))"
)
# Their need is enough alone; a wish needs "ever" ("if you'd ever like a
# second opinion"), as "if you'd like to meet again" asks for a meeting now.
_NEED = (
    r"(?:'d|'re|'s)?(?: (?:would|could|are|is|ever|has|have|also)){0,3}"
    r" (?:need|needs|needed|require|requires|use|looking for|short of|short-handed|in need of"
    r"|(?:a|any) need|take on|takes on"
    r"|find (?:yourselves|yourself|themselves|itself) short)\b"
    r"|(?:'d| would)? ever (?:want|wants|wanted|like|be looking for)\b"
)
_CONDITION = re.compile(
    rf"\b(?:(?:if|when|whenever|in case|once) {_WHO}(?:{_NEED})"
    rf"|should {_WHO} (?:ever )?(?:need|want|require|like|be looking for|be short of)\b"
    r"|(?:if|when|whenever|should|in case) (?:the|a|any|that) need (?:ever )?(?:arises?|comes? up)"
    r"|if there(?:'s| is) ever (?:a|any) need)",
)
# What turns the offer into terms for this decision: a concession (less pay,
# free work, a lower level, a trial), pay itself, this decision or this role,
# a time that is now rather than their later need, or pleading. Any of these
# anywhere in the sentence keeps it to the rules and the model as before.
_PUSHED = re.compile(
    r"\b(?:less|lower|cheaper|reduced|discount\w*|unpaid|(?<!feel )free|nothing|half|below|cut"
    r"|junior|intern|internship|trainee|trial|probation\w*|volunteer\w*|negotiable|flexible"
    r"|sooner|earlier|relocat\w*|commute|hours|expense|cost"
    r"|salary|salaries|pay|paid|wage|wages|money|fee|fees|rates?|package"
    r"|decision|decided|decide|reconsider\w*|rethink\w*|revisit\w*|instead|candidate"
    r"|(?:your|their|his|her|a) mind|change of mind"
    r"|(?:this|that|the)(?: [\w-]+){0,2}? (?:role|position|job|post|vacancy|offer)|my application"
    r"|meantime|meanwhile|interim|until"
    r"|now|today|tonight|tomorrow|immediately|right away|straight away|at once|asap"
    r"|this (?:week|month)|monday|tuesday|wednesday|thursday|friday|deadline"
    r"|beg(?:s|ged|ging)?|plead\w*|desperate\w*|promise|prove|guarantee"
    r"|(?:do|take|accept|try) (?:anything|whatever)|whatever it takes)\b"
)
_APOSTROPHES = str.maketrans("’‘", "''")


def open_door(sentence: str) -> bool:
    """True when the sentence offers help on a condition of their own later need, and no more.

    "If your firm ever needs support on a contract basis, I would be glad to
    be considered" keeps a door open; "if you ever need someone, I'd take a
    lower salary" or "should you need me, I can start tomorrow" pushes it.
    """
    lowered = sentence.lower().translate(_APOSTROPHES)
    return bool(_CONDITION.search(lowered)) and not _PUSHED.search(lowered)
