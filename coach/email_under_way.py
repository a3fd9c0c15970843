"""Wording that says an application is still going: nothing decided, a next step, a recruiter.

email_verdict asks these after its invitation and offer words: each names a
kind of email that is not a rejection, and it still counts as a rejection
when a plain no about the application is in it too.
"""

from __future__ import annotations

import re

# Nothing decided yet: "your application is still under consideration",
# "no decision has been made yet", "I'll be in touch either way".
NOT_DECIDED = re.compile(
    r"\bstill (?:very much )?(?:under (?:consideration|review)|in (?:the running|contention|"
    r"consideration)|being (?:considered|reviewed)|active|open|"
    r"on (?:our|the) (?:list|shortlist))\b|"
    r"\b(?:is|are|remains?) (?:currently |now )?(?:active and )?(?:being considered|"
    r"under (?:consideration|review))\b|\bstill in the (?:process|running)\b|"
    r"\bdecision (?:is )?pending\b|\b(?:once|as soon as|when) (?:a|the|our) (?:final )?decision "
    r"(?:has been|is) (?:made|reached|taken)\b|\b(?:won't|will not|not) decide until\b|"
    r"\b(?:one of (?:the|our) )?front-?runners?\b|\bpreferred candidate\b|"
    r"\bwill be considered (?:alongside|with|together)\b|"
    r"\bno decisions? (?:has|have) (?:been|yet)\b|\bno decisions? yet\b|"
    r"\b(?:haven't|have not|hasn't|has not) (?:yet )?(?:made|reached|taken) (?:a|any|our|the) "
    r"(?:final )?decisions?\b|\b(?:can't|cannot|can not) yet give\b|"
    r"\b(?:make|reach|made|reached) (?:a |our |the |final |any )?decisions? "
    r"(?:by|within|on final)\b|"
    r"\b(?:in touch|let you know|call you|update you|hear from us) either way\b|"
    r"\byou(?:'re| are) (?:on (?:our|the) shortlist|in the (?:first|second|next|last) "
    r"(?:batch|group|round|wave))\b|\btaking longer than (?:we|expected|planned|usual|hoped)\b|"
    r"\bwe (?:have|'ve) (?:received|got) your application\b|\bthank you for applying\b.{0,80}"
    r"\b(?:we will|we'll) (?:review|read|look)\b|"
    r"\b(?:haven't|have not) (?:submitted|finished|completed) it\b|"
    r"\bfinish (?:your|the) application\b|\bapplication is incomplete\b|"
    r"\baccus\w+ (?:bonne )?réception\b|\bà l'étude\b|\bEingang (?:Ihrer|deiner|der) \w+|"
    r"\bhemos recibido (?:tu|su) (?:solicitud|candidatura)\b|\bontvangst van (?:je|uw) "
    r"(?:sollicitatie|aanmelding)\b|\babbiamo ricevuto la (?:tua|sua) candidatura\b|"
    r"\brecebemos a (?:sua|tua) candidatura\b|"
    + r"|".join(
        (
            # The state said outright: still in it, nothing settled.
            r"\bstill (?:very much )?in (?:the )?(?:mix|frame|race)\b",
            r"\bstill (?:one of|among) (?:our|the) (?:top|strongest|leading|preferred|final|"
            r"front)\b|\b(?:remains?|is still) (?:active|open|live|in the process)\b"
            # Active in a database for other jobs is the talent pool, not this application.
            r"(?![^.]{0,40}\b(?:system|database|other|future|talent|pool))",
            r"\bnot ruling (?:anyone|you|anybody) out\b|\bhaven't forgotten (?:about )?you\b|"
            r"\bhave(?:n't| not) been forgotten\b|\byou'd be one of them\b",
            r"\bno (?:news|update|outcome|answer|decision)s? (?:for you )?yet\b|"
            r"\b(?:final )?decision (?:sits|rests|lies) with\b",
            r"\bdecisions? (?:will|should|is expected to|are expected to) (?:now )?be (?:made|"
            r"taken|reached)\b|\b(?:a little|a bit|slightly|running) (?:behind|delayed|late)\b|"
            r"\bremains? (?:in|under) (?:consideration|review)\b",
            # A hold or pause with an end is a wait: "on hold until the new head starts".
            r"\bon hold (?:until|till|pending|while)\b|\bpaused (?:for|until|till|over)\b|"
            r"\bwill (?:restart|resume|pick up again)\b|\bapplication is (?:unaffected|not "
            r"affected)\b",
            r"\bnothing about your (?:status|application|candidacy) has changed\b",
            # Received and waiting its turn: a date for the shortlist, a review to come.
            r"\b(?:confirm|acknowledge) (?:the )?receipt\b|\b(?:your )?application has "
            r"(?:been received|landed|reached us)\b|\bwill be (?:considered|reviewed|assessed) "
            r"(?:by|after|once|when|in|over|alongside)\b|\bshortlisting will\b",
            r"\bpassed (?:our|the) (?:initial |first )?(?:screening|sift|review)\b|"
            r"\b(?:is|are) now with (?:the|our) (?:hiring manager|panel|team|client)\b",
            r"\bnothing (?:has been|is|'s) (?:yet )?(?:decided|settled|final)\b",
            r"\b(?:not|n't) (?:yet )?been (?:decided|settled|finalised|finalized)\b",
            # The people deciding still at it.
            r"\bstill (?:going|working|wading) through\b|\bstill (?:reviewing|considering|"
            r"assessing|interviewing|deciding|shortlisting|deliberating|waiting (?:on|for))\b",
            r"\b(?:haven't|have not|hasn't|has not|yet to) (?:yet )?(?:finished|completed|"
            r"concluded) (?:the |our |all )?(?:interviews|interviewing|reviews?|reviewing|"
            r"shortlisting|assessments?|process)\b",
            # The answer promised for a later day.
            r"\b(?:expect|aim|hope|plan|intend)(?:s|ing)? to (?:decide|make (?:a|our|the|final) "
            r"decisions?|reach a decision|have (?:a|an) (?:decision|answer|outcome)|contact all "
            r"(?:applicants|candidates))\b",
            r"\b(?:won't|will not|can't|cannot) (?:have|give you) (?:an?|the|any) (?:answer|"
            r"outcome|decision|result)\b",
            r"\b(?:get back to|come back to|hear from|update|be in touch with|write to|let) "
            r"(?:you|me|us|all (?:candidates|applicants)|every(?:one| single applicant)?)(?: know)?"
            r"(?: (?:the|our) (?:outcome|result|decision)(?: of this \w+)?)? (?:next week|on "
            r"(?:mon|tues|wednes|thurs|fri)day|by (?:the (?:end|\d)|mon|tues|wednes|thurs|fri|\d)|"
            r"within)\b",
            r"\b(?:be in touch|write again|get back to you) (?:by|within|on|before) (?:the )?"
            r"(?:\d|end|next|mon|tues|wednes|thurs|fri)\w*\b",
            r"\baim to (?:review|respond|reply|get back)\b",
            # Slower than meant, not stopped.
            r"\btaking (?:so |a bit |a little |much )?(?:long|longer)\b|\bmore slowly than\b|"
            r"\b(?:has|have|had) been (?:delayed|held up|pushed back)\b|\bbear with us\b",
            r"\bpush(?:es|ed|ing)? (?:our|the) (?:decision|timeline|timings?) back\b|"
            r"\b(?:been|be|being) (?:put|pushed|moved) back\b|\btimeline has slipped\b|"
            r"\b(?:will be|there's|there is) a (?:short |slight |brief |small )?delay\b",
            # The same in the other languages the reader knows.
            r"\bsigue (?:en proceso|abierta|activa)\b|\besperamos tener una decisión\b|"
            r"\btoujours en cours\b|\bpas encore (?:pris|de décision)\b|"
            r"\bnoch (?:in Bearbeitung|keine Entscheidung)\b|\bnog (?:in behandeling|geen "
            r"(?:besluit|beslissing))\b|\bancora in (?:corso|valutazione)\b|"
            r"\bainda em análise\b",
            r"\b(?:Entscheidung|Auswahl) (?:ist |wurde )?noch nicht (?:gefallen|getroffen|"
            r"abgeschlossen)\b|\bnoch nicht entschieden\b|\bweiterhin (?:im Rennen|im "
            r"(?:Auswahl)?verfahren|in der (?:engeren )?Auswahl)\b|"
            r"\bhat sich (?:\w+ ){0,8}?verzögert\b|"
            r"\btoujours en lice\b|\b(?:décision|choix) n'a pas encore été\b|"
            r"\btodavía no hemos tomado (?:ninguna|una) decisión\b|\bse está alargando\b|"
            r"\bnog (?:steeds )?in de race\b|\bancora in corsa\b|\bainda não (?:tomámos|tomamos)\b",
        )
    ),
    re.IGNORECASE,
)

