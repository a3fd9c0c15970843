"""A quote the writer applies to their own case: its words said again of something of theirs."""

from __future__ import annotations

import re

from coach.tone_quote_kept import _SOUR, rest_and_next
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
# Where a repeat blocks rather than keeps, a looser stem: "waited" is "wait" again.
_LOOSE_STEM = 4


def stems(words: str, cut: int = _STEM) -> set[str]:
    """The content words of `words`, cut to a common stem of `cut` letters."""
    return {w.lower()[:cut] for w in _WORD.findall(words) if w.lower() not in _COMMON}


def carrying(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the writer says the saying at text[start:end] again of their own case, if they do.

    The sentence doing it (the quote's own, or the next); None when no clause
    does, or when anything after it turns back on the words (warm_after).
    """
    quote = text[start + 1 : end - 1]
    rest, after = rest_and_next(text, end)
    after_at = text.find(after, end + len(rest)) if after else end + len(rest)
    parts = [(rest, end, end + len(rest)), (after, after_at, after_at + len(after))]
    for words, begin, stop in parts:
        for clause in _CLAUSE.findall(words):
            if _own_case(clause, quote):
                # A turn anywhere in the carrying sentence takes it back ("My talk
                # was cheap too, apparently.").
                if _SOUR.search(words) or TURN.search(words):
                    return None
                return (begin, stop) if warm_after(text, stop, quote) else None
    return None


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
# combination.") or wishes them well with a barb a VADER score cannot see
# ("I hope your second choice works out beautifully", "Best wishes to the
# team and your very lucky nephew"). So after the carrying the writer only
# closes: a sign-off of a few words, or a short set good wish
# (coach/tone_wish.py) or thanks. It reads warm, holds no turn word, says none
# of the quote's words again, and does not wish them well with the decision
# itself ("All the best with your choice").
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
_SIGN_OFF = 3  # words: "Best, Jas"
_SHORT_CLOSE = 6  # words: "Best of luck to the team.", "Thank you for a lovely chat."
_THANKS = re.compile(
    r"\W*(?:thank\s+you|thanks|many\s+thanks|i['’]m\s+grateful|i\s+am\s+grateful|i\s+appreciate)\b",
    re.IGNORECASE,
)
_DECISION = re.compile(
    r"\b(?:choices?|chose|chosen|decisions?|pick|picked|hires?|hired|hiring|selection)\b",
    re.IGNORECASE,
)


def warm_after(text: str, at: int, quote: str) -> bool:
    """True when `text` from `at` only closes: sign-offs, short set good wishes and thanks."""
    from coach.tone_vader import compound
    from coach.tone_wish import plain_wish

    for m in _SENTENCE.finditer(text, at):
        words = m.group()
        count = len(_WORDS.findall(words))
        if count <= _SIGN_OFF:
            continue
        if count > _SHORT_CLOSE or _SOUR.search(words) or _DECISION.search(words):
            return False
        if not (plain_wish(words) or (_THANKS.match(words) and compound(words) > 0)):
            return False
        if stems(words, _LOOSE_STEM) & stems(quote, _LOOSE_STEM):
            return False
    return True


def said_again(text: str, quote: str, skip: tuple[int, int]) -> bool:
    """True when a sentence of `text` outside `skip` says one of the quote's words again."""
    own = stems(quote, _LOOSE_STEM)
    return any(
        stems(m.group(), _LOOSE_STEM) & own
        for m in _SENTENCE.finditer(text)
        if m.end() <= skip[0] or skip[1] <= m.start()
    )
