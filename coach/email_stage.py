"""How far an application got, as the email says it of this candidate: the furthest step named."""

from __future__ import annotations

import re

from coach import email_lang_feedback, email_lang_stage, email_stage_context
from coach.email_signals import _OFFERS
from coach.model import Stage

# Mentions of a step that did NOT happen ("invite you to interview") are
# removed before the stage is read, so they do not count as reached.
_NOT_REACHED = re.compile(
    r"(?:invit\w*|offer|move|moving|bring\w*|progress\w*|advance\w*|proceed\w*|schedul\w*|"
    r"tak\w+)"
    # Whoever is moved on: "you", "yours", "your application", "anyone in".
    r"\s+(?:(?:you|yours|your|anyone|things|it|application|candidacy|cv|in)\s+){0,3}"
    r"(?:forward\s+|ahead\s+|further\s+|through\s+|in\s+|on\s+)?(?:to|for|in|into)\s+"
    r"(?:an?\s+|the\s+)?"
    # "for a campus interview", "to the first-round interviews".
    r"(?:next\s+|further\s+|[\w-]+\s+)?(?:interviews?|onsite|on-site|round|stage|"
    r"final round|next (?:round|stage|step)|technical interview|phone screen|chat|call|"
    r"conversation|meeting|assessment (?:centre|center|day)|superday|on-?site)"
    r"|\b(?:offer|invite|schedule)\s+you\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}interviews?"
    # "take a few other candidates through to interview": someone else moved on.
    r"|\b(?:tak\w+|mov\w+|bring\w*)\s+(?:[\w'-]+\s+){1,4}?(?:forward|through|ahead|on)\s+"
    r"(?:to|for|into)\s+(?:an?\s+|the\s+)?(?:next\s+|final\s+)?(?:interviews?|round|stage)"
    r"|interview stage|next round|next stage|(?<=shortlisted )for (?:an? )?interviews?"
    r"|(?:\bnot|n't)\b[^.]{0,30}\b(?:set(?:ting)? up|arrang\w+|book\w*|schedul\w+)\s+"
    r"(?:an?\s+|any\s+|the\s+)?(?:\w+\s+)?interviews?\b"
    r"|\b(?:not been|weren't|were not|haven't been|have not been) (?:selected|shortlisted|chosen) "
    r"for (?:an? |the )?(?:interview|next round|next stage)"
    # "move ahead with other candidates for interviews": others go on, you do not.
    r"|\b(?:mov\w+|go\w*) (?:ahead|forward) with (?:other|another|different) (?:candidates?|"
    r"applicants?|people) (?:for|to) (?:the )?(?:interviews?|next (?:round|stage))"
    # "decided not to move forward with an interview": no interview was held.
    r"|(?:\bnot|n't)\b[^.\n]{0,30}?\b(?:mov\w+|go\w*|proceed\w*) (?:forward |ahead )?with "
    r"(?:an? |any )?(?:\w+\s+)?interviews?\b",
    re.IGNORECASE,
)


# A call named as one: by phone, on video, with a recruiter.
PHONE_NAMED = re.compile(
    r"\bphone\b|\btelephone\b|\brecruiter (?:screen|call|chat)\b|\bscreening call\b|"
    r"\b(?:video|teams|zoom|meet|intro(?:ductory)?) (?:call|chat|interview)\b|"
    r"\b(?:on|over|via) (?:zoom|teams|google meet|skype|facetime|hangouts)\b|"
    rf"{email_lang_stage.PHONE_NAMED}",
    re.IGNORECASE,
)
FINAL_INFERRED = re.compile(
    r"\bfinalist(?:s|es?|as?|en|i)?\b|\bend of the process\b|\bleft standing\b|"
    r"\b(?:with|chosen|chose|to|offered) the other (?:person|candidate|applicant)\b|"
    r"\bcame down to (?:two|three|the last|you and)\b",
    re.IGNORECASE,
)

