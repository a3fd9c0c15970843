"""Whose step an email names (not a process described, not others'), and an offer undone."""

from __future__ import annotations

import re

from coach import email_lang_stage

# A sentence that describes the process or what would have come, not what
# happened: "Our hiring process normally has four steps", "the next stage would
# have been a case study", "Die nächsten Schritte ... finden ohne Sie statt".
# A "next step" not reached is left to the not-reached patterns, which read it.
HYPOTHETICAL = re.compile(
    r"\b(?:our|the|this)\s+(?:[\w-]+\s+){0,3}(?:process|recruitment|programme|program|procedure|"
    r"selection)\s+(?:\w+\s+)?(?:has|includes?|involves?|consists?|comprises?|is made up|would|"
    r"will|typically|normally|usually|generally|starts?|begins?)\b|\bas a reminder\b|"
    r"\b(?:typically|normally|usually|generally)\s+(?:\w+\s+)?(?:includes?|involves?|consists?|"
    r"has|have|starts?|begins?|moves?|runs?|takes?)\b|"
    r"\b(?:next|later|remaining|following|further)\s+(?:stages?|steps?|rounds?)\b[^.\n]{0,40}"
    r"\b(?:would|will|was going to|were going to|include|involve|are|is)\b|"
    r"\bwould have (?:been|included|involved|continued|moved|meant|had|followed|started)\b|"
    r"\b(?:if you had|had you) (?:\w+ )?(?:progressed|moved|gone|been successful|advanced|"
    r"continued)\b|"
    r"\b(?:who|whom) to invite\b|\bsuccessful (?:candidates|applicants)\b|"
    r"\bwithout you\b|\breserved for\b|"
    # "the next stage, which was the interview with the director": named, not reached.
    r"\b(?:next|siguiente|próxima|prochaine|nächste|volgende|prossima)\s+(?:stage|step|round|"
    r"fase|etapa|étape|phase|schritt|runde|stap|ronde)\b[^.\n]{0,20}\b(?:which|que|qui|die|"
    r"welche|che|would|era|sería|serait|wäre|zou|sarebbe|seria)\b|"
    r"\briservat[ie] a\w*|\bréservé(?:e?s)? aux?\b|\breservad[oa]s? (?:a|para)\b|"
    # German, French, Spanish, Dutch, Italian, Portuguese: "without you", "the next
    # steps", "normally", "would have been".
    r"\bohne (?:sie|dich)\b|\bin der regel\b|\bnormalerweise\b|"
    r"\büblicherweise\b|\bwäre[n]? (?:\w+ )?(?:gewesen|gefolgt)\b|"
    r"\bsans (?:vous|toi)\b|\bnormalement\b|\bhabituellement\b|"
    r"\baurai(?:t|ent) (?:été|comporté|inclus|consisté)\b|\bsi vous aviez\b|"
    r"\bsin (?:ti|usted)\b|\bhabitualmente\b|"
    r"\bhabría(?:n)? (?:sido|incluido|consistido)\b|\bsi hubiera[s]?\b|"
    r"\bzonder (?:jou|u)\b|\bnormaal gesproken\b|"
    r"\bdoorgaans\b|\bzou(?:den)? (?:\w+ )?(?:zijn geweest|hebben bestaan)\b|"
    r"\bsenza di (?:te|lei)\b|\bdi solito\b|"
    r"\bsolitamente\b|\bavrebbe(?:ro)? (?:previsto|incluso|compreso)\b|"
    r"\bsem (?:você|ti)\b|\bteria(?:m)? (?:sido|incluído)\b|"
    r"\bse (?:você )?tivesse\b",
    re.IGNORECASE,
)

_STEP = (
    r"(?:an?\s+|any\s+|the\s+)?(?:[\w-]+\s+)?(?:interviews?|next (?:round|stage|step)|"
    r"(?:final|second|first) (?:round|stage)|assessments?|onsite|on-site)\b"
)
_OTHERS = r"(?:candidates|applicants|people|them|others|those|individuals|few|handful)"

_STEP_NAMED = (
    r"(?:interviews?|assessment(?:[- ]?(?:centre|center|day))?s?|exercises?|tests?|panel|rounds?|"
    r"stages?|onsite|on-site|tasks?|challenge|case study|trial(?: day| shift)?)\b"
)
_STEP_LIST = (
    rf"(?:[\w'’-]+\s+){{0,4}}?{_STEP_NAMED}"
    rf"(?:\s*(?:,|and|or|und|et|y|e|en)\s+(?:[\w'’-]+\s+){{0,4}}?{_STEP_NAMED})*"
)

