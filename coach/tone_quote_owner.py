"""Whose words a quote is: the writer's own, a third party's, theirs, or nobody named."""

from __future__ import annotations

import re

from coach.tone_quote_foreign import (
    THIRD_BY_WORDS,
    applied_to_them,
    foreign,
    foreign_spans,
    inside,
)
from coach.tone_quote_own_case import carrying
from coach.tone_quote_saying import general, saying_frame, set_apart, they_among_own_after, turned
from coach.tone_reach import before_start
from coach.tone_referent import own_person_before

WRITER = "writer"
THIRD = "third"
THEM = "them"
UNNAMED = "unnamed"

# Why read the speaker at all: a quote only sneers when it hands the
# reader's own words back to them. The writer quoting their own slip ("I
# said 'lecture' instead of 'reading'"), a word about themselves, their gran,
# a song or a proverb quotes nobody the reply is aimed at.

_SPEECH = (
    r"(?:said|say|says|saying|wrote|write|writes|called|call|answered|replied|told|tell|put\s+it"
    r"|described|describe|mentioned|joked|asked|meant|used\s+to\s+say|likes?\s+to\s+say|liked\s+to\s+say"
    r"|would\s+say|always\s+says?|taught|teaches)"
)
# The writer speaking, in the past: "I said", "I'd even practised saying",
# "I called it", "my own words", "forgot the word". Not "I was told" (their
# words), nor "I'd say" or "my answer was" (a jab now, in the writer's voice).
_BY_WRITER = (
    r"\bi(?:['’]d|['’]ve|\s+had|\s+have)?\s+(?:\w+ly\s+|even\s+|just\s+|once\s+|also\s+|then\s+)?"
    r"(?:said|wrote|called|answered|replied|typed|mixed\s+up|meant|joked"
    r"|(?:practi[sc]ed|kept|keep|started|tried|am|was|been)\s+saying|described\s+(?:myself|it)"
    r"|(?:told|warned|did\s+(?:say|tell|warn))\s+(?:you|the\s+panel|them|her|him))\b"
    r"(?!\s+(?:me|that\s+you))"
    r"|\bmy\s+(?:own\s+)?(?:words|joke|slip|mistake|accent|pronunciation|tongue|three\s+words)\b"
    r"|\bforg[eo]t\w*\b"
)
# Someone of the writer's own as the speaker, a saying, a song or a book:
# "my nan says", "a friend told me", "as we say in Portugal", "the proverb".
# Only as the speaker: "I told my wife about your 'exciting journey'" is theirs.
# Not "as they say": it frames sarcasm as often as a saying.
_PEOPLE = (
    r"(?:mum|mom|mam|mother|dad|father|gran|granny|grandma|grandmother|nan|nana|nanna|grandad"
    r"|granddad|grandfather|grandpa|abuela|abuelo|avó|avô|wife|husband|partner|sister|brother|son"
    r"|daughter|kids?|child|children|friends?|mates?|mentor|teacher|professor|tutor|coach|aunt|auntie"
    r"|uncle|cousin|colleagues?|boss|manager|supervisor|lecturer|pastor|priest|neighbou?r|flatmate"
    r"|pupils?|students?|family|parents?|people|chef|instructor|trainer|captain|sergeant|conductor"
    r"|headteacher|head|nurse|doctor|gp|sensei|therapist|counsell?or|godmother|godfather)"
)
# Describing words, a name, a place or a clause may sit around the person
# ("my old band teacher", "my year nine maths teacher, Mrs Price,", "my first
# manager in Tokyo", "my Spanish teacher, who was 80,", "a wise colleague of
# mine", "a barista I used to work with"): still the writer's own people.
_DESCRIBED = r"(?:[\w'’-]+\s+){0,5}?"
_CAPITAL = r"(?-i:[A-Z][\w'’-]+)"
_NAMED = (
    r"(?:,?\s+(?-i:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Coach|Sister)\.?\s+)?"
    + _CAPITAL
    + r"(?:\s+"
    + _CAPITAL
    + r")?,?)?"
)
_AROUND = (
    r"(?:\s+(?:in|at|from|back\s+in)\s+(?:[\w'’-]+\s*){1,3}?)?"  # "in Tokyo"
    r"(?:\s+of\s+(?:mine|ours)|\s+i\s+(?:used\s+to\s+|once\s+)?\w+\s+with)?"  # "of mine"
    + _NAMED
    + r"(?:,?\s+who\s+[^,.!?\"“‘]{1,80},|\s+who)?"  # ", who was 80," / "who"
)
_A_PERSON = (
    r"(?:friend|mentor|teacher|professor|tutor|coach|pupil|student|colleague|neighbou?r"
    r"|headmaster|headmistress|manager|boss|barista|chef|instructor|trainer|captain)"
)
# A saying held, in any tense: "my mum has this line", "had a saying".
_HABIT = (
    r"(?:(?:always\s+|often\s+)?(?:used\s+to\s+(?:say|tell\s+(?:me|us))|would\s+(?:always\s+)?say"
    r"|liked\s+to\s+say|likes\s+to\s+say|(?:has|had)\s+(?:a|this|that|one)\s+(?:favourite\s+)?"
    r"(?:saying|line|phrase|motto|mantra|proverb|rule))|always\s+(?:said|says|told\s+(?:me|us)))\b"
)
_BY_THIRD = (
    r"\b(?:(?:my|our)\s+"
    + _DESCRIBED
    + _PEOPLE
    + _AROUND
    + r"|(?:a|an|one)\s+"
    + _DESCRIBED
    + _A_PERSON
    + r"(?:\s+of\s+(?:mine|ours)|\s+i\s+(?:used\s+to\s+|once\s+)?\w+\s+with)"
    + _NAMED
    + r"(?:,?\s+who\s+[^,.!?\"“‘]{1,80},|\s+who)?"
    + r"|(?:a|an|one)\s+"
    + _DESCRIBED
    + r"(?:friend|mentor|teacher|professor|tutor|coach|pupil|student|colleague|neighbou?r"
    r"|headmaster|headmistress)(?:\s+who)?"
    + r"|the\s+(?:(?:old|former|wise|good|close|little|\w+\d\w*)\s+)*"
    r"(?:friend|mentor|teacher|professor|tutor|coach|pupil|student|colleague|neighbou?r))"
    # The person must be the one speaking, not merely named near the quote.
    r"(?:['’]s\s+(?:\w+\s+)?(?:words|advice|prediction|motto|line|saying|phrase|proverb"
    r"|expression|mantra|voice|rule)"
    r"|\s+(?:\w+\s+)?(?:always\s+|often\s+|once\s+)?(?:says|said|tells|told|used\s+to\s+(?:say|tell)"
    r"|likes\s+to\s+say|liked\s+to\s+say|would\s+say|calls|called|joked|asked|sang|wrote"
    r"|put\s+it))\b"
    # "In the words of a wise mentor of mine, '...'": a person of the writer's as the source.
    r"|\bin\s+the\s+words\s+of\s+(?:my|our|a|an)\s+"
    + _DESCRIBED
    + r"(?:"
    + _PEOPLE
    + r"|"
    + _A_PERSON
    + r")\b"
    # A saying is a third party's however the writer brings it in: anyone of
    # theirs who "used to say" or "always said" it ("as my nonna used to say",
    # "my old skipper always said", "as Grandpa Joe would say"). Their people
    # speak habitually; the reader's words were said once, to the writer.
    r"|\b(?:my|our)\s+(?:(?!(?:you|your|they|their|them)\b)[\w'’-]+\s+){1,4}?"
    + _HABIT
    + r"|\bas\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?\s+"
    + _HABIT
    + r"|\bas\s+(?:we|people)\s+say\b|\b(?:a|an|the|that|old|our)\s+saying\b"
    r"|\b(?:proverb|expression|idiom|song|book|film|movie|poem|lyrics?|quote\s+from|sang|singing"
    r"|sings)\b"
    # The writer names the words as their people's, or another language's:
    # "we say in Egypt", "what the English would call", "an Afrikaans saying".
    r"|" + THIRD_BY_WORDS
)
# Them: the reader, their company and its people, what they wrote or
# published, or words the writer was given ("I was told", "I was described").
_BY_THEM = (
    r"\b(?:you|your|yours|you['’]d|you['’]ve|you['’]re)\b"
    r"|\b(?:the|this|that|an?)\s+(?:\w+\s+)?(?:panel|recruiters?|interviewers?|committee|board"
    r"|hiring\s+manager|company|firm|team|school|council|hr|advert|ad|job\s+ad|job\s+post|posting"
    r"|listing|careers?\s+page|website|email|letter|feedback|rejection|organi[sz]ation|employer"
    r"|agency|practice|department|trust|manager|director|owner|founder|ceo|studio|office)\b"
    r"|\b(?:was|were|be|been|being|am|are|is)\s+(?:\w+ly\s+)?(?:told|described|called|informed|assured"
    r"|promised|labelled|labeled|deemed|judged|considered|rejected|found|seen)\b"
    r"|\b(?:they|he|she)\s+(?:\w+\s+)?" + _SPEECH + r"\b"
)
_CUES = re.compile(
    f"(?P<{WRITER}>{_BY_WRITER})|(?P<{THIRD}>{_BY_THIRD})|(?P<{THEM}>{_BY_THEM})", re.IGNORECASE
)
# A word the writer puts on themselves: "an 'old' teacher like me", "call
# me 'old-fashioned'". Not "I'm 'overqualified'": that is mostly their label.
_SELF_BEFORE = re.compile(
    r"\b(?:call\s+me|i\s+(?:consider|call|describe)\s+myself(?:\s+as)?)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
_SELF_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}(?:like\s+me|like\s+myself|such\s+as\s+me|as\s+i\s+(?:am|call))\b",
    re.IGNORECASE,
)
# A speaker named after the quote: "'...,' you said", "'...,' as my gran says".
_AFTER = re.compile(
    r"[\"”'’]?\s*,?\s*(?:as\s+)?(?P<who>(?:my|our)\s+(?:\w+\s+)?"
    + _PEOPLE
    + r"|you|they|i|the\s+\w+)"
    r"\s+(?:" + _SPEECH + r"|put\s+it)\b",
    re.IGNORECASE,
)