_STAGE_RULES: list[tuple[Stage, re.Pattern[str]]] = [
    (
        Stage.OFFER,
        re.compile(
            r"\b(?:rescind\w*|withdraw\w*|retract\w*|revok\w*|pull\w*)\b[^.]{0,60}\boffer\b|"
            # Not "an offer to another candidate, and the search is no longer open".
            r"\boffer\b(?!\s+to\s+(?:another|other|the other|a different|someone))[^.]{0,60}\b"
            r"(?:rescind\w*|withdrawn|retracted|revoked|fell through|no longer)|"
            r"\bno longer (?:go ahead|proceed|move forward|honou?r)\w*\b[^.]{0,30}\boffer\b|"
            # The offer made is taken back: "unable to proceed with the offer we extended".
            r"\b(?:unable|not able|cannot|can't|can no longer)\b[^.]{0,40}"
            r"\b(?:proceed|honou?r|continue|go ahead)\b[^.]{0,20}\b(?:the|your|our) offer\b|"
            r"\boffer (?:we|that we|which we) (?:had )?(?:made|extended|sent)\b|"
            # An offer made, then a check failed.
            r"\b(?:background|reference|pre-employment) (?:check|screening)s?\b[^.]{0,80}"
            r"\b(?:unable|cannot|can't|not (?:able|proceed|move))",
            re.I,
        ),
    ),
    (
        Stage.FINAL,
        re.compile(
            r"\bon-?site\b|\bfinal[- ](?:round|interview|stage)s?\b|\blast interviews?\b|"
            r"\b(?:your|the) final (?:with|on)\b|\blast step\b|"
            # Finalists that include this candidate; "the other finalists" is only inferred.
            r"\b(?:all|each|both) (?:of )?(?:the |our )?finalists\b|\bgroup of finalists\b|"
            r"\bamong (?:the |our )?finalists\b|"
            r"\byou were (?:a |one of (?:the |our )?(?:\w+ )?)finalists?\b|"
            # The last few: "one of the last two", "a close second", references taken.
            r"\b(?:last|final) (?:two|three|few|stage|round)\b|\brunner-?up\b|\bclose second\b|"
            r"\bone of (?:the )?(?:two|three|last \w+|final \w+)\b|"
            r"\b(?:all|three|four|five|several|multiple) (?:of the )?(?:interview )?rounds\b|"
            r"\b(?:three|four|five|several) (?:separate |back-to-back )?(?:interviews|"
            r"conversations|meetings)\b|"
            r"\breferences?\b[^.]{0,30}\b(?:check\w*|taken|contacted|spoke|stage|were)|"
            r"\breference (?:stage|checks?)\b|\byour referees\b|"
            r"\b(?:spoke|speaking|checked|contacted|took up)\b[^.]{0,30}\breferences\b|"
            # "the afternoon you spent with the team in Leeds".
            r"\b(?:afternoon|morning|day|evening|time)s? (?:you spent )?with (?:us|(?:the|our) "
            r"(?:\w+ )?team)\b|"
            r"\bspent with (?:the|our) (?:\w+ )?team\b|"
            r"\bsecond interview\b|\bsuper ?day\b|\bfull day\b|\bfinal interviews?\b|"
            r"\bshadowing day\b|\bfinal round\b|\bsite visit\b|\bride-?along\b|"
            r"\bsecond[- ]round\b|\bsecond[- ]stage interviews?\b|\bcampus (?:interview|visit)s?\b|"
            r"\b(?:meeting|met|meet) (?:the )?(?:whole|wider|entire) team\b|"
            # Meeting the people at the top is the last step.
            # Not "after discussing with the partners": they talked among themselves.
            r"(?<!discussing )(?<!discussion )(?<!consulting )(?<!conferring )"
            r"\b(?:with|met|meeting|meet)\s+(?:[\w',’-]+\s+){0,4}?(?:the|our)\s+(?:founders|partners|directors|"
            r"research directors|leadership(?: team)?|executive team|ceo|managing director|"
            r"board)\b",
            re.I,
        ),
    ),
    (
        Stage.TECHNICAL,
        re.compile(
            r"\btechnical (?:interview|assessment|exercise|test|round|screen|challenge)\b|"
            r"\btake[- ]home\b|\bhomework\b|"
            r"\bcoding (?:exercise|challenge|test|assessment|interview)\b|"
            r"\blive coding\b|\bpair(?:ing| programming)\b|\bsystem design\b|\bcase study\b|"
            r"\b(?:online|skills?) (?:assessment|test)s?\b|\bassessment results?\b|"
            # An assessment centre or day is a day of exercises: the format's technical step.
            r"\bassessment[- ]?(?:centre|center|day)s?\b|"
            r"\bwork trial\b|\btrial (?:shift|day|task|service|run|week|project)s?\b|"
            r"\brole-?play\b|\bpaid trial\b|"
            # A working interview is a trial shift; a mock call or pitch is an exercise.
            r"\bworking interview\b|\bmock (?:[\w-]+ )?(?:call|pitch|interview|presentation)\b|"
            r"\bwritten (?:exam\w*|test)\b|\bexamination\b|"
            # Named tests: "numerical reasoning", "an in-tray exercise", "a typing test".
            r"\b(?:psychometric|numerical reasoning|verbal reasoning|situational judge?ment|"
            r"in-tray)\b|\b(?:aptitude|typing|personality) (?:test|assessment|questionnaire)s?\b|"
            r"\b(?:whiteboard\w*|hackerrank|codility|codesignal|coderpad|leetcode)\b|"
            r"\bcase interviews?\b|"
            r"\b(?:design|data|sql|writing|coding) (?:challenge|task|exercise|test)s?\b|"
            r"\bwork samples? (?:task|exercise|test)\b|"
            r"\btechnical\b[^.]{0,30}\binterview|"
            # "the SQL assessment", "a short written exercise", "presenting the inventory case";
            # "an assessment of your application" is only reading it.
            r"\b(?:the|an?|your|our)\s+(?:[\w-]+\s+){0,2}(?:assessment|exercise|challenge|test|"
            r"assignment)s?\b"
            # Not "an assessment of your application", nor a job or a unit: "the Test
            # Engineer role", "the Surgical Assessment Unit".
            r"(?!\s+of\b)(?!\s+[\w-]*(?:engineer|analyst|manager|lead|specialist|technician|"
            r"developer|scientist|coordinator|position|role|opening|job|unit|team|department|"
            r"office|division|ward|service|services|group)\b)|"
            r"\bpresent\w*\s+(?:the|your|a|an)\s+(?:[\w-]+\s+){0,2}case\b",
            re.I,
        ),
    ),
    (Stage.PHONE_SCREEN, PHONE_NAMED),
    # A finalist's place said of others ("the other finalists had more of that") is
    # inferred; a step the email names for this candidate, even a call, is said.
    (Stage.FINAL, FINAL_INFERRED),
    (
        Stage.PHONE_SCREEN,
        re.compile(
            r"\bphone\b|\btelephone\b|\brecruiter (?:screen|call|chat)\b|\bscreening call\b|"
            r"\b(?:video|teams|zoom|meet|intro(?:ductory)?) call\b|\bon a call\b|"
            r"\b(?:our|the|a|that) (?:quick |short |brief |good |great |lovely )?"
            r"(?:call|chat|conversation)\b(?!\s+for\b)|"
            r"\b(?:taking|take) (?:my|the|our) call\b|"
            r"\b(?:speak|speaking|spoke|talking|chatting) (?:with|to) (?:me|us|you|(?:our|the|a) "
            r"(?:\w+ )?(?:recruiter|recruitment|talent|hr|people)\b)|"
            r"\bspoke with\b|\btalking with\b|\bchat(?:ting|ted)? with (?:me|us|[A-Z]\w+)\b|"
            r"\binterview(?:s|ed|ing)?\b|\b(?:meeting|meet|met|conversation|call|chat|talk) with\b|"
            r"\b(?:connecting|connected|catching up) with (?:me|us)\b|"
            r"\b(?:speaking|talking|chatting) with (?:the|our|a|an)\b|"
            r"\b(?:on|over|via) (?:zoom|teams|google meet|skype|facetime|hangouts)\b|"
            r"\b(?:vorstellungsgespräch|telefoninterview|gespräch|entretien|entrevista|"
            r"sollicitatiegesprek|colloquio)\w*\b|"
            # "Lovely to meet you on Thursday": they met, so it was an interview of a kind.
            r"\b(?:to meet|meeting|met) you\b|"
            # "coming by the office to talk about the Estimator position".
            # Not "every reel that came in": the work came in, not the person.
            r"(?<!that )(?<!which )\b(?:coming|came|come) (?:in|by|into|out)\b|"
            r"\b(?:talk|speak|chat)(?:ing)? about the\b",
            re.I,
        ),
    ),
    (
        Stage.PORTFOLIO,
        re.compile(
            r"\bportfolios?\b|\bshow ?reels?\b|\bdemo reels?\b|\bwork samples?\b|"
            r"\bwriting samples?\b|\breel\b|\bcase studies\b|\b(?:code|the|your) samples?\b|"
            r"\bdesign samples?\b|\bsamples of your work\b|\bclips\b|"
            r"\b(?:github|gitlab|behance|dribbble)\b|"
            r"\b(?:projects|pieces|work) you (?:shared|sent|linked)\b",
            re.I,
        ),
    ),
    (
        Stage.APPLICATION,
        re.compile(
            # Saying they read it, not only naming it: "thank you for your application" alone
            # says nothing of how far it got.
            r"\b(?:initial|first) (?:review|screening|sift|stage)\b|"
            r"\b(?:review\w*|consider\w*|assess\w*|read|looked (?:at|over|through)|"
            r"(?:went|been|gone|looked) through|"
            r"evaluat\w*|screen\w*)\s+(?:\w+\s+){0,3}?(?:applications?|candidacy|submission|it|them)\b|"
            r"\bcover letter\b|"
            r"\bapplications?\b[^.\n]{0,40}\b(?:review\w*|consider\w*|assess\w*|screened|received)\b|"
            r"\b(?:number|volume|pool|many|hundreds|dozens|loads|lots|plenty|tons) of (?:\w+ )?"
            r"(?:applications|applicants|"
            r"candidates)\b|"
            # What was weighed is this candidate's: not "other candidates whose experience
            # fits" (that says only that someone else was chosen).
            # Not "Dear Applicant" or an equal-opportunity line's "all qualified applicants".
            r"(?<!dear )(?<!qualified )\bapplicants?\b(?! (?:will|with disabilit))|"
            r"\b(?:resume|résumé|cv|cover letter)s?\b|"
            r"\byour\s+(?:\w+\s+){0,2}?(?:qualifications|profile|background|experience|skills)\b|"
            # Saying they applied: "thanks for applying", "your application for the role".
            r"\bthank(?:s| you) for (?:your )?(?:recent |online )?"
            r"(?:applying|application|submitting)\b|"
            r"\bmany (?:\w+ )?applications\b|"
            r"\byou applied\b|"
            r"\bshortlist\w*\b|\b(?:after|following)\s+(?:a\s+)?(?:careful\s+|thorough\s+)?"
            r"review\b(?!\s+of\s+(?:\w+\s+){0,3}(?:budgets?|plans?|structure|headcount|"
            r"department\w*|needs|team|organi[sz]ation))|\bcarefully reviewed\b",
            re.I,
        ),
    ),
]


