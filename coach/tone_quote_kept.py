"""A quote taken up in the sentence after it, or their praise of the writer received warmly."""

from __future__ import annotations

import re

from coach.tone_quote_turn import SINCE, TURN
from coach.tone_reach import after_end, own_end

# Why look past the quote's sentence: the writer often quotes first and says
# what they do with the words next ("You said 'make the player feel clever'.
# It's on a post-it above my monitor now."). Keeping the words or being moved
# by them is uptake of words that praise or guide; granting a fault found or
# acting on it is uptake too. Keeping a fault is mock ("You said I was 'too
# direct'. I'll treasure that."), and a turn in that sentence takes any
# uptake back ("I'll keep that in mind for the next unpaid test").
_KEEP = (
    r"\b(?:keep(?:ing)?|kept|carry(?:ing)?|hold(?:ing)?\s+on\s*to|held\s+on\s*to)\s+(?:that|it"
    r"|this|those|these|them|your\s+words)\s+with\s+me\b"
    r"|\b(?:held|holding|hold)\s+on\s*to\s+(?:that|it)\b"
    r"|\b(?:stay(?:s|ed)?|stuck|stick(?:s|ing)?)\s+with\s+me\b"
    r"|\b(?:saved|framed|printed)\s+(?:it|that|this)\b"
    r"|\b(?:on|above|by)\s+my\s+(?:\w+\s+)?(?:wall|fridge|desk|monitor|mirror|noticeboard"
    r"|laptop|screen)\b|\b(?:post-it|sticky\s+note|motto|mantra|wallpaper)\b"
    # Put somewhere of the writer's: "which I'll put on my CV", "going into my folder".
    # Not "added to my collection": rejections are collected, not kept.
    r"|\b(?:put|putting|stick|pin|pinned|write|wrote|written|frame|going(?:\s+straight)?)\s+"
    r"(?:\w+\s+){0,2}?(?:on|in|into|onto|above|to)\s+my\s+\w+"
    r"|\b(?:meant|means|mean)\s+(?:a\s+lot|a\s+great\s+deal|so\s+much|more)\b"
    r"|\bmade\s+my\s+(?:whole\s+)?(?:day|week|month|year)\b|\bcheered\s+me\b"
    # Moved as the writer is, not "we've moved on".
    r"|\b(?:i\s+was|i['’]m|i\s+am|i\s+felt|really|so|very|deeply|genuinely|truly)\s+(?:\w+\s+)?"
    r"(?:touched|moved|honoured|honored)\b|\b(?:touched|moved)\s+me\b"
    # Held on to, written down, come back to: "I've hung on to that", "I
    # wrote it down", "I keep coming back to it", "I remind myself of it".
    r"|\b(?:hang(?:ing)?|hung|hold(?:ing)?|held)\s+on\s*to\s+(?:that|it|this|those|these|them|your)\b"
    r"|\b(?:take|taking|took|taken)\s+(?:that|it|this|those|these|them|your\s+\w+)\s+"
    r"(?:with\s+me|to\s+heart|on\s+board)\b"
    r"|\b(?:wrote|written|write|writing|jotted|noted)\s+(?:it|that|this|them|those|these)\s+down\b"
    r"|\b(?:remind|reminding|reminded)\s+myself\b|\brepeat\w*\s+(?:it|that|this)\s+to\s+myself\b"
    r"|\b(?:com(?:e|es|ing)|came)\s+back\s+to\s+(?:it|that|this|those|these|them)\b"
    r"|\bstill\s+(?:think|thinking)\s+(?:about|of)\s+(?:it|that|this|those|these|them)\b"
    r"|\b(?:thought|thinking)\s+(?:about|of)\s+(?:it|that|this|those|these|them)\s+(?:\w+\s+)?"
    r"(?:a\s+lot|often|ever\s+since|since|every\s+day|all\s+week|many\s+times)\b"
    r"|\b(?:write|wrote|written|writing|put|stuck|taped|pinned|printed|copied)\s+(?:it|that|this"
    r"|them|those\s+words)\s+(?:[\w-]+\s+){0,6}?my\s+\w+"
    # Taken in: "it sank in", "I needed to hear that", "it gave me heart".
    r"|\b(?:sank|sunk)\s+in\b|\bhit\s+home\b|\bstruck\s+a\s+chord\b|\bresonated\b"
    r"|\bneeded\s+to\s+hear\s+(?:that|it|this)\b"
    r"|\b(?:helped|encouraged|reassured|steadied|heartened|comforted|lifted)\s+me\b"
    r"|\bgave\s+me\s+(?:\w+\s+){0,2}?(?:confidence|hope|courage|heart|a\s+lift|a\s+boost)\b"
)
# Kept though the words say "not": "I haven't forgotten it", "I'll never
# forget that". Of words that hurt, the same words hold a grudge ("...'hard
# to follow'. I have never forgotten it."): they count only for words that
# VADER does not read as negative, and never after a thanks.
_NOT_FORGOTTEN = re.compile(
    r"\b(?:haven['’]t|have\s+not|never)\s+forgotten\b|\b(?:will|['’]ll)\s+never\s+forget\b"
    r"|\bcan['’]t\s+stop\s+thinking\s+about\s+(?:it|that|this)\b",
    re.IGNORECASE,
)
# The "not" inside an uptake is no turn: "haven't forgotten", "could not agree more".
_INTO_UPTAKE = re.compile(r"\b(?:but|though|yet)\b(?=[^,;:]*$)", re.IGNORECASE)
_NEGATED_UPTAKE = re.compile(
    _NOT_FORGOTTEN.pattern + r"|\b(?:couldn['’]t|could\s+not)\s+agree\s+more\b", re.IGNORECASE
)
# Made their own or passed on to the writer's own people: "adopted it as my
# own rule", "a line I now use with my own team", "shared it with my
# students". Only words that guide: a word on the writer passed on to their
# apprentices is a jab ("still 'junior in presentation'. I will pass that on
# to my apprentices."). Not to a lawyer or a review site (see _SOUR).
_MADE_OWN = re.compile(
    r"\b(?:adopted|adopt|adopting|made|taken|took)\s+(?:it|that|this)\s+(?:as\s+)?(?:my|our)\s+"
    r"(?:own\s+)?(?:\w+\s+)?(?:rule|motto|mantra|principle|approach|habit|philosophy|line|way)\b"
    r"|\b(?:use|used|using|share|shared|sharing|pass|passed|passing|quote|quoted|quoting|teach"
    r"|taught|teaching)\s+(?:it|that|this|them|those\s+words)\s+(?:on\s+)?(?:with|to)\s+(?:my|our)\s+"
    r"(?:own\s+)?(?:\w+\s+)?(?:students|pupils|class|team|trainees|mentees|apprentices|kids|children"
    r"|staff|crew|volunteers|juniors|colleagues|family|players|squad)\b"
    r"|\b(?:one|something|a\s+phrase|a\s+line|words)\s+i(?:['’]ve)?\s+(?:(?:now|still|have|often"
    r"|since|always|tried\s+to)\s+)*(?:use|used|say|repeat|repeated|quote|quoted|live\s+by|lived\s+by"
    r"|share|shared|teach|taught)\b",
    re.IGNORECASE,
)
# "Meant a lot" is uptake, not the turn "meant" marks elsewhere ("which meant...").
_MEANT = re.compile(r"\b(?:meant|means)\s+(?:a\s+lot|a\s+great\s+deal|so\s+much|more)\b", re.I)
# Acting on the words is told in the past or present ("I've already started
# reworking it"); a promise about next time is how mock compliance is written
# ("I'll try to be less experienced next time"). Granting them: "That's
# fair", "You're right". Not "kind" or "helpful": the stock words of mock
# praise ("It's kind of you to spare me").
_GRANT = (
    r"\bi(?:['’]ve|\s+have)\s+(?:already\s+|now\s+|since\s+)?(?:started|begun|updated|signed|booked"
    r"|rewritten|reworked|enrolled|been\s+(?:practi[sc]ing|working|using|noticing|thinking))\b"
    r"|\bi(?:['’]m|\s+am)\s+(?:already\s+|now\s+)?(?:working\s+on|reworking|practi[sc]ing)\b"
    r"|\b(?:that['’]s|it['’]s|that\s+is|it\s+is|it\s+was|that\s+was)\s+(?:\w+\s+)?(?:fair|true)\b"
    r"|\byou['’]re\s+(?:\w+\s+)?right\b|\bi\s+(?:\w+\s+)?agree\b"
    r"|\byou\s+(?:were|are|may\s+(?:well\s+)?be|might\s+(?:well\s+)?be)\s+(?:\w+\s+)?right\b|\b(?:couldn['’]t|could\s+not)\s+agree\s+more\b"
    r"|\bfair\s+(?:point|comment)\b|\bspot\s+on\b|\bexactly\s+right\b|\bpoint\s+taken\b"
    r"|\brings?\s+true\b|\bi\s+(?:\w+\s+)?accept\s+(?:that|it|this)\b"
    # Agreed with as the truest or wisest words of their kind: "the most
    # sensible advice I've heard", "the best description of my work I've ever
    # read", "exactly why I applied". A joke or an excuse "I've heard" is a
    # sneer (_SOUR).
    r"|\b(?:best|wisest|truest|most\s+(?:sensible|accurate|useful|honest|helpful|practical|important"
    r"|valuable|precise))\s+(?:[\w-]+\s+){0,5}?(?:i['’]ve|i\s+have)\s+(?:ever\s+)?(?:heard|seen|read"
    r"|been\s+given|received|come\s+across)\b|\bexactly\s+why\s+i\s+applied\b"
    # Acted on: "I took your advice", "so I've joined a club", "I've been reading".
    r"|\bi\s+(?:took|followed|acted\s+on)\s+(?:your|that|the|this)\b"
    r"|\bi(?:['’]ve|\s+have)\s+(?:already\s+|now\s+|since\s+)?(?:taken|followed|acted\s+on)\s+"
    r"(?:your|that|the|this|it)\b"
    r"|\bi(?:['’]ve|\s+have)\s+(?:already\s+|now\s+|since\s+)?(?:joined|been\s+(?:reading|doing"
    r"|going|taking))\b"
)
# A promise to keep them counts only where no thanks framed the quote: after
# mock thanks it is mock keeping ("nice to be told I was 'a strong candidate'
# after five rounds. I'll treasure it.").
_PROMISE = (
    r"\bi(?:['’]ll|\s+will|\s+shall)\s+(?:always\s+)?(?:keep|treasure|remember|carry)\s+(?:that|it"
    r"|this|those|these|them|your\s+words)\b|\bwon['’]t\s+(?:ever\s+)?forget\b"
    # Advice acted on from now: "I'll keep working on it" (a fault is never kept, see _uptake).
    r"|\bi(?:['’]ll|\s+will|['’]m\s+going\s+to|\s+am\s+going\s+to)\s+keep\s+(?:working|practi[sc]ing)"
    r"\s+on\s+(?:it|that|this|both|those|them)\b"
)
_KEPT = re.compile(_KEEP, re.IGNORECASE)
_PROMISED = re.compile(_PROMISE, re.IGNORECASE)
_GRANTED = re.compile(_GRANT, re.IGNORECASE)
# Where words are kept as a grievance, not a keepsake: "in my folder of
# rejections", "passed it on to my lawyer".
_NOT_KEPT = (
    r"rejections?|collection|evidence|records|complaints?|lawyer|solicitor|tribunal|union|reviews?"
)
# A turn in the writer's next words takes the warmth back: a contrast, a
# doubt, irony, a cost, a question, a mock remedy.
_SOUR = re.compile(
    r"\b(?:but|though|although|yet|only|except|apparently|clearly|obviously|surely|of\s+course"
    r"|as\s+if|iron(?:y|ic\w*)|jokes?|funny|strange|interesting|shame|pity|wrong|unpaid|free|excuses?"
    r"|"
    + _NOT_KEPT
    + r"|wast\w+|invoices?|bills?|enough|never|lesson|sure|next\s+time\s+you|whoever|somehow"
    r"|ghost\w*|silence|given|"
    + SINCE
    + r"|suppose|guess|assume|imagine|unlike|even|despite|whereas"
    r"|turns?\s+out|wonder\w*|laugh\w*|nephew|niece|try\w*\s+(?:to\s+)?(?:\w+\s+)?(?:less|more))\b|\?",
    re.IGNORECASE,
)
# Thanks or approval before the quote frames mock thanks as often as not
# (coach/tone_quotes.py _FRAMED); liking their words ("I loved your point")
# or enjoying the talk does not.
_MOCK_FRAME = re.compile(
    r"\b(?:thank|thanks|grateful|glad|pleased|delighted|appreciat\w*|(?:good|nice|great|lovely|helpful|useful)\s+to"
    r"|(?:kind|nice|good)\s+of\s+you|reassuring|refreshing|i\s+note|noted|i\s+see|apparently"
    r"|so-called|interest(?:ed|ing))\b",
    re.IGNORECASE,
)
# One or two words in quotes inside a phrase are scare quotes around their
# label ("the 'feedback'", "your 'exciting opportunity'", "a 'valued' applicant").
_LABEL_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|your|their|our|my|such|a|an|so-called)\s*$", re.IGNORECASE
)

