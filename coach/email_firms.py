"""How a firm's name is written where a reader can weigh it: commas and "&" inside it, a
legal suffix after it, a form's "Employer:" line, a client an agency names, a department
line beside it.
"""

from __future__ import annotations

import re

from coach.email_clues import (
    _CAP,
    _NAME_PHRASE,
    _ORGANISATION_WORDS,
    _SIGNATURE_SPLIT,
    _TEAM_WORDS,
    _clean_company,
    _fold,
)
from coach.email_department_words import only_department_words
from coach.email_job_words import _JOB_HEAD
from coach.email_public_body import public_body

# Not a job's word: "Creative Director, Marlow & Finch" is a job and a firm.
_NOT_JOB = rf"(?!(?i:{_JOB_HEAD.pattern})\b)"
# "Rook, Pell & Asher", "Pratt, Obuya & Co.": one name each between the commas,
# the last after "&" or "and". A person's "Sarah Bello, Clinical Lead" has no "&".
# "Studio Associato Bianchi, Rota e Colombo": a few words may stand before the first comma.
_FIRM_WITH_COMMAS = re.compile(
    rf"(?<![\w&]){_NOT_JOB}[A-Z][\w'’-]+(?:\s+{_NOT_JOB}[A-Z][\w'’-]+){{0,2}}"
    rf"(?:,\s+{_NOT_JOB}[A-Z][\w'’-]+)+,?\s+(?:&|and|e|y|et|und|en)\s+{_CAP}\.?"
)

# Suffixes that only a registered business carries: "LLP", "Ltd", "GmbH", "& Co.".
_LEGAL = (
    r"(?:LLP|LLC|Ltd\.?|Limited|PLC|plc|Inc\.?|Incorporated|Corp\.?|Corporation|GmbH|AG|"
    r"S\.?A\.?S?|S\.?L\.?|S\.?p\.?A\.?|S\.?r\.?l\.?|B\.?V\.?|N\.?V\.?|Lda\.?|Ltda\.?|Oy|AB|"
    r"Pty(?: Ltd)?|SARL|e\.V\.)"
)
# The suffix is found first and the name just before it, so a long line of
# capitalised words is not tried at every capital (that took seconds).
_LEGAL_AFTER = re.compile(rf"(?:,?\s+{_LEGAL}(?![\w])|(?<=&\sCo)\.)")
_NAME_BEFORE = re.compile(rf"(?:{_FIRM_WITH_COMMAS.pattern}|{_NAME_PHRASE.pattern})$")
# How far before its suffix a registered name can start.
_NAME_REACH = 120


# A signature's line is short; a longer one is read without looking for firms in it.
_SIGNATURE_LINE = 200


def split_signature_line(
    line: str, maxsplit: int = 0, between: re.Pattern[str] = _SIGNATURE_SPLIT
) -> list[str]:
    """A signature line's pieces ("Jo Park | Recruiter"), a firm's commas kept inside it."""
    if len(line) > _SIGNATURE_LINE:
        return between.split(line, maxsplit=maxsplit)  # no signature line; no slow search
    protected = _FIRM_WITH_COMMAS.sub(_keep_commas, line)
    return [piece.replace("\0\0", ", ") for piece in between.split(protected, maxsplit=maxsplit)]


def _keep_commas(firm: re.Match[str]) -> str:
    """A firm's commas hidden from the split; not after a department ("Personalabteilung,
    Hansen & Töchter KG"): no partner of a firm is named for a department."""
    if department_line(firm.group(0).split(", ")[0]):
        return firm.group(0)
    return firm.group(0).replace(", ", "\0\0")


def registered(text: str) -> bool:
    """Whether a name ends in a suffix only a registered business carries ("Acme Games GmbH")."""
    return bool(re.search(rf"\s{_LEGAL}$", text.strip().rstrip(",")))


def written_as_name(text: str) -> bool:
    """Whether a text is written as a name is: "Marlow & Finch", "Pratt, Obuya & Co."."""
    return bool(_NAME_PHRASE.fullmatch(text) or _FIRM_WITH_COMMAS.fullmatch(text))


