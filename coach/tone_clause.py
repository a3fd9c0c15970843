"""Whether words make a clause of their own: a subject, a verb of being or having, a past tense."""

from __future__ import annotations

import re

# Closed classes of English, not the words of any one draft: a set phrase of
# thanks or praise ("Very good company, very nice people.") has none of them;
# a statement ("the best part was being asked ...", "I saw the posting") has.

# Verbs of being, having and doing, and the modals, with their n't forms.
FINITE = frozenset(
    """am is are was were be been being has have had do does did will would can could
    shall should may might must isn't aren't wasn't weren't hasn't haven't hadn't don't
    doesn't didn't won't wouldn't can't couldn't shouldn't it's that's there's""".split()
)
# Subjects that make a statement of what follows (not "you": "thank you", "of you").
SUBJECTS = frozenset(
    """i i'm i've i'll i'd we we're we've we'll we'd he he's she she's they they're
    they've they'll it it's there's that's you're you've you'll you'd""".split()
)
# Past tenses and participles that do not end in -ed (the rest are told by that ending).
IRREGULAR_PAST = frozenset(
    """sent written done made taken given seen shown known kept left cut put read said
    told sold bought brought thought found held built spent lost paid won begun drawn
    driven forgotten gotten got hidden sworn torn worn chosen frozen spoken stolen
    broken woken shot shut set split spread struck stuck swept saw went came gave took
    knew felt ran began became caught taught fought sat stood understood heard meant""".split()
)
_WORDS = re.compile(r"[^\W\d_][\w'’]*")


def words_of(text: str) -> list[str]:
    """The words of a text in lower case, curly apostrophes straightened."""
    return [w.lower().replace("’", "'") for w in _WORDS.findall(text)]


def is_past(word: str) -> bool:
    """A past tense or participle: "attached", "redacted", "sent", "saw"."""
    # "-eed" is a noun's or a verb's own ending ("speed", "need"), not the past.
    regular = len(word) >= 5 and word.endswith("ed") and not word.endswith("eed")
    return regular or word in IRREGULAR_PAST


def states_something(text: str) -> bool:
    """True when the words make a statement: a subject, a finite verb or a past tense."""
    return any(w in SUBJECTS or w in FINITE or is_past(w) for w in words_of(text))
