"""Whom a strong word is aimed at: one whose clause names something else is not anger at them."""

from __future__ import annotations

import functools
import re

from coach.tone_referent import own_person_before
from coach.tone_target_words import NEUTRAL as _NEUTRAL
from coach.tone_target_words import OUTSIDE as _OUTSIDE
from coach.tone_target_words import SMALL as _SMALL
from coach.tone_target_words import THEIRS as _THEIRS

# The kind of a span the wording check keeps for a strong word aimed
# elsewhere: no finding, but its sentence is not read as anger by the model
# or VADER (a rule hit there kept them off it before).
ELSEWHERE = "elsewhere"

# A strong word is anger at them only when it lands on the hiring side: the
# employer, its people, the process, the decision, or what happened in it.
# It may land elsewhere: on a dislike or habit of the writer's own ("I hate
# losing deals", "I can't stand a half-done job"), or on something that is
# nobody's doing in the hiring ("the referee was a joke", "annoyed at my
# bank", "sick of the rain"). The clause holding the word says which: its
# subject (before a verb of being) or its object (after "at", "about",
# "that", or straight after "hate"). Only a target that is named, and names
# nothing of theirs, lets the word go; no target at all ("I'm fuming.") or a
# pointer back ("it", "this", "the way...") keeps it, since the reader takes
# it as aimed at them.