def owner(text: str, start: int, end: int, sentence: tuple[int, int]) -> str:
    """Whose words the quote at text[start:end] are: WRITER, THIRD, THEM or UNNAMED.

    A third party's saying the writer applies to them ("'the fish rots from
    the head', and your management proves it") is aimed at them: THEM.
    """
    whose = _speaker(text, start, end, sentence)
    if whose == THIRD and applied_to_them(text, start, end, sentence):
        return THEM
    return whose


def _speaker(text: str, start: int, end: int, sentence: tuple[int, int]) -> str:
    """Who speaks the quote at text[start:end]: WRITER, THIRD, THEM or UNNAMED.

    A quote in another language, or the translation after one
    (coach/tone_quote_foreign.py), or a word the writer puts on themselves
    ("an 'old' teacher like me"), is not theirs. Otherwise the nearest
    speaker named before the quote in its sentence decides; with none, a
    speaker named right after it ("'...,' you said"); then "call me '...'";
    then a saying named just after it, or in the sentence before.
    """
    s_start, s_end = sentence
    if foreign(text[start + 1 : end - 1]) or inside(foreign_spans(text), start, end):
        return THIRD
    if _SELF_AFTER.match(text, end, s_end):
        return WRITER
    before = text[s_start:start]
    # A saying by its kind (coach/tone_quote_saying.py), brought in as one or
    # with nobody named as its speaker: a third party's, unless the reader is
    # named ("you told me '...', right?") or the reply turns it on them.
    if general(text[start + 1 : end - 1]) and set_apart(text, start, end, sentence):
        speaker = _AFTER.match(text, end, s_end)
        theirs = speaker is not None and not speaker.group("who").lower().startswith(("my", "our"))
        framed = _nearest(saying_frame(before)) is None
        carried = None
        if not framed or theirs:
            # "They" among the writer's own people, with the saying carried
            # on to the writer's own case (coach/tone_quote_saying.py).
            among = _nearest(saying_frame(before, among_own=True)) is None and (
                not theirs or they_among_own_after(text, end, s_end)
            )
            carried = carrying(text, start, end) if among else None
            if carried:
                framed, theirs = True, False
        if framed and not theirs and not turned(text, start, end, sentence, carried):
            return THIRD
    nearest = _nearest(before)
    # One of the writer's own people, unless the writer takes the words up: "He is right."
    if (
        nearest == THEM
        and _own_person_speaks(text, s_start, before)
        and not _ENDORSED.match(text, end)
        and not _OF_THEM.search(_STOCK_COMFORT.sub(" ", text[start:end]))
        and not _AIMED_AFTER.search(_after_quote(text, end))
    ):
        return THIRD
    if nearest:
        return nearest
    after = _AFTER.match(text, end, s_end)
    if after:
        who = after.group("who").lower()
        if who == "i":
            return WRITER
        if who.startswith(("my", "our")):
            return THIRD
        return THEM
    if _SELF_BEFORE.search(before):
        return WRITER
    return THIRD if _named_around(text, start, end, sentence) else UNNAMED


