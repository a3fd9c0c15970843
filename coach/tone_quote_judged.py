"""Their words judged warmly in the next sentence, in a reply that complains nowhere."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from coach.tone_quote_turn import TURN
from coach.tone_reach import after_end

# Why read the judgement and not a list of uptake forms: a writer judges the
# words they keep in forms no list holds ("You said the children 'didn't want
# it to end'. That is the best review I've ever had."). The same warm
# judgement is the sneer's second half when the reply complains around it,
# when thanks framed the quote (q16: mock as often as not), or when the words
# judged are a fault. So all of these must be absent, not only a turn.

# The next sentence judges the quote: "That is...", "It was...", "Those words
# are...". The writer acting on "that" ("I will take that.") is not read here:
# held out it lost more anger than it freed (k20).
_JUDGEMENT = re.compile(
    r"(?:that|this|it|those\s+words|these\s+words)(?:['’]s|\s+(?:is|was|are|were))\b", re.I
)
# No doubt or refusal in the judgement: "That is not what I heard".
_NEGATED = re.compile(r"\b(?:not|no|never|nothing)\b|n['’]t\b", re.I)
# What a gracious reply never holds: a sneer's markers, blame, a question.
_SNEER = re.compile(
    r"\b(?:apparently|clearly|obviously|surely|of\s+course|as\s+if|iron(?:y|ic\w*)|jokes?"
    r"|shame|pity|unpaid|for\s+free|ghost\w*|excuses?|wast\w+|insult\w*|unfair\w*|rude\w*"
    r"|disrespect\w*|laugh\w*|funny|interesting|strange|whoever|somehow|compliment)\b|\?",
    re.I,
)
# A contrast must turn towards warmth ("I'm disappointed, but I feel lucky to
# have met such a warm team"); one that turns away is the complaint.
_CONTRAST = re.compile(r"\b(?:but|yet|though|although|however|still|whereas)\b", re.I)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_WORD = re.compile(r"[A-Za-z]")
_MAX_WORDS = 16  # a judgement is short; a long sentence after is the reply going on
# Words on the writer that read negative at all are a fault found; words on
# anyone else must read clearly negative ("didn't want it to end" is praise).
_ON_WRITER = re.compile(r"\b(?:me|my|i|i['’]m|i['’]ve|myself)\b[^\"“‘.!?]{0,60}$", re.I)


def _score(words: str) -> float:
    """VADER's compound score of `words`."""
    from coach.tone_vader import compound

    return compound(words)


def _hurts(text: str, start: int, end: int, quote_sentence: tuple[int, int]) -> bool:
    """True when the quoted words hurt: negative on the writer, clearly negative on others."""
    score = _score(text[start + 1 : end - 1])
    on_writer = _ON_WRITER.search(text, quote_sentence[0], start)
    return score < 0 if on_writer else score <= -0.3


def _next_sentence(text: str, end: int) -> tuple[str, int] | None:
    """The sentence after the quote and where it ends, when the quote closes its own sentence.

    Read only as far as the quote's readers go (coach/tone_reach.py).
    """
    far = after_end(text, end)
    tail = re.compile(r"[^.!?\n]*").match(text, end, far)
    stop = tail.end() if tail else end
    if _WORD.search(text, end, stop):
        return None  # the quote's sentence goes on: its own uptake is read elsewhere
    m = _SENTENCE.search(text, stop, far)
    if m is None:
        return None
    return m.group().strip(), m.end()


def gracious(text: str, skip: tuple[int, int]) -> bool:
    """True when no sentence of `text` outside `skip` complains, blames or sneers."""
    return all(skip[0] < end and start < skip[1] for start, end in complaining_sentences(text))


def _below_zero(score: float) -> bool:
    return score < 0


# Read once a draft: every quote in it asks, and asking sentence by sentence
# for each made a draft of many quotes quadratic (7 KB took 1.5 s).
@functools.lru_cache(maxsize=16)
def complaining_sentences(
    text: str, reads_negative: Callable[[float], bool] = _below_zero
) -> tuple[tuple[int, int], ...]:
    """Where the sentences of `text` that complain are.

    A sentence complains when `reads_negative` holds for its VADER score, it
    holds a sneer's marker or a question, or it turns by a contrast to words
    that are not warm. Pass a module-level function: it keys the cache.
    """
    found = []
    for m in _SENTENCE.finditer(text):
        words = m.group()
        if not _WORD.search(words):
            continue
        if (
            _SNEER.search(words)
            or reads_negative(_score(words))
            or any(_score(words[turn.end() :]) <= 0 for turn in _CONTRAST.finditer(words))
        ):
            found.append((m.start(), m.end()))
    return tuple(found)


def judged_next(text: str, start: int, end: int, quote_sentence: tuple[int, int]) -> bool:
    """True when the sentence after the quote judges it warmly and the reply complains nowhere."""
    from coach.tone_quote_kept import _MOCK_FRAME  # that module imports this one's neighbours

    if _hurts(text, start, end, quote_sentence):
        return False
    if _MOCK_FRAME.search(text, quote_sentence[0], start):
        return False
    found = _next_sentence(text, end)
    if found is None:
        return False
    after, after_end = found
    if len(after.split()) > _MAX_WORDS or not _JUDGEMENT.match(after):
        return False
    if TURN.search(after) or _NEGATED.search(after) or _SNEER.search(after):
        return False
    if _score(after) <= 0:  # a judgement must read warm; "That is the policy." does not
        return False
    return gracious(text, (quote_sentence[0], after_end))


# Their words set apart, then a dash and the writer's reaction in the same
# sentence ('"Come back in the spring" - I will.'): the dash opens the
# writer's answer as a new sentence would, so it is read as the judgement is.
_DASH = re.compile(r"[.,!?]?[\"”’']\s*[-–—]\s+")
# A bare exclamation after the dash ("wow", "lol", "right", "great, just
# great", "haha, good one") is how the same words are handed back, and reads
# calm or warm to VADER: a reaction of three words or fewer must name the
# writer ("I won't!"), and none may hold the marks of a mock reply ("I'll
# bet", "I'm sure").
_MOCK_REACTION = re.compile(
    r"\b(?:bet|sure|right|wow|lol|lmao|rofl|ha(?:ha)+\w*|yeah|yep|good\s+one|whatever|believe\s+it)\b",
    re.I,
)
_WRITER = re.compile(r"\b(?:i|i['’](?:ll|m|ve|d)|me|my|we|we['’](?:ll|re|ve))\b", re.I)
_SHORT = 3


def dash_reaction(text: str, start: int, end: int, quote_sentence: tuple[int, int]) -> bool:
    """True when a dash after the quote opens a reaction that is not cold, in a gracious reply."""
    from coach.tone_quote_kept import _MOCK_FRAME

    m = _DASH.match(text, end - 1)
    if m is None or _hurts(text, start, end, quote_sentence):
        return False
    if _MOCK_FRAME.search(text, quote_sentence[0], start):
        return False
    reaction = text[m.end() : quote_sentence[1]]
    if _MOCK_REACTION.search(reaction):
        return False
    if len(reaction.split()) <= _SHORT and not _WRITER.search(reaction):
        return False
    if _SNEER.search(reaction) or _score(reaction) < 0:
        return False
    return gracious(text, quote_sentence)