# A panel that met you, not one that read the applications or agreed a longlist.
# It means the final round unless the email names a technical step: then the
# panel is who sat the technical interview.
_PANEL = re.compile(
    r"(?<!outside the )(?<!inside the )(?<!within the )(?<!shortlisting )(?<!sifting )\bpanel\b"
    r"(?![^.]{0,100}\b(?:applications?|shortlist\w*|longlist\w*|criteria|cvs?|resumes?)\b)",
    re.IGNORECASE,
)


def _reached_text(text: str) -> tuple[str, str]:
    """The sentences that can say what happened, and the same with steps not reached taken out."""
    # "Happy to talk it through on a call" offers a call; it says nothing of a past one.
    sentences = re.split(r"(?<=[.!?])\s+|\n", text)
    said = [
        s
        for s in sentences
        if not (_OFFERS.search(s) or email_lang_feedback.offered_in(s))
        # "Our process normally has four steps", "the next stage would have been a case
        # study": a process described, not a step this candidate took.
        and not email_stage_context.HYPOTHETICAL.search(s)
    ]
    text = email_stage_context.TALK_NOT_HELD.sub(" ", "\n".join(said))
    reached = email_stage_context.FOR_OTHERS.sub(" ", text)
    reached = email_stage_context.MOVED_ON_TO.sub(" ", reached)
    reached = email_stage_context.NONE_HELD.sub(" ", reached)
    reached = email_lang_stage.NOT_REACHED.sub(" ", _NOT_REACHED.sub(" ", reached))
    return text, reached