# A step named as where this candidate did not go ("required to progress to our
# video interview and assessment centre", "not selected to continue to the written
# exercise", "die Einladung zum Assessment Center", "than put you through our
# technical exercise"). Not "you progressed to the final round": that was reached.
MOVED_ON_TO = re.compile(
    r"(?<!you )(?<!you've )(?<!you have )(?<!you had )"
    r"\b(?:progress\w*|continu\w*|go(?:es)? on|going on|move on|moving on|advanc\w*|"
    r"invitation|einladung|put(?:ting)? you|required|needed)\s+"
    rf"(?:to|for|through|into|zum|zur|zu)\s+(?!this\b){_STEP_LIST}",
    re.IGNORECASE,
)

# "I won't be doing a second round for it": no such step is held at all.
NONE_HELD = re.compile(
    r"(?:\bnot\b|n't)\s+(?:be\s+)?(?:doing|holding|running|having|arranging|scheduling|"
    rf"setting up)\s+{_STEP}",
    re.IGNORECASE,
)

# A step other people were given ("chosen other candidates to interview", "offer
# interviews to candidates with experience", "only able to invite a small number of
# them to interview"), or one nobody reached out for: taken out of what was reached.
FOR_OTHERS = re.compile(
    r"\b(?:invit\w*|offer\w*|select\w*|cho(?:se|sen|os\w*)|shortlist\w*|progress\w*|"
    r"advanc\w*|tak\w+|bring\w*|ask\w*|call\w*|mov\w+)\s+(?:[\w'’-]+\s+){0,8}?"
    rf"{_OTHERS}\s+(?:[\w'’-]+\s+){{0,8}}?(?:to|for|into)\s+{_STEP}|"
    r"\b(?:offer\w*|schedul\w*|arrang\w*|hold\w*|conduct\w*)\s+(?:\w+\s+)?interviews?\s+"
    rf"(?:to|with)\s+(?:[\w'’-]+\s+){{0,4}}?{_OTHERS}\b|"
    r"\b(?:candidates|applicants|those|people|individuals)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:invited|selected|shortlisted|chosen|progressed|taken forward)\s+(?:to|for|into)\s+"
    rf"{_STEP}|"
    # "we spoke with a small number of candidates": talks held, but with others.
    r"\b(?:spoke|spoken|speaking|talked|talking|met|meeting|chatted)\s+(?:to|with)\s+"
    r"(?:a\s+)?(?:small|limited|select|handful|number|few|several|many|some|other|\d+|two|"
    r"three|four|five|six)\b[^.\n]{0,30}?\b(?:candidates|applicants|people|others)\b|"
    r"\binterview(?:ed|ing)?\s+(?:other\s+|a few\s+|some\s+|several\s+|many\s+|"
    r"a (?:small |limited )?number of\s+|\d+\s+)?(?:candidates|applicants|people|others|those)\b|"
    r"\bonly\s+(?:been\s+)?(?:able\s+to\s+)?(?:invite|interview|meet|speak (?:to|with)|"
    r"progress)\s+(?:a\s+)?(?:small|limited|few|handful|select|some|\d+|two|three|four|five|"
    r"six)\b[^.\n]{0,60}|"
    # The same of others in the other languages: "les candidats retenus seront convoqués
    # à un entretien", "los perfiles seleccionados pasarán a entrevista".
    r"\b(?:candidat\w*|kandidat\w*|bewerber\w*|perfiles|profils|profili|perfis)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:retenu\w*|sélectionné\w*|convoqué\w*|invité\w*|seleccionad\w*|"
    r"invitad\w*|convocad\w*|eingeladen\w*|ausgewählt\w*|uitgenodigd|geselecteerd|"
    r"selezionat\w*|invitat\w*|convocat\w*|selecionad\w*|convidad\w*|chamad\w*)\b[^.\n]{0,40}?"
    r"\b(?:entretiens?|entrevistas?|\w*gespräch\w*|\w*gesprek\w*|colloqui\w*)|"
    r"(?:\bnot\b|n't|\bno\b)[^.\n]{0,40}?\b(?:reach\w* out|contact\w*|invit\w*|call\w*|ask\w*|"
    r"bring\w*|shortlist\w*|select\w*|progress\w*|put\w* (?:\w+ )?forward|tak\w+ (?:\w+ )?forward|"
    rf"consider\w*)\b[^.\n]{{0,50}}?\b(?:for|to)\s+{_STEP}",
    re.IGNORECASE,
)

# A conversation offered, wished for or still to come, not one held: "If you would like to
# speak with us about the decision", "You are welcome to talk with us again", "your
# interest in speaking with us", "we would like to meet you". It says nothing of how far
# the application got, so it is taken out of what was said, not only of what was reached.
TALK_NOT_HELD = re.compile(
    r"\b(?:if you(?:'d| would)? (?:like|wish|want|prefer)|should you (?:wish|like|want)|"
    r"(?:you are|you're|you'd be|you would be) (?:very |always |most )?(?:welcome|free)|"
    r"feel free|(?:your|an?|the) (?:interest|wish) in|"
    r"(?:would|'d|will) (?:be )?(?:happy|glad|pleased|delighted|love|like))\s+"
    r"(?:to\s+)?(?:[\w'’-]+\s+){0,2}?(?:speak|talk|chat|meet)\w*"
    r"(?:\s+(?:to|with)\s+(?:us|me|you|(?:our|the|a|one of our)\s+\w+))?",
    re.IGNORECASE,
)

