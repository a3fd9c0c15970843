"""A sentence VADER scores as strongly negative reads as hostile: the fallback for anger."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from coach.tone_name_shape import without_names
from coach.tone_overlaps import Overlaps
from coach.tone_quote_foreign import in_english
from coach.tone_span import Span
from coach.tone_words import words

if TYPE_CHECKING:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

# VADER compound score at or below which a sentence reads as hostile, tuned on
# the dev half: honest sadness ("I'm sad it didn't work out") stays above it
# once rejection words are damped (see _DAMPED).
ANGER_COMPOUND = -0.6

# Words a rejection reply uses honestly ("disappointed", "unfortunately").
# VADER scores them as strongly negative; at full weight they would flag the
# gracious replies the brief asks for, so they count for a third.
_DAMPED = words(
    """disappointed disappointing disappointment rejection rejected reject
    rejecting unfortunately unfortunate unsuccessful sad sadly sadness miss
    missed missing lost lose losing fail failed failing failure hard tough
    sorry regret regrets upset hurt hurts sting stings nervous struggled
    struggle mistake mistakes bad badly shame pity worried worry worries
    difficult stress stressed gutted bummed blank nerves"""
)
_DAMPING = 1 / 3

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
# A sentence about the writer alone ("I was so nervous") is sadness, not hostility.
_ABOUT_THEM = re.compile(
    r"\b(?:you|your|you're|you've|they|their|them|team|company|process|panel|recruiter"
    r"|interviewer|manager|decision|hiring|test|task|people|whoever|nobody)\b",
    re.IGNORECASE,
)
# The same words searched in an ASCII sentence in lower case: its letters, the
# apostrophe and \b are all it reads, so it finds what ignoring case finds there,
# at a third of the cost (0.035 against 0.095 ms a draft, every sentence searched).
_ABOUT_THEM_LOWER = re.compile(_ABOUT_THEM.pattern)


# Words in capitals that insist, plead or count rather than stress warmth:
# "That is NOT fair", "PLEASE reconsider", "I revised for FOUR weeks".
_INSISTING = words(
    """please not no never nothing nobody none neither nor every everything everyone all always
    any anything only ever why still again even one two three four five six seven eight
    nine ten twelve twenty hundred"""
)
# In the sentence around it, words that take the warmth back ("thanks SO much for nothing").
_TAKEN_BACK = words("nothing nobody none never")
# A warm sentence: VADER's compound at or above this with the stressed word in
# lower case ("Thank you SO much for your email." scores 0.36).
WARM_COMPOUND = 0.3
_WARM_MIN_WORDS = 3  # "WOW, ok." is a whole sentence in capitals, not a stressed word


@functools.cache
def analyzer() -> SentimentIntensityAnalyzer:
    """VADER with rejection words damped; built once, on first use."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    built = SentimentIntensityAnalyzer()
    built.lexicon = {
        word: score * _DAMPING if word in _DAMPED else score
        for word, score in built.lexicon.items()
    }
    return built


# The quote rules ask the same quoted words again for each quote they weigh.
@functools.cache
def compound(words: str) -> float:
    """VADER's compound score of `words`."""
    return analyzer().polarity_scores(words)["compound"]


@functools.cache
def _negations() -> frozenset[str]:
    from vaderSentiment.vaderSentiment import NEGATE

    # "no" and "least" flip the next word's valence too (VADER's own checks).
    return frozenset(NEGATE) | {"no", "least"}


def could_be_negative(sentence: str, tokens: list[str]) -> bool:
    """False when VADER cannot score the sentence below zero, so it can be skipped.

    VADER only goes negative through a negative lexicon word, a negation that
    flips a positive one, or an emoji whose description is negative.
    """
    if not sentence.isascii():
        return True
    lexicon, negations = analyzer().lexicon, _negations()
    return any(lexicon.get(w, 0) < 0 or w in negations or "n't" in w or "n’t" in w for w in tokens)


# Kept for a few drafts: the rules' veto, the model and the hostile check each
# read one draft's sentences (0.035 ms a pass on the bench's real drafts).
@functools.lru_cache(maxsize=16)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Start and end of each sentence or line."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return tuple(out)


def hostile_sentences(text: str, claimed: list[Span]) -> list[Span]:
    """Sentences about them that VADER scores as hostile, pointing at the worst word."""
    scorer = analyzer()
    lexicon = scorer.lexicon
    spans: list[Span] = []
    taken = Overlaps(claimed)
    # A proverb from home and its translation are not the writer's English:
    # Dutch "die" is "the", and "who does not dare, does not win" is the saying's.
    # And a harsh noun opening a name is no hostility: "the disaster response team".
    english = without_names(in_english(text))
    for start, end in sentences(text):
        if taken.any(start, end):
            continue  # a rule already explains this sentence better
        sentence = english[start:end]
        # Asked first: most sentences are about the writer, and one search
        # costs less than reading every word (the order changes no answer).
        # (One search of the whole draft, then a look-up per sentence, was
        # slower: it also reads the sentences a rule already explains.)
        about = (
            _ABOUT_THEM_LOWER.search(sentence.lower())
            if sentence.isascii()
            else _ABOUT_THEM.search(sentence)
        )
        if not about:
            continue
        # VADER strips quotes from words ("'avoid'"); so must the shortcut.
        tokens = [(m, m.group().lower().strip("'’")) for m in _TOKEN.finditer(sentence)]
        # Most sentences of a gracious reply cannot score below zero; not
        # running VADER on them is what keeps the check cheap.
        if not tokens or not could_be_negative(sentence, [w for _, w in tokens]):
            continue
        compound = scorer.polarity_scores(sentence)["compound"]
        if compound > ANGER_COMPOUND:
            continue
        worst = min(tokens, key=lambda t: lexicon.get(t[1], 0))[0]
        reason = f"this sentence reads as hostile overall (VADER {compound:+.2f})"
        suggestion = "Say how it felt without blame: 'I was disappointed by the outcome.'"
        spans.append(Span(start + worst.start(), start + worst.end(), "anger", reason, suggestion))
    return spans


def warm_emphasis(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a word or two in capitals stressing a warm sentence.

    "I was SUPER nervous, so I'm just proud I got to the last round", "Thank
    you SO much for your email", "THANK YOU for such a kind call", "the
    challenge was HARD, in the best way": stress, not shouting. "That is NOT
    fair", "Thank you for NOTHING", a word with a grievance around it, and a
    sentence with other words in capitals still read as shouting.
    """
    word = text[start:end]
    stressed = word.split(" ")
    if not word.isupper() or len(stressed) > 2 or not all(w.isalpha() for w in stressed):
        return False
    lower = word.lower()
    scorer = analyzer()
    if any(w in _INSISTING or scorer.lexicon.get(w, 0.0) <= -1.0 for w in lower.split(" ")):
        return False
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    sentence = text[left:start] + lower + text[end:right]
    tokens = [t.lower() for t in _TOKEN.findall(sentence)]
    if len(tokens) < _WARM_MIN_WORDS or any(
        t.isupper() and len(t) > 1 for t in _TOKEN.findall(sentence)
    ):
        return False  # too short to be stress inside a sentence, or more capitals
    if any(scorer.lexicon.get(t, 0.0) <= -1.0 or t in _TAKEN_BACK for t in tokens):
        return False  # "SUPER happy to be ignored", "thanks SO much for nothing"
    return scorer.polarity_scores(sentence)["compound"] >= WARM_COMPOUND
