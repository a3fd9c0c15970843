"""Whether an email is a rejection at all, or an invitation or an offer read by mistake."""

from __future__ import annotations

import re

from coach.email_events import without_event_invitations
from coach.email_not_answers import languages, without_conditions
from coach.email_plain_no import says_no_to_the_application
from coach.email_rejection import reads_as_rejection, reads_as_rejection_elsewhere
from coach.email_skipped_step import without_skipped_steps
from coach.email_under_way import still_going

# Ways of saying no that email_rejection's list (built to pick the news out of a
# thread) leaves out: a "not" before a step of the process, a post filled or
# closed, the job given to someone else. Wide on purpose: a real rejection
# called "not a rejection" is refused by `coach import`, so the doubt goes its way.
_NEGATION = (
    r"(?:\bnot\b|n't\b|n’t\b|\bunable to\b|\bno longer\b|\bwithout\b|\bnever\b|"
    r"\bcannot\b|\bnor\b|\bisn't\b)"
)
_STEP = (
    r"(?:mov|proceed|progress|continu|advanc|invit|offer|select|shortlist|schedul|consider|"
    r"fill|extend|tak|hir|put|reach|pursu|interview|set(?:ting)? up|call|go|send|sending|"
    r"recruit|review|refer|success|match|fit|right|able|in a position|add|justify|need|"
    r"among|be |a fit|quite|meet|suit|look|keep|bring|chosen|pass|through|ahead|further|"
    r"forward|hiring|renew|afford|start|proceed)"
)
_NEGATED_STEP = re.compile(rf"{_NEGATION}(?:\W+\w+){{0,5}}?\W+{_STEP}", re.IGNORECASE)
_ENGLISH_NO = re.compile(
    r"\bfilled\b|\bcancel+ed\b|\bclosed?\b|\bwithdraw\w*|\beliminated\b|\bfrozen\b|\bfreeze\b|"
    r"\bpaus(?:e|ed|ing)\b|\bpull(?:ed|ing)? (?:out|the|back)\b|\btake back\b|\ball set\b|"
    r"\bpass(?:ing)? (?:on|for|this|th)|\bsomeone else\b|\bsomebody else\b|"
    r"\bother (?:candidates?|applicants?|people|folks|finalists?|avenues|person|profiles?)\b|"
    r"\bthe other (?:candidate|finalist|applicant)\b|"
    r"\b(?:with|w|to|hired|appoint(?:ed)?|picked|chose|chosen|selected) (?:an? |the )?"
    r"(?:candidates?|others|folks|someone|somebody|people|applicants|internal|from within)\b|"
    r"\bhired\b|\bappoint(?:ed|ment)?\b|\bgiven (?:the|it|that)\b|"
    r"\bgive (?:the|it) \w+ (?:job|role|post|position)? ?to\b|"
    r"\ba no\b|\bgone\b|\banother way\b|\bpicked\b|\bmade (?:a|our|the) (?:decision|choice|call)\b|"
    r"\bdecid\w+|\bdecision\b|\bsorry\b|\bapolog\w+|\bdisappoint\w*|\bgutted\b|"
    r"\bno (?:further|longer|this time|fit|match|vacanc)|\bclose (?:the|your|this|our)\b|"
    r"\bconclude[ds]?\b|\bon hold\b|\bhold off\b|\bcome to an end\b|"
    r"\b(?:looking for|need|want|after|prefer) "
    r"(?:someone|somebody|a candidate|candidates|people)\b",
    re.IGNORECASE,
)

# The same in the other languages the reader knows: a negation, a post filled.
_OTHER_NO = re.compile(
    r"\bnon\b|\bniet\b|\bnicht\b|\bkein\w*|\bnão\b|\bnao\b|\bne\b|\bn'|\bpas\b|"
    r"\bno (?:ha|han|hemos|vamos|continu|segui|podemos|podr|fue|ser|ti|te|le|es)\w*|"
    r"\bpourvu\b|\bcopert[ao]\b|\bcubiert[ao]\b|\bpreenchid[ao]\b|\bdescart\w*|"
    r"\bindividuato\b|\belegid[oa]s?\b|\bscelt[oa]\b|\bpreso\b|\bspijt\b|\bkiezen\b|\bgekozen\b|\bjammer\b|"
    r"\bretir\w*|\bannul\w*|\bsospes\w*|\bchoisi\b|\bhelaas\b|\bleider\b|\bbesetzt\b|"
    r"\binfelizmente\b|\blamentablemente\b|\bpurtroppo\b|\bmalheureusement\b",
    re.IGNORECASE,
)