# Just after the quote, past a translation in brackets or quotes of its own.
_NEAR_AFTER = re.compile(
    r"""(?:\s*\([^)]{0,120}\)|\s*[,:]?\s*["“][^"”]{0,120}["”])?[^.!?\n]{0,50}"""
)
# Around the quote only a saying named as one counts ("as we say at home",
# "is an old Yoruba proverb", "My gran had a saying."), or one of the
# writer's people speaking; not a bare "expression" ("'we'll call you' is
# more of a poetic expression" is a jab).
_SAYING_NAMED = re.compile(
    THIRD_BY_WORDS
    + r"|\b(?:a|an|the|that|old|our|one)\s+(?:[\w'’-]+\s+){0,3}?(?:saying|proverb)\b"
    + r"|\b(?:my|our)\s+"
    + _DESCRIBED
    + _PEOPLE
    + _AROUND
    + r"\s+(?:\w+\s+)?(?:always\s+|often\s+|once\s+)?(?:says|said|tells|told"
    r"|used\s+to\s+(?:say|tell)|likes\s+to\s+say|liked\s+to\s+say|would\s+say|had\s+a\s+saying|put\s+it)\b",
    re.IGNORECASE,
)
_OPENS = re.compile(r"[\s\"“‘'(\-—–]*")


