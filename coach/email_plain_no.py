"""A no about the application itself: the person not going on, the job gone, an offer taken back.

An email that says the application is going on (an offer, an invitation, a
decision still to come) is a rejection only when it also says one of these.
A no about anything else in such an email (a salary it can't match, a day
that doesn't work, a deadline it won't extend, a panel that couldn't meet) is
about a detail of the process, and the process is still going.
"""

from __future__ import annotations

import re

_NOT = (
    r"(?:\bnot\b|n't\b|n’t\b|\bunable to\b|\bno longer\b|\bcannot\b|\bnever\b|"
    r"\bdecided against\b|\bnor\b)"
)
_GAP = r"(?:\W+\w+){0,5}?\W+"

# What goes on or stops is the application, the person, or the search for them.
_YOU = (
    r"(?:you\b|your\b|(?:the|this|that|my) (?:application|candidacy|profile|cv|résumé|resume)\b|"
    r"(?:him|her|them)\b)"
)
# What an offer or a place is of: the job, never a sum of money or a day.
_POST = (
    r"(?:role|position|post|job|place|vacancy|employment|contract|offer|interview|opportunity|"
    r"a (?:further|second|final|next) )"
)

# A negation, then what it stops; the negation is matched once and each kind follows it.
_APPLICATION_NO = re.compile(
    rf"{_NOT}(?:"
    # "We won't be moving forward", "not to take your application further".
    rf"{_GAP}(?:mov|proceed|progress|continu|advanc|tak|go|carry|push)\w*"
    rf"(?:\W+\w+){{0,3}}?\W+(?:forward|further|ahead|on\b(?! (?:the|a|an|this|that|it)\b)|"
    rf"through|any further|with (?:you|your|"
    rf"the application|this application|the (?:role|position|post|recruitment|process)))|"
    # "decided not to proceed.", "will not be progressing at this time".
    rf"(?:\W+\w+){{0,3}}?\W+(?:proceed|progress|continu)\w*\s*(?:[.,;]|at this|on this)|"
    # "we won't be moving you to the onsite".
    rf"{_GAP}(?:mov|progress|advanc|tak|bring|put|push)\w* (?:you|your \w+(?: \w+)?) "
    rf"(?:to|into|forward|further|through|on)\b|"
    # "not able to offer you the role", "won't be inviting you to interview".
    rf"{_GAP}(?:offer|select|shortlist|invit|hir|appoint|recruit|consider|pursu|"
    rf"interview|refer|short-list|put|extend|accept|approv|progress)\w*(?:\W+\w+){{0,2}}?\W+"
    rf"(?:{_YOU}|{_POST}|at this (?:time|stage)|on this occasion|this time)|"
    # "not able to send the written offer": the offer itself stopped.
    rf"{_GAP}(?:send|make|issue|extend|honou?r|confirm)\w*(?:\W+\w+){{0,2}}?\W+offer\b|"
    # "didn't come through strongly enough for us to invite you".
    rf"(?:\W+\w+){{0,6}}?\W+enough\b(?:\W+\w+){{0,3}}?\W+(?:invit|offer|progress|mov|"
    rf"shortlist|select|take|proceed|advanc)|"
    # "you have not been successful", "were not shortlisted".
    rf"(?:\W+\w+){{0,3}}?\W+(?:been |be )?(?:successful|selected|shortlisted|short-listed|"
    rf"chosen|progressed|invited|offered|appointed|taken forward|put forward|moved forward)\b|"
    # "not the right fit", "isn't a match for this role".
    rf"(?:\W+\w+){{0,3}}?\W+(?:a|the|an) (?:\w+ )?(?:fit|match)\b)|"
    rf"\bno longer (?:be )?(?:consider|recruit|hir|proceed|progress|(?:able|in a position) to "
    rf"(?:offer|proceed|continue|go ahead|progress)|in (?:the running|consideration|contention)|"
    rf"going ahead)\w*",
    re.IGNORECASE,
)