# A step still to come: an assessment to take, an interview moved or to be set.
_NEXT_STEP = re.compile(
    r"\bnext (?:stage|step) (?:of|in) the (?:process|application)\b|"
    r"\b(?:complete|take|begin|start|do) (?:\w+ ){0,3}"
    r"(?:assessments?|tests?|tasks?|exercises?|questionnaires?|challenges?)\b|"
    r"\byour (?:[\w-]+ ){0,2}?(?:challenge|assessment|test|task|exercise) (?:is ready|is waiting|"
    r"awaits)\b|"
    r"\b(?:your|a) (?:new|fresh) (?:assessment |test |interview |video )?link\b|"
    r"\b(?:assessments?|tests?|questionnaires?|trial shift|trial day)\b.{0,40}\b(?:link|links)\b|"
    r"\b(?:a|your) (?:paid |unpaid )?trial (?:shift|day)\b|"
    r"\b(?:reschedul\w+|move|moving|push(?:ed)?|postpone\w*) (?:it\b|(?:our|your|the|all) "
    r"(?:\w+ )?(?:interviews?|calls?|meetings?|chats?)\b)|"
    r"\byour interview (?:this|tomorrow|today|on|will now)\b|\bwill now take place\b|"
    r"\b(?:updated|new) (?:invite|invitation|slot|time|date)\b|\bbook a (?:new )?(?:time|slot)\b|"
    r"\bchoose (?:another|a new|a different) (?:time|slot|day)\b|"
    r"\bwould you have (?:\d+|a few|some|time)\b|"
    r"\b(?:would|does|do|could|can) (?:\w+ ){0,3}?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\d{1,2}(?::\d\d)? ?[ap]m)\b[^.?!\n]{0,40}\b(?:work|suit)\b|"
    r"\b(?:welcome|like) a (?:discreet |brief |short )?"
    r"(?:conversation|chat|call)\b|"
    r"\b(?:we'd|we would) like you to (?:do|come|complete|join|take|attend|sit|visit|meet)\b|"
    r"\b(?:change|changes|changed|moving|moved) (?:of |in |from |to )?(?:the |our )?"
    r"(?:room|venue|location|time|date|start time)\b|"
    r"\b(?:interview|assessment|call|meeting|session|centre|day)\b(?:\W+\w+){0,4}?\W+"
    r"(?:is|are) still on\b|\b(?:start|hold|have|begin) (?:your|the|our) (?:interview|call|"
    r"meeting|assessment)\b|"
    r"\bseriez-vous disponible\b|\bje vous propose\b|\bnous aimerions (?:échanger|vous "
    r"rencontrer)\b|\b(?:estarías|estaría) disponible\b|\bhätten Sie Zeit\b|"
    r"\bzou je beschikbaar\b|\bsaresti disponibile\b|\bestaria disponível\b|"
    r"\bverschieb\w*|\bErsatztermin\b|\breporter (?:votre|l'|notre) entretien\b|"
    r"\b(?:aplazar|reprogramar|spostare|verzetten|remarcar)\b|"
    r"\bsend (?:you )?(?:your|an) invit\w*|\b(?:grab|have) a coffee\b|"
    r"\b(?:keen|like|love|want) to (?:talk|meet|speak) (?:to|with) you\b|"
    r"\b(?:vous )?proposer un (?:entretien|échange|rendez-vous)\b|\bconvocation\b|"
    r"\ble plaisir de vous (?:inviter|proposer|convier|rencontrer)\b",
    re.IGNORECASE,
)

