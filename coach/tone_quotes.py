"""What the writer does with a quote: takes it up warmly, laughs with it, or hands it back."""

from __future__ import annotations

import re

from coach.tone_quote_owner import THEM, UNNAMED, owner
from coach.tone_quote_turn import TURN

# What makes a quote warm is what the writer does with it next, in the same
# sentence: "you said the team 'grows its own', and I'm taking that as a
# hint", "you wrote I was 'really close', and I appreciate that", "'always
# needs casual staff', so I've put my name down", "'the clearest you'd seen',
# which made my week". A quote handed back ends the sentence on it ("Thanks
# for the feedback that I 'lacked energy'."), sits under mock thanks or
# praise ("I'm glad you found someone who 'fits the brand', and I ..."), or
# turns after it ("'competitive', and I suppose it was: competitive with
# 2015", "'an early career researcher', and I now learn...").
_CLOSE = r"""[.,!?]?["”'’]\s*,?\s*"""
# The writer's own clause, joined on by "and", "so" or "which": resolve,
# agreement, a plan ("which I've repeated to half my family").
_WRITER_TAKES_UP = re.compile(
    _CLOSE + r"(?:and|so)\s+(?:(?:honestly|really|genuinely|certainly|truly|now)\s+)?"
    r"i(?:['’](?:ll|ve|m|d))?\b",
    re.IGNORECASE,
)
# Or their words judged warmly, or kept: "which is so kind of you", "made me
# smile", "'...' is the best job description I've heard", "'...' will stay
# with me", "is now my wallpaper". Not "lovely", "nice" or "great": the stock
# words of mock praise ("'We value every applicant' is a lovely line.").
_NAMED_KIND = re.compile(
    _CLOSE + r"(?:(?:and|so|which|that|it)\s+)*"
    r"(?:(?:has|have|is|was|['’]s|really|honestly|truly|genuinely|still|now|just|so|very|such"
    r"|quite|most|the|a|an)\s+)*"
    r"(?:(?:made|makes)\s+(?:my|me\s+smile)|means?\s+a\s+(?:great\s+deal|lot)|meant\s+a\s+lot"
    r"|kind(?:\s+of\s+you)?|generous|good\s+to\s+hear|encouraging|heartening|a\s+(?:real\s+)?boost"
    r"|best|nicest|kindest|loveliest|wisest|wonderful|solid|wise|excellent|beautiful|thoughtful|fair"
    r"|(?:will|['’]ll)\s+(?:always\s+)?(?:stay|stick)\s+with\s+me|one\s+i['’]ll\s+(?:keep|treasure"
    r"|remember|hold\s+on\s+to|carry)|now\s+my)\b",
    re.IGNORECASE,
)
# Thanks or praise before the quote is mock thanks as often as not ("I'm so
# glad you found someone 'more energetic'"); so is noting it for the record.
_FRAMED = re.compile(
    r"\b(?:thank|thanks|grateful|glad|pleased|happy|delighted|lovely|nice|good\s+to|great\s+to"
    r"|appreciat\w*|impressed|congrat\w*|well\s+done|kind\s+of\s+you|enjoyed|moved|interested"
    r"|refreshing|reassuring|i\s+note|noted|i\s+see|apparently|so-called|your\s+idea)",
    re.IGNORECASE,
)


def taken_up(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True when the writer takes the quote at text[start:end] up warmly.

    In its sentence, in the next one, as their praise received warmly
    (coach.tone_quote_kept.py), or judged warmly next or after a dash, in a reply that
    complains nowhere (coach.tone_quote_judged.py), or their warm words held
    to (coach.tone_quote_held.py). `sentence` is the start
    and end of the sentence holding the quote.
    """
    # Imported here: those modules read this one's frames and turns.
    from coach.tone_quote_held import held_to
    from coach.tone_quote_judged import dash_reaction, judged_next
    from coach.tone_quote_kept import kept_next, praise_received

    return (
        _taken_up_here(text, start, end, sentence)
        or kept_next(text, start, end, sentence)
        or praise_received(text, start, end, sentence)
        or judged_next(text, start, end, sentence)
        or dash_reaction(text, start, end, sentence)
        or held_to(text, start, end, sentence)
    )


def _taken_up_here(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True when the quote is followed by the writer's warm uptake of it in its sentence.

    A quote that ends its sentence ("...direction.") is never taken up here.
    """
    s_start, s_end = sentence
    if end > s_end or _FRAMED.search(text, s_start, start):
        return False
    rest = text[end - 1 : s_end]
    if not (_WRITER_TAKES_UP.match(rest) or _NAMED_KIND.match(rest)):
        return False
    return not TURN.search(text, end, s_end)


# Laughing with them, not at them: "you made me laugh when you said...", "we
# both laughed". Not "I had to laugh at" or "made me laugh, given...": the
# sarcastic laugh is aimed at their words, and a turn after still counts.
_LAUGHED_WITH = re.compile(
    r"\b(?:(?:made|makes|make)\s+(?:me|us)\s+(?:laugh|smile|grin|chuckle)\b(?!\s+that\b)"
    r"|(?:we|i)\s+(?:both\s+|all\s+|really\s+|genuinely\s+)?(?:laughed|smiled|grinned|chuckled)\b)",
    re.IGNORECASE,
)
_LAUGHED_AT = re.compile(r"\bhad\s+to\s+(?:laugh|smile)|\blaugh\w*\s+at\s+how\b", re.IGNORECASE)


def laughed_with(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True when the writer laughs with the words, in their sentence, and no turn follows."""
    s_start, s_end = sentence
    where = text[s_start:start] + " … " + text[end:s_end]  # not a laugh inside their words
    if not _LAUGHED_WITH.search(where) or _LAUGHED_AT.search(where):
        return False
    if _FRAMED.search(text, s_start, start):
        return False
    return not TURN.search(text, end, s_end)


def handed_back(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True when a quote may be their words handed back: theirs not laughed with, or nobody's named.

    The writer's own words ("I said 'lecture' instead of 'reading'") and a
    third party's (a proverb, my gran, a song) are aimed at nobody here.
    """
    whose = owner(text, start, end, sentence)
    if whose not in (THEM, UNNAMED):
        return False
    return whose == UNNAMED or not laughed_with(text, start, end, sentence)