# An invitation to a next step: "we'd love to invite you to a technical interview".
_INVITATION = re.compile(
    r"\binvit\w* you (?:to|for)\b(?!\s+(?:apply|re-?apply|explore|view|visit|browse|check|"
    r"keep|look|join our talent|join our candidate|submit|stay|follow|consider))|"
    r"\b(?:like|love|happy|pleased|glad|excited|keen) to (?:invite|schedule|set up|book|arrange|"
    r"move you|advance you|progress you|bring you|have you (?:in|back|come|meet|join))\b|"
    r"\bnext (?:step|round|stage|interview)s? (?:is|are|will be|would be)\b|"
    r"\b(?:what|which) (?:times?|days?|dates?) (?:work|suit)|\byour availability\b|"
    r"\bcould you do\b|\bare you (?:free|available)\b|\bcalendly\b|"
    # A time put to the writer: "Can you do Monday at 2pm?" (closing20's unseen batch).
    r"\bcan you (?:do|make) (?:(?:on|this|next) )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|tomorrow|\d)|"
    r"\b(?:how|what) about (?:(?:on|this|next) )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|tomorrow|\d{1,2}(?:[:.]\d\d)? ?[ap]m\b)[^.!?\n]{0,40}\?|"
    r"\b(?:book|pick|choose|select) a (?:time|slot)\b|\bwhen you(?:'re| are) (?:free|available)\b|"
    r"\b(?:moving|move|advancing|advance|progressing|progress) you (?:forward|on|through|to)\b|"
    r"\byou(?:'ve| have) been (?:selected|shortlisted|chosen)\b|\bgreat news\b|"
    r"\beinladen(?: möchten)?\b|\beinladung zu\w*|\buitnodigen voor\b|\buitnodiging voor\b|"
    r"\bvous inviter à (?:un|une|notre)\b|\binvitarte a (?:una|la|un)\b|\bconvidar para\b",
    re.IGNORECASE,
)

# A job offer: "we are delighted to offer you the position".
_OFFER = re.compile(
    r"\b(?:pleased|delighted|happy|thrilled|excited|glad) to (?:offer|extend|make) you\b|"
    r"\boffer you the (?:role|position|job|post)\b|\b(?:your|the) offer letter\b|"
    r"\bcongratulations\b|\bcongrats\b|\bwelcome (?:aboard|to the team|on board)\b|"
    r"\bfélicitations\b|\bfelicidades\b|\bglückwunsch\b|\bgefeliciteerd\b|"
    r"\bcongratulazioni\b|\bparabéns\b|\benhorabuena\b",
    re.IGNORECASE,
)


# The one reason that says nothing of where the application stands: it may be a no
# worded in a way the check does not know.
NOTHING_SAYS_NO = "nothing in it says no"


def says_no(text: str) -> bool:
    """Whether anything in the text reads as a no, however it is worded."""
    return bool(
        reads_as_rejection(text)
        or says_no_to_the_application(text)
        or _NEGATED_STEP.search(text)
        or _ENGLISH_NO.search(text)
        or _OTHER_NO.search(text)
    )


def not_a_rejection(news: str, whole: str) -> str:
    """Why the email does not read as a rejection ("" when it does).

    `news` is the message chosen as the email (its subject and text); `whole`
    is everything read, quoted parts too. An invitation or offer that also says
    a plain no somewhere ("sadly Tuesday is out") is still an invitation; only
    a no about the application itself makes it a rejection.
    """
    # "Our careers open evening": an invitation to an event for everyone is no step of this
    # application, so it goes on with nothing.
    steps = without_event_invitations(news)
    offer = _OFFER.search(news)
    invitation = _INVITATION.search(steps)
    going = still_going(steps)
    if offer or invitation or going:
        # "Not selected for the first round", then invited straight to the final: let off.
        if not _strong_no(without_skipped_steps(news)):
            if offer:
                return "it reads like a job offer"
            if invitation:
                return "it reads like an invitation to a next step"
            return going
        return ""
    # "If he's hired, you get a bonus" says no to nobody; another language's "if"
    # is too often something else ("si" in Italian), so there the whole text counts.
    if not says_no(whole):
        return NOTHING_SAYS_NO
    # A rejection's own words are seldom inside a condition: the slower reading
    # without conditions is for the looser no words only.
    if reads_as_rejection(whole) or says_no_to_the_application(whole) or languages(whole):
        return ""
    return "" if says_no(without_conditions(whole)) else NOTHING_SAYS_NO


# "Unfortunately", "sadly", "sorry": an invitation says them of a day or a room.
_WEAK = re.compile(
    r"\bunfortunately\b|\bsadly\b|\bI'm afraid\b|\bsorry\b|\bapolog\w+|\bregret\w*|"
    r"\bbad news\b|\bdecision\b|\bclosed?\b|\bmalheureusement\b|"
    r"\bleider\b|\bpurtroppo\b|\binfelizmente\b|\blamentablemente\b|\bhelaas\b",
    re.IGNORECASE,
)


# A negation in the other languages: in English text "non-slip" or "ne" say nothing.
_FOREIGN_NOT = re.compile(r"\bnon\b|\bniet\b|\bnicht\b|\bnão\b|\bne\b.{0,60}\bpas\b", re.I)
# Spanish "no" is English too, and "no dude en" is a courtesy: only a no to going on counts.
_SPANISH_NO = re.compile(
    r"\bno (?:\w+ )?(?:encaj|cumpl|continu|segui|avanz|seleccion|result|ha sido "
    r"(?:seleccionad|elegid|preseleccionad))\w*",
    re.IGNORECASE,
)


def _strong_no(text: str) -> bool:
    """A no about the application itself, not about a day, a room or a condition."""
    stripped = _WEAK.sub(" ", without_conditions(text))
    if says_no_to_the_application(stripped) or reads_as_rejection_elsewhere(stripped):
        return True
    langs = languages(text)
    return bool(
        (langs and _FOREIGN_NOT.search(stripped))
        or ("es" in langs and _SPANISH_NO.search(stripped))
    )