# A word running straight on from the quote, not a joining one: "'valued' applicant".
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|which|that|so|but|is|was|are|were|has|had|have|made|makes|really|when"
    r"|because|as|in|on|at|for|from|to|by|with|about|after|before|it|i|you|which|who)\b)[a-z]"
)

# Words about the one they chose are not the writer's to keep ("so glad you
# found someone 'more energetic'. I'll keep that in mind.").
_OTHERS = re.compile(
    r"\b(?:someone|somebody|whoever|the\s+(?:other|successful|chosen|new)\s+(?:\w+\s+)?"
    r"(?:candidate|person|applicant|hire))\b[^.!?]*$",
    re.IGNORECASE,
)


# Someone sought is the job's ideal, not the one they chose ("looking for
# someone who 'asks why before how'"), unless the words weigh the writer
# against them ("wanted someone 'more senior'").
_SOUGHT = re.compile(
    r"\b(?:looking|look|looks|seeking|seek|want|wants|wanted|need|needs|needed|after)\s+(?:for\s+)?$",
    re.IGNORECASE,
)


def _chosen_other(text: str, start: int, end: int) -> bool:
    """True when the quote is about the one they chose, not the writer or the job's ideal."""
    other = _OTHERS.search(text, max(0, start - 80), start)
    if other is None:
        return False
    sought = _SOUGHT.search(text, max(0, other.start() - 20), other.start())
    return not sought or bool(_FAULT.search(text, other.start(), end - 1))