# An offer in all but name: selected, checks before a start, a first day.
_NEAR_OFFER = re.compile(
    r"\byou have been (?:selected|appointed|chosen) for\b|"
    r"\b(?:before|so) we can confirm your appointment\b|\bpre-employment checks?\b|"
    r"\b(?:your|a) (?:first day|start date|starting date)\b|\bprovisional offer\b|"
    r"\bconditional offer\b|\b(?:finalise|finalize|confirm) (?:your|the) offer\b|"
    r"\b(?:signed|returning your) contract\b|\byour start (?:on|date)\b|"
    # The offer worded as the job given: "offering you the post of", "join us as".
    r"\boffer(?:ing)? you (?:the|this|a) (?:[\w-]+ ){0,4}?(?:role|position|job|post|contract)\b|"
    r"\b(?:like|love|want) (?:you to join|to welcome you to) (?:us|the team|our team)(?: as)?\b|"
    r"\b(?:offer|offer letter|contract) (?:is |are )?(?:attached|enclosed)\b|"
    r"\b(?:attached|enclosed) (?:is |are )?(?:your|the) (?:contract|offer)\b|"
    r"\b(?:verbal|revised|written|formal) offer\b|"
    # Accepting is the reader's only when it is theirs: "that candidate has accepted our offer"
    # is the job gone to someone else.
    r"\b(?:you(?:'ve| have)? (?:now )?accepted|accept|accepting) (?:this|the|our|my) offer\b|"
    r"\bfor accepting\b|\boffer (?:is|remains) (?:subject|conditional)\b|"
    r"\b(?:recommended|approved|confirm(?:ed)?|signed off) your (?:appointment|offer)\b|"
    r"\b(?:the )?(?:job|role|position|post) is yours\b|\b(?:like|pleased|delighted|happy) to "
    r"appoint you\b|\bappoint you (?:as|to)\b|"
    r"\bsubject to (?:satisfactory |successful |two |your )?(?:references?|checks?|DBS|"
    r"background|right to work|medical|clearance|vetting)\b",
    re.IGNORECASE,
)

