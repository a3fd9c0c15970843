"""A door kept open: help offered for a need they may have one day, asking nothing of this no."""

from __future__ import annotations

import re

from coach.tone_vader import sentences

# The offer hangs on their own need or wish, some later time: "if your firm
# ever needs support", "should the practice need cover", "whenever the team
# is short of hands", "if the need arises". Nothing is asked of them now; the
# condition is theirs to meet or not. Their side is them or their organisation,
# not a third person ("if the new hire needs time to settle in, I could cover
# meanwhile" offers to fill the gap).
_WHO = (
    r"(?:you(?: all| guys)?|they|anyone|anybody|someone|somebody|your(?: [\w-]+){1,2}?"
    r"|(?:the|this|that|their)(?: [\w-]+)?? (?:team|firm|company|practice|studio|agency|office"
    r"|department|group|lab|school|clinic|hotel|restaurant|business|organi[sz]ation|unit"
    r"|division|project|side|shop|salon|site|centre|center|branch|board|partners))"
)
# Their need is enough alone; a wish needs "ever" ("if you'd ever like a
# second opinion"), as "if you'd like to meet again" asks for a meeting now.
_NEED = (
    r"(?:'d|'re|'s)?(?: (?:would|could|are|is|ever|has|have|also)){0,3}"
    r" (?:need|needs|needed|require|requires|use|looking for|short of|short-handed|in need of"
    r"|(?:a|any) need|take on|takes on"
    r"|find (?:yourselves|yourself|themselves|itself) short)\b"
    r"|(?:'d| would)? ever (?:want|wants|wanted|like|be looking for)\b"
)
_CONDITION = re.compile(
    rf"\b(?:(?:if|when|whenever|in case|once) {_WHO}(?:{_NEED})"
    rf"|should {_WHO} (?:ever )?(?:need|want|require|like|be looking for|be short of)\b"
    r"|(?:if|when|whenever|should|in case) (?:the|a|any|that) need (?:ever )?(?:arises?|comes? up)"
    r"|if there(?:'s| is) ever (?:a|any) need)",
)
# What turns the offer into terms for this decision: a concession (less pay,
# free work, a lower level, a trial), pay itself, this decision or this role,
# a time that is now rather than their later need, or pleading. Any of these
# anywhere in the sentence keeps it to the rules and the model as before.
_PUSHED = re.compile(
    r"\b(?:less|lower|cheaper|reduced|discount\w*|unpaid|(?<!feel )free|nothing|half|below|cut"
    r"|junior|intern|internship|trainee|trial|probation\w*|volunteer\w*|negotiable|flexible"
    r"|sooner|earlier|relocat\w*|commute|hours|expense|cost"
    r"|salary|salaries|pay|paid|wage|wages|money|fee|fees|rates?|package"
    r"|decision|decided|decide|reconsider\w*|rethink\w*|revisit\w*|instead|candidate"
    r"|(?:your|their|his|her|a) mind|change of mind"
    r"|(?:this|that|the)(?: [\w-]+){0,2}? (?:role|position|job|post|vacancy|offer)|my application"
    r"|meantime|meanwhile|interim|until"
    r"|now|today|tonight|tomorrow|immediately|right away|straight away|at once|asap"
    r"|this (?:week|month)|monday|tuesday|wednesday|thursday|friday|deadline"
    r"|beg(?:s|ged|ging)?|plead\w*|desperate\w*|promise|prove|guarantee|deserve\w*"
    r"|weekends?|evenings?|nights?|overtime|any (?:hours|terms|conditions|basis|rate|schedule)"
    r"|(?:do|take|accept|try) (?:anything|whatever)|whatever it takes)\b"
)
_APOSTROPHES = str.maketrans("’‘", "''")

