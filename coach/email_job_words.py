"""Words that make a text a job title: any word of one, and the word a title ends on."""

from __future__ import annotations

import re

_TITLE_WORDS = re.compile(
    r"\b(recruit\w*|talent|manager|director|lead|head|vp|chief|coordinator|partner|hr|"
    r"officer|consultant|analyst|specialist|engineer\w*|founder|ceo|coo|cto|cfo|president|"
    r"editor|advisor|adviser|associate|generalist|business|operations|acquisition|sourcer|"
    r"principal|senior|junior|assistant|administrator|creative|studio|practice|office|"
    r"finance|research|people|resources|executive|representative|owner|supervisor|designer|"
    r"developer|scientist|producer|planner|writer|architect|technician|intern|agent|clerk|"
    r"nurse|teacher|accountant|receptionist|strategist|marketer|trainer|surveyor|paralegal|"
    r"librarian|programmer|counsel|attorney|buyer|controller|steward|"
    # Jobs and departments in German, French, Spanish, Dutch, Italian and Portuguese.
    r"leitung|leiter\w*|personal\w*|referent\w*|sachbearbeiter\w*|geschäftsführ\w*|"
    r"inhaber\w*|assistenz|chargée?|responsable|directeur|directrice|gérante?|jef[ea]|"
    r"directora?|gerente|coordinador\w*|responsabile|direttore|direttrice|coordinat\w+|"
    r"coordenador\w*|diretora?|medewerker|adviseur|eigenaar|recrutement|recrutamento|"
    r"reclutamiento|ressources|humaines|recursos|humanos|personas|risorse|umane|werving|"
    r"selectie|auftrag|vertretung|teamleider|leidinggevende|docent)\b",
    re.IGNORECASE,
)


# The last word of a job title ("Design Director", "Talent Partner"): a
# signature piece ending in one is the person's job, not the company.
_JOB_HEAD = re.compile(
    r"(?:manager|director|lead|head|engineer|recruiter|coordinator|partner|officer|consultant|"
    r"analyst|specialist|founder|co-founder|ceo|coo|cto|cfo|president|editor|advisor|adviser|"
    r"associate|generalist|sourcer|assistant|administrator|executive|representative|owner|"
    r"supervisor|designer|developer|scientist|producer|planner|writer|architect|technician|"
    r"intern|agent|clerk|nurse|teacher|accountant|receptionist|strategist|marketer|trainer|"
    r"surveyor|paralegal|librarian|programmer|counsel|attorney|buyer|controller|vp|svp|evp|"
    r"electrician|plumber|carpenter|mechanic|driver|cook|chef|barista|cashier|apprentice|"
    r"practitioner|solicitor|lawyer|bookkeeper|cleaner|porter|adjuster|advisor|estimator|"
    r"baker|bartender|server|waiter|waitress|housekeeper|caretaker|nanny|tutor|lecturer|"
    r"fellow|reporter|journalist|stylist|hairdresser|photographer|pharmacist|therapist|"
    r"physiotherapist|dentist|hygienist|veterinarian|midwife|carer|paramedic|welder|machinist|"
    r"operator|inspector|auditor|actuary|economist|translator|interpreter|copywriter|"
    r"illustrator|animator|artist|pilot|dispatcher|courier|merchandiser|florist|gardener|"
    r"roofer|painter|decorator|joiner|associate)",
    re.IGNORECASE,
)