# An offer that was made to this candidate: the offer itself, a contract sent, a
# start date settled, "confirmed we'd like you to join us".
_OFFER_MADE = re.compile(
    r"\b(?:extend\w*|made|make|sent|send|gave|given|accepted|accepting|sign\w*|confirm\w*)\s+"
    r"(?:\w+\s+){0,3}?(?:an?\s+|the\s+|our\s+|your\s+)?(?:verbal\s+|written\s+|conditional\s+|"
    r"formal\s+|job\s+)?offer\b(?!\s+to\s+(?:another|other|the other|a different|someone))"
    # The verb is no offer made: "we confirm we cannot offer you the role".
    r"(?!\s+(?:you|them|him|her|anyone)\b)|"
    r"\b(?:your|conditional|verbal|written|formal|job)\s+offer\b|\boffer of employment\b|"
    r"\boffer letter\b|\b(?:sent|signed|send|sign|the|your|a)\s+contract\b(?!\s+(?:role|position|"
    r"basis|job))|\b(?:we|I) offered you\b|\bthe (?:\w+ ){0,3}(?:role|position|job) you accepted\b|"
    r"\b(?:your|agreed|settled|confirmed)\s+(?:\w+\s+){0,2}?start date\b|"
    r"\bstart date (?:we|you) (?:had )?(?:agreed|discussed|settled|confirmed)\b|"
    # "proceed with your appointment", not "your appointment on Monday" (an interview's).
    r"\b(?:with|confirm\w*|offer\w*) your appointment\b|\byour appointment (?:as|to)\b|"
    r"\bhand in your notice\b|\byou(?:'d| had)? accepted\b|\bonboarding\b|\bwelcome pack\b|"
    r"\b(?:like|love|want)(?:d)? (?:you to join|to have you (?:as|on|join))\b|"
    r"\bwelcome you (?:aboard|to the)\b|"
    r"\b(?:vertrag\w*|zusage|eintrittsdatum|startdatum|promesse d['’]embauche|"
    r"proposition d['’]embauche|date (?:de début|d['’]arrivée)|oferta|contrato|"
    r"fecha de incorporación|arbeidsovereenkomst|aanbod|proposta di assunzione|contratto|"
    r"data di inizio|proposta|data de início|admissão)\b",
    re.IGNORECASE,
)
# The offer taken back.
_TAKEN_BACK = re.compile(
    r"\b(?:rescind\w*|withdr[ae]w\w*|retract\w*|revok\w*|take back|taking back|took back|"
    r"pull(?:ed|ing)? (?:the|your|our|it)\b|cancel\w*|on (?:indefinite )?hold|pause|hiring freeze|"
    r"no longer (?:going ahead|go ahead|proceed\w*|able|in a position|possible|available|"
    r"exists?|there|move forward|honou?r)|"
    r"not in a position to (?:proceed|honou?r|continue|go ahead|move forward|hold)|"
    r"(?:unable|not able|can'?t|cannot|can no longer|won'?t be able|will not be able) (?:to )?"
    r"(?:proceed|honou?r|continue|go ahead|take on|add anyone|hire|justify|send the (?:written )?"
    r"(?:offer|contract)|bring (?:anyone|you) on|move forward with (?:your|the) "
    r"(?:offer|appointment|start|employment|hire))|"
    r"(?:won'?t|will not|isn'?t|is not|are not|aren'?t) (?:be )?go(?:ing)? ahead|"
    r"\b(?:will not|won'?t) proceed\b|\bfroze|\bfrozen\b|\bgo back on\b|"
    r"won'?t be a contract|"
    r"\b(?:role|position|post|job|headcount|funding|vacancy)\s+(?:has been|had been|was|is being|"
    r"have been|were)\s+(?:\w+\s+)?(?:cut|cancell?ed|eliminated|withdrawn|pulled|frozen|scrapped|"
    r"removed)\b|"
    # "ne sommes plus en mesure", "non siamo più in grado", "ya no podemos".
    r"\b(?:plus|più|más|mais|niet langer|nicht mehr) (?:en mesure|in grado|en condiciones|"
    r"em condições|in der lage|mogelijk)\b|\bdonner suite\b)",
    re.IGNORECASE,
)
_TAKEN_BACK_ABROAD = re.compile(email_lang_stage.TAKE_BACK, re.IGNORECASE)


def offer_taken_back(text: str) -> bool:
    """Whether the email says an offer made to this candidate was withdrawn."""
    made = _OFFER_MADE.search(text)
    return bool(made) and bool(_TAKEN_BACK.search(text) or _TAKEN_BACK_ABROAD.search(text))