# The writer's side of an open door is only a modest reply: glad to help or
# to hear, keep me in mind, get in touch. Any other clause of the writer's
# ("I'd accept any terms you set", "I could start within the hour", "I'll
# keep emailing until you say yes") is terms or pressure, whatever its words.
_LATER = (
    r"(?: (?:again|then|too|as well|in any way i can|where i can|if i can|any ?time|at any point"
    r"|informally|gladly|happily|with (?:the|your|a|an) [\w-]+(?: [\w-]+)?"
    r"|on an? (?:[\w-]+ ){0,2}basis|as an? [\w-]+"
    r"|in (?:the )?future|with (?:it|that|them|this)|very much|for (?:it|that|them)))*"
)
_GLAD = (
    r"(?:(?:i|i'd|i would|i'll|i will|i'm|i am|i should|would|will)"
    r"(?: (?:very|really|more than|truly|always|certainly|so|most|still|also|definitely))*"
    r" (?:be )?(?:very |really |so |most )?(?:glad|happy|pleased|delighted|keen|thrilled|honou?red"
    r"|grateful|available|interested)"
    r"|(?:i'd|i would) (?:love|like|welcome|value|appreciate)(?: it| that)?)"
)
_REPLY = (
    r"(?:help(?: out)?|hear (?:from you|about it|more)|talk(?: it)?(?: through| over)?|chat"
    r"|be considered|be in touch"
    r"|stay in touch|step in|pitch in|lend a hand|support (?:you|the team|it)|assist"
    r"|discuss (?:it|this|that)|be of (?:help|use|service)|work (?:with you|together)"
    r"|be involved|contribute|apply|put my name forward|be on the list|take (?:a|your) call"
    r"|(?:take on|pick up|cover) (?:some |a few |the )?(?:[\w-]+ )?(?:work|projects?|shifts?))"
)
_MODEST = re.compile(
    rf"(?:then |in that case |any ?time )?(?:{_GLAD}(?: to {_REPLY}| the chance to {_REPLY}"
    r"| to (?:hear|know)| (?:some |any )?(?:[\w-]+ )?(?:work|projects?|the chance|the opportunity"
    r"|a call|a message|a note))?"
    rf"|(?:i'd|i would|i'll|i will|i can|i could) (?:happily |gladly |always )?{_REPLY}"
    r"|(?:please )?(?:do )?(?:feel free to )?(?:keep me in mind|bear me in mind|think of me"
    r"|get in touch|be in touch|reach out|let me know|drop me a line|give me a (?:call|shout|ring)"
    r"|call me|contact me|email me|keep my (?:details|cv|name|number) on file)"
    r"|i(?:'m| am) (?:around|here|only (?:a|an) (?:call|email|message|phone call) away)"
    r"|(?:my|the) door is open(?: from my side)?|let's (?:stay|keep) in touch)"
    rf"{_LATER}"
)
# A kind word beside the offer ("I enjoyed meeting the team very much") adds
# nothing to it, so long as the writer offers or asks nothing more in it.
_KIND = re.compile(
    r"(?:i (?:really |very much |truly |so |do |fully |completely )?(?:enjoyed|loved|appreciated"
    r"|valued|understand|appreciate|respect)|(?:many |so many )?thank(?:s| you)|understood"
    r"|it was (?:a|lovely|great|good|nice|wonderful|such)|(?:good|best of) luck|wishing"
    r"|all the best|best wishes|congratulations|that makes sense|no worries|fair enough)\b"
)
_MORE = re.compile(
    r"\b(?:i'd|i would|i will|i'll|i can|i could|i'm|i am|please|let me|may i|still|need"
    r"|soon|permanent|full-time|anything|whatever|mean|means|counting|hope|hoping|wait|forget)\b"
)
# Pressure elsewhere in the draft: a question, a plea, a stake, a time, a
# follow-up the writer plans, or wanting the work more than the offer says.
_PRESSED = re.compile(
    r"\?|\b(?:please|soon|asap|permanent|full-time|whatever|anything|counting on|i'm yours"
    r"|i am yours|forget (?:me|about me)|remind|chase|desperate\w*|beg(?:s|ged|ging)?|plead\w*"
    r"|top of|no other|not giving up|give up on|really want|would mean|mean the world"
    r"|drop everything"
    # A stake in this job, a sacrifice made for it, or a claim to it: "I
    # can't afford to lose this one", "I turned down two offers", "I was the
    # better candidate", "this job means everything to my family".
    r"|afford|(?:was|felt) (?:so )?sure|mine|means? everything|meant everything|depends? on"
    r"|turned down|declined|gave up|given up|cleared|cancell?ed|handed in|my notice|landlord"
    r"|better (?:candidate|choice|option|fit)|best (?:option|candidate|person|choice|fit)"
    r"|right (?:person|candidate|choice)|we both know|my (?:family|visa|rent|bills|mortgage|kids)"
    # Wanting this place, or time kept for it: "this museum has been my dream",
    # "I'd move across the country for this place", "I've kept every Monday free".
    r"|this (?:museum|library|gallery|archive|place|job|role|position|post|company|firm|team"
    r"|plant|factory|warehouse|site|studio|practice|shop|store|press|charity|trust|school)"
    r"|dream\w*|nobody|no one|no-one|anyone else|(?<!feel )free|available|availability"
    r"|only (?:place|job|firm|company|museum|one|team)|ever wanted|home|since (?:i was|childhood"
    r"|school|the interview)|held off|wait(?:ed|ing)? for|commut\w*|for (?:it|the job|the role"
    r"|this|you|the post|the position)\b|already"
    # Another "I'd" is more than the offer ("I'd do it for nothing", "I'd start
    # tomorrow", "I'd move for it"), unless it only hopes to be considered or to
    # hear; so is a time that is now, or work for less.
    r"|i(?:'d| would)(?!(?: (?:also|still|really|very|so|most|always|certainly))* (?:be )?"
    r"(?:glad|happy|pleased|delighted|grateful|keen|interested) to (?:be considered|hear|apply"
    r"|stay in touch|keep in touch|be in touch))"
    r"|the only|imagine|heart|set on|bought|just for|anywhere else"
    r"|nothing|unpaid|for less|tomorrow|today|tonight|right away|straight away|immediately"
    r"|clear|anyone|memori[sz]\w*|packed|within (?:the|an|a) (?:hour|day)|will need|i can be"
    r"|new (?:curator|hire|person|starter|recruit|manager|colleague)"
    r"|local|flexible|my own|references|ready|knows? my|day and night|errors|mistakes|counted"
    r"|i (?:really |so |badly |desperately )?need (?:this|it|the work|the job|a job|work)"
    r"|(?:i'd|i would|i'm|i am) still|(?:i'll|i will|i'm|i am|i'd) (?:be )?wait\w*)\b"
    r"|\b(?:i'll|i will|i'm going to|i plan to|i intend to)(?: \w+){0,3} (?:call|ring|phon|e-?mail"
    r"|writ|messag|text|follow up|check|contact|drop by|come by|pop in)\w*"
)
# The spaces before a joint are taken only from where their run starts: a match
# inside the run would start at its start anyway, and tried at every space of a
# long run a search cost the square of its length. Each match ends past its
# spaces, so no search of the split resumes inside a run.
_CLAUSES = re.compile(r"(?:(?<!\s)\s+)?(?:[,;:—–]|\s-\s|\band\b|\bbut\b|\bso\b)\s*")
_OFFERED_IN_NEED = re.compile(
    r"\b(?:who|that)(?:'d|'ll| would| could| can| will| might)\b|\bshow you\b|\bstart\b"
    r"|job-?share|\bcover shifts"
)
# A greeting, a name or a sign-off: a short line with nothing of the writer's in it.
_FRAME = re.compile(r"(?:[\w.'-]+,? ?){1,5}[,!]?")
_FRAME_NOT = re.compile(r"\b(?:i|me|my|please|you|your)\b|\bi'")
_MINE = re.compile(r"\b(?:i|my|please)\b|\bi'")
_CONDITION_WORD = re.compile(r"\b(?:if|when|whenever|in case|once|should)\b")


