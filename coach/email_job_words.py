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


# The word that opens a job's title in Spanish, Portuguese, French, German and Italian:
# there the job comes first and its field after ("Analista de Datos", "Chargée de
# projet", "Sachbearbeiter Buchhaltung"). Singular only, each gender: a plural names a
# firm ("Consultores Ibéricos", "Técnicas Reunidas", "Arquitectos Ruiz").
_JOB_OPENING = re.compile(
    # Spanish and Portuguese.
    r"analista|especialista|desarrollador[a]?|desenvolvedor[a]?|programador[a]?|"
    r"diseñador[a]?|designer|ingenier[oa]|engenheir[oa]|técnic[oa]|tecnic[oa]|asistente|"
    r"assistente|auxiliar|administrativ[oa]|contable|contador[a]?|consultor[a]?|asesor[a]?|"
    r"gestor[a]?|coordinador[a]?|coordenador[a]?|jef[ea]|gerente|director[a]?|diretor[a]?|"
    r"responsable|encargad[oa]|enfermer[oa]|enfermeir[oa]|camarer[oa]|cociner[oa]|"
    r"dependient[ea]|vendedor[a]?|operari[oa]|operador[a]?|recepcionista|secretari[oa]|"
    r"secretária|becari[oa]|estagiári[oa]|investigador[a]?|pesquisador[a]?|redactor[a]?|"
    r"redator[a]?|traductor[a]?|tradutor[a]?|abogad[oa]|advogad[oa]|arquitect[oa]|"
    r"arquitet[oa]|mecánic[oa]|mecânic[oa]|electricista|eletricista|profesor[a]?|"
    r"professor[a]?|educador[a]?|formador[a]?|"
    # French.
    r"chargée?|ingénieure?|développeu(?:r|se)|technicien(?:ne)?|conseill(?:er|ère)|"
    r"gestionnaire|assistante?|comptable|coordinat(?:eur|rice)|directeur|directrice|"
    r"responsable|chef|infirmi(?:er|ère)|vendeu(?:r|se)|serveu(?:r|se)|cuisini(?:er|ère)|"
    r"rédact(?:eur|rice)|traduct(?:eur|rice)|chercheu(?:r|se)|stagiaire|apprentie?|"
    r"animat(?:eur|rice)|éducat(?:eur|rice)|formateur|formatrice|secrétaire|"
    r"réceptionniste|opérat(?:eur|rice)|électricien(?:ne)?|mécanicien(?:ne)?|"
    r"bibliothécaire|avocate?|"
    # German, with "-in" for a woman.
    r"sachbearbeiter(?:in)?|entwickler(?:in)?|berater(?:in)?|referent(?:in)?|"
    r"ingenieur(?:in)?|mitarbeiter(?:in)?|leiter(?:in)?|kauf(?:mann|frau)|fachkraft|"
    r"pfleger(?:in)?|erzieher(?:in)?|lehrer(?:in)?|praktikant(?:in)?|werkstudent(?:in)?|"
    r"assistenz|buchhalter(?:in)?|"
    # Italian.
    r"sviluppat(?:ore|rice)|impiegat[oa]|addett[oa]|tecnic[oa]|ingegnere|progettista|"
    r"commess[oa]|camerier[ea]|cuoc[oa]|magazziniere|segretari[oa]|contabile|"
    r"responsabile|coordinat(?:ore|rice)|direttore|direttrice|consulente|"
    r"ricercat(?:ore|rice)|stagista|educat(?:ore|rice)|infermier[ea]",
    re.IGNORECASE,
)


def opens_as_a_job(text: str) -> bool:
    """Whether a name opens with a job of another language ("Analista de Datos")."""
    words = re.sub(r"^(?:senior|junior|sr\.?|jr\.?)\s+", "", text.strip(), flags=re.I).split()
    return bool(words) and words[0][:1].isupper() and bool(_JOB_OPENING.fullmatch(words[0]))


def job_piece(text: str) -> bool:
    """ "Design Director", "Head of Data", "Recruitment Officer": a job, not a company."""
    words = text.split()
    return bool(words) and bool(
        _JOB_HEAD.fullmatch(words[-1])
        or re.match(rf"(?:{_JOB_HEAD.pattern})\s+(?:of|for)\s", text, re.IGNORECASE)
    )
