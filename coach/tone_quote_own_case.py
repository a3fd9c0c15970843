"""A saying the writer applies to their own case: its words said again of something of theirs."""

from __future__ import annotations

import re

from coach.tone_quote_kept import rest_and_next
from coach.tone_quote_turn import TURN

# Why: a saying about people in general ("the best laid schemes o' mice an'
# men gang aft agley") is a verdict on the reader's side when the writer
# leaves it hanging, and comfort when the writer says it again of their own
# case ("...and this scheme of mine has gone a wee bit agley"). The writer
# puts themselves inside the saying: the same word of it, said of something
# of theirs, in the same sense. Not when the case named is the reader's ("my
# application was lost, as your HR always loses them"), not in a clause that
# denies or turns (a contrast sets the writer apart: "some people never
# learn; I learn"), and not when the saying's own clause is denied either.

# Something of the writer's: "of mine", "my plan", "mine", "I".
_MINE = re.compile(r"\b(?:my|mine|i|i['’](?:m|ve|d)|me|myself)\b", re.IGNORECASE)
_READER = re.compile(
    r"\b(?:you|your|yours|you['’](?:re|ve|d|ll)|they|their|them|the\s+(?:company|firm|team|panel"
    r"|process|hr|management|recruiters?|interviewers?|organi[sz]ation|office|department))\b",
    re.IGNORECASE,
)
_DENIED = re.compile(r"\b(?:not|no|never|nothing|none|nobody|\w+n['’]t)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[^,;:.!?\n—–]+")
_WORD = re.compile(r"[a-z][a-z'’]{3,}", re.IGNORECASE)
# Words too common to carry a saying's sense: a shared "this" or "have" is no echo.
_COMMON = frozenset(
    """that this with have from what when will would there their they them then than your
    about been were into only just also very much more most some such like make made does
    done always never ever every each keep kept still mine myself""".split()
)
_STEM = 5  # letters: "scheme" is "schemes" said again, "clean" is "clean"


def stems(words: str) -> set[str]:
    """The content words of `words`, cut to a common stem."""
    return {w.lower()[:_STEM] for w in _WORD.findall(words) if w.lower() not in _COMMON}


def applied_to_own(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True when the writer says the saying at text[start:end] again of their own case.

    And, as for any words carried on (warm_after), nothing after that turns back on them.
    """
    quote = text[start + 1 : end - 1]
    rest, after = rest_and_next(text, end)
    after_at = text.find(after, end + len(rest)) if after else end + len(rest)
    parts = [(rest, end + len(rest)), (after, after_at + len(after))]
    for words, stop in parts:
        for clause in _CLAUSE.findall(words):
            if _own_case(clause, quote):
                return warm_after(text, stop, quote)
    return False


def _own_case(clause: str, quote: str) -> bool:
    """True when `clause` says a word of `quote` again of the writer's own, in the same sense."""
    if not _MINE.search(clause) or _READER.search(clause):
        return False
    if _DENIED.search(clause) or TURN.search(clause):
        return False
    shared = stems(clause)
    # The saying's clause that holds the shared word must not be denied either.
    return any(stems(part) & shared and not _DENIED.search(part) for part in _CLAUSE.findall(quote))


# Words carried on are often the sneer's first half: the second comes back to
# them ("I'm holding you to that. Brilliant and unemployed is a new
# combination.", "Mine was a failed run. Your process produced plenty of
# data.") or goes cold ("I'll use it on my next employer."). So every
# sentence of the writer's after the carrying must read warm and say none of
# the quote's words again. A sign-off of a few words ("Best, Jas") is no
# sentence of the writer's.
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
_SIGN_OFF = 3  # words


def warm_after(text: str, at: int, quote: str) -> bool:
    """True when each sentence from `at` is a sign-off, or warm and free of `quote`'s words."""
    from coach.tone_vader import compound

    for m in _SENTENCE.finditer(text, at):
        words = m.group()
        if len(_WORDS.findall(words)) <= _SIGN_OFF:
            continue
        if compound(words) <= 0 or stems(words) & stems(quote):
            return False
    return True