# The writer agreeing, straight after: the words are handed on as the writer's own.
_ENDORSED = re.compile(
    r"[\"”’',.!\s]*(?:(?:and\s+)?(?:he|she|they)(?:['’]s|\s+is|\s+was|\s+are)\s+(?:\w+\s+)?"
    r"(?:right|correct|wrong|spot\s+on)|(?:and\s+)?i\s+(?:\w+\s+)?agree|agreed|spot\s+on|so\s+true"
    r"|too\s+right|quite\s+right|exactly|true|correct|(?:i\s+)?can['’]t\s+argue|hard\s+to\s+argue"
    r"|couldn['’]t\s+agree)\b",
    re.IGNORECASE,
)
# Comfort for the writer, not a verdict on them passed on: words that speak of
# them ("they hire their mates", "that firm is going downhill") stay theirs to
# answer for; only the stock "their loss" may name them.
_STOCK_COMFORT = re.compile(r"\btheir\s+loss\b", re.IGNORECASE)
_OF_THEM = re.compile(
    r"\b(?:they|they['’]\w+|them|their|theirs|firm|company|place|panel|manager|boss|lot|people"
    r"|outfit|management|hr)\b",
    re.IGNORECASE,
)
# Nor aimed at them just after: "... in a bow tie." She met your director once.'
_AIMED_AFTER = re.compile(
    r"\b(?:you|your|yours|they|they['’]\w+|them|their|firm|company|panel|manager|boss|director"
    r"|interview\w*|hr|management|chap|man|woman|guy|bloke|lady|person)\b",
    re.IGNORECASE,
)
_NEXT_STOP = re.compile(r"[.!?](?=\s)|\n")