def _evidence(reached: str) -> list[tuple[Stage, re.Match[str]]]:
    """Every rule that matches, furthest stage first (the first is the answer)."""
    found: list[tuple[Stage, re.Match[str]]] = []
    abroad = dict(email_lang_stage.CUES)
    for stage, pattern in _STAGE_RULES:
        # The other languages' cues of a stage are read with its first English rule.
        for rule in (pattern, abroad.pop(stage, None)):
            if rule is not None and (hit := rule.search(reached)):
                found.append((stage, hit))
        if stage is Stage.TECHNICAL and (hit := _PANEL.search(reached)):
            found.append((Stage.FINAL, hit))
    return found


def stage_in(text: str) -> Stage | None:
    """The furthest step the text says this candidate reached, or None when it says none."""
    if email_stage_context.offer_taken_back(text):
        return Stage.OFFER
    said, reached = _reached_text(text)
    found = _evidence(reached)
    if found:
        return found[0][0]
    # "not taking your application forward to interview", and nothing more:
    # a step not reached says the application went no further.
    return Stage.APPLICATION if reached != said else None


def _debug(text: str) -> None:
    """Print the evidence (for working on the reader by hand)."""
    _said, reached = _reached_text(text)
    print("offer taken back:", email_stage_context.offer_taken_back(text))
    for stage, hit in _evidence(reached):
        print(f"  {stage.value:<13} {hit.group(0)!r}")