def legal_names(line: str) -> list[tuple[str, bool]]:
    """Names a line writes with a legal suffix ("Corvane Systems Ltd.", "Rook, Pell & Asher
    LLP"), each with whether it opens the line, as a signature's or footer's name does.

    In a sentence a capitalised word before the name may be no part of it
    ("unseres Kunden Halvorsen Logistik AG").
    """
    found = []
    for suffix in _LEGAL_AFTER.finditer(line):
        start = max(0, suffix.start() - _NAME_REACH)
        before = _NAME_BEFORE.search(line, start, suffix.start())
        if not before:
            continue
        # "© 2026 Redfern Industries, Inc.": the year is no part of the name.
        name = re.sub(r"^(?:\d+\s+)+", "", line[before.start() : suffix.end()])
        opening = not re.search(r"[^\W\d]", line[: before.start()].replace("©", ""))
        if name and not name[0].isdigit():
            found.append((name, opening))
    return found


# A form's field for the employer: "Employer: St Aldric's University Hospital".
_EMPLOYER_FIELD = re.compile(
    r"^\s*(?:employer|company|organi[sz]ation|hiring (?:company|organi[sz]ation)|empresa|"
    r"(?:hiring )?agency|"
    r"entreprise|société|employeur|unternehmen|arbeitgeber|werkgever|organisatie|azienda|"
    r"datore di lavoro)\s*:\s*(.{2,80}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def employer_fields(body: str) -> list[str]:
    """The names a form-like email gives after "Employer:" or "Company:"."""
    return [match.group(1) for match in _EMPLOYER_FIELD.finditer(body)]


# Only an agency has a client: "my client, Meridale Homes", "notre client, le Groupe
# Vernhes", "unseres Kunden Hansa Logistik", "onze klant Koelewijn".
_CLIENT = re.compile(
    r"\b(?i:my|our|mon|notre|mi|nuestro|meu|nosso|mio|nostro|mijn|onze|meines|unseres|"
    r"meinem|unserem|meinen|unseren|mein|unser)\s+(?i:client|cliente|klant|kunden?|mandanten?|"
    r"auftraggebers?|opdrachtgever)(?:\s+(?i:company|firm))?,?\s+(?:(?i:the|le|la|les|l['’]|el|"
    r"los|il|lo|o|a|het|die|der|das|den)\s*)?(?:(?i:société|company|firm|empresa|firma|bedrijf|"
    rf"azienda|unternehmen)\s+)?({_NAME_PHRASE.pattern})"
)


# An agent writing of a client it does not name: "my client, a leading fintech", "on
# behalf of our client". "Our client" alone is not enough: a consultancy's own people
# say it of the clients their work is for.
_UNNAMED_CLIENT = re.compile(
    r"\bmy client\b|\b(?:our|my) client,? (?:a|an|who|which)\b|"
    r"\bon behalf of (?:a|my|our) client\b|\bmon client\b|\bmi cliente\b|\bmio cliente\b|"
    r"\bmeu cliente\b|\bmijn (?:klant|opdrachtgever)\b|\bmein(?:em)? (?:kunden?|auftraggeber)\b",
    re.IGNORECASE,
)


def unnamed_client(prose: str) -> bool:
    """Whether an agent writes for a client whose name the email never gives."""
    return bool(_UNNAMED_CLIENT.search(prose)) and not clients_named(prose)


def clients_named(prose: str) -> list[str]:
    """The companies an agency says it recruits for."""
    return [match.group(1) for match in _CLIENT.finditer(prose)]


# A signature line that names a recruitment agency, not a company's own recruiting team.
_AGENCY_NAME = re.compile(
    r"\b(?:recruitment|staffing|resourcing|search|headhunters?|personnel|werving(?: & selectie)?|"
    r"recrutement|selección|seleção|personalberatung)(?:\s+(?:ltd|limited|gmbh|b\.?v\.?|group))?"
    r"\s*$",
    re.IGNORECASE,
)


# How only an agent writes of the employer: "heard back from the hiring team", "they've
# decided", "the client". A company's own people say "we".
_AGENCY_TALK = re.compile(
    r"\b(?:heard|hear|had) (?:back )?from (?:the|their) (?:hiring|client|team|recruit\w*)|"
    r"\bthe client\b|\bthey(?:'ve| have) (?:decided|chosen|gone|opted)\b",
    re.IGNORECASE,
)


_AGENCY = re.compile(
    r"search|recruitment|recruiting|staffing|resourcing|headhunt\w*|personnel|placements?|"
    r"talent solutions|executive search|cabinet|personalberatung|personaldienst\w*|"
    r"werving|recrutement|recrutamento|reclutamiento|selección|seleção|selezione",
    re.IGNORECASE,
)


# "Ufficio Personale", "Time de Gente & Gestão", "Service des Ressources humaines":
# a team or department inside an organisation, never the organisation.
_DEPARTMENT_LINE = re.compile(
    r"^(?:(?:the\s+)?(?:team|time|equipe|équipe|equipa|equipo|squadra|service|servicio|"
    r"serviço|servizio|ufficio|abteilung|afdeling|departamento|département|dipartimento|"
    r"direção|direction|dirección|direzione)\s+(?:de|da|do|des|du|del|della|di|of|für|voor)\b"
    rf"|(?:{_TEAM_WORDS})$|(?:ufficio|abteilung|afdeling|service|servizio|servicio|"
    r"departamento|département|department|office)\s+\S+(?:\s+\S+)?$)",
    re.IGNORECASE,
)


# A university's own parts: "Chair of Computational Linguistics", "Faculty of Arts".
_ACADEMIC_UNIT = re.compile(
    r"^(?:chair|faculty|school|department|lehrstuhl|fakultät|faculté|facultad|"
    r"facoltà|faculdade|faculteit|dipartimento|departamento|département)\s+"
    r"(?:of|for|für|de|di|des|du|voor|der)\b",
    re.IGNORECASE,
)


def department_line(text: str) -> bool:
    """Whether a name is a team or department rather than an organisation."""
    if public_body(text):
        return False  # "Department for Transport" is a body of its own
    return bool(
        _DEPARTMENT_LINE.match(text.strip())
        or _ACADEMIC_UNIT.match(text.strip())
        or only_department_words(text)
    )


def without_department(text: str) -> str:
    """ "Ufficio Personale - Università di Valdora" is the university's."""
    pieces = [p.strip() for p in re.split(r"\s+[-–—|·]\s+", text) if p.strip()]
    if len(pieces) < 2:
        return text
    kept = [p for p in pieces if not department_line(p)]
    return kept[0] if len(kept) == 1 else text


# A kind of public or large body before its name: "la Ville de Saint-Aubin-des-Prés",
# "Università degli Studi di Valdora", "City of Brookhaven".
_BODY_BEFORE_NAME = re.compile(
    r"\b((?-i:Ville|Mairie|Commune|Stadt|Gemeinde|Landkreis|Gemeente|Comune|Città|Ayuntamiento|"
    r"Câmara Municipal|Prefeitura|City|County|Town|Borough|University|Universit[àyé]|"
    r"Universidad|Universidade|Universiteit|Hospital|Klinikum|Ministry|Ministère|Ministerie)"
    r"(?:\s+(?:of|de|du|des|di|del|della|degli|delle|van|der|d['’]|do|da|dos|das|für))?"
    rf"(?:\s+(?:la|le|les|l['’]|the)\s*)?\s+{_CAP}(?:\s+(?:di|de|of|do|da)?\s*{_CAP}){{0,3}})"
)


# A parent group is named as such: "A Vantor Holdings company", "Una empresa de Grupo
# Bienestar Médico", "part of the Aldermoor Hospitality Group", "one of the Ravelin group
# companies". The job is the brand's.
_PARENT = re.compile(
    rf"\b(?i:an?|one of the)\s+({_NAME_PHRASE.pattern})\s+"
    r"(?i:(?:group\s+)?(?:compan(?:y|ies)|brands?|business(?:es)?))\b|"
    # Said of the brand, never "to be part of Acme": "is part of", "forma parte del".
    r"\b(?i:(?:is|are) (?:a )?part of|a (?:member|subsidiary|division|brand|trading name) of|"
    r"owned by|una empresa del?|una marca del?|forma parte del?|une (?:société|marque|filiale) "
    r"d[ue]|fait partie d[ue]|ein unternehmen der|eine marke der|(?:ist )?teil der|onderdeel van|"
    r"een bedrijf van|fa parte d[ei]l?|un marchio di|uma empresa d[oa]|uma marca d[oa]|"
    r"faz parte d[oa])\s+(?:(?i:the|la|le|el|il|der|de|o|a)\s+)?"
    rf"({_NAME_PHRASE.pattern})"
)


# Set beside the brand's name: "Lumen Foods, part of the Orbit Brands family". Only after a
# name: "The Treasury role, part of Halden Bank Markets" names a part of the firm hiring.
_PART_OF_BESIDE = re.compile(
    rf"{_CAP}(?:,|\s[-–—])\s+(?:now\s+)?(?i:part of|parte d(?:el?|[oa]|i)|membre d[ue]|"
    r"deel van)\s+(?:(?i:the|la|le|el|il|der|de|o|a)\s+)?"
    rf"({_NAME_PHRASE.pattern})"
)


def parent_groups(text: str) -> list[str]:
    """The groups a brand says it belongs to."""
    return [match.group(1) or match.group(2) for match in _PARENT.finditer(text)] + [
        match.group(1) for match in _PART_OF_BESIDE.finditer(text)
    ]


def public_bodies(prose: str) -> list[str]:
    """Names a text gives a public body or university by its kind.

    Not the end of a longer name: "St Aldric's University Hospital" is no "Hospital …".
    """
    return [
        match.group(1)
        for match in _BODY_BEFORE_NAME.finditer(prose)
        if not re.search(r"[A-Z][\w'’.&-]*\s+$", prose[max(0, match.start() - 40) : match.start()])
    ]


# Where a firm sits, or a part of it: "Bermondsey Trading Estate", "Women's & Children's
# Division", "Personaldezernat Universität X", "Zona Bajío".
_SITE_OR_PART = re.compile(
    r"\b(?:trading|industrial|business|retail|science) (?:estate|park)\b|\bdivision$|"
    r"^(?:personal)?dezernat\b|^zona\b",
    re.IGNORECASE,
)


def site_or_part(text: str) -> bool:
    """Whether a name-shaped text is a firm's site or one of its parts, not the firm."""
    return bool(_SITE_OR_PART.search(text))


# Kinds of public body a name carries, beside the words any organisation's name may hold:
# "Northfield NHS Foundation Trust", "Eastbrook Health Board", "Greyhaven Police".
_PUBLIC_KIND = re.compile(
    r"\b(?:nhs|institute|academy|authority|board|police|constabulary|ministry|infirmary|"
    r"hospice|clinic|surgery|centre|center|commission)\b",
    re.IGNORECASE,
)


def names_organisation(text: str) -> bool:
    """Whether a name says it is an organisation's, by its kind ("St Mary's Hospital",
    "Ashby Borough Council") or by a legal suffix ("Pellham Foods Ltd")."""
    return bool(
        _ORGANISATION_WORDS.search(text)
        or _PUBLIC_KIND.search(text)
        or legal_names(text)
        or public_body(text)
    )


def part_of_the_line_below(piece: str, below: str) -> bool:
    """Whether a signature's name ("Cardiology" in "Ward Manager, Cardiology") is a part
    of the organisation the next line names alone ("St Mary's Hospital").

    A signature runs from the small to the large: person, job, department, organisation.
    The piece stays a candidate when it names an organisation itself ("Talent Partner,
    Kestrel Labs") or the line below is the same name again ("Kestrel Labs Ltd").
    """
    below = below.strip()
    named = written_as_name(_clean_company(below)) or public_body(below)
    if len(split_signature_line(below)) != 1 or not named:
        return False
    if not names_organisation(below) or department_line(below) or site_or_part(below):
        return False
    key = _fold(piece)
    return bool(key) and not names_organisation(piece) and key not in _fold(below)


# A department named alone: "Ufficio Personale", "Service du personnel", "Department of X".
DEPARTMENT_NAME = (
    r"(?:ufficio|servizio|abteilung|afdeling|departamento|département|service|servicio|equipa|"
    r"equipo|équipe|dipartimento|direzione|direction|department|office|gabinete)(?:\s+\S+){0,2}"
)


def named_in_passing(
    scores: dict[str, float], passing: dict[str, float], acts_for: list[str]
) -> list[str]:
    """The keys whose whole score came from being named in passing, and that are not named
    as the client or the parent the sender acts for (acts_for; "our client, the Department
    for Transport" may give only "Department", the opening of the body's name)."""
    for_whom = [key for key in map(_fold, acts_for) if key]
    return [
        k
        for k, score in scores.items()
        if score <= passing.get(k, 0) and not any(f in k for f in for_whom)
    ]