# The person's own withdrawal, confirmed: their choice, not the employer's no.
_OWN_WITHDRAWAL = re.compile(
    r"\byou (?:have|'ve) withdrawn your application\b|\bas (?:you )?requested\b.{0,60}\bwithdraw",
    re.IGNORECASE,
)

# A recruiter offering a role: "would you like me to put you forward?"
_RECRUITER = re.compile(
    r"\bput you forward\b|\bcame across your (?:profile|cv|résumé|resume)\b|"
    r"\b(?:role|opportunity|position) (?:that|which) (?:might|may|could) (?:interest|suit)\b|"
    r"\bwould you be (?:open|interested)\b|\bare you open to\b|"
    r"\bfancy a (?:coffee|chat|call)\b|\b(?:love|like) to get to know you\b|"
    r"\bgrab (?:\d+ minutes|a (?:coffee|chat|call))\b|\bwe(?:'re| are) hiring\b|"
    r"\b(?:roles|jobs) you (?:may|might) (?:like|be interested in)\b|\byou might like these\b|"
    r"\b(?:leading|running|conducting) a (?:confidential |discreet |retained )?search\b",
    re.IGNORECASE,
)


def still_going(news: str) -> str:
    """Why the message reads as an application still going ("" when nothing says so)."""
    if _OWN_WITHDRAWAL.search(news):
        return "it confirms that you withdrew the application yourself"
    if _NEAR_OFFER.search(news):
        return "it reads like a job offer"
    if _NEXT_STEP.search(news):
        return "it reads like an invitation to a next step"
    if _RECRUITER.search(news):
        return "it reads like a recruiter offering a role"
    if NOT_DECIDED.search(news):
        return "it says the application is still going and nothing is decided yet"
    return ""