# A verb of being or calling right before the quote makes it what is said of
# something ("my sheets were 'properly charming' cheered me up", "you called
# me 'a natural'"): the word after it is the sentence's own verb, not a noun
# the quote labels. Read so only for their praise of the writer: a lukewarm
# verdict kept ("my answers were 'adequate' cheered me up") is still mock.
_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|being|seemed?|seems|looked|sounded|felt|called|described"
    r"\s+(?:\w+\s+)?as)\s*$|\b(?:called|calling|call)\s+(?:me|it|them|us|my\s+[\w'’-]+)\s*$",
    re.IGNORECASE,
)


def _scare_quote(text: str, start: int, end: int, praise: bool = False) -> bool:
    """True for one or two quoted words used as a label inside a phrase.

    `praise`: the quote is their praise of the writer, which a verb of being
    or calling before it makes a predicate, not a label.
    """
    if len(text[start + 1 : end - 1].split()) > 2:
        return False
    label = _LABEL_BEFORE.search(text, max(0, start - 16), start)
    if label:
        return True
    if praise and _PREDICATE_BEFORE.search(text, max(0, start - 40), start):
        return False
    return bool(_NOUN_AFTER.match(text, end))


def rest_and_next(text: str, end: int) -> tuple[str, str]:
    """The words after the quote in its sentence, and the sentence after that.

    Both end where the quote's readers stop (coach/tone_reach.py): a sentence
    running on past it has no sentence after it that is read.
    """
    stop = after_end(text, end)
    if text[end - 2 : end - 1] in {".", "!", "?"}:
        rest_end = end  # the quote closed its sentence: "...bar."
    else:
        own = own_end(text, end)
        found = re.compile(r"[.!?\n]").search(text, end, own)
        if found is None:
            return text[end:own], ""
        rest_end = found.start()
    opened = re.compile(r"[.!?\n\s\"”'’)]*").match(text, rest_end, stop)
    start = opened.end() if opened else rest_end
    closed = re.compile(r"[^.!?\n]*[.!?]?").match(text, start, stop)
    return text[end:rest_end], text[start : closed.end() if closed else start]