def open_door(sentence: str) -> bool:
    """True when the sentence offers help on a condition of their own later need, and no more.

    "If your firm ever needs support on a contract basis, I would be glad to
    be considered" keeps a door open; "if you ever need someone, I'd take a
    lower salary" or "should you need me, I can start tomorrow" pushes it.
    """
    lowered = sentence.lower().translate(_APOSTROPHES).strip().rstrip(".!")
    if _PUSHED.search(lowered):
        return False
    condition = None
    for clause in _CLAUSES.split(lowered):
        found = _CONDITION.search(clause)
        if found and condition is None:
            condition = found
            # The reply may come first: "I'd be glad to help if your team needs it".
            head = clause[: _CONDITION_WORD.search(clause, 0, found.end()).start()].strip()
            if head and not _MODEST.fullmatch(head):
                return False
            # With no comma the writer's reply runs on: "... on a freelance basis I'd
            # be happy to talk". It must be modest too, and the need has no "my" in it.
            rest = clause[found.end() :]
            mine = _MINE.search(rest)
            if mine and (mine.group() == "my" or not _MODEST.fullmatch(rest[mine.start() :])):
                return False
            if _OFFERED_IN_NEED.search(rest):
                return False  # "someone who could start on a two-week contract": the writer's terms
            continue
        if clause and not _MODEST.fullmatch(clause) and not _kind_word(clause):
            return False
    return condition is not None


def kept_open(text: str, start: int, end: int) -> bool:
    """True when text[start:end] keeps a door open and the draft says it once and stops.

    No other sentence offers again ("if the team needs anyone, call me"),
    plans a follow-up ("I'll ring on Monday"), asks, pleads or names a stake
    ("it would mean the world"); if one does, the door is pushed and the offer
    is read with the rest as before.
    """
    if not open_door(text[start:end]):
        return False
    for first, last in sentences(text):
        if first <= start < last or start <= first < end:
            continue
        other = text[first:last].lower().translate(_APOSTROPHES)
        if _PRESSED.search(other) or _CONDITION.search(other):
            return False
        # After the offer the reply only closes: thanks, a wish, a sign-off.
        # Anything more ("I've already blocked out March in case") presses it.
        plain = other.strip().rstrip(".!")
        framed = bool(_FRAME.fullmatch(plain)) and not _FRAME_NOT.search(plain)
        if (
            first >= end
            and not framed
            and not all(_kind_word(c) for c in _CLAUSES.split(plain) if c)
        ):
            return False
    return True


def _kind_word(clause: str) -> bool:
    """True when a clause only says something kind and asks or offers nothing more."""
    return bool(_KIND.match(clause)) and not _MORE.search(clause)
