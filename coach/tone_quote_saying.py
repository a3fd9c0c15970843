"""A quote's kind: a saying the writer lives by, read by its words before by its speaker."""

from __future__ import annotations

import re

# Why read what a quote holds before whose it is: a saying, motto or proverb
# is general. It names nobody here (no "you", "we" or "I" aimed at this
# reply) and nothing of this process (no job, interview or decision), and it
# is a clause of its own: an order ("Keep going", "Always be learning"), a
# timeless present ("What is meant for you will not pass you by"), or a
# pair set side by side ("Fall seven times, stand up eight"). Their words
# handed back are nearly always about the writer or the process ("not the
# right fit", "we'll be in touch", "a strong field of candidates"). So a
# general clause the writer brings in as a saying ('... right?', '... and all
# that', "as they say", "as my gran says") is theirs to keep, unless the
# reply turns it on the reader.

# Who a quote may name and still be general: nobody. Generic "you" is kept
# only for a saying a person of the writer's own speaks (the caller asks).
_PERSONAL = re.compile(
    r"\b(?:you|your|yours|yourself|you['’](?:re|ve|ll|d)|we|we['’](?:re|ve|ll|d)|our|ours|us"
    r"|i|i['’](?:m|ve|ll|d)|me|my|mine|myself)\b",
    re.IGNORECASE,
)
_THIRD_PERSON = re.compile(r"\b(?:they|them|their|theirs|he|him|his|she|her|hers)\b", re.IGNORECASE)
# The words of this process: a quote holding one is about the case in hand.
_PROCESS = re.compile(
    r"\b(?:jobs?|roles?|positions?|posts?|vacanc\w+|interview\w*|appl(?:y|ied|ying|ications?"
    r"|icants?)|candidat\w+|decisions?|feedback|teams?|compan\w+|firms?|hir(?:e|ed|es|ing)"
    r"|cv|résumé|resume|offers?|salary|salaries|process|shortlist\w*|panel|recruit\w*"
    r"|opportunit\w+|fit|touch|emails?|letters?|contact|(?:un)?successful|occasion|experience\w*"
    r"|skills?|skillset|qualif\w+|profile|portfolio|organi[sz]ations?|business|department"
    r"|managers?|staff|employ\w*|careers?|office|culture|values|brand|clients?|customers?"
    r"|rejection|reject\w*|field|pool|requirements?|criteria|budget|notice|onboarding)\b",
    re.IGNORECASE,
)
# A clause: a verb of the closed class (be, have, do, the modals), "never",
# "always", "let", "keep", or a word in the timeless present after a word
# that is not an article ("what goes around comes around", "slow and steady
# wins"); or two halves set side by side by a comma.
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|will|won['’]t"
    r"|would|wouldn['’]t|can|can['’]t|cannot|could|should|must|may|might|do|does|did|don['’]t"
    r"|doesn['’]t|didn['’]t|has|have|had|never|always|let|let['’]s|keep|\w+['’]s)\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"\b(?!(?:a|an|the|this|that|these|those|every|each|no|some|any|all|more|less|many|few|two"
    r"|three|four|five|six|seven|eight|nine|ten|twelve|several)\s)[a-z]+\s+"
    r"(?!(?:is|was|has|this|us|thus|plus|yes|less|unless|always|perhaps|its|his|hers|ours|yours)\b)"
    r"[a-z]{2,}[^s\W]?s\s+\w"  # not the last word: "fresh voices" is a noun's plural
)
_PAIR = re.compile(r"^\s*\w+(?:\s+[\w'’-]+){0,5},\s*\w+(?:\s+[\w'’-]+){0,5}[.!?]?\s*$")
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")


def general(words: str, *, generic_you: bool = False) -> bool:
    """True when the quoted words are a saying's kind: a clause naming nobody and nothing here.

    With `generic_you`, "you" may stand for anyone ("what is meant for you will
    not pass you by"): the caller has a person of the writer's own speaking it.
    """
    found = _WORDS.findall(words)
    if not 2 <= len(found) <= 16:
        return False
    if _PROCESS.search(words) or _THIRD_PERSON.search(words):
        return False
    personal = _PERSONAL.findall(words)
    if personal and not (generic_you and all(p.lower().startswith("you") for p in personal)):
        return False
    lower = words.lower()
    return bool(_VERB.search(lower) or _PRESENT.search(lower) or _PAIR.match(words))


# A saying stands on its own: the writer's sentence does not run through it.
# Their words handed back are mostly set inside the writer's own grammar ("I
# 'didn't quite meet the bar'", "someone who 'really understands the
# hustle'", "for 'six months to a year'"); a saying is set apart, opening its
# sentence or after a comma, colon or dash, or after a verb of saying or
# hearing ("I once heard '...'"), and closes it, or only a tag or its
# speaker follows.
_OPEN_BEFORE = re.compile(
    r"""(?:^|[,:;(—–-]|\b(?:said|says|say|saying|heard|read|told\s+(?:me|us)|tells\s+(?:me|us)"""
    r"""|goes|put\s+it|wrote|by|(?:motto|mantra|saying|rule)(?:\s+(?:is|was))?))\s*["“‘']?$""",
    re.IGNORECASE,
)
# A stop inside the closing quote and a capital after it end the sentence
# there, though the sentences are split only at a stop before a space:
# '... used to say, "What is meant for you will not pass you by." I'm sure'.
_CLOSED_AFTER = re.compile(
    r"""[.,!?;:]?["”’']\s*[.,!?;:]?\s*(?:$|[-–—(]|(?:as\s+)?(?:my|our)\s|(?:as|like|so)\s)"""
    r"""|(?<=[.!?])["”’']\s+(?-i:(?=[A-Z]))""",
    re.IGNORECASE,
)


def set_apart(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True when the quote at text[start:end] stands apart from the writer's own sentence."""
    s_start, s_end = sentence
    if not _OPEN_BEFORE.search(text[s_start : start + 1]):
        return False
    closing = text[: max(s_end, end)]
    return bool(_CLOSED_AFTER.match(closing, end - 1) or _TAG_AFTER.match(closing, end - 1))


# A saying is brought in as one: a tag after it ('"..." right?', '"..." and
# all that', "as they say", "as the saying goes") or a frame before it in its
# sentence ("as they say,", "like they say,", "they say", "as someone once
# said"). "As they say" alone frames sarcasm as often as a saying; with
# general words it frames nothing of theirs.
_TAG_AFTER = re.compile(
    r"""[.,!?]?["”'’]\s*[.,!?]?\s*(?:[-–—]\s*)?(?:(?:and|or)\s+)?(?:"""
    r"""right\s*\?|and\s+all\s+that|and\s+so\s+on|and\s+so\s+forth|(?:as|like|so)\s+they\s+say"""
    r"""|they\s+say|as\s+(?:the\s+(?:old\s+)?)?(?:saying|proverb|song)\s+goes"""
    r"""|as\s+(?:people|folks|someone|somebody|some\s+wise\s+\w+|a\s+wise\s+\w+)\s+(?:once\s+)?"""
    r"""(?:say|says|said|put\s+it)|as\s+the\s+\w+\s+(?:say|says)|isn['’]t\s+it\s*\?|eh\s*\?)""",
    re.IGNORECASE,
)
_FRAME_BEFORE = re.compile(
    r"""\b(?:(?:as|like)\s+(?:they|people|folks)\s+say|they\s+say|(?:as|like)\s+the\s+(?:old\s+)?"""
    r"""(?:saying|proverb|song)\s+goes|(?:as\s+)?(?:someone|somebody|a\s+wise\s+\w+)\s+(?:once\s+)?"""
    r"""(?:said|says|put\s+it|told\s+me|wrote)|to\s+quote\s+(?:an?\s+)?(?:old\s+)?(?:saying|proverb)"""
    # Words the writer took from somewhere and lives by: "I once heard", "I
    # read somewhere", "a line I love", "words I live by", "I keep telling
    # myself", "my favourite quote is".
    r"""|i\s+(?:once\s+)?(?:heard|read)(?:\s+(?:somewhere|once|it\s+said))?(?:\s+that)?"""
    r"""|(?:a|one|the)\s+(?:\w+\s+)?(?:line|quote|saying|phrase|motto|mantra)\s+(?:i|we)\s+"""
    r"""(?:\w+\s+)?(?:love|like|live\s+by|swear\s+by|go\s+by|come\s+back\s+to)"""
    r"""|(?:words|the\s+rule)\s+(?:i\s+(?:try\s+to\s+)?)?(?:to\s+)?live\s+by|i\s+(?:try\s+to\s+)?live\s+by"""
    r"""|i\s+(?:always\s+|often\s+|keep\s+|just\s+)?(?:tell|telling|remind|reminding)\s+myself"""
    r"""|my\s+(?:\w+\s+)?(?:favourite|favorite)\s+(?:quote|line|saying)(?:\s+is)?"""
    r"""|(?:was|were)\s+(?:always\s+|often\s+)?(?:taught|raised\s+on)|grew\s+up\s+(?:hearing|on|with)"""
    r"""|(?:was|were)\s+(?:always|often)\s+told"""
    # A speaker by habit, whoever they are: "she always says", "he used to
    # tell us", "my Nani used to say". The reader's words were said once, to the writer.
    r"""|\b(?:he|she|they|(?:my|our)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:always\s+|often\s+|still\s+)?(?:says|used\s+to\s+(?:say|tell\s+\w+)"""
    r"""|would\s+(?:always\s+)?say|always\s+(?:said|told\s+\w+)|tells\s+(?:me|us))"""
    # A named person, not the reader ("as Maya Angelou said", "in the words of Seneca").
    r"""|(?:as|like)\s+(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s+"""
    r"""(?:once\s+)?(?:said|says|wrote|put\s+it)"""
    r"""|(?:in\s+the\s+words\s+of|to\s+quote)\s+(?-i:[A-Z][\w'’.-]+)"""
    r"""(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})"""
    r"""\s*[,:-]?\s*["“‘']?$""",
    re.IGNORECASE,
)


# The greeting: the draft's first line, or its first few words. A speaker
# named there is the reader ("Hi Sarah, ... As Sarah said, '...'").
_GREETING = re.compile(r"[^\n,.!?]{0,40}")
_NAME = re.compile(r"(?<=\s)(?-i:[A-Z][a-z]+)\b")
_FIRST_WORD = re.compile(r"\s*\S+")


def reader_named(text: str, s_start: int, start: int) -> bool:
    """True when a name before the quote in its sentence is the one the greeting addresses."""
    greeting = _GREETING.match(text)
    first = _FIRST_WORD.match(text, s_start, start)  # a sentence's first word is no name
    names = _NAME.findall(text, first.end() if first else s_start, start)
    return greeting is not None and any(n in greeting.group() for n in names)


def saying_frame(before: str, *, among_own: bool = False) -> str:
    """`before` (the quote's sentence up to it) with a saying's frame ("as they say,") blanked.

    With `among_own`, "they" placed among the writer's own people ("as they
    say in our lab,") is blanked too: the caller has the saying carried to
    the writer's own case.
    """
    if among_own:
        before = _THEY_AMONG_OWN.sub(" ", before)
    return _FRAME_BEFORE.sub(" ", before + '"')


# "They" placed among the writer's own people ("as they say in our lab", "like
# they say back home", "as they say where I'm from") may be the writer's own
# people, or a place of the reader's after all ("as they say in our industry"
# of a sour truth): it is taken as the writer's only when the writer carries
# the saying on to their own case (coach/tone_quote_own_case.py), as in "As
# they say in our lab, '...the day's not lost.' Mine feels pretty clean
# still." Not "as they say in HR" or "at your firm": a place of the reader's.
_AMONG_OWN = (
    r"""\s+(?:(?:in|at|on|around|down\s+at|over\s+in|back\s+in)\s+(?:my|our)\s+[\w'’-]+"""
    r"""(?:\s+[\w'’-]+)?|back\s+home|at\s+home|where\s+i(?:['’]m|\s+am|\s+come)\s+from)"""
)
_THEY_AMONG_OWN = re.compile(
    r"""\b(?:as|like)\s+they\s+say""" + _AMONG_OWN + r"""(?=\s*[,:-]?\s*["“‘']?$)""", re.IGNORECASE
)
_THEY_AMONG_OWN_AFTER = re.compile(
    r"""[.,!?]?["”'’]\s*,?\s*(?:as|like)\s+they\s+say""" + _AMONG_OWN + r"\b", re.IGNORECASE
)


def they_among_own_after(text: str, end: int, s_end: int) -> bool:
    """True when "as they say" among the writer's own follows the quote ending at `end`."""
    return bool(_THEY_AMONG_OWN_AFTER.match(text, end - 1, max(s_end, end)))


def tag_end(text: str, end: int, s_end: int) -> int:
    """Where a saying's tag after the quote ending at `end` ends ('... right?'); `end` if none."""
    m = _TAG_AFTER.match(text, end - 1, max(s_end, end))
    return m.end() if m else end


# What in the quote's own sentence turns a saying on the reader: a sneer's
# marker, a contrast or a doubt (coach/tone_quote_turn.py).
_SNEER = re.compile(
    r"\b(?:apparently|clearly|obviously|surely|of\s+course|as\s+if|iron(?:y|ic\w*)|karma"
    r"|deserve\w*|lesson|remember|enjoy|good\s+luck)\b",
    re.IGNORECASE,
)


def turned(
    text: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    carried: tuple[int, int] | None = None,
) -> bool:
    """True when the writer turns the saying at text[start:end] on the reader.

    The reader named as its speaker; around it in its sentence (its frame
    and tag aside), a turn, a sneer's marker, or words that read negative;
    elsewhere in the reply, a sentence that sneers, asks, turns cold after a
    contrast, or reads clearly negative. Sadness is no turn: "I have noted the
    decision with regret. As my grandmother says, '...'" consoles the writer.
    `carried` is the sentence where the writer says the saying again of their
    own case (coach/tone_quote_own_case.py): the writer's uptake, not elsewhere.
    """
    from coach.tone_own_future import SURE_OF_OWN_ROAD, fated
    from coach.tone_quote_judged import complaining_sentences
    from coach.tone_quote_turn import TURN
    from coach.tone_vader import compound

    s_start, s_end = sentence
    if reader_named(text, s_start, start):
        return True
    if judges(text[start + 1 : end - 1]):
        return True
    before = text[s_start:start]
    framed = saying_frame(before)
    after = tag_end(text, end, s_end)
    rest = framed + " " + text[after:s_end]
    # "I'm sure something will come" after a saying of what is meant for one:
    # the writer's own road, the saying's comfort taken up (coach/tone_own_future.py).
    if fated(text[start + 1 : end - 1]):
        rest = SURE_OF_OWN_ROAD.sub(" ", rest)
    if TURN.search(rest) or _SNEER.search(rest) or _SET_AGAINST.match(rest) or compound(rest) < 0:
        return True
    elsewhere = complaining_sentences(text, _clearly_negative)
    skip = [sentence, carried or sentence]
    if any(all(e <= a or b <= s for s, e in skip) for a, b in elsewhere):
        return True
    brought_in = _OWN_VOICE.search(before + " " + text[end:s_end])
    return not brought_in and not own_words(text, sentence, rest)


# A saying kept for comfort or resolve speaks of the writer's own road ("keep
# going", "what's for you won't pass you by", "every no brings a yes"). One
# that sneers, reads clearly negative, or passes a verdict on people or on
# the reader's side ("some people never learn", "cheaters never prosper",
# "HR never listens", "Acme always takes the cheap option") is aimed,
# whoever first said it.
_VERDICT = re.compile(
    r"\b(?:people|folks?|guys|men|women|bosses?|management|leaders?|leadership|corporate|hr"
    r"|executives?|execs?|suits|cheat\w*|liars?|fools|idiots?|stupid\w*|hypocri\w*|greed\w*"
    r"|arrogan\w*|shame\w*|revenge|rot|rots|rotten|rotting|prosper\w*"
    # The sneer's markers that judge ("karma", "deserve"), not those a kind
    # saying uses too ("remember why you started", "enjoy the ride").
    r"|karma|deserve\w*|lessons?|iron(?:y|ic\w*)|as\s+if|apparently|obviously|surely)\b",
    re.IGNORECASE,
)
# A saying set against what came before ("Still, '...'", "But '...'") answers
# the reader: it is no comfort of the writer's own.
_SET_AGAINST = re.compile(r"\W*(?:still|but|yet|however|then\s+again|even\s+so)\b", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:not|no|never|nothing|\w+n['’]t)\b", re.IGNORECASE)
_INNER_NAME = re.compile(r"(?<![.!?]\s)(?<=\s)(?-i:[A-Z][a-z][\w'’-]*)")


def judges(words: str) -> bool:
    """True when a saying's own words sneer, read clearly negative or pass a verdict on others."""
    from coach.tone_vader import compound

    return bool(
        _VERDICT.search(words)
        or _INNER_NAME.search(words)  # a company's or a person's name: this case, not a saying
        # VADER misreads a negated dark word ("delay is not denial" scores
        # -0.32): a saying that denies the dark outcome is comfort, not a verdict.
        or (compound(words) <= _CLEARLY_NEGATIVE and not _DENIED.search(words))
    )


# A saying with nothing else of the writer's is not kept, it is sent: after a
# bare "Thanks." or "Noted." a neutral saying ("Every dog has its day") can
# only be a remark on the reader, tagged ("right?", "as they say") or not.
# Kept, it comes in the writer's own voice or from their own people ("I once
# heard", "as my gran says"), or with words of the writer's own beside it
# that are more than the stock acknowledgement.
_OWN_VOICE = re.compile(r"\b(?:i|me|my|our)\b", re.IGNORECASE)
_STOCK = re.compile(
    r"^\W*(?:(?:as\s+)?per\s+your\s+\w+,?\s+)?(?:(?:many\s+|ok(?:ay)?,?\s+)?thanks?\b|thank\s+you"
    r"|noted|understood|received|ok(?:ay)?\b"
    r"|got\s+it|fair\s+enough|i\s+(?:have\s+|['’]ve\s+)?(?:received|noted|read|seen|got)\b"
    r"|(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening))\b)",
    re.IGNORECASE,
)
_OWN_MIN = 4  # words: "I will keep at it." is the writer's own; "Best, Tom" is not
_STOCK_MAX = 8  # words: "Thanks for letting me know." is stock; a longer thanks says more


def own_words(text: str, sentence: tuple[int, int], rest: str) -> bool:
    """True when the reply holds words of the writer's own besides the saying and stock thanks."""
    from coach.tone_quote_judged import _SENTENCE

    if _said(rest):
        return True
    s_start, s_end = sentence
    return any(
        _said(m.group())
        for m in _SENTENCE.finditer(text)
        if m.end() <= s_start or s_end <= m.start()
    )


def _said(words: str) -> bool:
    """True when `words` are more than a greeting, a sign-off or a stock acknowledgement."""
    count = len(_WORDS.findall(words))
    return count >= _OWN_MIN and not (count <= _STOCK_MAX and _STOCK.match(words))


_CLEARLY_NEGATIVE = -0.3  # as for words about others in coach/tone_quote_judged.py


def _clearly_negative(score: float) -> bool:
    return score <= _CLEARLY_NEGATIVE