# Parts of the day it happened on, as the head of a verdict's subject ("the
# afternoon was a shambles"); after an angry word, or after the head, they
# only say when ("sick of the rain this month", "the weather on the day").
_WHEN = re.compile(
    r"\b(?:days?|weeks?|months?|mornings?|afternoons?|evenings?|hours?|times?)\b", re.IGNORECASE
)
# Where a subject's head ends and what places it begins: "the weather | on the day".
_PLACING = re.compile(
    r"\s(?:of|on|at|in|for|from|to|with|near|by|during|after|before|getting|going|around)\s",
    re.IGNORECASE,
)
# Where the subject was on the way to only places it: "the traffic getting to
# your place", "the hike up to your office", "the M50 on the way to you". What
# is theirs by "of" or "from" ("the tone of your email") still counts.
_TOWARDS = re.compile(
    r"\b(?:on the way|getting|going|driving|walking|cycling|travelling|traveling|up|over|down"
    r"|out|back|all the way)?\s*\b(?:to|towards|into) (?:you|your (?:[\w'’-]+ )?[\w'’-]+)\b",
    re.IGNORECASE,
)
# The subject of a verb of being, as far back as the clause goes.
_COPULA = re.compile(
    r"(?:\s(?:is|was|are|were|(?:has|have|had) been|seems?|seemed|looks?|looked|feels?|felt"
    r"|became|becomes|gets?|got)|['’]s)((?:\s+[\w'’-]+){0,3}?)\s+$",
    re.IGNORECASE,
)
# Where a clause begins or ends: punctuation, or a word that joins clauses.
_TIMES = r"days?|weeks?|months?|years?|mornings?|afternoons?|evenings?|nights?|weekends?"
_BOUNDARY = re.compile(
    r"[.!?;:,()\n\"“”—–]|\s(?:and|but|so|because|since|though|although|while|which|when|if|as|or"
    rf"|that(?!\s+(?:{_TIMES})\b))\s",
    re.IGNORECASE,
)
# A time said with a demonstrative ("the traffic that day") says when, not what.
_THAT_TIME = re.compile(rf"\b(?:this|that|these|those)\s+(?:{_TIMES})\b", re.IGNORECASE)
# A job the writer has left or is leaving is theirs, not the hiring side's:
# "my old employer", "my previous company", "my current place".
_FORMER = re.compile(
    r"\b(?:my|our)\s+(?:old|previous|former|last|current|ex-?)\s+[\w'’-]+", re.IGNORECASE
)
# What an angry word is felt at: "annoyed at", "furious that", "fed up with".
_INTRODUCER = re.compile(
    r"\s*(?:(?:so|really|very|quite|pretty|a bit|a little|absolutely|properly|genuinely|totally"
    r"|honestly)\s+)*(?:at|about|with|by|over|of|that|when|whenever|because of)\s",
    re.IGNORECASE,
)
# Done to the writer by someone ("being ghosted", "to be kept waiting"): the doer is them.
_DONE_TO = re.compile(r"\b(?:being|to be|to get|getting)\s+\w", re.IGNORECASE)
# A mark that ends a clause, whatever the words.
_MARK = re.compile(r"[.!?;:,()\n\"“”—–]")
# Idioms of anger that end on what introduces their target.
_IDIOM = re.compile(r"\b(?:sick of|had it with|done with)$")
# "it" that points at nothing before it: "I hate it when ...".
_EMPTY_IT = re.compile(r"\s+it\s+(?:when|whenever|if)(?=\s)", re.IGNORECASE)
# A verdict carried on past the hit ("and so were the questions", "and the
# follow-up was worse", "and I am too"): the rest of the sentence shares it.
_CARRIED = re.compile(
    r"\b(?:so|nor|neither)\s+(?:(?:was|were|is|are|am|did|do|does|had|have)\b|(?:i|we)\b)"
    r"|\b(?:too|as well|worse|no better|even more)\b",
    re.IGNORECASE,
)
_CARRIED_ON = re.compile(
    r"\W*(?:and\s+)?(?:(?:so|nor|neither|as)\s+(?:was|were|is|are|did|do|does|had|have)\b"
    r"|(?:same|likewise|ditto)\b)",
    re.IGNORECASE,
)
# Made to do it by someone ("having to chase", "being made to wait"), or a
# thing done because of their pace or place (waiting, chasing, travelling).
_MADE_TO = re.compile(
    r"\s*(?:having to|being made to|made to|have to|had to|to have to)\b"
    r"|\s*(?:to\s+)?(?:wait|chas|repeat|travel|ask|follow|driv|commut|beg|explain|remind|nudg"
    r"|push|prod|resend|re-send)\w*\b",
    re.IGNORECASE,
)
# "who" or "which" straight after a mark, and a tag that only says how it is said.
_RELATIVE = re.compile(
    r"(?<=[,;])\s*(?:who|which|whom|whose)\b|\bto be (?:honest|fair|frank)\b", re.IGNORECASE
)
_TURN = re.compile(r"(?:[,;]\s*|\s)(?:but|so)\s", re.IGNORECASE)
_PRAISE = re.compile(
    r"\b(?:great|lovely|glad|pleasure|understanding|worked out|kind|helpful|made up for|enjoyed"
    r"|nice|wonderful|brilliant|fine|in time|appreciated?)\b",
    re.IGNORECASE,
)
_DESCRIBED = re.compile(r"[,;]\s*(?:who|which|whom|whose)\b", re.IGNORECASE)
# The end of a sentence: what follows a hit up to it is read for them. A
# turn to thanks or an apology ("I hate goodbyes, so I'll just say thank
# you") ends what is read: it is not a place the strong word lands.
_SENTENCE_END = re.compile(
    r"[.!?\n]|(?:[,;]|\s(?:but|so|and)\s)[\w'’ ]{0,30}?\b(?:thank|thanks|sorry|grateful)\b",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("a an the my our some any".split())
# How far past a hit (and before it) the target is read: a clause longer
# than this is cut, and what lies past the cut is not read.
_LOOK = 240
# What a mark may add on to a target: "the delay, which your team caused",
# "the traffic; and at your guard". A new clause after ", and" ("and this
# one stings") adds nothing.
_ADDED = re.compile(
    r"\s*(?:(?:and|or|plus|nor)\s+(?:at|about|with|of|by|over|your|their)|which|who|whom|whose"
    r"|(?:all|both|most|some|none|each) of (?:which|whom)|as well as|not to mention|along with"
    r"|let alone)\b",
    re.IGNORECASE,
)
# Where a target joins two things: each must lie outside.
_PARTS = re.compile(r"[,;&]|\b(?:and|or|plus|nor|as well as|along with)\b", re.IGNORECASE)
# A name inside a target may be the employer's or one of its people
# ("shame on Brightline", "the rain and Marcus"); a road ("the M5") or a
# place after "in", "near" or "from" ("the weather in Leeds") only places it.
_NAME = re.compile(
    r"(?<!\bin )(?<!\bnear )(?<!\bfrom )(?<!\baround )(?<!\boutside )(?<!\bthrough )"
    r"\b(?![A-Z]{1,2}\d)(?!I\b)[A-Z][\w'’-]*"
)
# A thing done, straight after "hate": "seeing money wasted", "to lose".
_DOING = re.compile(r"\s*(?:to\s+[a-z]+|(?![a-z]*thing\b)[a-z]{2,}ing)\b", re.IGNORECASE)
# Losing to someone is losing the job to them: "losing to nepotism".
_BEATEN = re.compile(r"\blos(?:e|es|ing|t)(?: out)? to\b", re.IGNORECASE)
# A job hunt or the job market is the writer's lot, not the hiring side's.
_HUNT = re.compile(r"\bjob[- ](?:market|hunt\w*|search\w*|seeking)\b", re.IGNORECASE)


@functools.cache
def _theirs(them: frozenset[str], complaint: frozenset[str], when: bool = False) -> re.Pattern[str]:
    words = [*_THEIRS.split(), *(re.escape(w) for w in sorted(them | complaint))]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def aimed_elsewhere(text: str, start: int, end: int, classes: dict[str, frozenset[str]]) -> bool:
    """True when the strong word at [start, end) lands on something named that is not theirs."""
    # Only a window round the hit is read, so a long run-on costs a fixed
    # amount per hit, not the rest of the draft each time.
    low = max(0, start - _LOOK)
    text, start, end = text[low : end + _LOOK], start - low, end - low
    theirs = _theirs(classes.get("THEM", frozenset()), classes.get("COMPLAINT", frozenset()))
    # Joining words end the target ("the ref | for that call"), but nothing of
    # theirs may follow before the next mark ("at the way that you handled it"),
    # nor in what a comma or "and" adds on ("at the delay, which your team caused").
    following = _own(_following(text, end))
    lead = _EMPTY_IT.match(following) or _INTRODUCER.match(following)
    if theirs.search(following, lead.end() if lead else 0):
        return False
    # Whatever else the sentence says after the hit may land the word on them:
    # a later list item, a reason ("because the room was double-booked"), or
    # the verdict carried on ("and so were the questions").
    after = text[end : _sentence_end(text, end)]
    opener = _EMPTY_IT.match(after) or _INTRODUCER.match(after)
    after = _own(after[opener.end() if opener else 0 :])
    # A relative word after a mark only joins on what follows ("the ref, who gave").
    after = _RELATIVE.sub(" ", after)
    if theirs.search(after) or _CARRIED.search(after):
        return False
    if _felt_by_another(text, start, theirs) and _angry_first(text, start, end, classes):
        # Another's anger ("my mum was furious that ...") is theirs to report
        # only when what it is felt at lies outside the hiring too.
        return _named_elsewhere(_rest_of_clause(text, end), theirs)
    return _aimed(text, start, end, classes, theirs)


def _following(text: str, end: int) -> str:
    """The words after a hit up to a mark, and on past marks that only add to them."""
    stop = _MARK.search(text, end)
    parts = []
    while stop and (added := _ADDED.match(text, stop.end())):
        parts.append(text[end : stop.start()])  # the joining word itself names nothing
        end = added.end()
        stop = _MARK.search(text, end)
    return " ".join([*parts, text[end : stop.start() if stop else len(text)]])


def _angry_first(text: str, start: int, end: int, classes: dict[str, frozenset[str]]) -> bool:
    """True for a hit that opens on an angry word and ends on its target's start ("furious at")."""
    words = re.findall(r"[\w'’-]+", text[start:end].lower())
    return len(words) == 2 and words[0] in classes.get("ANGRY", frozenset())


def _aimed(
    text: str, start: int, end: int, classes: dict[str, frozenset[str]], theirs: re.Pattern[str]
) -> bool:
    """aimed_elsewhere by the hit's shape, once nothing of theirs follows it."""
    hit = text[start:end].lower()
    last = re.findall(r"[\w'’-]+", hit)[-1:] or [""]
    word = last[0]
    if word in {"at", "about", "by", "that", "with", "of"}:
        # The hit ends on what introduces its target ("annoyed at", "sick of"):
        # the target follows. Other phrases ending so ("full of") are verdicts.
        words = re.findall(r"[\w'’-]+", hit)
        angry = len(words) > 1 and words[-2] in classes.get("ANGRY", frozenset())
        if not angry and not _IDIOM.search(hit):
            return False
        return _named_elsewhere(_rest_of_clause(text, end), theirs)
    if hit.startswith(("should", "ought", "shame on")):
        # "the council should be ashamed", "shame on the ref": whom it is said of.
        if hit.startswith("shame on"):
            return _named_elsewhere(_rest_of_clause(text, end), theirs)
        return _before_elsewhere(text, start, end, theirs)
    if word in classes.get("ANGRY", frozenset()) or word in {"up", "tired", "impressed", "amused"}:
        rest = _rest_of_clause(text, end)
        lead = _INTRODUCER.match(rest)
        return bool(lead) and _named_elsewhere(rest[lead.end() :], theirs)
    if word == "hate":
        empty = _EMPTY_IT.match(text, end)
        if empty:  # "I hate it when the printer jams": the clause after "when"
            return _named_elsewhere(_rest_of_clause(text, empty.end()), theirs)
        rest = _rest_of_clause(text, end)
        # "I hate seeing money wasted", "I hate to lose": a thing the writer
        # dislikes doing is their own trait, whatever it is done to.
        return _named_elsewhere(rest, theirs, doing=bool(_DOING.match(rest)))
    if " " not in hit.strip() or word == "joke":
        # A verdict said of a subject: "the traffic was a nightmare".
        strong = start + hit.rfind(word)
        return _subject_elsewhere(text, strong, end, theirs)
    return False


def _sentence_end(text: str, end: int) -> int:
    """Where what a hit may land on ends: the sentence's end, or a kind turn after "but" or "so"."""
    cut = _SENTENCE_END.search(text, end)
    stop = cut.start() if cut else len(text)
    # "The roadworks were a joke, but the chat was great": the turn praises;
    # a turn that carries the verdict on ("but the follow-up was worse") is read.
    for turn in _TURN.finditer(text, end, stop):
        rest = text[turn.end() : stop]
        if _PRAISE.search(rest) and not _CARRIED.search(rest):
            return turn.start()
    return stop


def _rest_of_clause(text: str, end: int) -> str:
    """The words after a hit to the end of its sentence: every list item and reason is read."""
    # A joining word right after the hit ("furious when ...") introduces its
    # target; a mark right after it ("ridiculous, I ...") ends the clause.
    mark = _BOUNDARY.match(text, end)
    if mark and not mark.group().startswith(" "):
        return ""
    # Past a comma, "and", "because" or "since" the target may go on ("the
    # traffic, your silence and the rejection", "the fare, since the meeting
    # was moved"): each of them must lie outside too.
    return text[end : _sentence_end(text, end + 1)]


def _own(words: str) -> str:
    """The words with a job the writer has left, or their job hunt, named as their own."""
    return _FORMER.sub(" former ", _HUNT.sub(" market ", words))


def _named_elsewhere(
    target: str, theirs: re.Pattern[str], subject: bool = False, doing: bool = False
) -> bool:
    """True when `target` names only things known to lie outside the hiring, nothing of theirs."""
    # A clause that only says more of the target ("the ref, who gave a
    # penalty") is read for them by the caller; it is not one of its items.
    target = _RELATIVE.sub(" ", _own(_DESCRIBED.split(target, maxsplit=1)[0])).strip()
    words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", target)]
    if not any(w not in _SMALL for w in words):
        return False
    if theirs.search(target) or _DONE_TO.search(target.lower()) or _BEATEN.search(target):
        return False
    # Each thing the target joins must be wholly outside: its head noun on the
    # list, and every other word on it or only colouring it ("the train fare
    # for a cancelled meeting" names a meeting, so it is not outside).
    for n, part in enumerate(_PARTS.split(target)):
        named = re.findall(r"[^\W_][\w'’-]*", part)
        if doing and n == 0:
            if _MADE_TO.match(part):
                return False  # "having to chase", "travelling four hours": their doing
            # The thing done itself: "losing deals", "to lose".
            named = named[2:] if named[:1] and named[0].lower() == "to" else named[1:]
        elif any(w.lower() not in _SMALL for w in named) and not _headed_outside(part):
            return False
        if not all(_outside_word(w, named[i - 1] if i else "") for i, w in enumerate(named)):
            return False
        name = _NAME.search(part)
        if name and not (subject and name.start() == 0):
            return False  # a verdict's subject may open its sentence with a capital
    return True


def _outside_word(word: str, before: str) -> bool:
    """True for a word that is outside, names nothing, or only colours or places one."""
    low = word.lower()
    if low in _SMALL or low in _NEUTRAL or low.isdigit() or _OUTSIDE.fullmatch(low):
        return True
    # A place after "in", "near" or "from" ("the weather in Leeds").
    return word[0].isupper() and before.lower() in {"in", "near", "from", "around", "outside"}


def _headed_outside(part: str) -> bool:
    """True when the head of a part (its last word before what places it) is on the outside list."""
    placing = _PLACING.search(" " + part + " ")
    head = part[: max(0, placing.start() - 1)] if placing else part
    words = [w.lower() for w in re.findall(r"[^\W_][\w'’-]*", head)]
    words = [w for w in words if w not in _SMALL and w not in _NEUTRAL and not w.isdigit()]
    return bool(words) and bool(_OUTSIDE.fullmatch(words[-1]))


def _subject(text: str, strong: int) -> tuple[str, str] | None:
    """The named subject of a verb of being ahead of `strong`, and the words between."""
    begun = [m.end() for m in _BOUNDARY.finditer(text, max(0, strong - 160), strong)]
    clause_start = begun[-1] if begun else max(0, strong - 160)
    before = text[clause_start:strong]
    copula = _COPULA.search(before)
    if copula is None or re.search(r"\b(?:not|never|no)\b", copula.group(1), re.IGNORECASE):
        return None
    subject = before[: copula.start()]
    words = re.findall(r"[^\W\d_][\w'’-]*", subject)
    if not words:
        return None
    # A bare Capitalised name may be the employer's ("Brightline was a shambles").
    pronoun = len(words) == 1 and words[0].lower() in ("he", "she")
    if words[0].lower() not in _DETERMINERS and not pronoun and all(w[0].isupper() for w in words):
        return None
    return subject, copula.group(1)


def _subject_elsewhere(text: str, strong: int, end: int, theirs: re.Pattern[str]) -> bool:
    """True when a verdict's subject, before a verb of being, is named and is not theirs."""
    found = _subject(text, strong)
    if found is None:
        return False
    subject, between = found
    subject = _THAT_TIME.sub(" ", subject)
    placing = _PLACING.search(subject)
    if _WHEN.search(subject[: placing.start() if placing else len(subject)]):
        return False  # the day itself ("the afternoon was a shambles") is the one they ran
    if theirs.search(between) or theirs.search(_rest_of_clause(text, end)):
        return False
    if subject.strip().lower() in ("he", "she"):
        # "I told my husband ... He is biased, of course": one of the writer's own,
        # unless the next sentence carries the verdict on to them ("So was your panel").
        stop = _SENTENCE_END.search(text, end)
        if stop and _CARRIED_ON.match(text, stop.end()):
            return False
        return own_person_before(text, text.rfind(subject.strip(), 0, strong))
    return _named_elsewhere(_TOWARDS.sub(" ", subject), theirs, subject=True)


def _felt_by_another(text: str, strong: int, theirs: re.Pattern[str]) -> bool:
    """True when the anger is someone else's, named and not theirs: "my mum was furious that"."""
    found = _subject(text, strong)
    return (
        found is not None
        and not theirs.search(found[1])
        and _named_elsewhere(found[0], theirs, subject=True)
    )


def _before_elsewhere(text: str, start: int, end: int, theirs: re.Pattern[str]) -> bool:
    """True when what the clause says "should be ashamed" is named, and nothing is theirs."""
    begun = [m.end() for m in _BOUNDARY.finditer(text, max(0, start - 160), start)]
    subject = text[begun[-1] if begun else max(0, start - 160) : start]
    words = re.findall(r"[^\W\d_][\w'’-]*", subject)
    if not words or (words[0].lower() not in _DETERMINERS and all(w[0].isupper() for w in words)):
        return False
    return not theirs.search(_rest_of_clause(text, end)) and _named_elsewhere(
        subject, theirs, subject=True
    )