# The job gone or given: filled, closed, cancelled, someone else appointed.
_JOB_GONE = re.compile(
    r"\b(?:role|position|post|job|vacancy|opening|requisition|search|recruitment|process|"
    r"opportunity|offer)\b(?:\W+\w+){0,6}?\W+(?:has|have|had|is|was|were|are|been|being|now)"
    r"(?:\W+\w+){0,2}?\W+(?:filled|closed|cancel+ed|withdrawn|rescinded|frozen|pulled|"
    r"(?:put )?on hold(?! (?:until|till|pending|while|for (?:a|two|three|\d)))|"
    r"paused indefinitely|scrapped|abolished|removed|discontinued|"
    r"concluded|terminated|revoked|retracted|shelved|taken down|no longer)\b|"
    r"\b(?:is|has been|are|have been|was) (?:now |therefore |hereby )?(?:withdrawn|rescinded|"
    r"revoked|retracted)\b|"
    r"\b(?:withdraw|withdrawing|rescind|rescinding|revoke|revoking|retract|retracting|pull|"
    r"pulling|cancel|cancelling|close|closing|freeze|freezing)\w* (?:the|our|your|this|that|"
    r"my) (?:[\w-]+ ){0,2}?(?:offer|role|position|post|vacancy|job|requisition|search|"
    r"recruitment)\b|"
    # "offer the post to another candidate", "given the pastry job to someone".
    r"\b(?:offer|offered|offering|give|given|giving|gave|award|awarded|appoint|appointed)\b "
    r"(?:the|this|that|our) (?:[\w-]+ ){0,5}?(?:role|position|post|job|place|contract|vacancy) "
    r"to (?!you\b)|\bappoint(?:ed|ing)? (?:them|him|her|someone|somebody) to\b|"
    r"\b(?:role|position|post|job|place|vacancy) (?:has been|had been|was|is being|has gone|went) "
    r"(?:given |offered |awarded )?to (?!you\b)(?:an?|another|someone|somebody|the other|one "
    r"of)\b|"
    r"\b(?:appoint|appointed|appointing|hire|hired|hiring|select|selected|selecting|choose|"
    r"chose|chosen|pick|picked|offer|offered|gone with|going with|go with|went with|"
    r"decided on|made an offer to|accepted (?:an|our|the) offer)\s+(?:another|an other|"
    r"other (?:candidates|applicants|people)|"
    r"a different|the other|someone|somebody|one of the other|the (?:successful|preferred|"
    r"internal|external) (?:candidate|applicant)|an internal)\b|"
    r"\b(?:another|other|different|successful|preferred|internal) (?:candidate|applicant|"
    r"person|finalist)s?\b(?:\W+\w+){0,4}?\W+(?:has|have|was|were|had)(?:\W+\w+){0,2}?\W+"
    r"(?:appointed|offered|selected|chosen|hired|accepted|successful|given)\b|"
    r"\b(?:gone|going|go|went) with (?:a|an) (?:candidate|applicant|person)\b|"
    r"\b(?:frozen|froze|freezing|paused) (?:all |the |our )?(?:open )?(?:headcount|hiring|"
    r"recruitment)\b|\b(?:headcount|hiring|recruitment) (?:freeze|has been frozen)\b|"
    # "chosen to proceed with other candidates": the process goes on without the person.
    r"\b(?:proceed|move forward|moving forward|continue|go ahead|progress|going forward)\w* with "
    r"(?:a|an|another|other|the other|someone|somebody|different|those|the (?:successful|"
    r"preferred|internal))? ?(?:[\w-]+ )?(?:candidates?|applicants?|people|person|profiles?|"
    r"finalists?|else)\b|"
    # "We've now filled the position."
    r"\b(?:filled|closed|cancel+ed|withdrawn|frozen|scrapped) (?:the|this|that|our) "
    r"(?:[\w-]+ ){0,4}?(?:role|position|post|vacancy|job|opening|search|recruitment)\b|"
    r"\b(?:made|reached|announced) (?:an|the|our|a) appointment\b|"
    r"\bappointment (?:has|had|was) (?:now |already )?been made\b|"
    r"\b(?:candidate|applicant|person|finalist|she|he|they)\b (?:has |have |had )?(?:now |since |"
    r"already )?accepted (?:an|our|the|this|that|their|his|her) (?:[\w-]+ ){0,2}?offer\b|"
    r"\b(?:made|mak(?:e|es|ing)|extend(?:s|ed|ing)?) (?:an|our|the|a) (?:[\w-]+ ){0,2}?offer to "
    r"(?!you\b)(?:an?|"
    r"another|someone|somebody|the other|one of)\b|"
    r"\bmade (?:an|our|the) (?:offer|appointment|hire|decision) (?:to|for|on) (?:an?|the|"
    r"another|someone|somebody|one)\b",
    re.IGNORECASE,
)

# The plain words of a rejection, whatever else the email says.
_PLAIN = re.compile(
    r"\bunsuccessful\b|\bnot been successful\b|\brejected\b|\bnot (?:be )?(?:the )?right "
    r"(?:person|candidate|fit|match)\b|\bwon't be (?:taking|going) (?:it|this|things) further\b|"
    r"\b(?:go|going|gone|went) (?:in )?(?:another|a different) (?:way|direction)\b|"
    # Others judged closer, stronger, better suited: the person compared and passed over.
    r"\b(?:others|other (?:candidates|applicants|people)|another (?:candidate|applicant)|"
    r"someone else)\b(?:\W+\w+){0,4}?\W+(?:closer|better|stronger|more (?:closely|experienced|"
    r"suited|relevant))\b|"
    r"\b(?:not going to be|won't be|will not be|isn't|is not) you\b|"
    r"\b(?:clos|withdraw|cancel)\w* (?:all|every|your) (?:applications?|candidacies)\b|"
    r"\b(?:stop|stopping|end|ending|close|closing) (?:the|your|our) (?:process|application)"
    r"(?: here| now| with you| for you)\b|"
    r"\bnot (?:one of|among) (?:them|those|the (?:candidates|people|ones|applicants))\b|"
    r"\bpass(?:ing)? on (?:moving|progressing|taking|your|you|this)\b|"
    r"(?:\bnot\b|n't\b) (?:quite )?(?:meet|reach|pass|achieve|score)\w* (?:the|our) "
    r"(?:\w+ )?(?:threshold|bar|standard|level|benchmark|mark|minimum|criteria|requirements)\b|"
    r"\bdecided (?:not to|to go with|to pursue other|to move forward with (?:another|other|"
    r"someone|a different))|\bno from us\b|\bnot (?:a|the) yes\b",
    re.IGNORECASE,
)


# "Please do not resign yet", "Don't book travel": the reader told what to do, no answer.
_TOLD = re.compile(r"(?:^|[.!?:]\s+|\bplease\s+)(?:do not|don't|don’t)\b[^.!?\n]*", re.I | re.M)


def says_no_to_the_application(text: str) -> bool:
    """Whether the text says no about the application itself (in English)."""
    text = _TOLD.sub(" ", text)
    return bool(_PLAIN.search(text) or _APPLICATION_NO.search(text) or _JOB_GONE.search(text))