def kept_next(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True when the words after the quote keep, act on, or grant it, unturned.

    Those words are the rest of its sentence and the sentence after it.
    `sentence` is the start and end of the sentence holding the quote.
    """
    s_start = sentence[0]
    if _scare_quote(text, start, end) or _chosen_other(text, start, end):
        return False
    # Mock thanks, then mock keeping: "Thanks for the note. I'll treasure it."
    # Only words the writer has called kind before quoting them, and keeps
    # after, pass a thanks ("I appreciated your warm comment that I had '...'.
    # It will stay with me."); never a fault, and never a mere promise.
    framed = bool(_MOCK_FRAME.search(text, s_start, start))
    if framed and (
        not _WARM_WORDS.search(text, s_start, start) or _FAULT.search(text, start + 1, end - 1)
    ):
        return False
    fault = bool(
        _ABOUT_WRITER.search(text, s_start, start) and _FAULT.search(text, start + 1, end - 1)
    )
    rest, after = rest_and_next(text, end)
    if TURN.search(_unsaid(rest)) or re.search(rf"\b(?:{_NOT_KEPT})\b", rest, re.IGNORECASE):
        return False
    # Uptake in the quote's own sentence stands on that sentence; uptake in
    # the next one must be unturned there too.
    hurt = _hurts(text[start + 1 : end - 1])
    guides = not _ABOUT_WRITER.search(text, s_start, start)  # words that guide, not a word on them
    if guides and (_MADE_OWN.search(rest) or (_MADE_OWN.search(after) and not _SOUR.search(after))):
        return True
    return _uptake(rest, fault, framed, hurt) or (
        not _SOUR.search(_unsaid(after)) and _uptake(after, fault, framed, hurt)
    )


def _hurts(words: str) -> bool:
    """True when VADER reads the quoted words as negative."""
    from coach.tone_vader import compound

    return compound(words) < 0


_WARM_WORDS = re.compile(
    r"\b(?:kind|warm|generous|lovely|thoughtful|encouraging)\s+(?:words?|comments?|note|remarks?"
    r"|feedback|message)\b",
    re.IGNORECASE,
)


def _unsaid(words: str) -> str:
    """`words` with a negated uptake blanked: its "not" is no turn ("haven't forgotten")."""
    words = _MEANT.sub(" ", _NEGATED_UPTAKE.sub(" ", words))
    # A contrast that leads into the keeping gives way to it: "You said it in
    # passing, but it has stuck with me." A turn after the keeping still counts.
    lead = _INTO_UPTAKE.search(words)
    if lead and _KEPT.search(words, lead.end()):  # keeping, not acting ("but I've started")
        words = words[: lead.start()] + " " + words[lead.end() :]
    return words


def _uptake(words: str, fault: bool, framed: bool = False, hurt: bool = False) -> bool:
    """True when `words` grant or act on the quote, or keep it (a fault found is not kept)."""
    if _GRANTED.search(words):
        return True
    # A fault found in the writer is granted, not kept ("'too direct'. I'll treasure that.").
    if fault:
        return False
    if _KEPT.search(words):
        return True
    if framed:
        return False
    return bool(_PROMISED.search(words)) or bool(_NOT_FORGOTTEN.search(words) and not hurt)


# Their praise of the writer, quoted: "you called my case study 'thoughtful'",
# "your note that I was 'a natural with the children'". Praise is received
# warmly when the writer keeps it, is moved by it before quoting it ("I was
# touched that you called me '...'"), or thanks for it afterwards ("Thank you
# for that."); and nothing turns after it. A thanks *before* the quote is not
# enough: that is how mock thanks starts. Mock thanks quotes a label ("the
# 'feedback'"), a fault ("'lacked energy'"), praise of someone else ("glad you
# found someone 'more energetic'"), or turns after it. Thanks after a fault is
# mock too ("You said I was 'overqualified'. Thanks for that."): only praise
# earns it.
_ABOUT_WRITER = re.compile(
    r"\b(?:me|my|i|i['’]m|i['’]d|i['’]ve|myself)\b"
    r"(?![^\"“‘]*\b(?:you|your|someone|somebody|they|them|he|she|whoever|candidate|others?"
    r"|people|team|everyone|anyone)\b)[^\"“‘.!?,;:]{0,60}$",
    re.IGNORECASE,
)

_MOVED_BEFORE = re.compile(
    r"\b(?:touched|moved|honoured|honored|humbled|(?:meant|means)\s+(?:a\s+lot|so\s+much))\b",
    re.IGNORECASE,
)
# Praise of the writer judged warmly by the writer: "was a nice way to end it",
# "is the feedback I'm proudest of". Only for praise of the writer: of their
# own words the same judgement is the stock of mock praise ("is a lovely line").
_JUDGED_WARM = re.compile(
    r"\b(?:lovely|nice|good|wonderful|great|kind)\s+(?:thing\s+)?to\s+(?:hear|read)\b"
    r"|\b(?:nice|lovely|kind|good)\s+way\s+to\b|\b(?:nicest|kindest|proudest|favourite|highlight)\b",
    re.IGNORECASE,
)
_FRAMED_THANKS = re.compile(r"\b(?:thank|thanks|glad|nice|kind|lovely|good\s+to)\b", re.IGNORECASE)
_THANKED = re.compile(
    r"\b(?:thank\s+you|thanks|grateful|appreciate(?:d)?\s+(?:it|that|this|those))\b",
    re.IGNORECASE,
)

# Words of lack or excess make a quote a fault found, however warm its words
# ("lacked enthusiasm", "a little too confident", "not quite the culture fit").
_FAULT = re.compile(
    r"\b(?:too|lack\w*|not|no|n['’]t|less|more|bit|little|could|should|needs?|but|if|only|enough"
    r"|quite|rather|slightly|somewhat)\b|n['’]t\b"
    r"|\b(?:over|under)(?!stand|line|way|go|take|writ|neath)[a-z]{4,}",
    re.IGNORECASE,
)


def _praise(words: str) -> bool:
    """True when the quoted words are praise: VADER scores them clearly positive."""
    from coach.tone_vader import compound

    return not _FAULT.search(words) and compound(words) >= 0.4


def praise_received(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True for their praise of the writer, quoted, received warmly, and not turned after."""
    s_start, _ = sentence
    before = text[s_start:start]
    if not _ABOUT_WRITER.search(before) or not _praise(text[start + 1 : end - 1]):
        return False
    if _scare_quote(text, start, end, praise=True):
        return False
    rest, after = rest_and_next(text, end)
    if TURN.search(_MEANT.sub(" ", rest)) or _SOUR.search(after):
        return False
    if _JUDGED_WARM.search(rest) and not _FRAMED_THANKS.search(before):
        return True
    if _MOVED_BEFORE.search(before) and not _FRAMED_THANKS.search(before):
        return True
    kept = (_KEPT, _GRANTED, _THANKED)  # not a promise: "nice to be told... I'll treasure it."
    return any(p.search(words) for p in kept for words in (rest, after))
