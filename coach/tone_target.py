"""Whom a strong word is aimed at: one whose clause names something else is not anger at them."""

from __future__ import annotations

import functools
import re

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

# Words that bring the hiring side, or the time it took, into a clause. The
# rules' own classes of them (THEM) and of grievances (COMPLAINT) are added.
_THEIRS = r"""
you your yours yourself yourselves they them their theirs it its
(?:this|that|these|those)(?!\s+(?:days?|weeks?|months?|years?|mornings?|evenings?|weekends?|season|summer|winter|spring|autumn)\b)
he she him her his who whoever whom which what how everything everyone everybody anyone
anybody nobody no-one someone somebody people staff man men woman women guy guys
lady ladies person bloke
interview\w* process\w* recruit\w* hir(?:e|es|ed|ing) application\w* appl(?:y|ied|ying)
candidate\w* shortlist\w* feedback reject\w* e-?mails? mail message\w* call\w* audition\w*
assessment\w* offer\w* role\w* job\w* position\w* vacanc\w* rounds? stages? brief case
trial\w* presentation\w* test\w* task\w* exercise\w* outcome\w* decision\w* result\w* news
reply replies response\w* answer\w* treat\w* handl\w* organi[sz]\w* company companies
compan\w* firm\w* organi[sz]ation\w* employer\w* office\w* team\w* panel\w* board
department\w* manager\w* director\w* boss\w* founder\w* ceo hr recruiter\w* interviewer\w*
receptionist\w* thing things experience\w* situation\w* whole entire wait\w* silence ghost\w*
schedul\w* arrang\w* communicat\w* admin\w* logistic\w* paperwork portal\w* system\w* forms?
website\w* onboarding
"""
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
# Small words that name nothing, or only say when ("mad at first", "at the
# moment"): a target needs a word besides these.
_SMALL = frozenset(
    """a an the my our of to in on at for with by from and or but so as than i me we us
    myself ourselves own very really just so too quite all any some no not more most much
    being be been is was are were get got first last once moment start end least time
    times minute minutes point""".split()
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
# "and" or "or" joining another target ("the rain and with Marcus"), not a
# new clause of the writer's own ("the rain and I went home").
_JOINED = re.compile(
    r"\s+(?:and|or)\s+(?!(?:i|we|so|then|now|yet|still|this|that|it|there)\b)", re.IGNORECASE
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
# Things known to lie outside the hiring: the weather, the journey, the
# writer's own nerves, luck, kit, family, home and money, a game's referee,
# a former job, the job market, a dislike of the writer's own ("losing
# deals", "goodbyes"). A strong word is let go only on one of these.
_OUTSIDE = re.compile(
    r"""(?:weather|rain\w*|downpours?|drizzle|storms?|stormy|snow\w*|sleet|hail|heat|heatwaves?
    |humidity|wind|winds|windy|gales?|floods?|flooding|flooded|fog|foggy|ice|icy|frost|cold
    |thunder\w*|lightning|dust|smog|temperatures?|climate|traffic|roads?|roadworks|motorways?
    |(?:[mabnr]|i-?)\d{1,3}|hike|walk|climb|hills?|stairs|hot|hottest|ring|bypass|junction
    |bus|buses|trains?|tube|metro|subway|flights?|airlines?
    |airports?|planes?|trams?|taxis?|cabs?|cars?|parking|commute|journey|drive|rail\w*
    |stations?|drivers?|tyres?|tires?|puncture|ferry|ferries|strikes?|diversions?|detours?
    |signal\w*|nerves|anxiety|luck|feelings?|habits?|mood|sleep|insomnia|headaches?
    |migraines?|flu|covid|illness|laptop|computer|wi-?fi|internet|broadband|webcam
    |printer|battery|alarm|bank|banks|landlord|landlords|rents?|mortgage|bills?|prices
    |inflation|economy|neighbours?|neighbors?|builders?|plumber|council|government
    |referee|ref|refs|umpire|mum|dad|parents?|kids?|dog|cat|family|goodbyes|mondays
    |losing|deals?|market|former)""",
    re.VERBOSE,
)


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


def _rest_of_clause(text: str, end: int) -> str:
    """The words after a hit up to the end of its clause, "and" or "or" joining more targets."""
    # A joining word right after the hit ("furious when ...") introduces its
    # target; a mark right after it ("ridiculous, I ...") ends the clause.
    mark = _BOUNDARY.match(text, end)
    if mark and not mark.group().startswith(" "):
        return ""
    cut = _BOUNDARY.search(text, end + 1)
    while cut and _JOINED.match(text, cut.start()):
        cut = _BOUNDARY.search(text, _JOINED.match(text, cut.start()).end())
    return text[end : cut.start() if cut else len(text)]


def _own(words: str) -> str:
    """The words with a job the writer has left, or their job hunt, named as their own."""
    return _FORMER.sub(" former ", _HUNT.sub(" market ", words))


def _named_elsewhere(
    target: str, theirs: re.Pattern[str], subject: bool = False, doing: bool = False
) -> bool:
    """True when `target` names only things known to lie outside the hiring, nothing of theirs."""
    target = _own(target).strip()
    words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", target)]
    if not any(w not in _SMALL for w in words):
        return False
    if theirs.search(target) or _DONE_TO.search(target.lower()) or _BEATEN.search(target):
        return False
    # Each thing the target joins must be one known to lie outside; anything
    # else (their product, pay, culture, a name) may be theirs.
    for n, part in enumerate(_PARTS.split(target)):
        named = re.findall(r"[^\W_][\w'’-]*", part)
        if (
            not (doing and n == 0)
            and any(w.lower() not in _SMALL for w in named)
            and not any(_OUTSIDE.fullmatch(w.lower()) for w in named)
        ):
            return False
        name = _NAME.search(part)
        if name and not (subject and name.start() == 0):
            return False  # a verdict's subject may open its sentence with a capital
    return True


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
    if words[0].lower() not in _DETERMINERS and all(w[0].isupper() for w in words):
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