def _after_quote(text: str, end: int) -> str:
    """The rest of the quote's sentence and the sentence after it."""
    first = _NEXT_STOP.search(text, end + 1)
    if first is None:
        return text[end:]
    second = _NEXT_STOP.search(text, first.end())
    return text[end : second.start() if second else len(text)]


_PRONOUN_SPEAKS = re.compile(r"(?:he|she)\s+(?:\w+\s+)?" + _SPEECH, re.IGNORECASE)


def passed_on(text: str, start: int, end: int, s_start: int) -> bool:
    """True when one of the writer's own people said the quote and the writer hands it on.

    "I told my dad and he said, '...they hire their mates.' He'd know." The
    words speak of them, or the writer aims them at them or agrees after:
    the writer's own act, whoever said it first (s_start: its sentence's start).
    """
    before = text[s_start:start]
    if _nearest(before) != THEM or not _own_person_speaks(text, s_start, before):
        return False
    return bool(
        _ENDORSED.match(text, end)
        or _OF_THEM.search(_STOCK_COMFORT.sub(" ", text[start:end]))
        or _AIMED_AFTER.search(_after_quote(text, end))
    )


def _own_person_speaks(text: str, s_start: int, before: str) -> bool:
    """True when the last speaker before a quote is "he" or "she" standing for the writer's own.

    "I told my husband last night and he said: '...'": the husband's words.
    """
    last = None
    for last in _CUES.finditer(before):  # noqa: B007 - the last cue is the nearest
        pass
    if last is None or not _PRONOUN_SPEAKS.fullmatch(last.group()):
        return False
    return own_person_before(text, s_start + last.start())


def _nearest(stretch: str) -> str | None:
    """The owner the last cue in `stretch` names, if any."""
    last = None
    for last in _CUES.finditer(stretch):  # noqa: B007 - the last cue is the nearest
        pass
    return last.lastgroup if last is not None else None


def _named_around(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True when a saying with no speaker before it is named one just after, or the sentence before.

    "'Haba na haba hujaza kibaba', as we say at home", "'...' is an old
    Yoruba saying", or "My grandmother had a saying. 'Slowly fills the
    pot.'": a third party's, unless the rest of its sentence names them.
    """
    s_start, s_end = sentence
    near = _NEAR_AFTER.match(text, end, s_end)
    if any(m.lastgroup == THEM for m in _CUES.finditer(text, end, s_end)):
        return False
    if near and _SAYING_NAMED.search(near.group()):
        return True
    if _OPENS.fullmatch(text, s_start, start) is None or s_start == 0:
        return False
    left = max(text.rfind(c, 0, s_start - 1) for c in ".!?\n") + 1
    left = before_start(text, left, start)  # no further back than a quote is read
    told = None
    for told in _SAYING_NAMED.finditer(text, left, s_start):  # noqa: B007 - the last one
        pass
    # The saying named, and no word of theirs after it in that sentence.
    return told is not None and _nearest(text[told.end() : s_start]) in (None, THIRD)
